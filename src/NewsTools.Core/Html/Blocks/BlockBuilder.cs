using System;
using System.Collections.Generic;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using NewsTools.Heuristics;
using NewsTools.Html.Locating;
using NewsTools.Loading;
using NewsTools.Pipeline;
using NewsTools.Text;
using NewsTools.Walls;

namespace NewsTools.Html.Blocks
{
    /// <summary>
    /// Turns the located containers into <see cref="ContentBlock"/>s: headings, paragraphs (with &lt;br&gt; kept
    /// as '\n', also for text written straight into divs), nested lists, quotes, pre, tables and images.
    /// Link lists left inside the story go to Removed, and every block passes the <see cref="BlockFilter"/>. One walk
    /// with an explicit stack of enter/exit events; returns what it kept and removed.
    /// </summary>
    internal sealed class BlockBuilder
    {
        private readonly DomIndex _ix;
        private readonly ExtractionOptions _options;
        private readonly Uri? _baseUri;
        private readonly TextScratch _scratch;
        private readonly ContentFindings _found = new ContentFindings();
        private readonly BlockFilter _filter;
        private readonly HashSet<string> _images = new HashSet<string>(StringComparer.Ordinal);

        private readonly StringBuilder _plain = new StringBuilder();
        private readonly StringBuilder _md = new StringBuilder();
        private bool _hasLink;
        private readonly List<Context> _contexts = new List<Context>();
        private readonly List<ListState> _lists = new List<ListState>();
        private readonly List<(int Start, string Href)> _links = new List<(int, string)>();

        /// <summary>The page type's profile: a card's title is a link, so a listing keeps link-dense blocks.</summary>
        private readonly ExtractionProfile _profile;

        public BlockBuilder(PageContext page, string? title, ExtractionProfile? profile = null)
        {
            _profile = profile ?? ExtractionProfile.For(PageType.Article);
            _ix = page.Index;
            _options = page.Options;
            _baseUri = page.BaseUri;
            _scratch = page.Scratch;
            _filter = new BlockFilter(page.Options, title);
        }

        private sealed class Context
        {
            public Context(int index, BlockKind kind, int level, int depth, bool soft)
            {
                Index = index;
                Kind = kind;
                Level = level;
                Depth = depth;
                Soft = soft;
            }

            public int Index { get; }
            public BlockKind Kind { get; }
            public int Level { get; }
            public int Depth { get; }
            /// <summary>True for a p/div inside a list item or heading: it breaks the line but does not start a block.</summary>
            public bool Soft { get; }
        }

        private sealed class ListState
        {
            public bool Ordered { get; set; }
            public int Next { get; set; }
        }

        private enum Exit
        {
            None,
            Block,
            List,
            Link,
        }

        /// <summary>Builds blocks from each root in turn.</summary>
        public ContentFindings Build(IReadOnlyList<int> roots)
        {
            foreach (int r in roots) Walk(r);
            DropTrailingHeadings();
            return _found;
        }

        private int _rootText;

        private void Walk(int rootIndex)
        {
            _rootText = _ix.Text[rootIndex];
            var stack = new Stack<(INode Node, Exit Exit, int Index)>();
            stack.Push((_ix.Elements[rootIndex], Exit.None, rootIndex));
            bool isRoot = true;
            while (stack.Count > 0)
            {
                var (node, exit, idx) = stack.Pop();
                if (exit != Exit.None)
                {
                    Leave(exit);
                    continue;
                }
                if (node is IElement el)
                {
                    int i = isRoot ? rootIndex : idx;
                    if (i >= 0 && _ix.Removed[i]) continue;
                    Exit onExit = isRoot ? EnterRoot(i) : Enter(el, i);
                    isRoot = false;
                    if (onExit == Exit.None && SkipChildren) { SkipChildren = false; continue; }
                    SkipChildren = false;
                    if (onExit != Exit.None) stack.Push((el, onExit, i));
                    INodeList children = el.ChildNodes;
                    // The index is in document order: an element's first child element follows it, and each next
                    // one starts where the previous one's subtree ends. No lookup per element.
                    int count = children.Length;
                    if (_positions.Length < count) _positions = new int[Math.Max(count, _positions.Length * 2)];
                    int next = i >= 0 ? i + 1 : _ix.Count;
                    for (int c = 0; c < count; c++)
                    {
                        if (children[c] is IElement && next < _ix.Count) { _positions[c] = next; next = _ix.End[next]; }
                        else _positions[c] = -1;
                    }
                    for (int c = count - 1; c >= 0; c--) stack.Push((children[c], Exit.None, _positions[c]));
                }
                else if (node.NodeType == NodeType.Text)
                {
                    AppendText(node.TextContent);
                }
            }
            Flush();
        }

