using System;
using System.Collections.Generic;
using AngleSharp.Dom;
using NewsTools.Heuristics;

namespace NewsTools.Html
{
    /// <summary>
    /// A flat pre-order index of the body's elements with text and link-text lengths computed once.
    /// Every later stage asks this index instead of calling TextContent on ancestors (which is quadratic).
    /// Subtree of element i is the index range [i, End[i]).
    /// </summary>
    internal sealed class DomIndex
    {
        /// <summary>Element to position, built on the first <see cref="IndexOf"/> (most pages never ask: stages walk by position).</summary>
        private Dictionary<IElement, int>? _position;

        public IElement[] Elements { get; }
        public int[] Parent { get; }
        public int[] End { get; }
        /// <summary>
        /// Non-whitespace characters in the element's own text nodes. Han, kana and hangul count double: each carries
        /// about as much as two Latin letters (a word is 1-3 characters, no spaces), which keeps the length
        /// thresholds meaningful for CJK pages.
        /// </summary>
        public int[] OwnText { get; }
        /// <summary>Non-whitespace characters of own text that sit inside a link.</summary>
        public int[] OwnLinkText { get; }
        /// <summary>Commas (Latin and CJK) in own text; Readability's cheap "sentence-ness" signal.</summary>
        public int[] OwnCommas { get; }
        /// <summary>Non-whitespace characters of own text that sit inside a &lt;p&gt;.</summary>
        public int[] OwnParaText { get; }
        /// <summary>Aggregated paragraph text: how much &lt;p&gt; prose the subtree holds.</summary>
        public int[] ParaText { get; }
        /// <summary>Aggregated over the subtree, excluding removed subtrees (see <see cref="Aggregate"/>).</summary>
        public int[] Text { get; }
        public int[] LinkText { get; }
        public int[] Commas { get; }
        /// <summary>Whether the element or one of its ancestors was removed by the cleaner.</summary>
        public bool[] Removed { get; }
        /// <summary>How many elements the index holds (the arrays above may be longer: read them below Count only).</summary>
        public int Count { get; }

        private DomIndex(IElement[] elements, int[] parent, int[] ownText, int[] ownLink, int[] ownCommas, int[] ownPara, int count)
        {
            // The per-element arrays were filled by the walk and may be longer than count (they were sized by a bound).
            Count = count;
            Elements = elements;
            Parent = parent;
            OwnText = ownText;
            OwnLinkText = ownLink;
            OwnCommas = ownCommas;
            OwnParaText = ownPara;
            int n = count;
            End = new int[n];
            Text = new int[n];
            LinkText = new int[n];
            Commas = new int[n];
            ParaText = new int[n];
            Removed = new bool[n];
            _names = new string?[n];
            // End: walk backwards; a node's subtree ends where its last descendant's subtree ends.
            for (int i = 0; i < n; i++) End[i] = i + 1;
            for (int i = n - 1; i > 0; i--)
            {
                int p = Parent[i];
                if (p >= 0 && End[i] > End[p]) End[p] = End[i];
            }
            Aggregate();
        }

        /// <summary>
        /// The element's class and id, lower-cased and joined by a space ("story-body main"), or "" when it has
        /// neither: what every name rule reads. Built on first request and kept, so each element's names are
        /// built once per page however many stages ask.
        /// </summary>
        public string Names(int i)
        {
            string? names = _names[i];
            if (names != null) return names;
            names = TextUtil.ClassAndId(Elements[i]);
            _names[i] = names;
            return names;
        }

        /// <summary>As <see cref="Names(int)"/>, built from the element's attributes when the caller has read them already.</summary>
        public string Names(int i, in KeyAttributes attributes)
        {
            string? names = _names[i];
            if (names != null) return names;
            names = TextUtil.ClassAndId(attributes.Class, attributes.Id);
            _names[i] = names;
            return names;
        }

        private readonly string?[] _names;

        /// <summary>The first element with this tag in document order, or null (a walk of the flat index, not of the DOM).</summary>
        public IElement? First(string localName)
        {
            for (int i = 0; i < Count; i++)
            {
                if (Elements[i].LocalName == localName) return Elements[i];
            }
            return null;
        }

        /// <summary>Index of an element, or -1 when it is not under the indexed root.</summary>
        public int IndexOf(IElement element)
        {
            if (_position is null)
            {
                var position = new Dictionary<IElement, int>(Count, ReferenceComparer.Instance);
                for (int i = 0; i < Count; i++) position[Elements[i]] = i;
                _position = position;
            }
            return _position.TryGetValue(element, out int at) ? at : -1;
        }

        /// <summary>Whether j lies in the subtree of i (i itself included).</summary>
        public bool Contains(int i, int j) => j >= i && j < End[i];

        /// <summary>Whether some element strictly inside element i's subtree is removed (true when i is not indexed: ask per element).</summary>
        public bool HasRemovedInside(int i)
        {
            if (i < 0) return true;
            for (int j = i + 1; j < End[i]; j++)
            {
                if (Removed[j]) return true;
            }
            return false;
        }

