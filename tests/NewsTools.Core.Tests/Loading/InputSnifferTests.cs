using NewsTools.Loading;
using Xunit;

namespace NewsTools.Core.Tests.Loading
{
    /// <summary>Format detection and the blank/binary checks, directly and as ArticleExtractor's failure reasons.</summary>
    public class InputSnifferTests
    {
        [Theory]
        [InlineData("<!DOCTYPE html><html><body>x</body></html>")]
        [InlineData("  \n<!doctype HTML>\n<title>x</title>")]
        [InlineData("<html lang=\"en\"><p>x</p></html>")]
        [InlineData("<html>x")]
        [InlineData("<head><title>x</title></head>")]
        [InlineData("<body>text</body>")]
        [InlineData("<?xml version=\"1.0\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\">")]
        [InlineData("<!-- saved from url -->\nanything")]
        [InlineData("<div class=\"a\"><p>One.</p><p>Two.</p></div>")]
        public void MarkupIsHtml(string content)
        {
            Assert.Equal(InputFormat.Html, InputSniffer.DetectFormat(content));
        }

        [Theory]
        [InlineData("A plain paragraph of scraped text.\nAnother one.")]
        [InlineData("The word <b>bold</b> appears once in this scraped text.")]
        [InlineData("if a < b and c > d then the formula holds")]
        [InlineData("Two tags: <p> and <div> named in prose, no third.")]
        [InlineData("# A Markdown heading\n\nSome *text* and a [link](https://example.com).")]
        [InlineData("<htmlx> is not the html tag")]
        public void ProseIsText(string content)
        {
            Assert.Equal(InputFormat.Text, InputSniffer.DetectFormat(content));
        }

        [Fact]
        public void TagsAfterTheFirstEightKilobytesDoNotMakeHtml()
        {
            string content = new string('x', 9000) + "<p>a</p><p>b</p><p>c</p>";

            Assert.Equal(InputFormat.Text, InputSniffer.DetectFormat(content));
            Assert.Equal(InputFormat.Html, InputSniffer.DetectFormat("<p>a</p><p>b</p><p>c</p>" + new string('x', 9000)));
        }

        [Theory]
        [InlineData("", true)]
        [InlineData(" \t\r\n ", true)]
        [InlineData("\uFEFF\u200B ", true)]
        [InlineData(" a ", false)]
        public void IsBlank(string content, bool expected)
        {
            Assert.Equal(expected, InputSniffer.IsBlank(content));
        }

        [Fact]
        public void LooksBinary()
        {
            Assert.True(InputSniffer.LooksBinary("PK\u0003\u0004\0\0rest of a zip"));
            Assert.True(InputSniffer.LooksBinary("\u0001\u0002\u0003\u0004\u0005abcdefgh"));
            Assert.True(InputSniffer.LooksBinary(new string('\uFFFD', 5) + "abcdefghijklmnopqrstu"));
            Assert.False(InputSniffer.LooksBinary("Text with a tab\tand lines\r\nand a form feed\f."));
            Assert.False(InputSniffer.LooksBinary("One stray control \u0007 character in a long enough line of text."));
            Assert.False(InputSniffer.LooksBinary(string.Empty));
        }

        [Fact]
        public void ExtractorReportsBlankAndBinaryInputAsFailuresWithoutThrowing()
        {
            var extractor = new ArticleExtractor();

            ExtractionResult blank = extractor.Extract(new ArticleInput("  \n ", "test"));
            ExtractionResult binary = extractor.Extract(new ArticleInput("\0\0\0GIF89a", "test"));

            Assert.Equal(ExtractionFailure.EmptyInput, blank.Failure);
            Assert.Null(blank.Article);
            Assert.Equal(ExtractionFailure.BinaryInput, binary.Failure);
            Assert.False(string.IsNullOrEmpty(binary.Message));
        }

        [Fact]
        public void ExtractorFollowsTheDetectedFormat()
        {
            var extractor = new ArticleExtractor();

            Article html = extractor.Extract(new ArticleInput("<!doctype html><html><body><p>Hello there, reader.</p></body></html>", "test")).Article!;
            Article text = extractor.Extract(new ArticleInput("Hello there, reader.", "test")).Article!;

            Assert.Equal(InputFormat.Html, html.InputFormat);
            Assert.Equal(TextShape.None, html.Shape);
            Assert.Equal(InputFormat.Text, text.InputFormat);
            Assert.Equal("Hello there, reader.", html.Text);
            Assert.Equal("Hello there, reader.", text.Text);
        }
    }
}
