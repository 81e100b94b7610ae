using System;
using Xunit;
using static NewsTools.Core.Tests.Pages;

namespace NewsTools.Core.Tests.Text
{
    /// <summary>The text path (TextCleaner) entered through ArticleExtractor with InputFormat.Text: header lines become metadata.</summary>
    public class TextEntryTests
    {
        private static readonly ExtractionOptions AsText = new ExtractionOptions { InputFormat = InputFormat.Text };

        private const string ScrapedStory =
            "Home | News | Sport | Weather\n"
            + "Ferry timetable gains three evening crossings\n"
            + "By Jane Doe\n"
            + "May 17, 2024\n"
            + "The harbour authority approved the new ferry timetable on Tuesday, adding three evening crossings to the island route.\n"
            + "Officials said the change follows a year of complaints from commuters who missed the last boat after late shifts at the port.\n"
            + "The first extra sailing leaves at nine o'clock next Monday, and tickets go on sale at the terminal from Friday morning.\n"
            + "Share this article\n"
            + "© 2024 Harbour Gazette. All rights reserved.\n";

        [Fact]
        public void HeadlineBylineAndDatelineBecomeMetadataNotText()
        {
            Article a = Extract(ScrapedStory, AsText);

            Assert.Equal("text-classifier", a.Strategy);
            Assert.Equal(InputFormat.Text, a.InputFormat);
            Assert.Equal("Ferry timetable gains three evening crossings", a.Title);
            Assert.Equal(new[] { "Jane Doe" }, a.Authors);
            Assert.Equal(new DateTimeOffset(2024, 5, 17, 0, 0, 0, TimeSpan.Zero), a.Published);
            Assert.False(a.PublishedHasTime);
            Assert.StartsWith(Story[0], a.Text, StringComparison.Ordinal);
            Assert.Contains(Story[2], a.Text);
            Assert.Equal(3, a.Paragraphs.Count);
        }

        [Fact]
        public void HeaderAndFooterLinesAreRemovedWithTheirReasons()
        {
            Article a = Extract(ScrapedStory, AsText);

            Assert.DoesNotContain("By Jane Doe", a.Text);
            Assert.DoesNotContain("Share this article", a.Text);
            Assert.DoesNotContain("All rights reserved", a.Text);
            Assert.DoesNotContain("Weather", a.Text);
            Assert.Contains(a.Removed, r => r.Reason == RemovalReason.Byline && r.Text == "By Jane Doe");
            Assert.Contains(a.Removed, r => r.Reason == RemovalReason.Dateline && r.Text == "May 17, 2024");
            Assert.Contains(a.Removed, r => r.Reason == RemovalReason.Title);
            Assert.Contains(a.Removed, r => r.Reason == RemovalReason.Copyright);
        }

        [Fact]
        public void AnAgencyDatelineOpeningTheLeadStaysInTheText()
        {
            string text = "PORTSMOUTH, England (Reuters) - " + Story[0] + "\n" + Story[1] + "\n";

            Article a = Extract(text, AsText);

            Assert.StartsWith("PORTSMOUTH, England (Reuters) - The harbour authority", a.Text, StringComparison.Ordinal);
            Assert.Contains(Story[1], a.Text);
        }

        [Fact]
        public void AShortNotePipedInAloneIsKept()
        {
            Article a = Extract("Just one short line of text.", AsText);

            Assert.Equal("Just one short line of text.", a.Text);
        }

        [Fact]
        public void AutoReadsPlainTextAsText()
        {
            Article a = Extract(ScrapedStory);

            Assert.Equal(InputFormat.Text, a.InputFormat);
            Assert.Equal("Ferry timetable gains three evening crossings", a.Title);
        }
    }
}