        private bool SkipChildren { get; set; }

        /// <summary>Index positions of the children being pushed (reused: each level's are pushed before the next level reads).</summary>
        private int[] _positions = new int[64];

        private Exit EnterRoot(int i)
        {
            IElement el = _ix.Elements[i];
            string tag = el.LocalName;
            // A root that is itself a list, heading, quote or table (a scored sibling) keeps its meaning.
            if (tag == "ul" || tag == "ol" || tag == "li" || tag == "blockquote" || tag == "pre" || tag == "table" || tag == "img" || tag == "amp-img" || HtmlTagSets.HeadingLevel(tag) > 0)
            {
                return Enter(el, i, false);
            }
            _contexts.Add(new Context(i, BlockKind.Paragraph, 0, 0, false));
            return Exit.Block;
        }

        private Exit Enter(IElement el, int i, bool checkLinks = true)
        {
            string tag = el.LocalName;
            if (checkLinks && i >= 0 && IsLinkList(tag, i))
            {
                Flush();
                RemoveElement(i, tag == "ul" || tag == "ol" || tag == "div" || tag == "section" ? RemovalReason.Related : RemovalReason.Boilerplate, "link-density");
                SkipChildren = true;
                return Exit.None;
            }
            switch (tag)
            {
                case "br":
                    _plain.Append('\n');
                    _md.Append('\n');
                    return Exit.None;
                case "hr":
                    Flush();
                    return Exit.None;
                case "img":
                case "amp-img":
                    if (_options.IncludeImages) EmitImage(el, i);
                    SkipChildren = true;
                    return Exit.None;
                case "noscript":
                    // Kept by the cleaner only for its images (lazy-load fallbacks); its text is never story.
                    if (_options.IncludeImages)
                    {
                        foreach (IElement img in el.QuerySelectorAll("img")) EmitImage(img, i);
                    }
                    SkipChildren = true;
                    return Exit.None;
                case "pre":
                    Flush();
                    EmitPre(el, i);
                    SkipChildren = true;
                    return Exit.None;
                case "table":
                    if (TableReader.IsDataTable(_ix, el, i))
                    {
                        Flush();
                        if (_options.IncludeTables) EmitTable((IHtmlTableElement)el, i);
                        else _options.Log?.Invoke("Table at " + ElementPath.Of(_ix, i) + " left out (IncludeTables is off).");
                        SkipChildren = true;
                        return Exit.None;
                    }
                    return EnterBlock(i, BlockKind.Paragraph, 0);
                case "ul":
                case "ol":
                case "menu":
                    Flush();
                    int start = 1;
                    if (tag == "ol" && int.TryParse(el.GetAttribute("start"), out int s)) start = s;
                    _lists.Add(new ListState { Ordered = tag == "ol", Next = start });
                    return Exit.List;
                case "li":
                    {
                        Flush();
                        ListState? list = _lists.Count > 0 ? _lists[_lists.Count - 1] : null;
                        bool ordered = list != null && list.Ordered;
                        int number = 0;
                        if (list != null && ordered)
                        {
                            if (int.TryParse(el.GetAttribute("value"), out int v)) list.Next = v;
                            number = list.Next++;
                        }
                        _contexts.Add(new Context(i, ordered ? BlockKind.OrderedListItem : BlockKind.ListItem, number, Math.Max(0, _lists.Count - 1), false));
                        return Exit.Block;
                    }
                case "blockquote":
                    Flush();
                    _contexts.Add(new Context(i, BlockKind.Quote, 0, 0, false));
                    return Exit.Block;
                case "a":
                    if (_options.IncludeLinks)
                    {
                        string? href = el.GetAttribute("href");
                        if (!string.IsNullOrWhiteSpace(href) && !href!.TrimStart().StartsWith("javascript:", StringComparison.OrdinalIgnoreCase) && !href.TrimStart().StartsWith("#", StringComparison.Ordinal))
                        {
                            _links.Add((_md.Length, UrlResolver.ResolveString(_baseUri, href)));
                            return Exit.Link;
                        }
                    }
                    return Exit.None;
            }
            int level = HtmlTagSets.HeadingLevel(tag);
            if (level > 0)
            {
                Flush();
                _contexts.Add(new Context(i, BlockKind.Heading, level, 0, false));
                return Exit.Block;
            }
            if (HtmlTagSets.BlockTags.Contains(tag))
            {
                return EnterBlock(i, BlockKind.Paragraph, 0);
            }
            return Exit.None;
        }

