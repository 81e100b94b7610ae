using System.IO;
using Xunit;
using static NewsTools.Core.Tests.Hostile.HostilePages;

namespace NewsTools.Core.Tests.Hostile
{
    /// <summary>
    /// Issue 15: an element that never closes swallows the page (a saved page that lost its &lt;/title&gt;); the cleaner
    /// closes it where the markup resumes, parses again, and says so in Strategy ("...-reparsed").
    /// Fixtures: tests/fixtures/html/damaged-* (written for these tests, imitating 2008 table-layout pages).
    /// </summary>
    public class DamagedMarkupTests
    {
        private const string First = "The county water board voted on Thursday night to raise the price of tap water";
        private const string Last = "An average household will pay about four dollars more each month";

        [Theory]
        [InlineData("damaged-lost-title")]
        [InlineData("damaged-open-comment")]
        [InlineData("damaged-open-textarea")]
        [InlineData("damaged-open-script")]
        public void TheSwallowedStoryIsRecovered(string fixture)
        {
            string html = File.ReadAllText(Path.Combine(FixturesRoot, "html", fixture, "input.html"));
            Article a = Pages.Extract(html);
            Assert.Contains(First, a.Text);
            Assert.Contains(Last, a.Text);
            Assert.EndsWith("-reparsed", a.Strategy);
            Assert.DoesNotContain("Obituaries", a.Text);
        }

        [Fact]
        public void TheLostTitleStillGivesTheHeadline()
        {
            string html = File.ReadAllText(Path.Combine(FixturesRoot, "html", "damaged-lost-title", "input.html"));
            Assert.Equal("Water rates to rise eight percent", Pages.Extract(html).Title);
        }

        [Fact]
        public void AnIntactPageIsNotReparsed()
        {
            string html = "<html><head><title>Ferry</title></head><body><article>" + Pages.Paragraphs(0, 5) + "</article></body></html>";
            Assert.DoesNotContain("reparsed", Pages.Extract(html).Strategy);
        }

        [Fact]
        public void AnOpenTitleWithNothingAfterItIsLeftAsItIs()
        {
            // Nothing resumes after the title: no repair, no exception, an empty article.
            var (result, _) = Timed("<html><head><title>Only a title and some words of it");
            Assert.Equal(ExtractionFailure.None, result.Failure);
            Assert.DoesNotContain("reparsed", result.Article!.Strategy);
        }

        [Fact]
        public void AScriptThatWritesMarkupIsClosedAtTheLineThatResumes()
        {
            // The script's own '<div>' strings are no resumption point; the <div> starting a line is.
            string html = "<html><head><title>T</title><script>document.write('<div class=\"ad\">' + zone + '</div>');\n</head>\n<body>\n<div class=\"story\">"
                + Pages.Paragraphs(0, 4) + "</div></body></html>";
            Article a = Pages.Extract(html);
            Assert.Contains(Pages.Story[0], a.Text);
            Assert.DoesNotContain("document.write", a.Text);
        }
    }
}
