using System;
using System.Collections.Generic;
using System.Text;
using NewsTools.Heuristics;

namespace NewsTools.Loading
{
    /// <summary>
    /// Flattens markup nested deeper than <see cref="HtmlThresholds.MaxNestingDepth"/> before it reaches the parser, as
    /// browsers do (Blink stops nesting at 512). AngleSharp's tree builder scans its stack of open elements for every
    /// tag, so 100,000 nested &lt;div&gt; cost 27 s; past the cap, start tags and their matching end tags are dropped
    /// and their content joins the element at the cap, so the cost stays linear.
    /// </summary>
    /// <remarks>
    /// One linear pass over the characters with a light tag reader: comments, doctypes and the raw-text elements
    /// (script, style, textarea, title...) are copied whole; each start tag is pushed on a stack of names, each end tag
    /// closes the nearest open element of its name among the top <see cref="EndTagReach"/> entries. Elements HTML closes
    /// by itself (a new &lt;p&gt; or &lt;li&gt; ends the open one) are popped the same way, so a page of unclosed
    /// paragraphs does not read as deep. Markup that stays under the cap comes back as the same string instance.
    /// </remarks>
    internal static class NestingLimiter
    {
        /// <summary>How far down the stack an end tag looks for its element: a window keeps a stray end tag O(1).</summary>
        private const int EndTagReach = 64;

        // Elements without content (an end tag is never expected).
        private static readonly HashSet<string> Void = new HashSet<string>(StringComparer.Ordinal)
        {
            "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
            "basefont", "bgsound", "frame", "keygen", "image",
        };

        // Elements whose content is text up to their own end tag: the pass copies it whole.
        private static readonly HashSet<string> RawText = new HashSet<string>(StringComparer.Ordinal)
        {
            "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes",
        };

        // Elements a new one of the same group closes (an unclosed <p>, <li>, <td> is the common case).
        private static readonly Dictionary<string, string> SelfClosingGroup = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["p"] = "p", ["li"] = "li", ["dt"] = "d", ["dd"] = "d", ["option"] = "option", ["optgroup"] = "optgroup",
            ["tr"] = "tr", ["td"] = "cell", ["th"] = "cell", ["rt"] = "r", ["rp"] = "r",
        };

        /// <summary>
        /// The markup with nesting past <paramref name="maxDepth"/> flattened, or the same instance when none is that deep.
        /// <paramref name="dropped"/> counts the start tags dropped.
        /// </summary>
        public static string Flatten(string html, int maxDepth, out int dropped) => Flatten(html, maxDepth, out dropped, out _);

        /// <summary>
        /// As <see cref="Flatten(string, int, out int)"/>; <paramref name="startTags"/> counts the start tags the pass read (a
        /// close bound on the number of elements the parser makes: what the index is sized by).
        /// </summary>
        public static string Flatten(string html, int maxDepth, out int dropped, out int startTags)
        {
            dropped = 0;
            startTags = 0;
            // Names of open elements and whether each was dropped; depth counts the kept ones.
            var names = new List<string>();
            var droppedFlags = new List<bool>();
            int depth = 0;
            StringBuilder? output = null;
            int copiedUpTo = 0;
            int i = 0;
            int n = html.Length;
            while (i < n)
            {
                int lt = html.IndexOf('<', i);
                if (lt < 0 || lt + 1 >= n) break;
                char c = html[lt + 1];
                if (c == '!')
                {
                    i = SkipDeclaration(html, lt);
                    continue;
                }
                if (c == '?')
                {
                    i = SkipTo(html, lt, ">");
                    continue;
                }
                bool end = c == '/';
                int nameStart = end ? lt + 2 : lt + 1;
                if (nameStart >= n || !IsAsciiLetter(html[nameStart]))
                {
                    i = lt + 1;
                    continue;
                }
                int nameEnd = nameStart;
                while (nameEnd < n && !IsTagNameEnd(html[nameEnd])) nameEnd++;
                string name = LowerName(html, nameStart, nameEnd);
                int close = FindTagEnd(html, nameEnd);
                int after = close < 0 ? n : close + 1;
                bool selfClosing = close > 0 && html[close - 1] == '/';

                if (!end) startTags++;
                bool omit = false;
                if (end)
                {
                    int at = FindOpen(names, name);
                    if (at >= 0)
                    {
                        omit = droppedFlags[at];
                        while (names.Count > at) Pop(names, droppedFlags, ref depth);
                    }
                }
                else if (!Void.Contains(name) && !(selfClosing && name != "div" && name != "span"))
                {
                    if (SelfClosingGroup.TryGetValue(name, out string? group) && names.Count > 0
                        && SelfClosingGroup.TryGetValue(names[names.Count - 1], out string? top) && top == group)
                    {
                        Pop(names, droppedFlags, ref depth);
                    }
                    if (name == "p" || IsBlockClosingP(name))
                    {
                        if (names.Count > 0 && names[names.Count - 1] == "p" && name != "p") Pop(names, droppedFlags, ref depth);
                    }
                    bool drop = depth >= maxDepth;
                    names.Add(name);
                    droppedFlags.Add(drop);
                    if (drop) omit = true;
                    else depth++;
                    if (RawText.Contains(name) && !drop)
                    {
                        // Copy the raw text whole: "<div>" inside a script is no tag.
                        int closeTag = IndexOfEndTag(html, name, after);
                        after = closeTag < 0 ? n : closeTag;
                    }
                }

                if (omit)
                {
                    output ??= new StringBuilder(html.Length);
                    output.Append(html, copiedUpTo, lt - copiedUpTo);
                    copiedUpTo = after;
                    if (!end) dropped++;
                }
                i = after;
            }
            if (output is null) return html;
            output.Append(html, copiedUpTo, n - copiedUpTo);
            return output.ToString();
        }

