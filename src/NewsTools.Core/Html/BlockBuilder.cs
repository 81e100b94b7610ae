using System;
using System.Collections.Generic;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using NewsTools.Heuristics;
using NewsTools.Loading;
using NewsTools.Metadata;
using NewsTools.Output;
using NewsTools.Text;

namespace NewsTools.Html
{
    /// <summary>
    /// Turns the located containers into <see cref="ContentBlock"/>s: headings, paragraphs (with &lt;br&gt; kept
    /// as '\n', also for text written straight into divs), nested lists, quotes, pre, tables and images.
    /// Link lists left inside the story and junk lines (BoilerplateClassifier) go to Removed. One walk with an
    /// explicit stack of enter/exit events.
    /// </summary>
    internal sealed class BlockBuilder
    {
        private readonly DomIndex _ix;
        private readonly ExtractionOptions _options;
        private readonly Uri? _baseUri;
        private readonly HtmlExtraction _result;
        private readonly string _titleKey;
        private readonly HashSet<string> _seen = new HashSet<string>(StringComparer.Ordinal);
        private readonly HashSet<string> _images = new HashSet<string>(StringComparer.Ordinal);

        private readonly StringBuilder _plain = new StringBuilder();
        private readonly StringBuilder _md = new StringBuilder();
        private bool _hasLink;
        private readonly List<Context> _contexts = new List<Context>();
        private readonly List<ListState> _lists = new List<ListState>();
        private readonly List<(int Start, string Href)> _links = new List<(int, string)>();
        private int _proseBlocks;

        public BlockBuilder(DomIndex index, ExtractionOptions options, Uri? baseUri, ArticleMetadata metadata, HtmlExtraction result)
        {
            _ix = index;
            _options = options;
            _baseUri = baseUri;
            _result = result;
            _titleKey = metadata.Title is null ? string.Empty : TextUtil.Key(metadata.Title);
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
        public void Build(IReadOnlyList<int> roots)
        {
            foreach (int r in roots) Walk(r);
            DropTrailingHeadings();
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
                    int i = isRoot ? rootIndex : _ix.IndexOf(el);
                    if (i >= 0 && _ix.Removed[i]) continue;
                    Exit onExit = isRoot ? EnterRoot(i) : Enter(el, i);
                    isRoot = false;
                    if (onExit == Exit.None && SkipChildren) { SkipChildren = false; continue; }
                    SkipChildren = false;
                    if (onExit != Exit.None) stack.Push((el, onExit, i));
                    INodeList children = el.ChildNodes;
                    for (int c = children.Length - 1; c >= 0; c--) stack.Push((children[c], Exit.None, -1));
                }
                else if (node.NodeType == NodeType.Text)
                {
                    AppendText(node.TextContent);
                }
            }
            Flush();
        }

        private bool SkipChildren { get; set; }

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
                    if (_options.IncludeImages) EmitImage(el);
                    SkipChildren = true;
                    return Exit.None;
                case "noscript":
                    // Kept by the cleaner only for its images (lazy-load fallbacks); its text is never story.
                    if (_options.IncludeImages)
                    {
                        foreach (IElement img in el.QuerySelectorAll("img")) EmitImage(img);
                    }
                    SkipChildren = true;
                    return Exit.None;
                case "pre":
                    Flush();
                    EmitPre(el, i);
                    SkipChildren = true;
                    return Exit.None;
                case "table":
                    if (IsDataTable(el, i))
                    {
                        Flush();
                        if (_options.IncludeTables) EmitTable((IHtmlTableElement)el);
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
            // Source newlines and tabs are layout, not line breaks: only <br> makes a '\n'.
            string flat = data.Replace('\n', ' ').Replace('\r', ' ').Replace('\t', ' ');
            _plain.Append(flat);
            _md.Append(ArticleRenderer.EscapeMarkdownInline(flat));
        }

