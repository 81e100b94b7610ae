using System;
using System.Collections.Generic;
using System.Text;
using AngleSharp.Dom;
using NewsTools.Heuristics;

namespace NewsTools.Html
{
    /// <summary>Whitespace handling, the element text walker and class/id names shared by the HTML stages.</summary>
    internal static class TextUtil
    {
        /// <summary>Collapses every whitespace run (newlines included) to one space and trims.</summary>
        public static string Collapse(string s) => string.IsNullOrEmpty(s) ? string.Empty : Collapse(s, 0, s.Length);

        /// <summary>As <see cref="Collapse(string)"/> for the characters of <paramref name="s"/> from <paramref name="start"/> up to <paramref name="end"/>.</summary>
        public static string Collapse(string s, int start, int end)
        {
            var output = new char[end - start];
            int o = CollapseInto(s, start, end, output);
            return o == 0 ? string.Empty : new string(output, 0, o);
        }

        /// <summary>
        /// The collapse loop, shared with <see cref="TextScratch"/>: writes the collapsed characters of
        /// <paramref name="s"/>[start, end) to <paramref name="output"/> (at least end - start long) and returns their count.
        /// </summary>
        internal static int CollapseInto(string s, int start, int end, char[] output)
        {
            int o = 0;
            bool space = false;
            for (int i = start; i < end; i++)
            {
                char c = s[i];
                if (char.IsWhiteSpace(c) || c == '\u200B' || c == '\uFEFF')
                {
                    space = o > 0;
                    continue;
                }
                if (space) { output[o++] = ' '; space = false; }
                output[o++] = c;
            }
            return o;
        }

        /// <summary>
        /// Normalises a block's text: each line collapsed and trimmed, empty lines dropped, lines joined by '\n'
        /// (the '\n' come from &lt;br&gt;).
        /// </summary>
        public static string NormalizeLines(string s)
        {
            if (s.IndexOf('\n') < 0) return Collapse(s);
            var chars = s.ToCharArray();
            var output = new char[chars.Length];
            int o = NormalizeLinesInto(chars, chars.Length, output);
            return o == 0 ? string.Empty : new string(output, 0, o);
        }

        /// <summary>
        /// The line normaliser's loop, shared with <see cref="TextScratch"/>: one pass, as splitting at '\n' and collapsing
        /// each line would give, without the lines' strings (without a '\n' in the input: the text collapsed). Writes to
        /// <paramref name="output"/> (at least <paramref name="n"/> long) and returns the count written.
        /// </summary>
        internal static int NormalizeLinesInto(char[] input, int n, char[] output)
        {
            int o = 0;
            bool lineHasText = false, space = false, newline = false;
            for (int i = 0; i < n; i++)
            {
                char c = input[i];
                if (c == '\n')
                {
                    if (lineHasText) newline = true;
                    lineHasText = false;
                    space = false;
                    continue;
                }
                if (char.IsWhiteSpace(c) || c == '\u200B' || c == '\uFEFF')
                {
                    space = lineHasText;
                    continue;
                }
                if (!lineHasText && newline) { output[o++] = '\n'; newline = false; }
                else if (space) output[o++] = ' ';
                space = false;
                output[o++] = c;
                lineHasText = true;
            }
            return o;
        }

        /// <summary>
        /// Text of a subtree without script, style or form controls (TextContent would include them), and
        /// without nodes the cleaner removed when skipRemoved (which needs the index). Block elements and br
        /// become spaces. The walk stops once the text reaches maxChars.
        /// </summary>
        public static string VisibleText(IElement root, DomIndex? index, bool skipRemoved, int maxChars = int.MaxValue)
            => VisibleText(root, skipRemoved && index != null ? index.IndexOf(root) : -1, index, skipRemoved, maxChars);

        /// <summary>As <see cref="VisibleText(IElement, DomIndex?, bool, int)"/> for an element whose index position is known.</summary>
        public static string VisibleText(DomIndex index, int at, bool skipRemoved) => VisibleText(index.Elements[at], at, index, skipRemoved, int.MaxValue);

