using System.Collections.Generic;
using System.Text;
using System.Text.RegularExpressions;
using NewsTools.Heuristics;
using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Helpers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace NewsTools.Text.Shapes
{
    /// <summary>
    /// Markdown (CommonMark with GFM tables), as Markdown-returning scrapers give a page: parsed with Markdig, then each
    /// leaf block becomes one line for the decider. Headings keep their level (a '#' headline is the title candidate),
    /// list items their kind and depth, table rows their cells; links become their text, images are collected apart,
    /// emphasis is dropped from the text and kept in the line's inline Markdown, inline HTML is dropped. Both trees are
    /// walked with explicit stacks, so deep nesting cannot overflow.
    /// </summary>
    internal static class MarkdownReader
    {
        private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePipeTables().Build();

        /// <summary>Tags in an HTML block or inline HTML: their text stays, the markup goes.</summary>
        private static readonly TieredRegex Tag = new TieredRegex(@"<[^>]{0,2000}>", RegexOptions.Compiled | RegexOptions.CultureInvariant);

        private readonly struct Pending
        {
            public Pending(Block block, int depth, BlockKind itemKind, int itemNumber, bool quote)
            {
                Block = block;
                Depth = depth;
                ItemKind = itemKind;
                ItemNumber = itemNumber;
                Quote = quote;
            }

            public Block Block { get; }

            /// <summary>List depth of the enclosing list item (-1 outside lists).</summary>
            public int Depth { get; }

            /// <summary>ListItem / OrderedListItem for the first paragraph of an item; Paragraph otherwise.</summary>
            public BlockKind ItemKind { get; }

            public int ItemNumber { get; }

            public bool Quote { get; }
        }

        public static List<TextLine> Read(string text, List<ShapedImage> images, bool softBreakSplits)
        {
            var lines = new List<TextLine>();
            MarkdownDocument document = Markdown.Parse(text, Pipeline);
            var stack = new Stack<Pending>();
            PushChildren(stack, document, -1, false);
            var plain = new StringBuilder();
            var markdown = new StringBuilder();
            while (stack.Count > 0)
            {
                Pending p = stack.Pop();
                int lineNumber = p.Block.Line + 1;
                switch (p.Block)
                {
                    case ListBlock list:
                        {
                            for (int i = list.Count - 1; i >= 0; i--)
                            {
                                int order = list.IsOrdered && list[i] is ListItemBlock li && li.Order > 0 ? li.Order : i + 1;
                                stack.Push(new Pending(list[i], p.Depth + 1, list.IsOrdered ? BlockKind.OrderedListItem : BlockKind.ListItem, list.IsOrdered ? order : 0, p.Quote));
                            }
                            break;
                        }
                    case ListItemBlock item:
                        {
                            // The item's first paragraph carries the marker; nested lists and later paragraphs are its children.
                            for (int i = item.Count - 1; i >= 0; i--)
                            {
                                bool first = i == 0 && item[i] is ParagraphBlock;
                                stack.Push(new Pending(item[i], p.Depth, first ? p.ItemKind : BlockKind.Paragraph, p.ItemNumber, p.Quote));
                            }
                            break;
                        }
                    case QuoteBlock quote:
                        PushChildren(stack, quote, p.Depth, true);
                        break;
                    case Table table:
                        foreach (Block rowBlock in table)
                        {
                            if (rowBlock is not TableRow row) continue;
                            var cells = new List<string>();
                            foreach (Block cellBlock in row)
                            {
                                plain.Clear();
                                if (cellBlock is TableCell cell)
                                {
                                    foreach (Block inner in cell)
                                    {
                                        if (inner is LeafBlock leaf && leaf.Inline != null) RenderInlines(leaf.Inline, plain, null, images, lines.Count, false, false);
                                    }
                                }
                                cells.Add(TextRepair.CollapseSpaces(plain.ToString()));
                            }
                            string rowText = TextRepair.CollapseSpaces(string.Join(" ", cells));
                            if (rowText.Length > 0) lines.Add(new TextLine(rowText, row.Line + 1) { Cells = cells.ToArray(), Level = row.IsHeader ? 1 : 0 });
                        }
                        break;
                    case HeadingBlock heading:
                        AddInlineLines(lines, heading, lineNumber, BlockKind.Heading, heading.Level, 0, plain, markdown, images, softBreakSplits);
                        break;
                    case ParagraphBlock paragraph:
                        {
                            BlockKind kind = p.ItemKind != BlockKind.Paragraph ? p.ItemKind : p.Quote ? BlockKind.Quote : BlockKind.Paragraph;
                            AddInlineLines(lines, paragraph, lineNumber, kind, p.ItemNumber, p.Depth < 0 ? 0 : p.Depth, plain, markdown, images, softBreakSplits);
                            break;
                        }
                    case HtmlBlock html:
                        foreach (StringLine htmlLine in html.Lines.Lines)
                        {
                            if (htmlLine.Slice.Text is null) continue;
                            string t = TextRepair.CollapseSpaces(System.Net.WebUtility.HtmlDecode(Tag.Replace(htmlLine.Slice.ToString(), " ")));
                            if (t.Length > 0) lines.Add(new TextLine(t, htmlLine.Line + 1));
                        }
                        break;
                    case CodeBlock code:
                        foreach (StringLine codeLine in code.Lines.Lines)
                        {
                            if (codeLine.Slice.Text is null) continue;
                            string t = codeLine.Slice.ToString().TrimEnd();
                            if (t.Trim().Length > 0) lines.Add(new TextLine(TextRepair.CollapseSpaces(t), codeLine.Line + 1) { Kind = BlockKind.Preformatted, InlineMarkdown = t });
                        }
                        break;
                    case ContainerBlock container:
                        PushChildren(stack, container, p.Depth, p.Quote);
                        break;
                    case LeafBlock leaf when leaf.Inline != null:
                        AddInlineLines(lines, leaf, lineNumber, BlockKind.Paragraph, 0, 0, plain, markdown, images, softBreakSplits);
                        break;
                }
            }
            return lines;
        }

        private static void PushChildren(Stack<Pending> stack, ContainerBlock container, int depth, bool quote)
        {
            for (int i = container.Count - 1; i >= 0; i--) stack.Push(new Pending(container[i], depth, BlockKind.Paragraph, 0, quote));
        }

        /// <summary>
        /// Adds a leaf block's text as lines: one per hard line break ("**Plan**  \nOver 30 stories" is two blocks in the
        /// page it came from), each with its plain text and its inline Markdown. Unless the Markdown is hard-wrapped, a soft
        /// break splits too: scrapers write one block per line and leave blank lines out between menu items and labels, so
        /// CommonMark's paragraph continuation would glue a menu to the story.
        /// </summary>
        private static void AddInlineLines(List<TextLine> lines, LeafBlock leaf, int lineNumber, BlockKind kind, int level, int depth, StringBuilder plain, StringBuilder markdown, List<ShapedImage> images, bool softBreakSplits)
        {
            if (leaf.Inline is null) return;
            plain.Clear();
            markdown.Clear();
            RenderInlines(leaf.Inline, plain, markdown, images, lines.Count, softBreakSplits, IsLinkBar(leaf.Inline));
            string[] plainParts = plain.ToString().Split('\n');
            string[] mdParts = markdown.ToString().Split('\n');
            for (int i = 0; i < plainParts.Length; i++)
            {
                string t = TextRepair.CollapseSpaces(plainParts[i]);
                if (t.Length == 0) continue;
                string? md = i < mdParts.Length ? TextRepair.CollapseSpaces(mdParts[i]) : null;
                lines.Add(new TextLine(t, lineNumber + i)
                {
                    Kind = i == 0 ? kind : kind == BlockKind.Heading ? BlockKind.Heading : BlockKind.Paragraph,
                    Level = level,
                    Depth = depth,
                    InlineMarkdown = md != null && md != t ? md : null,
                });
            }
        }

        /// <summary>An image's alt text: the literal text under it, read with an explicit stack.</summary>
        private static string AltText(ContainerInline image)
        {
            var alt = new StringBuilder();
            var stack = new Stack<Inline>();
            for (Inline? c = image.LastChild; c != null; c = c.PreviousSibling) stack.Push(c);
            while (stack.Count > 0)
            {
                Inline node = stack.Pop();
                if (node is LiteralInline literal) alt.Append(literal.Content.ToString());
                else if (node is CodeInline code) alt.Append(code.Content);
                else if (node is ContainerInline container)
                {
                    for (Inline? c = container.LastChild; c != null; c = c.PreviousSibling) stack.Push(c);
                }
            }
            return TextRepair.CollapseSpaces(alt.ToString());
        }

        /// <summary>
        /// Plain text (and, when <paramref name="markdown"/> is given, inline Markdown with emphasis and code kept) of an
        /// inline tree; a hard line break becomes '\n'. Images are collected, not rendered.
        /// </summary>
        private static void RenderInlines(ContainerInline root, StringBuilder plain, StringBuilder? markdown, List<ShapedImage> images, int beforeLine, bool softBreakSplits, bool linkBar)
        {
            var stack = new Stack<object>(); // an Inline to render, or a string to close a Markdown span
            for (Inline? c = root.LastChild; c != null; c = c.PreviousSibling) stack.Push(c);
            while (stack.Count > 0)
            {
                object o = stack.Pop();
                if (o is string close)
                {
                    markdown?.Append(close);
                    continue;
                }
                switch (o)
                {
                    case LiteralInline literal:
                        {
                            string s = literal.Content.ToString();
                            plain.Append(s);
                            markdown?.Append(s);
                            break;
                        }
                    case CodeInline code:
                        plain.Append(code.Content);
                        markdown?.Append('`').Append(code.Content).Append('`');
                        break;
                    case LineBreakInline lineBreak:
                        plain.Append(lineBreak.IsHard || softBreakSplits ? '\n' : ' ');
                        markdown?.Append(lineBreak.IsHard || softBreakSplits ? '\n' : ' ');
                        break;
                    case HtmlEntityInline entity:
                        plain.Append(entity.Transcoded.ToString());
                        markdown?.Append(entity.Transcoded.ToString());
                        break;
                    case AutolinkInline autolink:
                        plain.Append(autolink.Url);
                        markdown?.Append(autolink.Url);
                        break;
                    case HtmlInline:
                        break;
                    case LinkInline link when link.IsImage:
                        {
                            if (!string.IsNullOrWhiteSpace(link.Url)) images.Add(new ShapedImage(link.Url!, AltText(link), beforeLine));
                            break;
                        }
                    case EmphasisInline emphasis:
                        {
                            string delimiter = new string(emphasis.DelimiterChar, emphasis.DelimiterCount);
                            markdown?.Append(delimiter);
                            stack.Push(delimiter);
                            for (Inline? c = emphasis.LastChild; c != null; c = c.PreviousSibling) stack.Push(c);
                            break;
                        }
                    case LinkInline link when linkBar && link.Parent == root:
                        // A bar of links ("Share on Facebook  Share on X  Email"): each link is a block of its own.
                        plain.Append('\n');
                        markdown?.Append('\n');
                        for (Inline? c = link.LastChild; c != null; c = c.PreviousSibling) stack.Push(c);
                        break;
                    case ContainerInline container:
                        for (Inline? c = container.LastChild; c != null; c = c.PreviousSibling) stack.Push(c);
                        break;
                }
            }
        }

        /// <summary>
        /// A paragraph made of two or more links and nothing else but spaces and separators (| · • /): a menu, a share
        /// bar or a tag list written on one line, whose links are blocks of their own.
        /// </summary>
        private static bool IsLinkBar(ContainerInline root)
        {
            int links = 0;
            for (Inline? c = root.FirstChild; c != null; c = c.NextSibling)
            {
                if (c is LinkInline link && !link.IsImage) links++;
                else if (c is LiteralInline literal)
                {
                    string t = literal.Content.ToString();
                    foreach (char ch in t) if (!char.IsWhiteSpace(ch) && "|·•/-–—,".IndexOf(ch) < 0) return false;
                }
                else if (c is not LineBreakInline) return false;
            }
            return links >= 2;
        }
    }
}