        private Exit EnterBlock(int i, BlockKind kind, int level)
        {
            Context? current = _contexts.Count > 0 ? _contexts[_contexts.Count - 1] : null;
            if (current != null && (current.Kind == BlockKind.ListItem || current.Kind == BlockKind.OrderedListItem || current.Kind == BlockKind.Heading || current.Kind == BlockKind.Quote))
            {
                // A p or div inside a list item, heading or quote continues that block on a new line.
                if (_plain.Length > 0) { _plain.Append('\n'); _md.Append('\n'); }
                _contexts.Add(new Context(i, current.Kind, current.Level, current.Depth, true));
                return Exit.Block;
            }
            Flush();
            _contexts.Add(new Context(i, kind, level, 0, false));
            return Exit.Block;
        }

        private void Leave(Exit exit)
        {
            switch (exit)
            {
                case Exit.Block:
                    {
                        Context ctx = _contexts[_contexts.Count - 1];
                        if (ctx.Soft)
                        {
                            if (_plain.Length > 0) { _plain.Append('\n'); _md.Append('\n'); }
                        }
                        else
                        {
                            Flush();
                        }
                        _contexts.RemoveAt(_contexts.Count - 1);
                        break;
                    }
                case Exit.List:
                    Flush();
                    if (_lists.Count > 0) _lists.RemoveAt(_lists.Count - 1);
                    break;
                case Exit.Link:
                    {
                        if (_links.Count == 0) break;
                        var (start, href) = _links[_links.Count - 1];
                        _links.RemoveAt(_links.Count - 1);
                        if (start > _md.Length) break;
                        string inner = _md.ToString(start, _md.Length - start);
                        string trimmed = inner.Trim();
                        if (trimmed.Length == 0 || trimmed.IndexOf('\n') >= 0) break;
                        string lead = inner.Length > 0 && char.IsWhiteSpace(inner[0]) ? " " : string.Empty;
                        string tail = inner.Length > 0 && char.IsWhiteSpace(inner[inner.Length - 1]) ? " " : string.Empty;
                        _md.Length = start;
                        _md.Append(lead).Append('[').Append(trimmed).Append("](").Append(href.Replace(" ", "%20").Replace(")", "%29")).Append(')').Append(tail);
                        _hasLink = true;
                        break;
                    }
            }
        }

        private void AppendText(string data)
        {
            if (data.Length == 0) return;
            // Source newlines and tabs are layout, not line breaks: only <br> makes a '\n'. The Markdown copy (escaped
            // as ArticleRenderer.EscapeMarkdownInline would) is only needed when links are kept.
            bool markdown = _options.IncludeLinks;
            for (int k = 0; k < data.Length; k++)
            {
                char c = data[k];
                if (c == '\n' || c == '\r' || c == '\t') c = ' ';
                _plain.Append(c);
                if (!markdown) continue;
                if (c == '*' || c == '_' || c == '`' || c == '[' || c == ']' || c == '\\' || (k == 0 && (c == '#' || c == '>'))) _md.Append('\\');
                _md.Append(c);
            }
        }

        private void Flush()
        {
            if (_plain.Length == 0) { _md.Clear(); _hasLink = false; return; }
            string text = _scratch.NormalizeLines(_plain);
            string? md = _hasLink ? _scratch.NormalizeLines(_md) : null;
            _plain.Clear();
            _md.Clear();
            _hasLink = false;
            _links.Clear();
            if (text.Length == 0) return;
            Context? ctx = _contexts.Count > 0 ? _contexts[_contexts.Count - 1] : null;
            BlockKind kind = ctx?.Kind ?? BlockKind.Paragraph;
            var block = new ContentBlock(kind, kind == BlockKind.Heading ? text.Replace('\n', ' ') : text, ctx?.Level ?? 0)
            {
                Depth = ctx?.Depth ?? 0,
                Markdown = md,
            };
            AddBlock(block, ctx?.Index ?? 0);
        }

