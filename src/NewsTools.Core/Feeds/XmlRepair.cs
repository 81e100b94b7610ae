using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml;

namespace NewsTools.Feeds
{
    /// <summary>
    /// Mends the XML mistakes feeds and sitemaps are full of before a strict XML parser sees them, and cuts a broken
    /// document back to its last whole item. Each mend is counted in the <see cref="ProblemLog"/> for the warning.
    /// </summary>
    internal static class XmlRepair
    {
        /// <summary>The end of an item or entry (RSS item, Atom entry, sitemap url or sitemap, possibly prefixed): a safe place to cut.</summary>
        private static readonly Heuristics.TieredRegex ItemEnd = new Heuristics.TieredRegex(@"</(?:[A-Za-z_][\w.\-]*:)?(?:item|entry|url|sitemap)\s*>",
            RegexOptions.CultureInvariant | RegexOptions.RightToLeft | RegexOptions.Compiled);

        /// <summary>
        /// Deepest element nesting kept. Real feeds nest 4-6 levels, 20-30 with XHTML content; XDocument's load time grows
        /// with the square of the depth (20,000 levels: 3.6 s; 200,000: minutes, measured with a scratch app, TUNING.md), so
        /// deeper elements are flattened: their tags dropped, their text kept.
        /// </summary>
        public const int MaxDepth = 128;

        /// <summary>Longest entity name looked at; HTML's longest is 32 characters ("CounterClockwiseContourIntegral").</summary>
        private const int MaxEntityName = 32;

        /// <summary>
        /// The text with: leading whitespace and BOM removed (an XML declaration must come first); the DOCTYPE dropped
        /// (RSS 0.91's DTD is never fetched, and an internal subset can declare an entity bomb); HTML named entities
        /// (&amp;nbsp; &amp;eacute; &amp;mdash;, undeclared in XML) written as character references; a bare '&amp;' escaped;
        /// characters XML forbids (U+0000-U+001F but tab and line ends) dropped. CDATA sections, comments and processing
        /// instructions are copied as they are (but for forbidden characters).
        /// </summary>
        public static string Sanitize(string text, ProblemLog log)
        {
            int start = 0;
            while (start < text.Length && (char.IsWhiteSpace(text[start]) || text[start] == '\uFEFF')) start++;
            var sb = new StringBuilder(text.Length + 64);
            int i = start;
            int n = text.Length;
            int depth = 0;
            int flattened = 0;
            while (i < n)
            {
                char c = text[i];
                if (c == '<' && i + 1 < n && (IsNameStart(text[i + 1]) || text[i + 1] == '/'))
                {
                    int end = TagEnd(text, i);
                    if (text[i + 1] == '/')
                    {
                        if (flattened > 0) { flattened--; i = end; continue; }
                        depth--;
                    }
                    else if (!(end - i >= 3 && text[end - 1] == '>' && text[end - 2] == '/'))
                    {
                        if (depth >= MaxDepth)
                        {
                            if (flattened++ == 0) log.Note(ProblemLog.TooDeep);
                            i = end;
                            continue;
                        }
                        depth++;
                    }
                    sb.Append(c);
                    i++;
                    continue;
                }
                if (c == '<')
                {
                    if (string.CompareOrdinal(text, i, "<![CDATA[", 0, 9) == 0) { i = CopyUntil(text, i, "]]>", sb, log); continue; }
                    if (string.CompareOrdinal(text, i, "<!--", 0, 4) == 0) { i = CopyUntil(text, i, "-->", sb, log); continue; }
                    if (string.CompareOrdinal(text, i, "<?", 0, 2) == 0) { i = CopyUntil(text, i, "?>", sb, log); continue; }
                    if (i + 9 <= n && string.Compare(text, i, "<!DOCTYPE", 0, 9, StringComparison.OrdinalIgnoreCase) == 0) { i = SkipDoctype(text, i); continue; }
                    sb.Append(c);
                    i++;
                    continue;
                }
                if (c == '&')
                {
                    i = AppendEntity(text, i, sb, log);
                    continue;
                }
                if (IsForbidden(c)) log.Note(ProblemLog.ControlCharacter);
                else sb.Append(c);
                i++;
            }
            return sb.ToString();
        }

        /// <summary>
        /// The text cut after the last whole item that ends before <paramref name="errorOffset"/>, with the elements still
        /// open there closed, so a parser reads every item before the break; null when no item ends before it.
        /// </summary>
        public static string? CutAtLastItem(string text, int errorOffset)
        {
            int limit = Math.Max(0, Math.Min(errorOffset, text.Length));
            Match m = ItemEnd.Match(text, 0, limit);
            if (!m.Success) return null;
            string head = text.Substring(0, m.Index + m.Length);
            var open = OpenElements(head);
            var sb = new StringBuilder(head, head.Length + 64);
            for (int k = open.Count - 1; k >= 0; k--) sb.Append("</").Append(open[k]).Append('>');
            return sb.ToString();
        }

