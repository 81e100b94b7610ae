using System.Linq;
using Xunit;

namespace NewsTools.Core.Tests.Output
{
    /// <summary>The content fingerprints: what they ignore, how near copies compare, and that the algorithm stays put.</summary>
    public class FingerprintTests
    {
        private const string Story =
            "The harbour board changed the winter ferry timetable on Tuesday, adding two early sailings for commuters. " +
            "Commuters had asked for an earlier boat for years, and the board said the new sailings would start next month. " +
            "The first boat will leave the north pier at 5.45am on weekdays, and a second will follow at 6.30am. " +
            "Fares stay the same until April, when the board will review them with the council. " +
            "The operator said it had hired four crew members to run the extra sailings through the winter. " +
            "Passenger groups welcomed the change but said weekend services were still too thin.";

        private const string OtherStory =
            "The city library will close for three weeks in March while its heating system is replaced. " +
            "Readers can return books at the community centre, and the mobile library will visit each district twice a week. " +
            "The council said the work could not wait until summer because the old boiler failed twice in January.";

        [Fact]
        public void TheAlgorithmIsPinned()
        {
            // Changing the tokens, shingles or hash changes every stored fingerprint: this value must never move.
            Assert.Equal("0000000000000000", Fingerprint.Of(""));
            Assert.Equal(PinnedStory, Fingerprint.Of(Story));
        }

        private const string PinnedStory = "3010edcd9fe46776";

        [Fact]
        public void CaseSpacingAndPunctuationMakeNoDifference()
        {
            string variant = Story.ToUpperInvariant().Replace(" ", "   \n").Replace(",", " ;");
            Assert.Equal(Fingerprint.Of(Story), Fingerprint.Of(variant));
            Assert.Equal(Fingerprint.ContentHash(Story), Fingerprint.ContentHash(variant));
        }

        [Fact]
        public void ACopyWithoutItsLastParagraphIsNearAndAnotherStoryIsFar()
        {
            string cut = Story.Substring(0, Story.LastIndexOf("Passenger", System.StringComparison.Ordinal));
            string edited = Story.Replace("four crew members", "five new crew members");
            Assert.True(Fingerprint.Similarity(Fingerprint.Of(Story), Fingerprint.Of(cut)) >= 0.85);
            Assert.True(Fingerprint.Similarity(Fingerprint.Of(Story), Fingerprint.Of(edited)) >= 0.85);
            Assert.True(Fingerprint.Similarity(Fingerprint.Of(Story), Fingerprint.Of(OtherStory)) < 0.7);
            Assert.NotEqual(Fingerprint.ContentHash(Story), Fingerprint.ContentHash(edited));
        }

        [Fact]
        public void LoneSurrogatesAreNoTokensAndNeverThrow()
        {
            Assert.Equal(Fingerprint.Of("harbour ferry timetable"), Fingerprint.Of("harbour \uD800ferry\uDC00 timetable"));
            Assert.Equal(Fingerprint.ContentHash("harbour ferry"), Fingerprint.ContentHash("harbour\uDBFF ferry"));
        }

        [Fact]
        public void HanTextIsShingledByCharacter()
        {
            string zh = "港务局周二调整了冬季渡轮时刻表，为通勤者增加了两班早班船。通勤者多年来一直要求提前开船，港务局表示新班次将于下月开始。";
            string zhCut = zh.Substring(0, zh.Length - 6);
            Assert.True(Fingerprint.Similarity(Fingerprint.Of(zh), Fingerprint.Of(zhCut)) >= 0.85);
            Assert.NotEqual("0000000000000000", Fingerprint.Of(zh));
        }

        [Fact]
        public void EveryArticleCarriesItsFingerprints()
        {
            var article = new ArticleExtractor().Extract(new ArticleInput("<html><body><article><p>" + Story + "</p></article></body></html>", "test")).Article!;
            Assert.Equal(Fingerprint.Of(article.Text), article.Fingerprint);
            Assert.Equal(Fingerprint.ContentHash(article.Text), article.ContentHash);
            Assert.Equal(16, article.Fingerprint.Length);
        }
    }
}
