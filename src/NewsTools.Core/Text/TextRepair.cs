using System;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using NewsTools.Heuristics;

namespace NewsTools.Text
{
    /// <summary>
    /// Repairs scraped text without rewriting it: mojibake (UTF-8 bytes read as Windows-1252 or
    /// Latin-1, "â€™" → "’"), leftover HTML entities, zero-width characters and no-break spaces.
    /// Every repair is local and reversible in spirit: no word is changed unless its bytes prove the
    /// damage.
    /// </summary>
    internal static class TextRepair
    {
        /// <summary>A named or numeric HTML entity left in text ("&amp;amp;", "&amp;#8217;", "&amp;nbsp;").</summary>
        private static readonly TieredRegex Entity = new TieredRegex(@"&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,9});", RegexOptions.Compiled | RegexOptions.CultureInvariant);

        /// <summary>Windows-1252 bytes 0x80-0x9F and the characters they decode to (undefined slots map to themselves).</summary>
        private const string Cp1252High = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ";

        /// <summary>Repairs one whole text (all lines at once); returns the input itself when nothing needed repair.</summary>
        public static string Repair(string text)
        {
            if (string.IsNullOrEmpty(text)) return text;
            string s = text;
            if (NeedsMojibakeRepair(s)) s = FixMojibake(s);
            if (s.IndexOf('&') >= 0) s = Entity.Replace(s, DecodeEntity);
            return NormalizeSpaces(s);
        }

        private static string DecodeEntity(Match m)
        {
            string decoded = WebUtility.HtmlDecode(m.Value);
            return decoded.Length == 0 ? m.Value : decoded;
        }

        /// <summary>Quick test: a UTF-8 lead byte shown as Ã, Â, â, Ð, Ñ, Ø, Ù, à-ï followed by a continuation-byte character.</summary>
        private static bool NeedsMojibakeRepair(string s)
        {
            for (int i = 0; i + 1 < s.Length; i++)
            {
                int b0 = ToCp1252Byte(s[i]);
                if (b0 >= 0xC2 && b0 <= 0xF4 && IsContinuation(ToCp1252Byte(s[i + 1]))) return true;
                if (s[i] == 'â' && s[i + 1] == '€') return true;
            }
            return false;
        }

        /// <summary>
        /// Re-reads each run that forms a valid UTF-8 sequence when mapped back to Windows-1252 bytes.
        /// A lone "é" or "Â" that is not followed by continuation bytes is left alone, so correct
        /// Latin-1 text is never touched.
        /// </summary>
        public static string FixMojibake(string s)
        {
            var sb = new StringBuilder(s.Length);
            var bytes = new byte[4];
            int i = 0;
            while (i < s.Length)
            {
                int b0 = ToCp1252Byte(s[i]);
                int need = b0 >= 0xC2 && b0 <= 0xDF ? 1 : b0 >= 0xE0 && b0 <= 0xEF ? 2 : b0 >= 0xF0 && b0 <= 0xF4 ? 3 : 0;
                if (need > 0 && i + need < s.Length)
                {
                    bool ok = true;
                    bytes[0] = (byte)b0;
                    for (int k = 1; k <= need; k++)
                    {
                        int bk = ToCp1252Byte(s[i + k]);
                        if (!IsContinuation(bk)) { ok = false; break; }
                        bytes[k] = (byte)bk;
                    }
                    if (ok)
                    {
                        string decoded = DecodeUtf8(bytes, need + 1);
                        if (decoded.Length > 0)
                        {
                            sb.Append(decoded);
                            i += need + 1;
                            continue;
                        }
                    }
                }
                // "â€" + cp1252's undefined 0x9D byte is how ” (E2 80 9D) arrives when the scraper
                // dropped that byte: the pair never occurs in real text.
                if (s[i] == 'â' && i + 1 < s.Length && s[i + 1] == '€' && (i + 2 >= s.Length || !IsContinuation(ToCp1252Byte(s[i + 2]))))
                {
                    sb.Append('\u201D');
                    i += 2;
                    continue;
                }
                sb.Append(s[i]);
                i++;
            }
            return sb.ToString();
        }

