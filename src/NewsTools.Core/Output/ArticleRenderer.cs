using System;
using System.Collections.Generic;
using System.Net;
using System.Text;
using NewsTools.Heuristics;

namespace NewsTools.Output
{
    /// <summary>Turns the body's blocks into Text, Paragraphs, Markdown, Html, WordCount and ReadingTime.</summary>
    internal static class ArticleRenderer
    {
        /// <summary>Reading speed used for <see cref="Article.ReadingTimeSeconds"/>: 230 words a minute, a common adult average.</summary>
        private const double WordsPerMinute = 230.0;

        /// <summary>
        /// Sets Text, Paragraphs, WordCount, ReadingTime and Removed now, and Markdown and Html when first read: most
        /// runs read the text and never the two other renderings, which would cost more than the text itself.
        /// </summary>
        public static void Render(Article article, IReadOnlyList<ContentBlock> blocks, IReadOnlyList<RemovedBlock> removed, ExtractionOptions options)
        {
            var paragraphs = new List<string>(blocks.Count);
            var text = new StringBuilder();
            int words = 0;
            for (int i = 0; i < blocks.Count; i++)
            {
                ContentBlock block = blocks[i];
                if (block.Kind == BlockKind.Image) continue;
                string plain = PlainText(block);
                if (plain.Length == 0) continue;
                paragraphs.Add(plain);
                if (text.Length > 0) text.Append("\n\n");
                text.Append(plain);
                words += CountWords(plain);
            }

            article.Paragraphs = new TextList(paragraphs.ToArray(), "\n\n");
            article.Text = text.ToString();
            article.WordCount = words;
            article.ReadingTimeSeconds = (int)Math.Round(words * 60 / WordsPerMinute, MidpointRounding.AwayFromZero);
            article.Removed = ToArray(removed);
            var kept = new ContentBlock[blocks.Count];
            for (int i = 0; i < kept.Length; i++) kept[i] = blocks[i];
            bool images = options.IncludeImages;
            article.RenderLater(() => RenderMarkdown(kept, images), () => RenderHtml(kept, images));
        }

        /// <summary>The blocks as Markdown (CommonMark, GFM tables).</summary>
        private static string RenderMarkdown(ContentBlock[] blocks, bool includeImages)
        {
            var markdown = new StringBuilder();
            for (int i = 0; i < blocks.Length; i++)
            {
                ContentBlock block = blocks[i];
                if (block.Kind == BlockKind.Image)
                {
                    if (includeImages && !string.IsNullOrEmpty(block.Url))
                    {
                        AppendBlockSeparator(markdown);
                        markdown.Append("![").Append(EscapeMarkdownInline(block.Text)).Append("](").Append(block.Url).Append(')');
                    }
                    continue;
                }
                if (PlainText(block).Length == 0) continue;
                bool continuesList = i > 0 && IsListItem(block.Kind) && IsListItem(blocks[i - 1].Kind);
                if (continuesList) markdown.Append('\n');
                else AppendBlockSeparator(markdown);
                AppendMarkdown(markdown, block);
            }
            return markdown.ToString();
        }

        /// <summary>The blocks as simple semantic HTML.</summary>
        private static string RenderHtml(ContentBlock[] blocks, bool includeImages)
        {
            var html = new StringBuilder();
            for (int i = 0; i < blocks.Length; i++)
            {
                ContentBlock block = blocks[i];
                if (block.Kind == BlockKind.Image)
                {
                    if (includeImages && !string.IsNullOrEmpty(block.Url))
                    {
                        html.Append("<figure><img src=\"").Append(WebUtility.HtmlEncode(block.Url)).Append("\" alt=\"").Append(WebUtility.HtmlEncode(block.Text)).Append("\"></figure>\n");
                    }
                    continue;
                }
                if (PlainText(block).Length == 0) continue;
                AppendHtml(html, block, i > 0 ? blocks[i - 1] : null, i + 1 < blocks.Length ? blocks[i + 1] : null);
            }
            return html.ToString();
        }

        /// <summary>Counts words: runs of letters or digits; each CJK character counts as one word.</summary>
        public static int CountWords(string s)
        {
            int count = 0;
            bool inWord = false;
            foreach (char c in s)
            {
                if (TextScripts.IsCjk(c))
                {
                    count++;
                    inWord = false;
                }
                else if (char.IsLetterOrDigit(c) || c == '\'' && inWord || c == '\u2019' && inWord)
                {
                    if (!inWord) count++;
                    inWord = true;
                }
                else
                {
                    inWord = false;
                }
            }
            return count;
        }

        private static RemovedBlock[] ToArray(IReadOnlyList<RemovedBlock> removed)
        {
            var a = new RemovedBlock[removed.Count];
            for (int i = 0; i < a.Length; i++) a[i] = removed[i];
            return a;
        }

        private static bool IsListItem(BlockKind k) => k == BlockKind.ListItem || k == BlockKind.OrderedListItem;

        private static void AppendBlockSeparator(StringBuilder sb)
        {
            if (sb.Length > 0) sb.Append("\n\n");
        }