        /// <summary>
        /// As <see cref="VisibleText(DomIndex, int, bool)"/>, with a line break (not a space) at br, block and button
        /// boundaries, and buttons' labels: a box read line by line (a paywall box's prompt, its dismiss button).
        /// </summary>
        public static string VisibleLines(DomIndex index, int at, bool skipRemoved)
        {
            DomIndex? removed = skipRemoved && index.HasRemovedInside(at) ? index : null;
            IElement root = index.Elements[at];
            var sb = new StringBuilder();
            // (node, closing): a block or button is visited again after its children, to end its line.
            var stack = new Stack<(INode Node, bool Closing)>();
            stack.Push((root, false));
            int next = at;
            while (stack.Count > 0)
            {
                var (node, closing) = stack.Pop();
                if (closing) { sb.Append('\n'); continue; }
                if (node is IElement el)
                {
                    string tag = el.LocalName;
                    int here = removed is null ? -1 : Locate(removed, el, ref next);
                    // A button's label is read (a box's "No thanks" or "Subscribe"), though the index counts no text in it.
                    if (tag != "button" && HtmlTagSets.NoTextTags.Contains(tag)) { SkipSubtree(removed, here, ref next); continue; }
                    if (removed != null && !ReferenceEquals(el, root) && here >= 0 && removed.Removed[here]) { SkipSubtree(removed, here, ref next); continue; }
                    if (tag == "br") { sb.Append('\n'); continue; }
                    // A link standing in a container (not in a paragraph's text) is a line of its own: an overlay's
                    // "Subscribe" and "Continue reading" links side by side are two lines.
                    if (tag == "button" || HtmlTagSets.BlockTags.Contains(tag) || (tag == "a" && el.ParentElement is IElement parent && IsContainer(parent.LocalName)))
                    {
                        sb.Append('\n');
                        stack.Push((el, true));
                    }
                    INodeList children = el.ChildNodes;
                    for (int c = children.Length - 1; c >= 0; c--) stack.Push((children[c], false));
                }
                else if (node.NodeType == NodeType.Text)
                {
                    sb.Append(node.TextContent);
                }
            }
            return sb.ToString();
        }

        private static string VisibleText(IElement root, int at, DomIndex? index, bool skipRemoved, int maxChars)
        {
            DomIndex? removed = skipRemoved ? index : null;
            // A subtree with nothing removed inside needs no lookup per element.
            if (removed != null && !removed.HasRemovedInside(at)) removed = null;
            return Walk(root, at, TextSpacing.Blocks, removed, maxChars, false)!;
        }

        /// <summary>
        /// The index position of an element a walk meets: the walks below visit elements in the index's order (pre-order,
        /// children in order), so while they follow it the position is the next one and no lookup is made; an element
        /// that is not the next one (a walk that started outside the index) is looked up, and the walk looks up from then on.
        /// </summary>
        private static int Locate(DomIndex index, IElement el, ref int next)
        {
            if (next >= 0 && next < index.Count && ReferenceEquals(index.Elements[next], el))
            {
                next++;
                return next - 1;
            }
            next = -1;
            return index.IndexOf(el);
        }

        /// <summary>After a walk skips the subtree of the element at <paramref name="here"/>, the next element it meets is the one after that subtree.</summary>
        private static void SkipSubtree(DomIndex? index, int here, ref int next)
        {
            if (index != null && next >= 0 && here >= 0) next = index.End[here];
        }

        private static bool IsContainer(string tag) => tag == "div" || tag == "section" || tag == "aside" || tag == "form" || tag == "footer" || tag == "header" || tag == "nav" || tag == "article" || tag == "dialog";

        /// <summary>
        /// An element's text with a space at line breaks and block children (and, when
        /// <paramref name="everyElement"/>, a space between any two elements and a line break at block
        /// boundaries: bylines glue "Jane Doe" to "Dec 18" across spans, and "&lt;p&gt;Luke Kim&lt;/p&gt;&lt;small&gt;Dec 17&lt;/small&gt;"
        /// is two lines). Null when longer than <paramref name="max"/>.
        /// </summary>
        public static string? SpacedText(IElement root, int max, bool everyElement)
            => Walk(root, -1, everyElement ? TextSpacing.EveryElement : TextSpacing.Headings, null, max, true);

        /// <summary>How <see cref="Walk"/> marks element boundaries.</summary>
        private enum TextSpacing
        {
            /// <summary>A space at br and every <see cref="HtmlTagSets.BlockTags"/> element; no-text tags skipped.</summary>
            Blocks,

            /// <summary>A space at br, the few blocks headings hold (div, p, li, dd, dt, hN) and spans with children.</summary>
            Headings,

            /// <summary>A line break at those blocks and br, a space at any other element.</summary>
            EveryElement,
        }

        /// <summary>
        /// The one text walker of the HTML side: iterative (pages can be arbitrarily deep), in document order.
        /// It stops once the text is longer than <paramref name="max"/> (Blocks: reaches it) and then returns
        /// null when <paramref name="nullWhenLonger"/>, else the text so far.
        /// </summary>
        private static string? Walk(IElement root, int at, TextSpacing spacing, DomIndex? removedIndex, int max, bool nullWhenLonger)
        {
            long limit = nullWhenLonger ? (long)max + 1 : max;
            var sb = new StringBuilder();
            var stack = new Stack<INode>();
            stack.Push(root);
            int next = at;
            while (stack.Count > 0 && sb.Length < limit)
            {
                INode node = stack.Pop();
                if (node is IElement el)
                {
                    string tag = el.LocalName;
                    if (spacing == TextSpacing.Blocks)
                    {
                        int here = removedIndex is null ? -1 : Locate(removedIndex, el, ref next);
                        if (HtmlTagSets.NoTextTags.Contains(tag)) { SkipSubtree(removedIndex, here, ref next); continue; }
                        if (removedIndex != null && !ReferenceEquals(el, root) && here >= 0 && removedIndex.Removed[here]) { SkipSubtree(removedIndex, here, ref next); continue; }
                        if (tag == "br" || HtmlTagSets.BlockTags.Contains(tag)) sb.Append(' ');
                    }
                    else
                    {
                        if (tag == "script" || tag == "style" || tag == "svg" || tag == "noscript") continue;
                        bool block = tag == "br" || tag == "div" || tag == "p" || tag == "li" || tag == "dd" || tag == "dt" || (tag.Length == 2 && tag[0] == 'h' && char.IsDigit(tag[1]));
                        bool inner = el != root;
                        if (inner && spacing == TextSpacing.EveryElement) sb.Append(block ? '\n' : ' ');
                        else if (inner && (block || (tag == "span" && el.ChildElementCount > 0))) sb.Append(' ');
                        else if (tag == "br") sb.Append(' ');
                    }
                    INodeList children = el.ChildNodes;
                    for (int c = children.Length - 1; c >= 0; c--) stack.Push(children[c]);
                }
                else if (node.NodeType == NodeType.Text)
                {
                    sb.Append(node.TextContent);
                }
            }
            return nullWhenLonger && sb.Length > max ? null : sb.ToString();
        }

