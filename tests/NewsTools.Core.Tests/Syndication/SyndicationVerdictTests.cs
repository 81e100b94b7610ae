using System.Linq;
using Xunit;
using static NewsTools.Core.Tests.Pages;

namespace NewsTools.Core.Tests.Syndication
{
    /// <summary>
    /// Each branch of the syndication verdict (SyndicationDecider, SyndicationDeclarations, SyndicationPatterns) through the
    /// public API, on small pages of our own: which statement makes which kind, and which look-alikes make none.
    /// </summary>
    public class SyndicationVerdictTests
    {
        private const string OwnUrl = "https://www.example-daily.test/world/2024/05/03/story";

        private static Article Html(string head, string firstParagraph, string lastParagraph = "", string? url = OwnUrl, string after = "")
        {
            string page = "<html><head><title>Ferry timetable changes</title>" + head + "</head><body>" + Menu
                + "<article><h1>Ferry timetable changes</h1><p>" + firstParagraph + "</p>\n" + Paragraphs(1, 6)
                + (lastParagraph.Length > 0 ? "<p>" + lastParagraph + "</p>" : string.Empty) + "</article>" + after
                + "<footer><p>© 2024 Example Daily. All rights reserved.</p></footer></body></html>";
            return Run(page, url, InputFormat.Html);
        }

        private static Article Text(params string[] lines) => Run(string.Join("\n", lines), null, InputFormat.Text);

        private static Article Run(string content, string? url, InputFormat format)
        {
            ExtractionResult result = new ArticleExtractor(new ExtractionOptions { InputFormat = format }).Extract(new ArticleInput(content, "test", url));
            Assert.Equal(ExtractionFailure.None, result.Failure);
            return result.Article!;
        }

        private static string[] Story(int from, int to) => Pages.Story.Skip(from).Take(to - from + 1).ToArray();

        private static void AssertVerdict(Article a, SyndicationKind kind, string? source, SyndicationEvidenceSource? evidence = null)
        {
            Assert.True(kind == a.Syndication.Kind, "Expected " + kind + ", got " + a.Syndication.Kind + " (" + a.Syndication.Reason + "): " + string.Join(" | ", a.Syndication.Evidence.Select(e => e.ToString())) + " / removed: " + string.Join(" | ", a.Removed.Select(r => r.ToString())));
            Assert.Equal(source, a.Syndication.Source);
            if (evidence.HasValue) Assert.Contains(a.Syndication.Evidence, e => e.Source == evidence.Value);
        }

        // ---- Datelines ------------------------------------------------------------------------------

        [Theory]
        [InlineData("WASHINGTON (AP) — The Senate voted late on Tuesday to extend the ferry subsidy for another year, officials said.", "AP")]
        [InlineData("LONDON, May 3 (Reuters) - The harbour authority approved the new ferry timetable on Tuesday, officials said.", "Reuters")]
        [InlineData("(Reuters) - The harbour authority approved the new ferry timetable on Tuesday, adding evening crossings.", "Reuters")]
        [InlineData("Berlin (dpa) - Die Hafenbehörde hat am Dienstag den neuen Fahrplan für die Fähren genehmigt.", "dpa")]
        [InlineData("Madrid, 3 may (EFE).- La autoridad portuaria aprobó este martes el nuevo horario de los transbordadores.", "EFE")]
        [InlineData("PARIS (AFP) - L'autorité portuaire a approuvé mardi le nouvel horaire des traversées en ferry.", "AFP")]
        [InlineData("New Delhi, May 3 (PTI) The port authority on Tuesday approved the new ferry timetable for the island route.", "PTI")]
        [InlineData("KABUL, Afghanistan (AFP/Reuters) - The port authority approved the new ferry timetable on Tuesday.", "AFP, Reuters")]
        public void AnAgencyDatelineOpeningTheStoryIsAWireCopy(string first, string agency)
        {
            AssertVerdict(Html("", first), SyndicationKind.WireCopy, agency, SyndicationEvidenceSource.Dateline);
        }

        [Theory]
        [InlineData("The harbour authority said on Tuesday, as Reuters reported that evening, that the new timetable would start in June.")]
        [InlineData("According to the Associated Press (AP), the harbour authority approved the new ferry timetable on Tuesday.")]
        [InlineData("Police in Dover (AP) said the harbour authority approved the new ferry timetable on Tuesday evening.")]
        [InlineData("The ministry's statement (PTI) was published after the harbour authority approved the new timetable.")]
        public void AnAgencyQuotedInProseIsNoCopy(string first)
        {
            Article a = Html("", first);
            AssertVerdict(a, SyndicationKind.None, null);
            Assert.Empty(a.Syndication.Evidence);
        }

