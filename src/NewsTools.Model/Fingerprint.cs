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
            Tokens tokens = Tokenize(text, maxTokens);
            tokenCount = tokens.Total;
            return Simhash(tokens);
        }

        /// <summary>SHA-256 of the text's tokens joined by spaces: equal for texts that differ only in case, spacing and punctuation.</summary>
        public static string ContentHash(string? text) => ContentHash(Tokenize(text, int.MaxValue));

        /// <summary>Both fingerprints of <paramref name="text"/> from one pass over it: <see cref="Of"/> and <see cref="ContentHash(string)"/>.</summary>
        public static void Compute(string? text, out string simhash, out string contentHash)
        {
            Tokens tokens = Tokenize(text, int.MaxValue);
            simhash = Simhash(tokens).ToString("x16", CultureInfo.InvariantCulture);
            contentHash = ContentHash(tokens);
        }

        private static ulong Simhash(Tokens tokens)
        {
            int count = tokens.Count;
            if (count == 0) return 0;
            // Each bit's vote is (shingles with the bit set) - (shingles with it clear): counting the set ones is enough.
            var set = new int[64];
            var packed = new ulong[8];
            int pending = 0;
            int shingles = Math.Max(1, count - ShingleSize + 1);
            int size = Math.Min(ShingleSize, count);
            char[] chars = tokens.Chars;
            for (int s = 0; s < shingles; s++)
            {
                ulong h = FnvOffset;
                for (int t = 0; t < size; t++)
                {
                    if (t > 0) h = Step(h, '\u0001');
                    int from = tokens.Start[s + t], to = from + tokens.Length[s + t];
                    for (int i = from; i < to; i++) h = Step(h, chars[i]);
                }
                // Eight bits at a time: lane k of packed[j] counts bit 8k + j; a lane holds 255 before it is emptied.
                for (int j = 0; j < 8; j++) packed[j] += (h >> j) & LaneOnes;
                if (++pending == 255) Unpack(packed, set, ref pending);
            }
            Unpack(packed, set, ref pending);
            ulong result = 0;
            for (int b = 0; b < 64; b++)
            {
                if (2 * set[b] > shingles) result |= 1UL << b;
            }
            return result;
        }

        private const ulong LaneOnes = 0x0101010101010101UL;

        private static void Unpack(ulong[] packed, int[] set, ref int pending)
        {
            for (int j = 0; j < 8; j++)
            {
                ulong lanes = packed[j];
                for (int k = 0; k < 8; k++) set[8 * k + j] += (int)((lanes >> (8 * k)) & 0xFF);
                packed[j] = 0;
            }
            pending = 0;
        }

        private static string ContentHash(Tokens tokens)
        {
            // The tokens joined by single spaces, as UTF-8.
            int length = tokens.Count == 0 ? 0 : tokens.Count - 1;
            for (int t = 0; t < tokens.Count; t++) length += tokens.Length[t];
            var joined = new char[length];
            int n = 0;
            for (int t = 0; t < tokens.Count; t++)
            {
                if (t > 0) joined[n++] = ' ';
                Array.Copy(tokens.Chars, tokens.Start[t], joined, n, tokens.Length[t]);
                n += tokens.Length[t];
            }
            byte[] bytes = Encoding.UTF8.GetBytes(joined, 0, n);
            byte[] hash;
            using (var sha = SHA256.Create()) hash = sha.ComputeHash(bytes);
            var hex = new char[hash.Length * 2];
            for (int i = 0; i < hash.Length; i++)
            {
                hex[2 * i] = HexDigits[hash[i] >> 4];
                hex[2 * i + 1] = HexDigits[hash[i] & 0xF];
            }
            return new string(hex);
        }

        private const string HexDigits = "0123456789abcdef";

        /// <summary>The share of equal bits of two Simhashes given as hexadecimal (1 = the same; about 0.5 for unrelated texts).</summary>
        public static double Similarity(string a, string b) => Similarity(Parse(a), Parse(b));

        /// <summary>The share of equal bits of two Simhashes.</summary>
        public static double Similarity(ulong a, ulong b) => 1.0 - Distance(a, b) / 64.0;

        /// <summary>The number of differing bits (Hamming distance).</summary>
        public static int Distance(ulong a, ulong b)
        {
            // Population count of the differing bits, by halves (SWAR): no loop, no branch.
            ulong x = a ^ b;
            x -= (x >> 1) & 0x5555555555555555UL;
            x = (x & 0x3333333333333333UL) + ((x >> 2) & 0x3333333333333333UL);
            x = (x + (x >> 4)) & 0x0F0F0F0F0F0F0F0FUL;
            return (int)((x * 0x0101010101010101UL) >> 56);
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

        /// <summary>A text's tokens, lower-cased, side by side in one buffer: no string per token.</summary>
        private sealed class Tokens
        {
            public Tokens(char[] chars, int capacity)
            {
                Chars = chars;
                Start = new int[capacity];
                Length = new int[capacity];
            }

            /// <summary>The tokens' characters.</summary>
            public char[] Chars;

            /// <summary>Where each kept token starts in <see cref="Chars"/>, and its length.</summary>
            public int[] Start, Length;

            /// <summary>Tokens kept (at most the maximum asked for).</summary>
            public int Count;

            /// <summary>Tokens in the whole text.</summary>
            public int Total;

            public void Add(int start, int length)
            {
                if (Count == Start.Length)
                {
                    Array.Resize(ref Start, Math.Max(16, Count * 2));
                    Array.Resize(ref Length, Start.Length);
                }
                Start[Count] = start;
                Length[Count] = length;
                Count++;
            }
        }

        /// <summary>
        /// Cuts the text into tokens (runs of letters and digits, lower-cased invariant; each Han or kana character alone),
        /// keeping the first <paramref name="maxTokens"/> and counting all.
        /// </summary>
        private static Tokens Tokenize(string? text, int maxTokens)
        {
            if (string.IsNullOrEmpty(text)) return new Tokens(Array.Empty<char>(), 0);
            // Normalisation refuses a lone surrogate (scraped text has them): each becomes U+FFFD first, which is no token.
            string t = WithoutLoneSurrogates(text!);
            t = t.IsNormalized(NormalizationForm.FormKC) ? t : t.Normalize(NormalizationForm.FormKC);
            var tokens = new Tokens(new char[t.Length], t.Length / 6 + 1);
            char[] chars = tokens.Chars;
            int n = 0;
            int start = -1;
            foreach (char c in t)
            {
                bool ideograph = (c >= '\u4E00' && c <= '\u9FFF') || (c >= '\u3400' && c <= '\u4DBF') || (c >= '\u3040' && c <= '\u30FF');
                if (ideograph || !char.IsLetterOrDigit(c))
                {
                    if (start >= 0)
                    {
                        if (tokens.Total < maxTokens) tokens.Add(start, n - start);
                        tokens.Total++;
                        start = -1;
                    }
                    if (ideograph)
                    {
                        if (tokens.Total < maxTokens)
                        {
                            chars[n] = c;
                            tokens.Add(n, 1);
                            n++;
                        }
                        tokens.Total++;
                    }
                    continue;
                }
                if (start < 0) start = n;
                // Past the maximum the tokens are only counted.
                if (tokens.Total < maxTokens) chars[n++] = char.ToLowerInvariant(c);
            }
            if (start >= 0)
            {
                if (tokens.Total < maxTokens) tokens.Add(start, n - start);
                tokens.Total++;
            }
            return tokens;
        }
    }
}
