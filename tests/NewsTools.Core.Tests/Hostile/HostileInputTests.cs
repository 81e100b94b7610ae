using System;
using System.Text;
using NewsTools.Loading;
using Xunit;
using static NewsTools.Core.Tests.Hostile.HostilePages;

namespace NewsTools.Core.Tests.Hostile
{
    /// <summary>
    /// Issue 15, CI-sized: each hostile input gives an article or a clear failure within a time bound, without an
    /// exception. The full sizes (50 MB, 1,000,000 siblings, 25 MB lines) run in tests/Benchmarks/Measure-Hostile.ps1.
    /// Bounds are generous (the machine is shared): they catch a quadratic cost, not a slow constant.
    /// </summary>
    public class HostileInputTests
    {
        private const string Prose = "The council met on Tuesday, and the vote on the new bridge was close, with the mayor casting the last ballot.";

        private static Article AssertArticleWithin(string content, double seconds)
        {
            var (result, time) = Timed(content);
            Assert.True(time.TotalSeconds < seconds, "took " + time.TotalSeconds.ToString("F1") + " s, bound " + seconds + " s");
            Assert.Equal(ExtractionFailure.None, result.Failure);
            return result.Article!;
        }

        private static string Repeat(string s, int n)
        {
            var sb = new StringBuilder(s.Length * n);
            for (int i = 0; i < n; i++) sb.Append(s);
            return sb.ToString();
        }

        [Fact]
        public void HundredThousandNestedDivsAreFlattenedInLinearTime()
        {
            // Was 27 s: the tree builder scans its open-element stack per tag.
            string html = "<html><body>" + Repeat("<div>", 100_000) + "<p>" + Prose + "</p>" + Repeat("</div>", 100_000) + "</body></html>";
            Article a = AssertArticleWithin(html, 5);
            Assert.Contains(Prose, a.Text);
            Assert.EndsWith("-flattened", a.Strategy);
        }

        [Fact]
        public void TenThousandNestedTablesAreFlattened()
        {
            string html = "<html><body>" + Repeat("<table><tr><td>", 10_000) + "<p>" + Prose + "</p>" + Repeat("</td></tr></table>", 10_000) + "</body></html>";
            Article a = AssertArticleWithin(html, 5);
            Assert.Contains("mayor casting the last ballot", a.Text);
        }

        [Fact]
        public void UnclosedInlineTagsNestingDeepAreFlattened()
        {
            // <b> and <a> never closed: the adoption agency nests them, as deep as there are tags.
            Article a = AssertArticleWithin("<html><body><p>" + Repeat("<b>", 20_000) + Prose + Repeat("<a href=x>", 10_000) + "more text", 5);
            Assert.Contains("mayor casting", a.Text);
        }

        [Fact]
        public void NormalDepthIsLeftAlone()
        {
            // Unclosed paragraphs and list items are not depth: the limiter pops them as the parser would.
            string html = "<html><body><article>" + Repeat("<p>" + Prose, 2000) + "<ul>" + Repeat("<li>item", 2000) + "</ul>" + Repeat("<div>", 200) + "deep" + Repeat("</div>", 200) + "</article></body></html>";
            Assert.Same(html, NestingLimiter.Flatten(html, 256, out int dropped));
            Assert.Equal(0, dropped);
        }

        [Fact]
        public void TheLimiterDropsOnlyPastTheCapAndKeepsTheirContent()
        {
            string html = "<div><div><div><p>text</p></div></div></div><script>'<div><div><div>'</script><!-- <div><div> -->";
            string flat = NestingLimiter.Flatten(html, 2, out int dropped);
            Assert.Equal(2, dropped);
            // The third <div> and the <p> inside it are past the cap: their tags go, their text stays.
            Assert.Equal("<div><div>text</div></div><script>'<div><div><div>'</script><!-- <div><div> -->", flat);
        }

        [Fact]
        public void RawTextEndsAtItsEndTagInAnyCase()
        {
            // The tags inside a script are text up to "</script" in any case; after it, nesting counts again.
            string html = "<div><SCRIPT>'<div><div><div></x>'</ScRiPt><div><div>deep</div></div></div>";
            string flat = NestingLimiter.Flatten(html, 2, out int dropped);
            Assert.Equal(1, dropped);
            Assert.Equal("<div><SCRIPT>'<div><div><div></x>'</ScRiPt><div>deep</div></div>", flat);
        }

        [Fact]
        public void TwoHundredThousandSiblingsStayLinear()
        {
            // Was quadratic: the page scan walked children by PreviousElementSibling, which searches the parent's list.
            string html = "<html><body><article><p>" + Prose + "</p>" + Repeat("<span>x</span>", 200_000) + "</article></body></html>";
            AssertArticleWithin(html, 10);
        }

        [Fact]
        public void ABlockWithManyTextChildrenStaysLinear()
        {
            // The header window read a block's own text by NextSibling: quadratic over 100,000 text nodes.
            string html = "<html><body><h1>Headline of the day</h1><div>" + Repeat("word <br>", 100_000) + "</div><p>" + Prose + "</p></body></html>";
            AssertArticleWithin(html, 10);
        }

        [Fact]
        public void ATenMegabyteAttribute()
        {
            string html = "<html><body><article><p data-blob=\"" + new string('a', 10 * 1024 * 1024) + "\">" + Prose + "</p></article></body></html>";
            Article a = AssertArticleWithin(html, 10);
            Assert.Contains(Prose, a.Text);
        }

