using System;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace NewsTools
{
    /// <summary>
    /// Content fingerprints for finding copies of a story across a crawl: a 64-bit Simhash of the text's word shingles
    /// (near copies differ in a few bits) and a SHA-256 of the text (exact copies). Both are defined here, stable across
    /// versions and platforms:
    /// <list type="number">
    /// <item>the text is NFKC-normalised and cut into tokens: runs of letters and digits, lower-cased (invariant), and each
    /// Han or kana character on its own (those scripts put no spaces between words); everything else separates tokens, so
    /// case, punctuation and whitespace make no difference;</item>
    /// <item>shingles are runs of <see cref="ShingleSize"/> tokens (one shingle of all tokens when there are fewer);</item>
    /// <item>each shingle is hashed with 64-bit FNV-1a over the UTF-16 code units of its tokens, low byte first, with a
    /// 0x01 unit between tokens;</item>
    /// <item>bit i of the Simhash is 1 when more shingle hashes have bit i set than clear;</item>
    /// <item>it is written as 16 lower-case hexadecimal digits ("0000000000000000" for a text with no token).</item>
    /// </list>
    /// ContentHash is SHA-256 over the UTF-8 bytes of the same tokens joined by single spaces, as 64 hexadecimal digits.
    /// </summary>
    public static class Fingerprint
    {
        /// <summary>Tokens per shingle.</summary>
        public const int ShingleSize = 2;

        private const ulong FnvOffset = 14695981039346656037UL;
        private const ulong FnvPrime = 1099511628211UL;

        /// <summary>The Simhash of <paramref name="text"/>, as 16 hexadecimal digits.</summary>
        public static string Of(string? text) => Simhash(text).ToString("x16", CultureInfo.InvariantCulture);

        /// <summary>The Simhash of <paramref name="text"/>.</summary>
        public static ulong Simhash(string? text) => Simhash(text, int.MaxValue);

        /// <summary>
        /// The Simhash of the first <paramref name="maxTokens"/> tokens of <paramref name="text"/>: a story's lead, which a
        /// copy cut short by a paywall or missing its last paragraphs still shares.
        /// </summary>
        public static ulong Simhash(string? text, int maxTokens) => Simhash(text, maxTokens, out _);

        /// <summary>As <see cref="Simhash(string, int)"/>; <paramref name="tokenCount"/> is the text's whole number of tokens.</summary>
        public static ulong Simhash(string? text, int maxTokens, out int tokenCount)
        {
            string[] tokens = Tokens(text);
            tokenCount = tokens.Length;
            if (tokens.Length > maxTokens) Array.Resize(ref tokens, maxTokens);
            if (tokens.Length == 0) return 0;
            var votes = new int[64];
            int shingles = Math.Max(1, tokens.Length - ShingleSize + 1);
            int size = Math.Min(ShingleSize, tokens.Length);
            for (int s = 0; s < shingles; s++)
            {
                ulong h = FnvOffset;
                for (int t = 0; t < size; t++)
                {
                    if (t > 0) h = Step(h, '\u0001');
                    foreach (char c in tokens[s + t]) h = Step(h, c);
                }
                for (int b = 0; b < 64; b++) votes[b] += ((h >> b) & 1) != 0 ? 1 : -1;
            }
            ulong result = 0;
            for (int b = 0; b < 64; b++)
            {
                if (votes[b] > 0) result |= 1UL << b;
            }
            return result;
        }

        /// <summary>SHA-256 of the text's tokens joined by spaces: equal for texts that differ only in case, spacing and punctuation.</summary>
        public static string ContentHash(string? text)
        {
            byte[] bytes = Encoding.UTF8.GetBytes(string.Join(" ", Tokens(text)));
            using var sha = SHA256.Create();
            byte[] hash = sha.ComputeHash(bytes);
            var sb = new StringBuilder(64);
            foreach (byte b in hash) sb.Append(b.ToString("x2", CultureInfo.InvariantCulture));
            return sb.ToString();
        }

        /// <summary>The share of equal bits of two Simhashes given as hexadecimal (1 = the same; about 0.5 for unrelated texts).</summary>
        public static double Similarity(string a, string b) => Similarity(Parse(a), Parse(b));

        /// <summary>The share of equal bits of two Simhashes.</summary>
        public static double Similarity(ulong a, ulong b) => 1.0 - Distance(a, b) / 64.0;

        /// <summary>The number of differing bits (Hamming distance).</summary>
        public static int Distance(ulong a, ulong b)
        {
            ulong x = a ^ b;
            int n = 0;
            while (x != 0)
            {
                x &= x - 1;
                n++;
            }
            return n;
        }

        /// <summary>Reads 16 hexadecimal digits (as <see cref="Of"/> writes them).</summary>
        public static ulong Parse(string hex) => ulong.Parse(hex, NumberStyles.HexNumber, CultureInfo.InvariantCulture);

        private static ulong Step(ulong h, char c)
        {
            h ^= (byte)c;
            h *= FnvPrime;
            h ^= (byte)(c >> 8);
            h *= FnvPrime;
            return h;
        }

        private static string WithoutLoneSurrogates(string text)
        {
            char[]? chars = null;
            for (int i = 0; i < text.Length; i++)
            {
                char c = text[i];
                if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    i++;
                    continue;
                }
                if (char.IsSurrogate(c))
                {
                    chars ??= text.ToCharArray();
                    chars[i] = '\uFFFD';
                }
            }
            return chars is null ? text : new string(chars);
        }

        private static string[] Tokens(string? text)
        {
            if (string.IsNullOrEmpty(text)) return Array.Empty<string>();
            // Normalisation refuses a lone surrogate (scraped text has them): each becomes U+FFFD first, which is no token.
            string t = WithoutLoneSurrogates(text!);
            t = t.IsNormalized(NormalizationForm.FormKC) ? t : t.Normalize(NormalizationForm.FormKC);
            var tokens = new System.Collections.Generic.List<string>(t.Length / 5 + 1);
            var current = new StringBuilder();
            foreach (char c in t)
            {
                bool ideograph = (c >= '\u4E00' && c <= '\u9FFF') || (c >= '\u3400' && c <= '\u4DBF') || (c >= '\u3040' && c <= '\u30FF');
                if (ideograph || !char.IsLetterOrDigit(c))
                {
                    if (current.Length > 0)
                    {
                        tokens.Add(current.ToString());
                        current.Clear();
                    }
                    if (ideograph) tokens.Add(c.ToString());
                    continue;
                }
                current.Append(char.ToLowerInvariant(c));
            }
            if (current.Length > 0) tokens.Add(current.ToString());
            return tokens.ToArray();
        }
    }
}
