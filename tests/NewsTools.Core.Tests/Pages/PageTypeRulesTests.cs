using System.Linq;
using System.Text;
using NewsTools.Pages;
using Xunit;
using static NewsTools.Core.Tests.Pages;

namespace NewsTools.Core.Tests.PageTypes
{
    /// <summary>
    /// The page-type rules added for issue 20's second pass (landing pages, front pages of posts, product markup on stories and
    /// grids, lists of buy buttons, signed manuals, pages of no kind), each on a small page written for it through the public API.
    /// Each test fails without its rule: the page then takes the type the comment names.
    /// </summary>
    public class PageTypeRulesTests
    {
        private const string Signed = "<meta name=\"author\" content=\"Jane Doe\"><meta property=\"article:published_time\" content=\"2025-03-04\">";

        /// <summary>Blocks of a landing page: a heading, one short paragraph and a button each.</summary>
        private static string LandingBlocks(params string[] buttons)
        {
            var sb = new StringBuilder("<h1>Payroll that runs itself</h1>");
            for (int i = 0; i < buttons.Length; i++)
            {
                sb.Append("<div class=\"block\"><h2>Feature " + i + "</h2><p>" + Story[i] + "</p><a class=\"btn\" href=\"/go/" + i + "\">" + buttons[i] + "</a></div>");
            }
            return sb.ToString();
        }

        [Fact]
        public void ShortBlocksWithCallsToActionMakeALandingPage()
        {
            // Without the rule: "default" Article (no date, no author, too few sections and headings for the sections rule).
            var (type, evidence) = Classify(Page("", LandingBlocks("Get started", "Request a demo", "Learn more", "See pricing", "Talk to sales", "Start free trial")),
                "https://www.example.com/payroll/");
            Assert.Equal(PageType.Service, type);
            Assert.Equal("structure:calls to action 6, paragraph run 1", evidence);
        }

        [Fact]
        public void AStoryWithButtonsKeepsItsRunOfProse()
        {
            // The same buttons beside a story's run of paragraphs in one container: still an article.
            var (type, _) = Classify(Page("", "<article>" + Paragraphs(0, 7) + "</article>" + LandingBlocks("Get started", "Request a demo", "Learn more", "See pricing", "Talk to sales", "Start free trial")),
                "https://www.example.com/payroll/");
            Assert.Equal(PageType.Article, type);
        }

        [Fact]
        public void FewCallsToActionAreNoLandingPage()
        {
            var (type, _) = Classify(Page("", LandingBlocks("Get started", "Read the report", "Learn more")), "https://www.example.com/payroll/");
            Assert.Equal(PageType.Article, type);
        }

        [Fact]
        public void PostsOnAFrontPageMakeAListing()
        {
            // A blog's home: dated, signed teasers in a row. Without the rule: a Forum (structure:posts).
            var sb = new StringBuilder("<h1>The Harbour Blog</h1>");
            for (int i = 0; i < 4; i++)
            {
                sb.Append("<div class=\"post\"><h2><a href=\"/p/" + i + "\">Ferry notes " + i + "</a></h2><span class=\"post-author\">jane</span><time datetime=\"2025-01-0" + (i + 1) + "\">Jan " + (i + 1) + "</time><p>" + Story[i] + "</p></div>");
            }
            var (type, evidence) = Classify(Page("", sb.ToString()), "https://blog.example.com/");
            Assert.Equal(PageType.Listing, type);
            Assert.Equal("url:front page, posts 4", evidence);
        }

        [Fact]
        public void ProductMarkupOnASignedStoryIsAStory()
        {
            // A buying guide marks up what it reviews. Without the rule: Product (json-ld:Product).
            var (type, _) = Classify(Page(Signed + "<script type=\"application/ld+json\">{\"@type\":\"Product\",\"name\":\"Kettle\"}</script>", "<h1>The best kettles</h1>" + Paragraphs(0, 6)),
                "https://www.example.com/reviews/best-electric-kettles-for-small-kitchens/");
            Assert.Equal(PageType.Article, type);
        }

        [Fact]
        public void ProductMarkupUnderOgArticleOnASignedPageIsAStory()
        {
            // The same guide at a short address, declared og:type article. Without the og:type clause: Product (json-ld:Product).
            var (type, _) = Classify(Page(Signed + "<meta property=\"og:type\" content=\"article\"><script type=\"application/ld+json\">{\"@type\":\"Product\",\"name\":\"Kettle\"}</script>", "<h1>The best kettles</h1>" + Paragraphs(0, 6)),
                "https://www.example.com/best-kettles/");
            Assert.Equal(PageType.Article, type);
        }

