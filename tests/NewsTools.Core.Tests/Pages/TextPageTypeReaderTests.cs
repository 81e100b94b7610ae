using System.Linq;
using System.Text;
using Xunit;
using static NewsTools.Core.Tests.Pages;

namespace NewsTools.Core.Tests.PageTypes
{
    /// <summary>Text mode's page types (TextPageTypeReader through TextCleaner): conservative, a scraped story stays an article.</summary>
    public class TextPageTypeReaderTests
    {
        private static readonly string[] Headlines =
        {
            "Council approves new cycle lanes on the harbour road", "Storm warning lifted after a night of heavy rain",
            "Local bakery wins the regional bread award", "School meals to include more fresh vegetables",
            "Ferry timetable changes from next Monday", "Museum reopens its maritime gallery after repairs",
            "Volunteers plant two thousand trees along the river", "Hospital opens a new children's ward",
            "Night market returns to the old square", "Rail works close the northern line for a weekend",
            "Library extends opening hours during exams", "Fishing fleet reports its best season in a decade",
        };

        private static Article Clean(string text) =>
            new ArticleExtractor(new ExtractionOptions { InputFormat = InputFormat.Text }).Extract(new ArticleInput(text, "test", null)).Article!;

        private static string Evidence(Article a) => a.MetadataSources.Single(s => s.Field == "PageType").Source;

        [Fact]
        public void AColumnOfHeadlinesIsAListing()
        {
            var sb = new StringBuilder("Home\nLocal\nSport\n");
            for (int i = 0; i < Headlines.Length; i++) sb.Append(Headlines[i]).Append('\n').Append("May ").Append(10 + i).Append(", 2025\nRead more\n");
            Article a = Clean(sb.ToString());
            Assert.Equal(PageType.Listing, a.PageType);
            Assert.StartsWith("text:headlines 12", Evidence(a));
        }

        [Fact]
        public void AStoryWithHeadlinesAroundItStaysAnArticle()
        {
            var sb = new StringBuilder("Home\nLocal\nSport\n");
            foreach (string p in Story) sb.Append(p).Append('\n');
            for (int i = 0; i < Headlines.Length; i++) sb.Append(Headlines[i]).Append("\nRead more\n");
            Article a = Clean(sb.ToString());
            Assert.Equal(PageType.Article, a.PageType);
            Assert.Equal("text:default", Evidence(a));
        }

        [Fact]
        public void PostHeadersMakeAForum()
        {
            var sb = new StringBuilder("Ferry question\n");
            for (int i = 0; i < 4; i++) sb.Append("user").Append(i).Append(" wrote:\n").Append(Story[i]).Append("\n#").Append(i + 1).Append("\nReply\n");
            Article a = Clean(sb.ToString());
            Assert.Equal(PageType.Forum, a.PageType);
            Assert.StartsWith("text:post headers", Evidence(a));
        }

        [Fact]
        public void ReplyLinksUnderCommentsAloneMakeNoForum()
        {
            // A story's comment section: "Reply" under each comment, no author or count line.
            var sb = new StringBuilder();
            foreach (string p in Story) sb.Append(p).Append('\n');
            for (int i = 0; i < 8; i++) sb.Append("Nice piece, thanks for writing it up in such detail.\nReply\n");
            Assert.Equal(PageType.Article, Clean(sb.ToString()).PageType);
        }

        [Fact]
        public void CodeLinesMakeDocumentation()
        {
            var sb = new StringBuilder("Configuring retries\nEvery client retries failed requests with an exponential back-off.\n");
            for (int i = 0; i < 10; i++) sb.Append("client.set_retry(").Append(i).Append(");\n");
            Article a = Clean(sb.ToString());
            Assert.Equal(PageType.Documentation, a.PageType);
            Assert.StartsWith("text:code lines", Evidence(a));
        }
    }
}