        private static void AppendMarkdown(StringBuilder md, ContentBlock block)
        {
            string inline = block.Markdown ?? EscapeMarkdownInline(block.Text);
            switch (block.Kind)
            {
                case BlockKind.Heading:
                    md.Append('#', Math.Max(1, Math.Min(6, block.Level))).Append(' ').Append(inline.Replace('\n', ' '));
                    break;
                case BlockKind.ListItem:
                    md.Append(' ', block.Depth * 2).Append("- ").Append(inline.Replace("\n", "  \n" + new string(' ', block.Depth * 2 + 2)));
                    break;
                case BlockKind.OrderedListItem:
                    md.Append(' ', block.Depth * 3).Append(Math.Max(1, block.Level)).Append(". ").Append(inline.Replace("\n", "  \n" + new string(' ', block.Depth * 3 + 3)));
                    break;
                case BlockKind.Quote:
                    md.Append("> ").Append(inline.Replace("\n", "\n> "));
                    break;
                case BlockKind.Preformatted:
                    md.Append("```\n").Append(block.Text).Append("\n```");
                    break;
                case BlockKind.Table:
                    AppendMarkdownTable(md, block);
                    break;
                default:
                    md.Append(inline.Replace("\n", "  \n"));
                    break;
            }
        }

        private static void AppendMarkdownTable(StringBuilder md, ContentBlock block)
        {
            string[][] rows = block.Rows ?? new[] { new[] { block.Text } };
            int cols = 0;
            foreach (string[] r in rows) cols = Math.Max(cols, r.Length);
            if (cols == 0) return;
            for (int r = 0; r < rows.Length; r++)
            {
                md.Append('|');
                for (int c = 0; c < cols; c++)
                {
                    string cell = c < rows[r].Length ? rows[r][c] : string.Empty;
                    md.Append(' ').Append(cell.Replace("|", "\\|").Replace('\n', ' ')).Append(" |");
                }
                md.Append('\n');
                if (r == 0)
                {
                    md.Append('|');
                    for (int c = 0; c < cols; c++) md.Append(" --- |");
                    md.Append('\n');
                }
            }
            md.Length--; // last newline
        }

        private static void AppendHtml(StringBuilder html, ContentBlock block, ContentBlock? previous, ContentBlock? next)
        {
            string body = WebUtility.HtmlEncode(block.Text).Replace("\n", "<br>");
            switch (block.Kind)
            {
                case BlockKind.Heading:
                    int level = Math.Max(1, Math.Min(6, block.Level));
                    html.Append("<h").Append(level).Append('>').Append(body).Append("</h").Append(level).Append(">\n");
                    break;
                case BlockKind.ListItem:
                case BlockKind.OrderedListItem:
                    string tag = block.Kind == BlockKind.ListItem ? "ul" : "ol";
                    if (previous is null || previous.Kind != block.Kind) html.Append('<').Append(tag).Append(">\n");
                    html.Append("<li>").Append(body).Append("</li>\n");
                    if (next is null || next.Kind != block.Kind) html.Append("</").Append(tag).Append(">\n");
                    break;
                case BlockKind.Quote:
                    html.Append("<blockquote><p>").Append(body).Append("</p></blockquote>\n");
                    break;
                case BlockKind.Preformatted:
                    html.Append("<pre>").Append(WebUtility.HtmlEncode(block.Text)).Append("</pre>\n");
                    break;
                case BlockKind.Table:
                    AppendHtmlTable(html, block);
                    break;
                default:
                    html.Append("<p>").Append(body).Append("</p>\n");
                    break;
            }
        }

        private static void AppendHtmlTable(StringBuilder html, ContentBlock block)
        {
            string[][] rows = block.Rows ?? new[] { new[] { block.Text } };
            html.Append("<table>\n");
            for (int r = 0; r < rows.Length; r++)
            {
                string cellTag = r == 0 && block.HasHeader ? "th" : "td";
                html.Append("<tr>");
                foreach (string cell in rows[r])
                {
                    html.Append('<').Append(cellTag).Append('>').Append(WebUtility.HtmlEncode(cell)).Append("</").Append(cellTag).Append('>');
                }
                html.Append("</tr>\n");
            }
            html.Append("</table>\n");
        }

        /// <summary>A block's plain text: a table's rows joined with " | ", any other block's text.</summary>
        private static string PlainText(ContentBlock block) => block.Kind == BlockKind.Table ? TableAsText(block) : block.Text;

        private static string TableAsText(ContentBlock block)
        {
            if (block.Rows is null) return block.Text;
            var sb = new StringBuilder();
            foreach (string[] row in block.Rows)
            {
                if (sb.Length > 0) sb.Append('\n');
                sb.Append(string.Join(" | ", row));
            }
            return sb.ToString();
        }

        /// <summary>Escapes the few characters that would turn plain text into Markdown syntax at a line start.</summary>
        public static string EscapeMarkdownInline(string s)
        {
            if (s.Length == 0) return s;
            var sb = new StringBuilder(s.Length + 8);
            bool lineStart = true;
            foreach (char c in s)
            {
                if (c == '*' || c == '_' || c == '`' || c == '[' || c == ']' || c == '\\' || (lineStart && (c == '#' || c == '>')))
                {
                    sb.Append('\\');
                }
                sb.Append(c);
                lineStart = c == '\n';
            }
            return sb.ToString();
        }
    }
}