        [Fact]
        public void ProductMarkupOverAGridOfCardsIsACollection()
        {
            // Without the rule: Product ("json-ld:Product, cards 24").
            var sb = new StringBuilder("<h1>Kettles</h1><div class=\"grid\">");
            for (int i = 0; i < 24; i++)
            {
                sb.Append("<div class=\"tile\"><a href=\"/kettle-" + i + "\"><img src=\"/k" + i + ".jpg\" alt=\"\"><h3>Kettle model " + i + "</h3></a></div>");
            }
            var (type, evidence) = Classify(Page("<script type=\"application/ld+json\">{\"@type\":\"Product\",\"name\":\"Kettle model 0\"}</script>", sb.Append("</div>").ToString()));
            Assert.Equal(PageType.Collection, type);
            Assert.Equal("json-ld:Product, cards 24", evidence);
        }

        [Fact]
        public void ManyBuyButtonsMakeACollection()
        {
            // A price list with a button per row, no card grid. Without the rule: Product (structure:buy buttons).
            var sb = new StringBuilder("<h1>Garden tools</h1><table>");
            for (int i = 0; i < 5; i++)
            {
                sb.Append("<tr><td>Spade number " + i + "</td><td>$" + (20 + i) + ".00</td><td><button>Add to cart</button></td></tr>");
            }
            var (type, evidence) = Classify(Page("", sb.Append("</table>").ToString()));
            Assert.Equal(PageType.Collection, type);
            Assert.Equal("structure:buy buttons 5, prices 5", evidence);
        }

        [Fact]
        public void ASignedReviewWithABuyButtonIsAStory()
        {
            // Without the story guard: Product (structure:buy buttons 1).
            var (type, _) = Classify(Page(Signed, "<h1>Kettle review</h1>" + Paragraphs(0, 5) + "<p class=\"deal\"><span>$39.00</span> <a href=\"/go\">Buy now</a></p>"));
            Assert.Equal(PageType.Article, type);
        }

        [Fact]
        public void ASignedManualPageAtADocsAddressIsDocumentation()
        {
            // Manuals carry an author meta tag. Without the rule: Article ("default").
            var (type, evidence) = Classify(Page("<meta name=\"author\" content=\"Docs Team\">", "<h1>Retries</h1>" + Paragraphs(0, 3)), "https://example.dev/docs/retries");
            Assert.Equal(PageType.Documentation, type);
            Assert.Equal("url:/docs/", evidence);
        }

        [Fact]
        public void ASignedStoryAtADocsLikeAddressStaysAStory()
        {
            var (type, _) = Classify(Page(Signed, "<h1>Retries</h1>" + Paragraphs(0, 5)), "https://example.com/guides/how-we-cut-our-ferry-queue-times-in-half/");
            Assert.Equal(PageType.Article, type);
        }

        [Fact]
        public void AnErrorPageIsOther()
        {
            var (type, evidence) = Classify(Page("<title>Page not found | Example News</title>", "<h1>Sorry, we could not find that page</h1><p>Try the search box or the front page.</p>"));
            Assert.Equal(PageType.Other, type);
            Assert.StartsWith("title:", evidence);
        }

        [Fact]
        public void ALoginPageIsOther()
        {
            var (type, evidence) = Classify(Page("<title>Members</title>", "<h1>Members</h1><form><input name=\"user\"><input type=\"password\" name=\"pw\"><button>Go</button></form><p>Forgot your password?</p>"));
            Assert.Equal(PageType.Other, type);
            Assert.Equal("structure:login form", evidence);
        }

        [Fact]
        public void AShortDatedStoryWithALoginBoxStaysAStory()
        {
            var (type, _) = Classify(Page(Signed + "<title>Ferry times change</title>", "<form><input name=\"user\"><input type=\"password\" name=\"pw\"></form><h1>Ferry times change</h1>" + Paragraphs(0, 1)));
            Assert.Equal(PageType.Article, type);
        }

        [Fact]
        public void AStoryAboutErrorsIsNoErrorPage()
        {
            // A title that names an error, on a page longer than an error page's few lines: the length rule keeps it a story.
            var (type, _) = Classify(Page("<title>Why the 404 page matters</title>", "<h1>Why the 404 page matters</h1><article>" + Paragraphs(0, 11) + Paragraphs(0, 11) + Paragraphs(0, 11) + "</article>"));
            Assert.NotEqual(PageType.Other, type);
        }

        [Fact]
        public void DecideOnFeatures()
        {
            var f = new PageFeatures { CallsToAction = 6, ParagraphRun = 4, Text = 5000 };
            Assert.Equal(PageType.Service, PageTypeClassifier.Decide(f, out _));
            f.ParagraphRun = 5;
            Assert.Equal(PageType.Article, PageTypeClassifier.Decide(f, out _));
        }
    }
}