        // ---- Credits --------------------------------------------------------------------------------

        [Theory]
        [InlineData("Ticket sales at the terminal will be reviewed at the end of the season, the ministry said. — PTI", "PTI")]
        [InlineData("Ticket sales at the terminal will be reviewed at the end of the season, the ministry said.-IANS", "IANS")]
        [InlineData("Ticket sales at the terminal will be reviewed at the end of the season, the ministry said. (With inputs from PTI)", "PTI")]
        public void AnAgencyCreditClosingTheStoryIsAWireCopy(string last, string agency)
        {
            AssertVerdict(Html("", Pages.Story[0], last), SyndicationKind.WireCopy, agency, SyndicationEvidenceSource.Credit);
        }

        [Theory]
        [InlineData("PTI", "PTI")]
        [InlineData("(IANS)", "IANS")]
        [InlineData("PTI ABC DEF", "PTI")]
        [InlineData("dpa/jd", "dpa")]
        [InlineData("Con información de EFE", "EFE")]
        public void AnAgencyCreditOnALineOfItsOwnIsAWireCopy(string line, string agency)
        {
            AssertVerdict(Html("", Pages.Story[0], line), SyndicationKind.WireCopy, agency, SyndicationEvidenceSource.Credit);
        }

        [Fact]
        public void AnAgencyCopyrightLineIsACreditButABarePhotoCopyrightIsNot()
        {
            Article credited = Text(Story(0, 5).Concat(new[] { "© 2024 Thomson Reuters. All rights reserved." }).ToArray());
            AssertVerdict(credited, SyndicationKind.WireCopy, "Reuters", SyndicationEvidenceSource.Credit);

            Article photo = Text(Story(0, 2).Concat(new[] { "© AFP" }).Concat(Story(3, 5)).ToArray());
            AssertVerdict(photo, SyndicationKind.None, null);
        }

        [Fact]
        public void ACopyrightOfAnotherBusinessOfTheAgencysGroupIsNoCredit()
        {
            Article a = Text(Story(0, 5).Concat(new[] { "©2019 Thomson Reuters/Tax & Accounting. All Rights Reserved." }).ToArray());
            AssertVerdict(a, SyndicationKind.None, null);
        }

        [Fact]
        public void AnAgencyInAPhotoCaptionIsNoCopy()
        {
            Article a = Html("", Pages.Story[0], after: "<figure><img src=\"/a.jpg\"><figcaption>The quay at dusk. (Photo: Reuters)</figcaption></figure>");
            AssertVerdict(a, SyndicationKind.None, null);
        }

        [Fact]
        public void InputsFromAgenciesIsSyndicatedWithNoSourceNamed()
        {
            Article a = Text(Story(0, 5).Concat(new[] { "(With inputs from agencies)" }).ToArray());
            AssertVerdict(a, SyndicationKind.Syndicated, null, SyndicationEvidenceSource.Credit);
        }

        // ---- Bylines --------------------------------------------------------------------------------

        [Theory]
        [InlineData("Associated Press", "AP")]
        [InlineData("Press Trust of India", "PTI")]
        public void AnAgencyAsTheBylineIsAWireCopy(string author, string agency)
        {
            Article a = Html("<meta name=\"author\" content=\"" + author + "\">", Pages.Story[0]);
            AssertVerdict(a, SyndicationKind.WireCopy, agency, SyndicationEvidenceSource.Byline);
        }

        [Fact]
        public void AnAgencyAfterAPersonsNameInAScrapedBylineIsAWireCopy()
        {
            Article a = Text(new[] { "Ferry timetable changes", "By Jane Doe, Associated Press" }.Concat(Story(0, 5)).ToArray());
            AssertVerdict(a, SyndicationKind.WireCopy, "AP", SyndicationEvidenceSource.Byline);
        }

        [Fact]
        public void APersonsBylineIsNoCopy()
        {
            AssertVerdict(Html("<meta name=\"author\" content=\"Jane Doe\">", Pages.Story[0]), SyndicationKind.None, null);
        }

        // ---- Disclaimers and notes -------------------------------------------------------------------

