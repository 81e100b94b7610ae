using System.Linq;
using NewsTools.Walls;
using Xunit;
using static NewsTools.Core.Tests.Pages;

namespace NewsTools.Core.Tests.Walls
{
    /// <summary>
    /// Each branch of the paywall verdict (PaywallDecider, PaywallDeclarations, StorySpan), through the public API on small
    /// pages of our own: which evidence counts, which is recorded and set aside, and the kind it gives.
    /// </summary>
    public class PaywallVerdictTests
    {
        private const string Head = "<html><head><title>Ferry timetable changes</title>";

        private static string Page(string head, string body) => Head + head + "</head><body>" + Menu + body + "</body></html>";

        private static string JsonLd(string json) => "<script type=\"application/ld+json\">" + json + "</script>";

        private const string MainArticle = "\"@type\":\"NewsArticle\",\"headline\":\"Ferry timetable changes\",\"mainEntityOfPage\":\"https://example.com/news/ferry\"";

        private static string FullStory => "<article><h1>Ferry timetable changes</h1>" + Paragraphs(0, 11) + "</article>";

        private static string Teaser => "<article><h1>Ferry timetable changes</h1>" + Paragraphs(0, 1) + "</article>";

        private static PaywallEvidence Only(Article a, PaywallEvidenceSource source) => a.Paywall.Evidence.Single(e => e.Source == source);

        [Fact]
        public void MainItemNotFreeWithTheFullTextIsDeclared()
        {
            Article a = Extract(Page(JsonLd("{\"@context\":\"https://schema.org\"," + MainArticle + ",\"isAccessibleForFree\":false}"), FullStory));

            Assert.Equal(PaywallKind.Declared, a.Paywall.Kind);
            Assert.False(a.Paywall.Truncated);
            PaywallEvidence d = Only(a, PaywallEvidenceSource.Declaration);
            Assert.Equal("isAccessibleForFree=false", d.Text);
            Assert.True(d.Counted);
            Assert.Contains(Story[11], a.Text);
        }

        [Fact]
        public void ADeclarationOnARelatedItemIsNotThePages()
        {
            string graph = "{\"@context\":\"https://schema.org\",\"@graph\":[{" + MainArticle + "},"
                + "{\"@type\":\"ItemList\",\"itemListElement\":[{\"@type\":\"NewsArticle\",\"headline\":\"Another paid story\",\"isAccessibleForFree\":false}]}]}";

            Article a = Extract(Page(JsonLd(graph), FullStory));

            Assert.Equal(PaywallKind.None, a.Paywall.Kind);
            Assert.Empty(a.Paywall.Evidence);
        }

        [Fact]
        public void HasPartNotFreeIsADeclarationWithItsSelector()
        {
            string json = "{\"@context\":\"https://schema.org\"," + MainArticle + ",\"hasPart\":{\"@type\":\"WebPageElement\",\"isAccessibleForFree\":\"False\",\"cssSelector\":\".paid\"}}";

            Article a = Extract(Page(JsonLd(json), FullStory));

            Assert.Equal(PaywallKind.Declared, a.Paywall.Kind);
            Assert.Contains("cssSelector=.paid", Only(a, PaywallEvidenceSource.Declaration).Text);
        }

        [Fact]
        public void JsonLdRenderedAsAChildrenAttributeIsRead()
        {
            string json = System.Net.WebUtility.HtmlEncode("{\"@context\":\"https://schema.org\"," + MainArticle + ",\"isAccessibleForFree\":false}");

            Article a = Extract(Page("<script type=\"application/ld+json\" children=\"" + json + "\"></script>", FullStory));

            Assert.Equal(PaywallKind.Declared, a.Paywall.Kind);
        }

        [Theory]
        [InlineData("locked", PaywallKind.Declared)]
        [InlineData("free", PaywallKind.None)]
        [InlineData("metered", PaywallKind.None)]
        public void TheContentTierMetaDeclaresLockedPagesOnly(string tier, PaywallKind expected)
        {
            Article a = Extract(Page("<meta property=\"article:content_tier\" content=\"" + tier + "\">", FullStory));

            Assert.Equal(expected, a.Paywall.Kind);
            Assert.Equal("content_tier=" + tier, Only(a, PaywallEvidenceSource.Declaration).Text);
        }

        [Fact]
        public void VendorMarkupAloneIsRecordedButNotCounted()
        {
            string body = FullStory + "<div id=\"piano-offer\" class=\"tp-modal\"></div><div class=\"poool-widget\"><span>Offer</span></div>";

            Article a = Extract(Page("<script src=\"https://cdn.tinypass.com/api/tinypass.min.js\"></script>", body));

            Assert.Equal(PaywallKind.None, a.Paywall.Kind);
            Assert.NotEmpty(a.Paywall.Evidence);
            Assert.All(a.Paywall.Evidence, e => Assert.False(e.Counted));
            Assert.Contains(a.Paywall.Evidence, e => e.Text.StartsWith("Piano script", System.StringComparison.Ordinal));
            Assert.Contains("markup alone", a.Paywall.Reason);
        }

        [Fact]
        public void AHardPromptAfterATeaserIsHardAndTruncated()
        {
            string body = Teaser + "<div class=\"offer\"><p>Subscribe to read the full story</p><p>$4.99 / month</p></div>";

            Article a = Extract(Page(string.Empty, body));

            Assert.Equal(PaywallKind.Hard, a.Paywall.Kind);
            Assert.True(a.Paywall.Truncated);
            Assert.True(Only(a, PaywallEvidenceSource.Prompt).Counted);
            Assert.DoesNotContain("Subscribe to read", a.Text);
        }

