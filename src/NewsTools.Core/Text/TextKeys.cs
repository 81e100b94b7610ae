using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using NewsTools.Heuristics;

namespace NewsTools.Text
{
    /// <summary>
    /// The string keys every stage compares texts with: a cleaned display form, a folded comparison form,
    /// a letters-and-digits key and a word count. One definition each, so a headline, a repeated title
    /// line and a site name are compared the same way on the HTML and the text path.
    /// </summary>
    internal static class TextKeys
    {
        private static readonly TieredRegex Spaces = new TieredRegex(@"\s+", RegexOptions.Compiled | RegexOptions.CultureInvariant);

        /// <summary>Whitespace collapsed, entities decoded, trimmed.</summary>
        public static string Clean(string s)
        {
            if (s.IndexOf('&') >= 0) s = WebUtility.HtmlDecode(s);
            return Spaces.Replace(s, " ").Trim();
        }

        /// <summary>Comparison key: case-folded, quotes and dashes folded, whitespace collapsed, outer punctuation trimmed.</summary>
        public static string Normalize(string? s)
        {
            if (string.IsNullOrEmpty(s)) return string.Empty;
            string t = s!.IndexOf('&') >= 0 ? WebUtility.HtmlDecode(s) : s;
            var sb = new StringBuilder(t.Length);
            bool space = false;
            foreach (char c0 in t)
            {
                char c = c0;
                if (char.IsWhiteSpace(c) || c == '\u200B') { space = sb.Length > 0; continue; }
                switch (c)
                {
                    case '\u2018': case '\u2019': case '\u201A': case '\u201B': case '\u2032': case '`': case '\u00B4': c = '\''; break;
                    case '\u201C': case '\u201D': case '\u201E': case '\u201F': case '\u00AB': case '\u00BB': c = '"'; break;
                    case '\u2010': case '\u2011': case '\u2012': case '\u2013': case '\u2014': case '\u2015': case '\u2212': c = '-'; break;
                }
                if (space) { sb.Append(' '); space = false; }
                sb.Append(char.ToLower(c, CultureInfo.InvariantCulture));
            }
            return sb.ToString().Trim(' ', '.', ':', '|', '-', '!', '?', ',', ';', '"', '\'');
        }

        /// <summary>
        /// Letters and digits only, lower case, entities decoded: "Mobile UX Design: The Guide" equals
        /// "Mobile UX Design - The Guide". Used for headline matches and repeated-line detection alike.
        /// </summary>
        public static string Alnum(string? s)
        {
            if (string.IsNullOrEmpty(s)) return string.Empty;
            string t = s!.IndexOf('&') >= 0 ? WebUtility.HtmlDecode(s) : s;
            var sb = new StringBuilder(t.Length);
            foreach (char c in t)
            {
                if (char.IsLetterOrDigit(c)) sb.Append(char.ToLowerInvariant(c));
            }
            return sb.ToString();
        }

        /// <summary>Number of whitespace-separated words.</summary>
        public static int WordCount(string s)
        {
            int n = 0;
            bool inWord = false;
            foreach (char c in s)
            {
                bool w = !char.IsWhiteSpace(c);
                if (w && !inWord) n++;
                inWord = w;
            }
            return n;
        }
    }
}