        [Theory]
        [InlineData("(This story has not been edited by Example Daily staff and is auto-generated from a syndicated feed.)")]
        [InlineData("Disclaimer: No Example Daily journalist was involved in the creation of this content.")]
        [InlineData("Only the headline and picture of this report may have been reworked by the Example Daily staff; the rest of the content is auto-generated from a syndicated feed.")]
        public void ASyndicationDisclaimerIsSyndicated(string disclaimer)
        {
            Article a = Text(Story(0, 5).Concat(new[] { disclaimer }).ToArray());
            AssertVerdict(a, SyndicationKind.Syndicated, null, SyndicationEvidenceSource.Disclaimer);
            Assert.Contains(disclaimer.Trim('(', ')'), a.Syndication.Evidence[0].Text);
            Assert.DoesNotContain("syndicated feed", a.Text);
        }

        [Fact]
        public void ALegalDisclaimerIsNoSyndication()
        {
            Article a = Text(Story(0, 5).Concat(new[] { "Disclaimer: The views expressed in this article are those of the author and do not necessarily reflect ours." }).ToArray());
            AssertVerdict(a, SyndicationKind.None, null);
        }

        [Theory]
        [InlineData("This article originally appeared on Example Review.", "Example Review")]
        [InlineData("This story was first published by The Example Post and is republished here with permission.", "The Example Post")]
        [InlineData("Dieser Artikel erschien zuerst bei Beispiel Zeitung.", "Beispiel Zeitung")]
        public void ARepublicationNoteIsRepublishedWithThePublisher(string note, string publisher)
        {
            Article a = Html("", Pages.Story[0], note);
            AssertVerdict(a, SyndicationKind.Republished, publisher, SyndicationEvidenceSource.Republication);
        }

        [Theory]
        [InlineData("Originally published in March 2022. Last updated on December 20, 2024.")]
        [InlineData("This article was reprinted on Example Wire.")]
        public void ADateNoteOrTheOriginalsReprintNoteIsNoRepublication(string note)
        {
            AssertVerdict(Html("", Pages.Story[0], note), SyndicationKind.None, null);
        }

        [Fact]
        public void ANoteNamingTheSiteItselfIsTheOriginals()
        {
            Article a = Html("", Pages.Story[0], "Originally published on Example Daily.");
            AssertVerdict(a, SyndicationKind.None, null);
            Assert.Equal("the notes name this site itself", a.Syndication.Reason);
        }

        [Fact]
        public void RepublishedWithPermissionNamesNoPublisher()
        {
            Article a = Html("", Pages.Story[0], "Republished with permission.");
            AssertVerdict(a, SyndicationKind.Republished, null, SyndicationEvidenceSource.Republication);
        }

        [Fact]
        public void AStoryAboutAReportFirstPublishedByAnOfficeIsNoRepublication()
        {
            AssertVerdict(Html("", "The report was first published by Statistics Norway, and shows that ferry traffic on the island routes rose by a tenth last year."), SyndicationKind.None, null);
        }

        [Fact]
        public void AStoryThatSaysABookFirstAppearedIsNoRepublication()
        {
            AssertVerdict(Html("", "The story first appeared in 1999 as a serial in the island's weekly paper, the museum's curator said on Tuesday."), SyndicationKind.None, null);
        }

        // ---- Markup ---------------------------------------------------------------------------------

        [Fact]
        public void ACanonicalAtAnotherPublisherIsSyndicated()
        {
            Article a = Html("<link rel=\"canonical\" href=\"https://news.other-paper.test/2024/05/story\">", Pages.Story[0]);
            AssertVerdict(a, SyndicationKind.Syndicated, "other-paper.test", SyndicationEvidenceSource.Canonical);
        }

        [Theory]
        [InlineData("https://m.example-daily.test/world/story", OwnUrl)]
        [InlineData("https://www.example-daily.co.uk/world/story", OwnUrl)]
        [InlineData("https://news.other-paper.test/2024/05/story", "https://web.archive.org/web/2024/https://news.other-paper.test/2024/05/story")]
        [InlineData("https://news.other-paper.test/2024/05/story", null)]
        [InlineData("https://m.exampledaily.test/world/story", "https://exampledaily.group-media.test/world/story")]
        [InlineData("https://example-daily-test-blog.cluster-7.test/story", OwnUrl)]
        [InlineData("https://news.other-paper.test/2024/05/story", "https://proxy.reader-app.test/read?url=https://news.other-paper.test/2024/05/story")]
        public void ACanonicalOfTheSamePublisherAnArchiveOrAnUnknownPageIsNot(string canonical, string? url)
        {
            AssertVerdict(Html("<link rel=\"canonical\" href=\"" + canonical + "\">", Pages.Story[0], url: url), SyndicationKind.None, null);
        }