        [Fact]
        public void AGenericLogInPromptWhereAShortStoryStopsIsHardOnlyWithMoreEvidence()
        {
            string wall = "<div class=\"gate\"><p>Already a subscriber? Log in</p></div>";
            string declared = JsonLd("{\"@context\":\"https://schema.org\"," + MainArticle + ",\"isAccessibleForFree\":false}");

            Article alone = Extract(Page(string.Empty, Teaser + wall));
            Article withDeclaration = Extract(Page(declared, Teaser + wall));

            Assert.Equal(PaywallKind.None, alone.Paywall.Kind);
            Assert.Equal(PaywallKind.Hard, withDeclaration.Paywall.Kind);
            Assert.True(withDeclaration.Paywall.Truncated);
        }

        [Fact]
        public void APromptInABoxWithADismissLinkIsASoftOverlay()
        {
            string overlay = "<div class=\"overlay\"><p>Subscribe to read the full story</p><button>No thanks</button></div>";

            Article a = Extract(Page(string.Empty, FullStory + overlay));

            Assert.Equal(PaywallKind.None, a.Paywall.Kind);
            Assert.False(Only(a, PaywallEvidenceSource.Prompt).Counted);
        }

        [Fact]
        public void APromptFarFromTheStoryIsATemplateNotAWall()
        {
            string related = "<div class=\"related\"><ul>" + string.Concat(Enumerable.Range(0, 20).Select(i => "<li><a href=\"/s" + i + "\">" + Story[i % 12] + "</a></li>")) + "</ul></div>";
            string modal = "<div class=\"modal\"><p>You've reached your limit of 5 free articles this month.</p></div>";

            Article far = Extract(Page(string.Empty, FullStory + related + modal));
            Article near = Extract(Page(string.Empty, FullStory + modal + related));

            Assert.Equal(PaywallKind.None, far.Paywall.Kind);
            Assert.False(Only(far, PaywallEvidenceSource.Prompt).Counted);
            Assert.Equal(PaywallKind.Metered, near.Paywall.Kind);
        }

        [Fact]
        public void StoryProseInAnElementTheSiteNamesPaidIsDeclaredButNotInAVendorWrapper()
        {
            string site = "<article><h1>Ferry timetable changes</h1><div class=\"body paywall\">" + Paragraphs(0, 11) + "</div></article>";
            string vendor = "<article><h1>Ferry timetable changes</h1><div class=\"body steady-paywall-container\">" + Paragraphs(0, 11) + "</div></article>";

            Assert.Equal(PaywallKind.Declared, Extract(Page(string.Empty, site)).Paywall.Kind);
            Assert.Equal(PaywallKind.None, Extract(Page(string.Empty, vendor)).Paywall.Kind);
        }

        [Fact]
        public void TextModeCountsAPromptAfterTheStoryNotATemplateAtTheEnd()
        {
            string story = string.Join("\n", Story);
            string filler = string.Join("\n", Enumerable.Range(0, 30).Select(i => "Related: a headline about something else entirely, number " + i));
            const string limit = "You've reached your limit of 5 free articles this month.";
            var text = new ExtractionOptions { InputFormat = InputFormat.Text };

            Article near = Extract("Ferry timetable changes\n" + story + "\n" + limit + "\n" + filler, text);
            Article far = Extract("Ferry timetable changes\n" + story + "\n" + filler + "\n" + limit, text);

            Assert.Equal(PaywallKind.Metered, near.Paywall.Kind);
            Assert.Equal(PaywallKind.None, far.Paywall.Kind);
        }

        [Fact]
        public void StoryProseHiddenByCssBacksALogInPromptButIsNotAWallAlone()
        {
            string hidden = "<article><h1>Ferry timetable changes</h1>" + Paragraphs(0, 1) + "<div style=\"display:none\">" + Paragraphs(2, 11) + "</div></article>";
            string prompt = "<div class=\"gate\"><p>Already a subscriber? Log in</p></div>";

            Article alone = Extract(Page(string.Empty, hidden));
            Article withPrompt = Extract(Page(string.Empty, hidden + prompt));

            Assert.Equal(PaywallKind.None, alone.Paywall.Kind);
            Assert.Contains("hidden by an inline style", Only(alone, PaywallEvidenceSource.Shape).Text);
            // Most of the story is in the hidden part: it is kept (the story, whatever hides it), so the text is no teaser.
            Assert.Equal(PaywallKind.Hard, withPrompt.Paywall.Kind);
            Assert.False(withPrompt.Paywall.Truncated);
            Assert.Contains(Story[5], withPrompt.Text);
        }

        [Theory]
        [InlineData("The council said the ferry would run until late in the evening, although the operator has yet to confirm", true)]
        [InlineData("The council said the ferry would run until late…", true)]
        [InlineData("The council said the ferry would run until late in the evening from next Monday onwards.", false)]
        [InlineData("Short line without a stop", false)]
        public void ACutParagraphEndsWithoutClosingPunctuation(string paragraph, bool cut)
        {
            Assert.Equal(cut, PaywallDecider.LooksCut(paragraph));
        }
    }
}
