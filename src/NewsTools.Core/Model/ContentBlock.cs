namespace NewsTools
{
    /// <summary>The kind of a body block; decides how it renders in Markdown and HTML.</summary>
    public enum BlockKind
    {
        /// <summary>A paragraph.</summary>
        Paragraph = 0,
        /// <summary>A heading; <see cref="ContentBlock.Level"/> is 1-6.</summary>
        Heading,
        /// <summary>An item of an unordered list.</summary>
        ListItem,
        /// <summary>An item of an ordered list; <see cref="ContentBlock.Level"/> is its number.</summary>
        OrderedListItem,
        /// <summary>A block quote.</summary>
        Quote,
        /// <summary>Preformatted text or code.</summary>
        Preformatted,
        /// <summary>A table; <see cref="ContentBlock.Rows"/> holds its cells.</summary>
        Table,
        /// <summary>An image; <see cref="ContentBlock.Url"/> holds its source, Text its alt text.</summary>
        Image,
    }

    /// <summary>One block of the article body, produced by the HTML or the text path, rendered by ArticleRenderer.</summary>
    public sealed class ContentBlock
    {
        /// <summary>Creates a block.</summary>
        public ContentBlock(BlockKind kind, string text, int level = 0)
        {
            Kind = kind;
            Text = text;
            Level = level;
        }

        /// <summary>The block's kind.</summary>
        public BlockKind Kind { get; }

        /// <summary>Plain text; line breaks inside a paragraph are kept as '\n'.</summary>
        public string Text { get; set; }

        /// <summary>Heading level, or the number of an ordered list item.</summary>
        public int Level { get; }

        /// <summary>Inline Markdown (links, emphasis) when it differs from <see cref="Text"/>; null otherwise.</summary>
        public string? Markdown { get; set; }

        /// <summary>Cells of a table, row by row; the first row is the header when <see cref="HasHeader"/>.</summary>
        public string[][]? Rows { get; set; }

        /// <summary>Whether the table's first row is a header row.</summary>
        public bool HasHeader { get; set; }

        /// <summary>Image source or link target.</summary>
        public string? Url { get; set; }

        /// <summary>Nesting depth for list items (0 = top level).</summary>
        public int Depth { get; set; }
    }
}
