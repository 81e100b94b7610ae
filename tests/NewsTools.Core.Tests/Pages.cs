using System.Linq;

namespace NewsTools.Core.Tests
{
    /// <summary>
    /// Hand-written pieces of small test pages and the public entry point they go through. The strategy tests
    /// use only <see cref="ArticleExtractor"/>, so they survive the split and renaming of the Html classes.
    /// </summary>
    internal static class Pages
    {
        /// <summary>Twelve distinct story paragraphs of prose (each 100-130 characters).</summary>
        public static readonly string[] Story =
        {
            "The harbour authority approved the new ferry timetable on Tuesday, adding three evening crossings to the island route.",
            "Officials said the change follows a year of complaints from commuters who missed the last boat after late shifts at the port.",
            "The first extra sailing leaves at nine o'clock next Monday, and tickets go on sale at the terminal from Friday morning.",
            "Local councillors welcomed the decision but warned that parking near the pier is already full on most weekday evenings.",
            "The operator will review passenger numbers in the autumn and may add a weekend service if demand holds up through the summer.",
            "Fares for the new crossings will match the daytime prices, although season tickets bought before June will not cover them.",
            "A spokesman for the ferry company said two extra crew members would be hired to keep the boats running late into the night.",
            "Residents of the island have campaigned for a later boat since the old night service was cut during the fuel crisis of 2012.",
            "The harbour master said the quay lights, which are switched off at ten, would stay on until the last boat has been unloaded.",
            "Bus operators on the mainland are expected to publish matching timetables for the connecting routes before the end of May.",
            "Tourism officials hope the later crossings will persuade more visitors to stay for dinner on the island before heading home.",
            "The trial period runs until October, when the authority will decide whether the evening service becomes a permanent feature.",
        };

        /// <summary>Story paragraphs <paramref name="from"/> to <paramref name="to"/> (inclusive) as &lt;p&gt; elements.</summary>
        public static string Paragraphs(int from, int to)
            => string.Concat(Story.Skip(from).Take(to - from + 1).Select(p => "<p>" + p + "</p>\n"));

        /// <summary>A site menu as a classed list (removed by the cleaner's name rules).</summary>
        public const string Menu = "<ul class=\"menu\"><li><a href=\"/\">Home</a></li><li><a href=\"/news\">News</a></li><li><a href=\"/sport\">Sport</a></li></ul>\n";

        /// <summary>A page of the given head and body markup.</summary>
        public static string Page(string head, string body) => "<html><head>" + head + "</head><body>" + body + "</body></html>";

        /// <summary>The page type of an HTML page (cleaned through the public API) and its "PageType" metadata source.</summary>
        public static (PageType Type, string Evidence) Classify(string html, string? url = null)
        {
            var extractor = new ArticleExtractor(new ExtractionOptions { InputFormat = InputFormat.Html });
            ExtractionResult r = extractor.Extract(new ArticleInput(html, "test", url));
            Xunit.Assert.NotNull(r.Article);
            return (r.Article!.PageType, r.Article.MetadataSources.Single(s => s.Field == "PageType").Source);
        }

        /// <summary>Cleans a document with the given options through the public API; fails the test if no article comes back.</summary>
        public static Article Extract(string content, ExtractionOptions? options = null)
        {
            ExtractionResult result = new ArticleExtractor(options).Extract(new ArticleInput(content, "test", "https://example.com/news/ferry"));
            Xunit.Assert.Equal(ExtractionFailure.None, result.Failure);
            Xunit.Assert.NotNull(result.Article);
            return result.Article!;
        }
    }
}