        private static void Pop(List<string> names, List<bool> droppedFlags, ref int depth)
        {
            int last = names.Count - 1;
            if (!droppedFlags[last]) depth--;
            names.RemoveAt(last);
            droppedFlags.RemoveAt(last);
        }

        private static int FindOpen(List<string> names, string name)
        {
            int stop = Math.Max(0, names.Count - EndTagReach);
            for (int k = names.Count - 1; k >= stop; k--)
            {
                if (names[k] == name) return k;
            }
            return -1;
        }

        // Block starts that end an open <p> (the HTML tree builder's "close a p element").
        private static bool IsBlockClosingP(string name)
        {
            switch (name)
            {
                case "div": case "ul": case "ol": case "table": case "section": case "article": case "aside": case "header":
                case "footer": case "nav": case "h1": case "h2": case "h3": case "h4": case "h5": case "h6": case "blockquote":
                case "pre": case "form": case "figure": case "dl": case "main": case "address": case "fieldset":
                    return true;
                default:
                    return false;
            }
        }

        private static int SkipDeclaration(string html, int lt)
        {
            if (string.CompareOrdinal(html, lt, "<!--", 0, 4) == 0)
            {
                int endComment = html.IndexOf("-->", lt + 4, StringComparison.Ordinal);
                return endComment < 0 ? html.Length : endComment + 3;
            }
            return SkipTo(html, lt, ">");
        }

        private static int SkipTo(string html, int from, string what)
        {
            int at = html.IndexOf(what, from, StringComparison.Ordinal);
            return at < 0 ? html.Length : at + what.Length;
        }

        /// <summary>The '>' that ends a tag, skipping quoted attribute values; -1 when the markup ends first.</summary>
        private static int FindTagEnd(string html, int from)
        {
            char quote = '\0';
            for (int k = from; k < html.Length; k++)
            {
                char c = html[k];
                if (quote != '\0')
                {
                    if (c == quote) quote = '\0';
                }
                else if (c == '>') return k;
                else if ((c == '"' || c == '\'') && k > 0 && html[k - 1] == '=') quote = c;
                else if ((c == '"' || c == '\'') && k > 1 && html[k - 1] == ' ' && html[k - 2] == '=') quote = c;
            }
            return -1;
        }

        /// <summary>
        /// Where "&lt;/name" starts (any case), from <paramref name="from"/>; -1 when absent. An ordinal search for "&lt;/"
        /// (vectorised) and an ASCII case fold of the name: OrdinalIgnoreCase over a whole script is many times slower.
        /// </summary>
        private static int IndexOfEndTag(string html, string name, int from)
        {
            while (from < html.Length)
            {
                int at = html.IndexOf("</", from, StringComparison.Ordinal);
                if (at < 0 || at + 2 + name.Length > html.Length) return -1;
                int j = 0;
                while (j < name.Length && (html[at + 2 + j] | 0x20) == name[j]) j++;
                if (j == name.Length) return at;
                from = at + 2;
            }
            return -1;
        }

        private static bool IsAsciiLetter(char c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');

        private static bool IsTagNameEnd(char c) => c == '>' || c == '/' || char.IsWhiteSpace(c);

        private static string LowerName(string html, int start, int end)
        {
            int length = Math.Min(end - start, 32);
            // The common names come back as one shared string each: a page has thousands of tags and no allocation for them.
            if (length < KnownByLength.Length && KnownByLength[length] is string[] known)
            {
                foreach (string k in known)
                {
                    int j = 0;
                    while (j < length && (html[start + j] | 0x20) == k[j]) j++;
                    if (j == length) return k;
                }
            }
            return html.Substring(start, length).ToLowerInvariant();
        }

        /// <summary>Frequent tag names (lower-case letters and digits only, so "| 0x20" folds case), by length.</summary>
        private static readonly string[]?[] KnownByLength = ByLength(
            "a", "b", "i", "p", "q", "s", "u", "br", "dd", "dl", "dt", "em", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "li", "ol", "td", "th", "tr", "ul",
            "img", "nav", "sup", "sub", "svg", "div", "pre", "var", "del", "ins", "col", "bdi", "wbr", "abbr", "body", "code", "form", "head", "html", "link",
            "main", "meta", "path", "span", "time", "cite", "mark", "aside", "audio", "embed", "input", "label", "small", "style", "table", "tbody", "thead",
            "title", "tfoot", "video", "button", "figure", "footer", "header", "iframe", "option", "script", "select", "source", "strong", "section",
            "article", "caption", "picture", "noscript", "template", "textarea", "blockquote", "figcaption");

        private static string[]?[] ByLength(params string[] names)
        {
            var table = new List<string>?[16];
            foreach (string n in names) (table[n.Length] ??= new List<string>()).Add(n);
            var result = new string[]?[16];
            for (int i = 0; i < table.Length; i++) result[i] = table[i]?.ToArray();
            return result;
        }
    }
}