        /// <summary>Throws on invalid bytes, so a false mojibake guess is detected and left alone. Encoding objects are thread-safe.</summary>
        private static readonly UTF8Encoding StrictUtf8 = new UTF8Encoding(false, true);

        private static string DecodeUtf8(byte[] bytes, int count)
        {
            try
            {
                return StrictUtf8.GetString(bytes, 0, count);
            }
            catch (ArgumentException)
            {
                // Not valid UTF-8 after all: leave the characters as they were.
                return string.Empty;
            }
        }

        private static bool IsContinuation(int b) => b >= 0x80 && b <= 0xBF;

        /// <summary>The Windows-1252 byte of a character, or -1 when it has none.</summary>
        private static int ToCp1252Byte(char c)
        {
            if (c < 0x80) return c;
            if (c >= 0xA0 && c <= 0xFF) return c;
            if (c >= 0x80 && c <= 0x9F) return c; // Latin-1 reading of the same bytes
            int k = Cp1252High.IndexOf(c);
            return k >= 0 ? 0x80 + k : -1;
        }

        /// <summary>
        /// Drops zero-width space, word joiner, BOM and soft hyphen; turns no-break and other fixed-width
        /// spaces into a plain space. Zero-width joiner and non-joiner stay: Indic, Persian and emoji
        /// text needs them.
        /// </summary>
        private static string NormalizeSpaces(string s)
        {
            bool dirty = false;
            foreach (char c in s)
            {
                if (c == '\u200B' || c == '\u2060' || c == '\uFEFF' || c == '\u00AD' || c == '\u00A0' || c == '\u202F' || c == '\u2007' || c == '\u2009' || c == '\u200A' || c == '\t')
                {
                    dirty = true;
                    break;
                }
            }
            if (!dirty) return s;
            var sb = new StringBuilder(s.Length);
            foreach (char c in s)
            {
                switch (c)
                {
                    case '\u200B':
                    case '\u2060':
                    case '\uFEFF':
                    case '\u00AD':
                        break;
                    case '\u00A0':
                    case '\u202F':
                    case '\u2007':
                    case '\u2009':
                    case '\u200A':
                    case '\t':
                        sb.Append(' ');
                        break;
                    default:
                        sb.Append(c);
                        break;
                }
            }
            return sb.ToString();
        }

        /// <summary>Collapses runs of spaces and trims; linear.</summary>
        public static string CollapseSpaces(string s)
        {
            var sb = new StringBuilder(s.Length);
            bool space = false;
            foreach (char c in s)
            {
                if (c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v')
                {
                    space = sb.Length > 0;
                    continue;
                }
                if (space) sb.Append(' ');
                space = false;
                sb.Append(c);
            }
            return sb.ToString();
        }

        /// <summary>
        /// Joins a word broken by a hyphen at a line end ("recom-" + "mendation ...") when the next line
        /// continues in lower case. Returns the joined text, or null when the pair is not a broken word.
        /// </summary>
        public static string? JoinHyphenated(string line, string next)
        {
            if (line.Length < 20 || next.Length == 0) return null;
            int n = line.Length;
            if (line[n - 1] != '-' || n < 3 || !char.IsLetter(line[n - 2]) || line[n - 2] == '-') return null;
            if (!char.IsLower(next[0])) return null;
            return line.Substring(0, n - 1) + next;
        }

        /// <summary>
        /// Repairs a short field (a title, an author) only where it shows C1 control characters (U+0080-U+009F),
        /// which never occur in real text: UTF-8 read as Latin-1 and encoded again ("Investorâ\u0080\u0099s" for
        /// "Investor’s"). The repair is <see cref="FixMojibake"/>'s, so a field and a text are repaired alike.
        /// </summary>
        public static string RepairDoubleEncoding(string s)
        {
            foreach (char c in s)
            {
                if (c >= '\u0080' && c <= '\u009F') return FixMojibake(s);
            }
            return s;
        }
    }
}