        /// <summary>The block goes in, or to Removed with the filter's reason (a paywall prompt is also paywall evidence).</summary>
        private void AddBlock(ContentBlock block, int at)
        {
            BlockVerdict v = _filter.Judge(block);
            if (v.Reason is null) _found.Blocks.Add(block);
            else Reject(block.Text, v.Reason.Value, at, v.Rule!);
        }

        private void Reject(string text, RemovalReason reason, int at, string rule)
        {
            string path = ElementPath.Of(_ix, at);
            string t = TextUtil.Truncate(_scratch.Collapse(text), HtmlThresholds.RemovedTextMax);
            _found.Remove(new RemovedBlock(t, reason, path, rule), reason == RemovalReason.Paywall ? PaywallDetector.SignalOfRule(rule) : null, at);
            _options.Log?.Invoke("Removed block at " + path + " (" + reason + ", " + rule + "): " + TextUtil.Truncate(t, 80));
        }

        private void RemoveElement(int i, RemovalReason reason, string rule)
        {
            string text = _scratch.Collapse(TextUtil.VisibleText(_ix, i, false));
            if (text.Length == 0) return;
            Reject(text, reason, i, rule);
        }

        /// <summary>
        /// A link list left inside the story: short blocks that are mostly link text, or longer lists and divs
        /// that are mostly links ("Related", "More on this"). trafilatura link_density_test.
        /// </summary>
        private bool IsLinkList(string tag, int i)
        {
            if (_ix.LinkText[i] == 0) return false;
            // Cards are titles that link to their page: the located cards are the content, links and all.
            if (_profile.KeepsLinkBlocks) return false;
            // On a page made mostly of menus the story may sit in a link-heavy wrapper: never drop most of the container.
            if (_rootText > 0 && _ix.Text[i] * 2 > _rootText) return false;
            bool container = tag == "ul" || tag == "ol" || tag == "dl" || tag == "div" || tag == "section" || tag == "menu" || tag == "table";
            if (!container && tag != "p") return false;
            int len = _ix.Text[i];
            double ld = _ix.LinkDensity(i);
            double shortLimit = _options.Focus == ExtractionFocus.Recall ? 0.95 : HtmlThresholds.ShortLinkDensity;
            double longLimit = _options.Focus == ExtractionFocus.Precision ? 0.5 : _options.Focus == ExtractionFocus.Recall ? 0.8 : HtmlThresholds.LongLinkDensity;
            if (len < HtmlThresholds.ShortLinkBlock)
            {
                if (ld < shortLimit) return false;
                // A short line the user asked to keep survives the link rule.
                if (_options.KeepPatterns.Count > 0)
                {
                    string text = TextUtil.Collapse(TextUtil.VisibleText(_ix, i, true));
                    foreach (var keep in _options.KeepPatterns)
                    {
                        if (keep.IsMatch(text)) return false;
                    }
                }
                return true;
            }
            if (container) return ld > longLimit;
            return ld > 0.9;
        }

        private void DropTrailingHeadings()
        {
            // A grid of cards ends in card titles (headings whose price or link went as chrome): they are the content.
            if (_profile.Items == RepeatedItems.Cards) return;
            var blocks = _found.Blocks;
            while (blocks.Count > 0 && blocks[blocks.Count - 1].Kind == BlockKind.Heading)
            {
                ContentBlock h = blocks[blocks.Count - 1];
                blocks.RemoveAt(blocks.Count - 1);
                _found.Removed.Add(new RemovedBlock(h.Text, RemovalReason.Boilerplate, "body", "trailing-heading"));
                _options.Log?.Invoke("Removed a heading with nothing after it: " + h.Text);
            }
        }

        private void EmitPre(IElement el, int i)
        {
            string raw = el.TextContent.Replace("\r\n", "\n").Trim('\n', '\r');
            if (raw.Trim().Length == 0) return;
            AddBlock(new ContentBlock(BlockKind.Preformatted, raw), i);
        }

        private void EmitImage(IElement el, int at)
        {
            string? url = ImageSource.Of(el, _baseUri);
            // The same picture twice (lazy <img> plus its <noscript> copy, srcset variants) is one image.
            if (url is null || !_images.Add(url)) return;
            Flush();
            AddBlock(new ContentBlock(BlockKind.Image, TextUtil.Collapse(el.GetAttribute("alt") ?? string.Empty)) { Url = url }, at);
        }

        private void EmitTable(IHtmlTableElement table, int at)
        {
            ContentBlock? block = TableReader.Read(_ix, table);
            if (block != null) AddBlock(block, at);
        }
    }
}
