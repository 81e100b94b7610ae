using System.Collections.Generic;

namespace NewsTools.Text.Shapes
{
    /// <summary>An image a Markdown input showed: its address, its alt text, and the index of the line it stands before.</summary>
    internal sealed class ShapedImage
    {
        public ShapedImage(string url, string alt, int beforeLine)
        {
            Url = url;
            Alt = alt;
            BeforeLine = beforeLine;
        }

        public string Url { get; }

        public string Alt { get; }

        /// <summary>Index into <see cref="ShapedText.Lines"/> of the first block after the image.</summary>
        public int BeforeLine { get; }
    }

    /// <summary>The input as blocks, one <see cref="TextLine"/> each, whatever shape it came in.</summary>
    internal sealed class ShapedText
    {
        public ShapedText(TextShape shape, List<TextLine> lines, List<ShapedImage> images)
        {
            Shape = shape;
            Lines = lines;
            Images = images;
        }

        public TextShape Shape { get; }

        public List<TextLine> Lines { get; }

        public List<ShapedImage> Images { get; }
    }

    /// <summary>
    /// The shape stage: detects the shape of scraped text and turns it into blocks, one per paragraph, heading, list
    /// item or table row, so that the line decider judges a paragraph whether it came on one line, wrapped over five,
    /// split around its links, or in Markdown.
    /// </summary>
    internal static class TextShapeReader
    {
        /// <summary>Reads repaired text (tabs as spaces, line ends as '\n'). <paramref name="markdown"/> forces the Markdown reader.</summary>
        public static ShapedText Read(string text, bool markdown)
        {
            string[] raw = text.Split('\n');
            TextShape shape = ShapeDetector.Detect(raw, markdown, out int wrapWidth);
            var images = new List<ShapedImage>();
            switch (shape)
            {
                case TextShape.Markdown:
                    return new ShapedText(shape, MarkdownReader.Read(text, images, wrapWidth == 0), images);
                case TextShape.HardWrapped:
                    return new ShapedText(shape, HardWrapReader.Read(raw, wrapWidth), images);
                case TextShape.Soup:
                    return new ShapedText(shape, SoupReader.Read(raw), images);
                default:
                    return new ShapedText(TextShape.Lines, LineReader.Read(raw), images);
            }
        }
    }
}
