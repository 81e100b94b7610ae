using System.Linq;
using Xunit;
using static NewsTools.Core.Tests.Pages;

namespace NewsTools.Core.Tests.Hostile
{
    /// <summary>
    /// Issue 15: the JSON-LD articleBody fallback reads the body of the page's own item (the one whose headline or
    /// URL is the page's), never the longest body in the graph.
    /// </summary>
    public class JsonLdBodyChoiceTests
    {
        private static readonly string LongRelated = string.Join(" ", Enumerable.Range(0, 30).Select(i =>
            "The related story about the mountain railway, paragraph " + i + ", describes the new rack engines and the timetable for the winter season."));

        private const string MainBody = "The harbour authority approved the new ferry timetable on Tuesday, adding three evening crossings. "
            + "Officials said the change follows a year of complaints from commuters who missed the last boat after late shifts at the port. "
            + "The first extra sailing leaves at nine o'clock next Monday, and tickets go on sale at the terminal from Friday morning. "
            + "Local councillors welcomed the decision but warned that parking near the pier is already full on most weekday evenings.";

        private static string Page(bool relatedFirst, string mainHeadline = "Evening ferries added to the island route")
        {
            string main = "{\"@type\":\"NewsArticle\",\"headline\":\"" + mainHeadline + "\",\"url\":\"https://example.com/news/ferry\",\"articleBody\":\"" + MainBody + "\"}";
            string related = "{\"@type\":\"NewsArticle\",\"headline\":\"Rack railway gets new engines\",\"url\":\"https://example.com/news/railway\",\"articleBody\":\"" + LongRelated + "\"}";
            string graph = relatedFirst ? related + "," + main : main + "," + related;
            // A script-rendered page: the markup holds only the headline, the story is in JSON-LD.
            return "<html><head><title>Evening ferries added to the island route</title>"
                + "<link rel=\"canonical\" href=\"https://example.com/news/ferry\">"
                + "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@graph\":[" + graph + "]}</script>"
                + "</head><body><div id=\"app\"><h1>Evening ferries added to the island route</h1></div></body></html>";
        }

        [Theory]
        [InlineData(true)]
        [InlineData(false)]
        public void TheMainItemsShortBodyIsTakenNotTheLongRelatedOne(bool relatedFirst)
        {
            Article a = Extract(Page(relatedFirst));
            Assert.Equal("json-ld", a.Strategy);
            Assert.Contains("three evening crossings", a.Text);
            Assert.DoesNotContain("rack engines", a.Text);
        }

        [Fact]
        public void WithNoItemTiedToThePageNoBodyIsTaken()
        {
            // Two articles, neither the page's (other URLs, other headlines): no body rather than a wrong one.
            string html = "<html><head><title>Front page</title>"
                + "<script type=\"application/ld+json\">[{\"@type\":\"NewsArticle\",\"headline\":\"Rack railway gets new engines\",\"url\":\"https://example.com/news/railway\",\"articleBody\":\"" + LongRelated + "\"},"
                + "{\"@type\":\"NewsArticle\",\"headline\":\"Another teaser\",\"url\":\"https://example.com/news/other\",\"articleBody\":\"" + MainBody + "\"}]</script>"
                + "</head><body><h1>Front page</h1></body></html>";
            Article a = new ArticleExtractor().Extract(new ArticleInput(html, "test", "https://example.com/")).Article!;
            Assert.NotEqual("json-ld", a.Strategy);
            Assert.DoesNotContain("rack engines", a.Text);
        }
    }
}