        private void Flush()
        {
            if (_plain.Length == 0) { _md.Clear(); _hasLink = false; return; }
            string text = TextUtil.NormalizeLines(_plain.ToString());
            string? md = _hasLink ? TextUtil.NormalizeLines(_md.ToString()) : null;
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

        /// <summary>Keep/remove patterns, title repeat, junk lines and duplicates, then the block goes in.</summary>
        private void AddBlock(ContentBlock block, int at)
        {
            string text = block.Text;
            foreach (var keep in _options.KeepPatterns)
            {
                if (keep.IsMatch(text)) { Accept(block); return; }
            }
            foreach (var remove in _options.RemovePatterns)
            {
                if (remove.IsMatch(text)) { Reject(text, RemovalReason.UserRule, at, "RemovePattern"); return; }
            }
            if (_proseBlocks < 3 && _titleKey.Length > 0 && (block.Kind == BlockKind.Heading || block.Kind == BlockKind.Paragraph) && text.Length < 400 && IsTitleRepeat(TextUtil.Key(text)))
            {
                Reject(text, RemovalReason.Title, at, "title-repeat");
                return;
            }
            if (block.Kind != BlockKind.Table && block.Kind != BlockKind.Preformatted)
            {
                RemovalReason? junk = BoilerplateClassifier.ClassifyBlock(text);
                if (junk.HasValue)
                {
                    // Paywall and Subscription lines reach the paywall verdict through Removed.
                    Reject(text, junk.Value, at, "boilerplate-classifier");
                    return;
                }
            }
            if (text.Length >= 30 && !_seen.Add(text))
            {
                Reject(text, RemovalReason.Duplicate, at, "repeated-block");
                return;
            }
            Accept(block);
        }

        /// <summary>
        /// The headline repeated at the top of the body, exactly or nearly: metadata titles often carry a
        /// " | Site" suffix or a kicker the heading lacks, so containment covering 60% of the longer also counts.
        /// </summary>
        private bool IsTitleRepeat(string key)
        {
            if (key.Length == 0) return false;
            if (key == _titleKey) return true;
            string shorter = key.Length < _titleKey.Length ? key : _titleKey;
            string longer = key.Length < _titleKey.Length ? _titleKey : key;
            return shorter.Length >= 15 && shorter.Length >= 0.6 * longer.Length && longer.Contains(shorter);
        }

        private void Accept(ContentBlock block)
        {
            _result.Blocks.Add(block);
            if (block.Kind != BlockKind.Image) _proseBlocks++;
        }

        private void Reject(string text, RemovalReason reason, int at, string rule)
        {
            string path = ElementPath.Of(_ix, at);
            string t = TextUtil.Truncate(TextUtil.Collapse(text), HtmlThresholds.RemovedTextMax);
            _result.Removed.Add(new RemovedBlock(t, reason, path, rule));
            _options.Log?.Invoke("Removed block at " + path + " (" + reason + ", " + rule + "): " + TextUtil.Truncate(t, 80));
        }

        private void RemoveElement(int i, RemovalReason reason, string rule)
        {
            string text = TextUtil.Collapse(TextUtil.VisibleText(_ix.Elements[i], _ix, false));
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
                    string text = TextUtil.Collapse(TextUtil.VisibleText(_ix.Elements[i], _ix, true));
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
            var blocks = _result.Blocks;
            while (blocks.Count > 0 && blocks[blocks.Count - 1].Kind == BlockKind.Heading)
            {
                ContentBlock h = blocks[blocks.Count - 1];
                blocks.RemoveAt(blocks.Count - 1);
                _result.Removed.Add(new RemovedBlock(h.Text, RemovalReason.Boilerplate, "body", "trailing-heading"));
                _options.Log?.Invoke("Removed a heading with nothing after it: " + h.Text);
            }
        }

        private void EmitPre(IElement el, int i)
        {
            string raw = el.TextContent.Replace("\r\n", "\n").Trim('\n', '\r');
            if (raw.Trim().Length == 0) return;
            AddBlock(new ContentBlock(BlockKind.Preformatted, raw), i);
        }

        private void EmitImage(IElement el)
        {
            // Lazy loaders keep the real address in data-src (the src is a placeholder): prefer it.
            string? src = el.GetAttribute("data-src") ?? el.GetAttribute("data-lazy-src") ?? el.GetAttribute("data-original") ?? el.GetAttribute("src");
            if (string.IsNullOrWhiteSpace(src) || src!.StartsWith("data:", StringComparison.OrdinalIgnoreCase))
            {
                string? srcset = el.GetAttribute("data-srcset") ?? el.GetAttribute("srcset");
                src = string.IsNullOrWhiteSpace(srcset) ? null : srcset!.Trim().Split(' ', ',')[0];
            }
            if (string.IsNullOrWhiteSpace(src) || src!.StartsWith("data:", StringComparison.OrdinalIgnoreCase)) return;
            string url = UrlResolver.ResolveString(_baseUri, src);
            // The same picture twice (lazy <img> plus its <noscript> copy, srcset variants) is one image.
            if (!_images.Add(url)) return;
            string alt = TextUtil.Collapse(el.GetAttribute("alt") ?? string.Empty);
            Flush();
            _result.Blocks.Add(new ContentBlock(BlockKind.Image, alt) { Url = url });
        }

        /// <summary>
        /// A data table has rows of short cells; a layout table (old sites) has a nested table, long cells or a
        /// single column, and is walked as ordinary containers.
        /// </summary>
        private bool IsDataTable(IElement table, int i)
        {
            if (!(table is IHtmlTableElement t)) return false;
            string? role = table.GetAttribute("role");
            if (role == "presentation" || role == "none") return false;
            if (i >= 0)
            {
                for (int j = i + 1; j < _ix.End[i]; j++)
                {
                    string tag = _ix.Elements[j].LocalName;
                    if (tag == "table" || tag == "p" && _ix.Text[j] > 200) return false;
                    if ((tag == "td" || tag == "th") && _ix.Text[j] > 400) return false;
                }
            }
            // Counted with foreach: the collection indexer differs between AngleSharp's target builds.
            int maxCols = 0;
            foreach (IHtmlTableRowElement row in t.Rows)
            {
                int cols = 0;
                foreach (IHtmlTableCellElement unused in row.Cells) cols++;
                maxCols = Math.Max(maxCols, cols);
            }
            return maxCols >= 2;
        }

        private string VisibleText(IElement root) => TextUtil.VisibleText(root, _ix, true);

        private void EmitTable(IHtmlTableElement table)
        {
            var rows = new List<string[]>();
            bool header = table.Head != null;
            int r = 0;
            foreach (IHtmlTableRowElement row in table.Rows)
            {
                var cells = new List<string>();
                bool allTh = true;
                foreach (IHtmlTableCellElement cell in row.Cells)
                {
                    if (cell.LocalName != "th") allTh = false;
                    cells.Add(TextUtil.Collapse(VisibleText(cell)));
                }
                if (r == 0 && allTh && cells.Count > 0) header = true;
                bool any = false;
                foreach (string c in cells) if (c.Length > 0) { any = true; break; }
                if (any) rows.Add(cells.ToArray());
                r++;
            }
            if (rows.Count == 0) return;
            var block = new ContentBlock(BlockKind.Table, string.Empty) { Rows = rows.ToArray(), HasHeader = header };
            var sb = new StringBuilder();
            foreach (string[] row in rows)
            {
                if (sb.Length > 0) sb.Append('\n');
                sb.Append(string.Join(" | ", row));
            }
            block.Text = sb.ToString();
            _result.Blocks.Add(block);
            _proseBlocks++;
        }
    }
}
