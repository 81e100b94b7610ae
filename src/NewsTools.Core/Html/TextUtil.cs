using System.Collections.Generic;
using System.Text;
using AngleSharp.Dom;
using NewsTools.Heuristics;

namespace NewsTools.Html
{
    /// <summary>Whitespace handling shared by the HTML stages.</summary>
    internal static class TextUtil
    {
        /// <summary>Collapses every whitespace run (newlines included) to one space and trims.</summary>
        public static string Collapse(string s)
        {
            if (string.IsNullOrEmpty(s)) return string.Empty;
            var sb = new StringBuilder(s.Length);
            bool space = false;
            foreach (char c in s)
            {
                if (char.IsWhiteSpace(c) || c == '\u200B' || c == '\uFEFF')
                {
                    space = sb.Length > 0;
                    continue;
                }
                if (space) { sb.Append(' '); space = false; }
                sb.Append(c);
            }
            return sb.ToString();
        }

        /// <summary>
        /// Normalises a block's text: each line collapsed and trimmed, empty lines dropped, lines joined by '\n'
        /// (the '\n' come from &lt;br&gt;).
        /// </summary>
        public static string NormalizeLines(string s)
        {
            if (s.IndexOf('\n') < 0) return Collapse(s);
            var sb = new StringBuilder(s.Length);
            foreach (string line in s.Split('\n'))
            {
                string l = Collapse(line);
                if (l.Length == 0) continue;
                if (sb.Length > 0) sb.Append('\n');
                sb.Append(l);
            }
            return sb.ToString();
        }

        /// <summary>
        /// Text of a subtree without script, style or form controls (TextContent would include them), and
        /// without nodes the cleaner removed when skipRemoved (which needs the index). Block elements and br
        /// become spaces. The walk stops once the text reaches maxChars.
        /// </summary>
        public static string VisibleText(IElement root, DomIndex? index, bool skipRemoved, int maxChars = int.MaxValue)
        {
            var sb = new StringBuilder();
            var stack = new Stack<INode>();
            stack.Push(root);
            while (stack.Count > 0 && sb.Length < maxChars)
            {
                INode node = stack.Pop();
                if (node is IElement el)
                {
                    string tag = el.LocalName;
                    if (HtmlTagSets.NoTextTags.Contains(tag)) continue;
                    if (skipRemoved && index != null && !ReferenceEquals(el, root))
                    {
                        int i = index.IndexOf(el);
                        if (i >= 0 && index.Removed[i]) continue;
                    }
                    if (tag == "br" || HtmlTagSets.BlockTags.Contains(tag)) sb.Append(' ');
                    INodeList children = el.ChildNodes;
                    for (int c = children.Length - 1; c >= 0; c--) stack.Push(children[c]);
                }
                else if (node.NodeType == NodeType.Text)
                {
                    sb.Append(node.TextContent);
                }
            }
            return sb.ToString();
        }

        /// <summary>Cuts text to at most max characters, marking the cut with an ellipsis.</summary>
        public static string Truncate(string s, int max) => s.Length <= max ? s : s.Substring(0, max - 1).TrimEnd() + "\u2026";

        /// <summary>Lower-cased letters and digits only, for comparing a heading with the title.</summary>
        public static string Key(string s)
        {
            var sb = new StringBuilder(s.Length);
            foreach (char c in s)
            {
                if (char.IsLetterOrDigit(c)) sb.Append(char.ToLowerInvariant(c));
            }
            return sb.ToString();
        }
    }
}