        /// <summary>The character offset of an XmlException's line and position (both 1-based) in <paramref name="text"/>.</summary>
        public static int OffsetOf(string text, int line, int position)
        {
            if (line <= 0) return text.Length;
            int offset = 0;
            for (int l = 1; l < line && offset < text.Length; l++)
            {
                int next = text.IndexOf('\n', offset);
                if (next < 0) return text.Length;
                offset = next + 1;
            }
            return Math.Min(text.Length, offset + Math.Max(0, position - 1));
        }

        /// <summary>Settings for reading text already passed through <see cref="Sanitize"/>: no DTD, no external resolution.</summary>
        public static XmlReaderSettings ReaderSettings() => new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Ignore,
            XmlResolver = null,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
            IgnoreWhitespace = true,
            CheckCharacters = false,
            MaxCharactersFromEntities = 1024,
        };

        /// <summary>The names of the elements open at the end of <paramref name="head"/>, outermost first (read without recursion).</summary>
        private static List<string> OpenElements(string head)
        {
            var open = new List<string>();
            try
            {
                using var reader = XmlReader.Create(new StringReader(head), ReaderSettings());
                while (reader.Read())
                {
                    if (reader.NodeType == XmlNodeType.Element && !reader.IsEmptyElement) open.Add(reader.Name);
                    else if (reader.NodeType == XmlNodeType.EndElement && open.Count > 0) open.RemoveAt(open.Count - 1);
                }
            }
            catch (XmlException)
            {
                // Expected: the head ends with elements open. What was read until then is the answer.
            }
            return open;
        }

        private static int CopyUntil(string text, int i, string end, StringBuilder sb, ProblemLog log)
        {
            int close = text.IndexOf(end, i, StringComparison.Ordinal);
            int stop = close < 0 ? text.Length : close + end.Length;
            for (int k = i; k < stop; k++)
            {
                if (IsForbidden(text[k])) log.Note(ProblemLog.ControlCharacter);
                else sb.Append(text[k]);
            }
            return stop;
        }

        /// <summary>Skips "&lt;!DOCTYPE ...&gt;", internal subset ("[ ... ]") included.</summary>
        private static int SkipDoctype(string text, int i)
        {
            int depth = 0;
            for (int k = i + 9; k < text.Length; k++)
            {
                char c = text[k];
                if (c == '[') depth++;
                else if (c == ']' && depth > 0) depth--;
                else if (c == '>' && depth == 0) return k + 1;
            }
            return text.Length;
        }

        private static int AppendEntity(string text, int i, StringBuilder sb, ProblemLog log)
        {
            int n = text.Length;
            int k = i + 1;
            if (k < n && text[k] == '#')
            {
                int j = k + 1;
                bool hex = j < n && (text[j] == 'x' || text[j] == 'X');
                if (hex) j++;
                int digits = j;
                while (j < n && (hex ? IsHex(text[j]) : char.IsDigit(text[j])) && j - digits < 8) j++;
                if (j > digits && j < n && text[j] == ';')
                {
                    sb.Append(text, i, j + 1 - i);
                    return j + 1;
                }
            }
            else
            {
                int j = k;
                while (j < n && j - k <= MaxEntityName && (char.IsLetterOrDigit(text[j]) && text[j] < 128)) j++;
                if (j > k && j < n && text[j] == ';' && char.IsLetter(text[k]))
                {
                    string name = text.Substring(k, j - k);
                    if (name == "amp" || name == "lt" || name == "gt" || name == "quot" || name == "apos")
                    {
                        sb.Append(text, i, j + 1 - i);
                        return j + 1;
                    }
                    string entity = "&" + name + ";";
                    string decoded = WebUtility.HtmlDecode(entity);
                    if (!string.Equals(decoded, entity, StringComparison.Ordinal))
                    {
                        log.Note(ProblemLog.UndeclaredEntity, entity);
                        for (int d = 0; d < decoded.Length; d++)
                        {
                            int code = char.IsHighSurrogate(decoded[d]) && d + 1 < decoded.Length ? char.ConvertToUtf32(decoded[d], decoded[++d]) : decoded[d];
                            sb.Append("&#").Append(code.ToString(CultureInfo.InvariantCulture)).Append(';');
                        }
                    }
                    else
                    {
                        // Unknown to HTML too: keep it visible as text rather than lose it.
                        log.Note(ProblemLog.UnknownEntity, entity);
                        sb.Append("&amp;").Append(name).Append(';');
                    }
                    return j + 1;
                }
            }
            log.Note(ProblemLog.BareAmpersand);
            sb.Append("&amp;");
            return i + 1;
        }

        /// <summary>The index just past the '&gt;' that ends the tag at <paramref name="i"/> ('&gt;' inside quoted attribute values skipped), or the text's end.</summary>
        private static int TagEnd(string text, int i)
        {
            char quote = '\0';
            for (int k = i + 1; k < text.Length; k++)
            {
                char c = text[k];
                if (quote != '\0') { if (c == quote) quote = '\0'; }
                else if (c == '"' || c == '\'') quote = c;
                else if (c == '>') return k + 1;
                else if (c == '<') return k;
            }
            return text.Length;
        }

        private static bool IsNameStart(char c) => char.IsLetter(c) || c == '_' || c == ':';

        private static bool IsHex(char c) => (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');

        private static bool IsForbidden(char c) => c < 0x20 && c != '\t' && c != '\n' && c != '\r';
    }
}