        [Fact]
        public void ACanonicalAtAnAgencyIsAWireCopy()
        {
            Article a = Html("<link rel=\"canonical\" href=\"https://apnews.com/article/ferry-1234\">", Pages.Story[0]);
            AssertVerdict(a, SyndicationKind.WireCopy, "AP", SyndicationEvidenceSource.Canonical);
        }

        [Fact]
        public void TheSyndicationSourceMetaIsSyndicatedAndTheOriginalSourceMetaRepublished()
        {
            AssertVerdict(Html("<meta name=\"syndication-source\" content=\"https://partner.test/news/ferry\">", Pages.Story[0]), SyndicationKind.Syndicated, "partner.test", SyndicationEvidenceSource.Meta);
            AssertVerdict(Html("<meta name=\"original-source\" content=\"https://partner.test/news/ferry\">", Pages.Story[0]), SyndicationKind.Republished, "partner.test", SyndicationEvidenceSource.Meta);
            // A CMS that names the page itself.
            AssertVerdict(Html("<meta name=\"original-source\" content=\"" + OwnUrl + "\">", Pages.Story[0]), SyndicationKind.None, null);
        }

        private static string Ld(string members) =>
            "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",\"headline\":\"Ferry timetable changes\"," + members + "}</script>";

        [Theory]
        [InlineData("\"isBasedOn\":\"https://www.reuters.com/world/ferry-2024-05-03/\"", "Reuters")]
        [InlineData("\"isBasedOn\":{\"@type\":\"NewsArticle\",\"publisher\":{\"@type\":\"Organization\",\"name\":\"Agence France-Presse\"}}", "AFP")]
        [InlineData("\"sourceOrganization\":{\"@type\":\"Organization\",\"name\":\"Press Trust of India\"}", "PTI")]
        [InlineData("\"copyrightHolder\":{\"@type\":\"Organization\",\"name\":\"The Associated Press\"}", "AP")]
        public void JsonLdNamingAnAgencyIsAWireCopy(string members, string agency)
        {
            AssertVerdict(Html(Ld(members), Pages.Story[0]), SyndicationKind.WireCopy, agency, SyndicationEvidenceSource.JsonLd);
        }

        [Fact]
        public void JsonLdNamingTheSiteItselfIsNoCopy()
        {
            AssertVerdict(Html(Ld("\"copyrightHolder\":{\"@type\":\"Organization\",\"name\":\"Example Daily\"},\"sourceOrganization\":\"Example Daily\""), Pages.Story[0]), SyndicationKind.None, null);
        }

        [Fact]
        public void JsonLdIsBasedOnAnotherPublishersPageIsSyndicated()
        {
            AssertVerdict(Html(Ld("\"isBasedOn\":\"https://partner.test/news/ferry\""), Pages.Story[0]), SyndicationKind.Syndicated, "partner.test", SyndicationEvidenceSource.JsonLd);
        }

        // ---- The agency's own site --------------------------------------------------------------------

        [Fact]
        public void OnTheAgencysOwnSiteItsDatelineIsNoCopy()
        {
            Article a = Html("", "WASHINGTON (AP) — The Senate voted late on Tuesday to extend the ferry subsidy for another year.", url: "https://apnews.com/article/ferry-1234");
            AssertVerdict(a, SyndicationKind.None, null);
            Assert.Contains("own site", a.Syndication.Reason);
            Assert.NotEmpty(a.Syndication.Evidence);
        }

        [Fact]
        public void APlainStaffStoryIsNone()
        {
            Article a = Html("<meta name=\"author\" content=\"Jane Doe\"><link rel=\"canonical\" href=\"" + OwnUrl + "\">", Pages.Story[0], Pages.Story[11]);
            Assert.Same(SyndicationVerdict.None, a.Syndication);
        }

        // ---- The verdict object ----------------------------------------------------------------------

        [Fact]
        public void TheVerdictComparesAsItsKind()
        {
            var v = new SyndicationVerdict(SyndicationKind.WireCopy, "AP", new[] { new SyndicationEvidence(SyndicationEvidenceSource.Dateline, SyndicationKind.WireCopy, "WASHINGTON (AP) —", "AP") }, "an agency dateline");
            Assert.True(v.Equals("wirecopy"));
            Assert.True(v.Equals(SyndicationKind.WireCopy));
            Assert.False(v.Equals(SyndicationVerdict.None));
            Assert.False(v.Equals((object?)null));
            Assert.Equal("WireCopy", v.ToString());
            Assert.Equal("Dateline: WASHINGTON (AP) —", v.Evidence[0].ToString());
            Assert.True(v.IsSyndicated);
            Assert.False(SyndicationVerdict.None.IsSyndicated);
        }
    }
}
