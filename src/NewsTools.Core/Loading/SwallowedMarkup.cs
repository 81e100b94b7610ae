using System;
using System.Text.RegularExpressions;
using NewsTools.Heuristics;

namespace NewsTools.Loading
{
    /// <summary>
    /// Repairs a page whose text was swallowed by an element that never closes. A saved page that lost its
    /// &lt;/title&gt; (or a &lt;textarea&gt;, &lt;style&gt;, &lt;script&gt;, &lt;xmp&gt;, a comment left open) parses as
    /// one title running to the end of the file: the body is empty though the story is in the file. In archived 2008
    /// news pages this was 8 of 9 empty results. The repair closes the element at the first plausible point (the
    /// first structural tag after it; for script and style the first tag that starts a line, or &lt;/head&gt;/&lt;body&gt;),
    /// so the rest parses as markup again. The pipeline only asks when a parse left almost no body text, and keeps the
    /// repaired parse only when it finds much more.
    /// </summary>
    internal static class SwallowedMarkup
    {
        /// <summary>Repairs at most this many swallowing elements (a lost &lt;/title&gt; and an unclosed comment after it).</summary>
        private const int MaxRepairs = 3;

        // Elements whose content the parser reads as text up to their own end tag (RCDATA and RAWTEXT).
        private static readonly string[] TextElements = { "title", "textarea", "xmp", "style", "script", "noembed", "noframes", "iframe" };

        // A tag that cannot be text in a title or a textarea: the markup resumed there.
        private static readonly TieredRegex StructuralTag = new TieredRegex(
            @"<(?:/?(?:html|head|body|meta|link|div|p|article|section|main|header|footer|nav|h[1-6]|table|tr|td|ul|ol|li|span|a|img|br|font|center|b|i|strong|em|form|figure|blockquote|script|style)\b|!--)",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

        // Script and style bodies hold tags in strings ("'<div>' + x"): the markup resumes at </head>, <body>, or a tag
        // that starts a line.
        private static readonly TieredRegex LineStartTag = new TieredRegex(
            @"</head\b|<body\b|^[ \t]*<(?:/?(?:div|p|article|section|main|header|footer|nav|h[1-6]|table|ul|ol|center|font|form|a|span|b)\b|!--)",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Multiline | RegexOptions.Compiled);

        /// <summary>
        /// The markup with each swallowing element closed, or null when none swallows the rest of the file.
        /// <paramref name="repaired"/> names what was closed ("title", "comment").
        /// </summary>
        public static string? Repair(string html, out string repaired)
        {
            repaired = string.Empty;
            string current = html;
            for (int round = 0; round < MaxRepairs; round++)
            {
                if (!TryRepairOnce(current, out string next, out string what)) break;
                current = next;
                repaired = repaired.Length == 0 ? what : repaired + "+" + what;
            }
            return ReferenceEquals(current, html) ? null : current;
        }

        private static bool TryRepairOnce(string html, out string result, out string what)
        {
            result = html;
            what = string.Empty;
            // The earliest element left open swallows the most: repair that one first.
            int bestOpen = -1, bestContent = -1;
            string bestName = string.Empty;
            foreach (string name in TextElements)
            {
                int open = LastStartTag(html, name, out int content);
                if (open < 0 || html.IndexOf("</" + name, content, StringComparison.OrdinalIgnoreCase) >= 0) continue;
                if (bestOpen < 0 || open < bestOpen) { bestOpen = open; bestContent = content; bestName = name; }
            }
            int comment = html.LastIndexOf("<!--", StringComparison.Ordinal);
            if (comment >= 0 && html.IndexOf("-->", comment + 4, StringComparison.Ordinal) < 0 && (bestOpen < 0 || comment < bestOpen))
            {
                bestOpen = comment;
                bestContent = comment + 4;
                bestName = "comment";
            }
            if (bestOpen < 0) return false;

            TieredRegex resume = bestName == "script" || bestName == "style" ? LineStartTag : StructuralTag;
            Match m = resume.Match(html, bestContent);
            if (!m.Success) return false;
            string closing = bestName == "comment" ? "-->" : "</" + bestName + ">";
            result = html.Substring(0, m.Index) + closing + html.Substring(m.Index);
            what = bestName;
            return true;
        }

        /// <summary>Position of the last start tag of the element, and where its content begins; -1 when there is none.</summary>
        private static int LastStartTag(string html, string name, out int content)
        {
            content = -1;
            int from = html.Length - 1;
            while (from >= 0)
            {
                int at = html.LastIndexOf("<" + name, from, StringComparison.OrdinalIgnoreCase);
                if (at < 0) return -1;
                int after = at + 1 + name.Length;
                if (after < html.Length && (html[after] == '>' || html[after] == '/' || char.IsWhiteSpace(html[after])))
                {
                    int gt = html.IndexOf('>', after);
                    if (gt < 0) return -1;
                    content = gt + 1;
                    return at;
                }
                from = at - 1;
            }
            return -1;
        }
    }
}