        /// <summary>
        /// The first leaf element (in document order, among the first <paramref name="maxElements"/> under
        /// <paramref name="root"/>) whose text <paramref name="pick"/> accepts; pick returns the value to give, or null to go on.
        /// </summary>
        public static string? FirstLeafText(IElement root, Func<string, string?> pick, int maxElements = 40)
        {
            int seen = 0;
            var stack = new Stack<IElement>();
            if (root.FirstElementChild != null) stack.Push(root.FirstElementChild);
            while (stack.Count > 0 && seen++ < maxElements)
            {
                IElement e = stack.Pop();
                if (e.NextElementSibling != null) stack.Push(e.NextElementSibling);
                if (e.ChildElementCount > 0) { stack.Push(e.FirstElementChild!); continue; }
                string? picked = pick(e.TextContent);
                if (picked != null) return picked;
            }
            return null;
        }

        /// <summary>
        /// An element's class and id as one lower-cased, trimmed "class id" string: the names page-chrome
        /// and content rules are matched against.
        /// </summary>
        public static string ClassAndId(IElement el) => ClassAndId(el.GetAttribute("class"), el.Id);

        /// <summary>As <see cref="ClassAndId(IElement)"/> for a class and id already read.</summary>
        public static string ClassAndId(string? cls, string? id)
        {
            bool noClass = string.IsNullOrEmpty(cls), noId = string.IsNullOrEmpty(id);
            if (noClass && noId) return string.Empty;
            // Most pages write their names in lower case already: one of the two alone, trimmed and lower-case, is the answer
            // as it stands (the joined, trimmed, lower-cased copy would be the same characters), so no string is built.
            if (noId && IsTrimmedLowerAscii(cls!)) return cls!;
            if (noClass && IsTrimmedLowerAscii(id!)) return id!;
            return ((cls ?? string.Empty) + " " + (id ?? string.Empty)).Trim().ToLowerInvariant();
        }

        /// <summary>Whether the string is ASCII without upper-case letters and neither starts nor ends with whitespace (Trim and ToLowerInvariant leave it as it is).</summary>
        internal static bool IsTrimmedLowerAscii(string s)
        {
            if (s.Length == 0 || s[0] <= ' ' || s[s.Length - 1] <= ' ') return false;
            foreach (char c in s)
            {
                if (c >= 0x80 || (c >= 'A' && c <= 'Z')) return false;
            }
            return true;
        }

        /// <summary>
        /// The element's TextContent (every descendant text node, in document order) when it holds at most
        /// <paramref name="max"/> characters, else null. Stops reading at the first text past the bound: a reader that
        /// wants only short text ("a date line under 200 characters") need not build the text of a wrapper that holds the story.
        /// </summary>
        public static string? TextContentUpTo(IElement el, int max)
        {
            // An output element's TextContent is its value, not its descendants' text.
            if (el is AngleSharp.Html.Dom.IHtmlOutputElement) return el.TextContent is string t && t.Length <= max ? t : null;
            string? single = null;
            StringBuilder? sb = null;
            int length = 0;
            var stack = new Stack<INode>();
            INodeList top = el.ChildNodes;
            for (int c = top.Length - 1; c >= 0; c--) stack.Push(top[c]);
            while (stack.Count > 0)
            {
                INode node = stack.Pop();
                if (node is IText text)
                {
                    string data = text.Data;
                    length += data.Length;
                    if (length > max) return null;
                    if (single is null && sb is null) single = data;
                    else (sb ??= new StringBuilder(max).Append(single)).Append(data);
                    continue;
                }
                INodeList children = node.ChildNodes;
                for (int c = children.Length - 1; c >= 0; c--) stack.Push(children[c]);
            }
            return sb?.ToString() ?? single ?? string.Empty;
        }

        /// <summary>Cuts text to at most max characters, marking the cut with an ellipsis.</summary>
        public static string Truncate(string s, int max) => s.Length <= max ? s : s.Substring(0, max - 1).TrimEnd() + "\u2026";

    }
}