        /// <summary>Marks an element (and so its subtree) as removed; call <see cref="Aggregate"/> afterwards.</summary>
        public void MarkRemoved(int i)
        {
            for (int j = i; j < End[i]; j++) Removed[j] = true;
        }

        /// <summary>Clears every removal mark (for a second, relaxed attempt).</summary>
        public void ResetRemoved()
        {
            Array.Clear(Removed, 0, Count);
            Aggregate();
        }

        /// <summary>Recomputes subtree sums, leaving removed subtrees out. One reverse pass: children come after parents in pre-order.</summary>
        public void Aggregate()
        {
            int n = Count;
            for (int i = 0; i < n; i++)
            {
                bool r = Removed[i];
                Text[i] = r ? 0 : OwnText[i];
                LinkText[i] = r ? 0 : OwnLinkText[i];
                Commas[i] = r ? 0 : OwnCommas[i];
                ParaText[i] = r ? 0 : OwnParaText[i];
            }
            for (int i = n - 1; i > 0; i--)
            {
                int p = Parent[i];
                if (p < 0 || Removed[i]) continue;
                Text[p] += Text[i];
                LinkText[p] += LinkText[i];
                Commas[p] += Commas[i];
                ParaText[p] += ParaText[i];
            }
        }

        /// <summary>Non-link text of the subtree: the prose a container holds (Readability's "effective" length).</summary>
        public int Prose(int i) => Text[i] - LinkText[i];

        /// <summary>Share of the element's text that sits inside links (0 when it has no text).</summary>
        public double LinkDensity(int i) => Text[i] == 0 ? 0 : (double)LinkText[i] / Text[i];

        /// <summary>Builds the index over root's subtree with one explicit-stack walk.</summary>
        public static DomIndex Build(IElement root) => Build(root, 0);

        /// <summary>
        /// As <see cref="Build(IElement)"/>, with the arrays first sized for <paramref name="expected"/> elements (the page's
        /// start tags): filled in place and grown only past it, instead of lists that grow by doubling and are copied out.
        /// </summary>
        public static DomIndex Build(IElement root, int expected)
        {
            int capacity = Math.Max(64, expected + 16);
            var elements = new IElement[capacity];
            var parent = new int[capacity];
            var ownText = new int[capacity];
            var ownLink = new int[capacity];
            var ownCommas = new int[capacity];
            var ownPara = new int[capacity];
            int count = 0;
            // Stack of (element, parent index, inside a link).
            var stack = new Stack<(IElement El, int Parent, bool InLink, bool InPara)>();
            stack.Push((root, -1, false, false));
            while (stack.Count > 0)
            {
                var (el, par, inLink, inPara) = stack.Pop();
                if (count == capacity)
                {
                    capacity *= 2;
                    Array.Resize(ref elements, capacity);
                    Array.Resize(ref parent, capacity);
                    Array.Resize(ref ownText, capacity);
                    Array.Resize(ref ownLink, capacity);
                    Array.Resize(ref ownCommas, capacity);
                    Array.Resize(ref ownPara, capacity);
                }
                int index = count++;
                elements[index] = el;
                parent[index] = par;
                string tag = el.LocalName;
                bool link = inLink || tag == "a";
                bool para = inPara || tag == "p";
                int text = 0, commas = 0;
                bool skipText = HtmlTagSets.NoTextTags.Contains(tag);
                INodeList children = el.ChildNodes;
                for (int c = children.Length - 1; c >= 0; c--)
                {
                    INode child = children[c];
                    if (child is IElement ce)
                    {
                        stack.Push((ce, index, link, para));
                    }
                    else if (!skipText && child.NodeType == NodeType.Text)
                    {
                        string data = child.TextContent;
                        for (int k = 0; k < data.Length; k++)
                        {
                            char ch = data[k];
                            if (ch < 0x80)
                            {
                                // ASCII: whitespace and controls are all at or below the space; no CJK, one comma.
                                if (ch > ' ') text++;
                                if (ch == ',') commas++;
                                continue;
                            }
                            if (!char.IsWhiteSpace(ch)) text += TextScripts.IsCjk(ch) ? 2 : 1;
                            if (ch == '\uFF0C' || ch == '\u3001' || ch == '\u060C') commas++;
                        }
                    }
                }
                ownText[index] = text;
                ownLink[index] = link ? text : 0;
                ownCommas[index] = commas;
                ownPara[index] = para ? text : 0;
            }
            return new DomIndex(elements, parent, ownText, ownLink, ownCommas, ownPara, count);
        }

        /// <summary>Reference equality for DOM nodes (netstandard2.0 has no ReferenceEqualityComparer).</summary>
        private sealed class ReferenceComparer : IEqualityComparer<IElement>
        {
            public static readonly ReferenceComparer Instance = new ReferenceComparer();
            public bool Equals(IElement? x, IElement? y) => ReferenceEquals(x, y);
            public int GetHashCode(IElement obj) => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj);
        }
    }
}