        [Fact]
        public void AFiveMegabyteSingleLineOfText()
        {
            string text = Repeat(Prose + " ", 5 * 1024 * 1024 / (Prose.Length + 1));
            Article a = AssertArticleWithin(text, 15);
            Assert.True(a.WordCount > 100_000);
        }

        [Fact]
        public void MegabytesOfWhitespace()
        {
            AssertArticleWithin("<html><body><p>" + Prose + "</p>" + new string(' ', 4 * 1024 * 1024) + Repeat("\n\t\r\n", 250_000) + "</body></html>", 10);
            AssertArticleWithin(Prose + "\n" + new string(' ', 4 * 1024 * 1024) + "\n\n" + Prose, 10);
            var (blank, _) = Timed(new string(' ', 4 * 1024 * 1024) + new string('\n', 1024 * 1024));
            Assert.Equal(ExtractionFailure.EmptyInput, blank.Failure);
        }

        [Fact]
        public void NulBytesAndRandomBytesFailClearly()
        {
            var (nul, _) = Timed("<html><body>\0\0\0<p>" + Prose + "</p></body></html>");
            Assert.Equal(ExtractionFailure.BinaryInput, nul.Failure);
            Assert.NotNull(nul.Message);

            var random = new Random(15);
            var bytes = new byte[2 * 1024 * 1024];
            random.NextBytes(bytes);
            var (noise, time) = Timed(DocumentDecoder.Decode(bytes));
            Assert.True(time.TotalSeconds < 10);
            Assert.Equal(ExtractionFailure.BinaryInput, noise.Failure);

            // NULs past the sniffed head: no failure, no exception.
            var (late, _) = Timed("<html><body><p>" + Prose + "</p>" + new string('x', 5000) + "\0\0<p>" + Prose + "</p></body></html>");
            Assert.Equal(ExtractionFailure.None, late.Failure);
        }

        [Fact]
        public void InvalidUtf8IsDecodedNotThrown()
        {
            byte[] head = Encoding.UTF8.GetBytes("<html><body><p>" + Prose + " ");
            byte[] bad = { 0xC3, 0x28, 0xA0, 0xA1, 0xE2, 0x28, 0xA1, 0xF0, 0x28, 0x8C, 0xBC, 0xFF, 0xFE };
            byte[] tail = Encoding.UTF8.GetBytes("</p></body></html>");
            byte[] all = new byte[head.Length + bad.Length + tail.Length];
            head.CopyTo(all, 0);
            bad.CopyTo(all, head.Length);
            tail.CopyTo(all, head.Length + bad.Length);
            Article a = AssertArticleWithin(DocumentDecoder.Decode(all), 5);
            Assert.Contains("mayor casting", a.Text);
        }

        [Theory]
        [InlineData("<html><body><p>" + Prose + "</p><p>Second para")]
        [InlineData("<html><body><p>" + Prose + "</p><div class=\"")]
        [InlineData("<html><body><p>" + Prose + "</p><!-- never closed <p>hidden</p>")]
        [InlineData("<html><body><p>" + Prose + "</p><script>var x = '<p>not text</p>';")]
        [InlineData("<html><body><p>" + Prose + "</p><style>p { color: red }")]
        [InlineData("<html><body><p>" + Prose + "</p><svg><![CDATA[ never closed <p>")]
        [InlineData("<html><body><p>" + Prose + "</p><![CDATA[ never closed")]
        [InlineData("<html><body><p>" + Prose + "</p><textarea>never closed")]
        [InlineData("<html><body><p>" + Prose + "</p><plaintext><p>all text now")]
        [InlineData("<html><body><p>" + Prose + "</p><a href='")]
        [InlineData("<")]
        [InlineData("<html")]
        [InlineData("<!--")]
        [InlineData("</p></div></body></html>")]
        public void TruncatedAndUnclosedMarkup(string html)
        {
            var (result, time) = Timed(html);
            Assert.True(time.TotalSeconds < 5);
            Assert.True(result.Failure != ExtractionFailure.None || result.Article != null);
        }

        [Fact]
        public void RightToLeftBidiControlsEmojiAndCombiningMarks()
        {
            string rtl = "<p dir=\"rtl\">\u202Bמשרד התחבורה אישר הפעלה מצומצמת של הקו, החל מחודש הבא.\u202C \u200F\u2067عربي\u2069 \u061C</p>";
            string emoji = "<p>Fans cheered 🎉🇩🇪👩🏽‍🚀 as the team won, and the coach said it was the best night of her life 😀.</p>";
            string combining = "<p>Ze\u0301ro cafe\u0301 n\u0303 a\u0308\u0308\u0308\u0308\u0308\u0308\u0308\u0308\u0308\u0308\u0308\u0308, Z̷̢̛a̸l̵g̶o̷ text̸̡̛ with many marks, and a sentence after it.</p>";
            string lone = "<p>A lone surrogate \uD83D here and \uDE00 there, in a sentence of words, goes on.</p>";
            string html = "<html><body><article><h1>Mixed scripts</h1>" + rtl + emoji + combining + lone + "<p>" + Prose + "</p></article></body></html>";
            Article a = AssertArticleWithin(html, 5);
            Assert.Contains("🎉", a.Text);
            Assert.Contains("משרד", a.Text);
            // Thousands of combining marks on one letter, and bidi controls in bulk.
            AssertArticleWithin("<html><body><p>a" + new string('\u0301', 200_000) + " " + Prose + Repeat("\u202E\u202D\u2066", 100_000) + "</p></body></html>", 10);
        }
    }
}
