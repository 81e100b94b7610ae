using System;
using NewsTools.Web;
using Xunit;

namespace NewsTools.Core.Tests.Web
{
    /// <summary>The addresses a page points to without being them: a meta refresh and an AMP version.</summary>
    public class PageHintsTests
    {
        private static readonly Uri Page = new Uri("https://news.example.test/2024/05/story.html");

        [Theory]
        [InlineData("<meta http-equiv=\"refresh\" content=\"0; url=/consent?next=1\">", "https://news.example.test/consent?next=1")]
        [InlineData("<meta content=\"5;URL='next.html'\" http-equiv=\"Refresh\">", "https://news.example.test/2024/05/next.html")]
        [InlineData("<META HTTP-EQUIV=refresh CONTENT=\"3, url=https://other.example.test/a\">", "https://other.example.test/a")]
        [InlineData("<meta http-equiv=\"refresh\" content=\"0;url=/a?x=1&amp;y=2\">", "https://news.example.test/a?x=1&y=2")]
        public void ReadsAMetaRefreshInItsUsualShapes(string tag, string expected)
        {
            PageHints hints = PageHints.Read("<html><head>" + tag + "</head><body></body></html>", Page);
            Assert.Equal(expected, hints.RefreshUri?.ToString());
        }

        [Fact]
        public void AReloadWithoutAnAddressAndAJavascriptTargetAreNoRefresh()
        {
            Assert.Null(PageHints.Read("<meta http-equiv=\"refresh\" content=\"300\">", Page).RefreshUri);
            Assert.Null(PageHints.Read("<meta http-equiv=\"refresh\" content=\"0; url=javascript:alert(1)\">", Page).RefreshUri);
        }

        [Fact]
        public void ReadsTheAmpLinkAmongOtherRels()
        {
            PageHints hints = PageHints.Read("<link rel=\"stylesheet\" href=\"/s.css\"><link rel=\"alternate amphtml\" href=\"/amp/story.html\">", Page);
            Assert.Equal("https://news.example.test/amp/story.html", hints.AmpUri?.ToString());
            Assert.Null(hints.RefreshUri);
        }

        [Fact]
        public void APageWithNeitherHasNone()
        {
            PageHints hints = PageHints.Read("<html><head><link rel=\"canonical\" href=\"/c\"><meta name=\"description\" content=\"url=/x\"></head></html>", Page);
            Assert.Null(hints.AmpUri);
            Assert.Null(hints.RefreshUri);
        }
    }
}
