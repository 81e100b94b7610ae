using System;
using System.Linq;
using System.Text;
using NewsTools.Pages;
using Xunit;
using static NewsTools.Core.Tests.Pages;

namespace NewsTools.Core.Tests.PageTypes
{
    /// <summary>
    /// The page-type rules, each on a small page written for it (through the public API: Article.PageType and the
    /// "PageType" metadata source) or on hand-made features (PageTypeClassifier.Decide). Each test names the rule it
    /// would fail without.
    /// </summary>
    public class PageTypeClassifierTests
    {
        private static string Cards(int n, bool priced, string cls = "card")
        {
            var sb = new StringBuilder("<div class=\"grid\">");
            for (int i = 0; i < n; i++)
            {
                sb.Append("<div class=\"" + cls + "\"><a href=\"/item-" + i + "\"><img src=\"/i" + i + ".jpg\" alt=\"\"><h3>Item number " + i + " title</h3></a>");
                if (priced) sb.Append("<span class=\"amount\">$" + (10 + i) + ".99</span>");
                sb.Append("</div>");
            }
            return sb.Append("</div>").ToString();
        }

        [Fact]
        public void JsonLdDiscussionForumPostingIsAForum()
        {
            var (type, evidence) = Classify(Page("<script type=\"application/ld+json\">{\"@type\":\"DiscussionForumPosting\",\"headline\":\"Ferry question\"}</script>", Paragraphs(0, 3)));
            Assert.Equal(PageType.Forum, type);
            Assert.Equal("json-ld:DiscussionForumPosting", evidence);
        }

        [Fact]
        public void AFaqsQuestionsDoNotMakeAForum()
        {
            // FAQPage puts its Questions under mainEntity (the page's own objects): a business page, not a thread.
            var (type, _) = Classify(Page("<script type=\"application/ld+json\">{\"@type\":\"FAQPage\",\"mainEntity\":[{\"@type\":\"Question\",\"name\":\"Do you deliver?\"}]}</script>", Paragraphs(0, 5)));
            Assert.NotEqual(PageType.Forum, type);
        }

        [Fact]
        public void ForumPathWordsMakeAForum()
        {
            var (type, evidence) = Classify(Page("", Paragraphs(0, 3)), "https://community.example.org/t/ferry-times-changed/4412");
            Assert.Equal(PageType.Forum, type);
            Assert.StartsWith("url:", evidence);
        }

        [Fact]
        public void AnEncyclopediaTopicIsNoForum()
        {
            // /topic/slug (a subject page) is not /topic/123 (a thread).
            var (type, _) = Classify(Page("<meta property=\"og:type\" content=\"article\">", Paragraphs(0, 6)), "https://www.example.org/topic/history-of-coffee");
            Assert.Equal(PageType.Article, type);
        }

        [Fact]
        public void PostsInARowMakeAForum()
        {
            var sb = new StringBuilder("<h1>Ferry question</h1>");
            for (int i = 0; i < 4; i++)
            {
                sb.Append("<div class=\"post\"><div class=\"post-author\">user" + i + "</div><time datetime=\"2025-01-0" + (i + 1) + "\">Jan " + (i + 1) + "</time><div class=\"message\"><p>" + Story[i] + "</p></div></div>");
            }
            var (type, evidence) = Classify(Page("", sb.ToString()));
            Assert.Equal(PageType.Forum, type);
            Assert.Equal("structure:posts 4", evidence);
        }

        [Fact]
        public void ACommentThreadUnderAStoryStaysAnArticle()
        {
            var sb = new StringBuilder("<article><h1>Ferry timetable</h1>" + Paragraphs(0, 5) + "</article><ol class=\"comments\">");
            for (int i = 0; i < 5; i++)
            {
                sb.Append("<li class=\"comment\"><span class=\"comment-author\">reader" + i + "</span><time datetime=\"2025-01-0" + (i + 1) + "\">Jan " + (i + 1) + "</time><div class=\"comment-body\"><p>" + Story[i] + "</p></div></li>");
            }
            var (type, _) = Classify(Page("<meta property=\"og:type\" content=\"article\"><meta name=\"author\" content=\"Jane Doe\"><meta property=\"article:published_time\" content=\"2025-01-01\">", sb.Append("</ol>").ToString()));
            Assert.Equal(PageType.Article, type);
        }

        [Fact]
        public void DeclaredProductIsAProduct()
        {
            var (type, evidence) = Classify(Page("<script type=\"application/ld+json\">{\"@type\":\"Product\",\"name\":\"Kettle\"}</script>", "<h1>Kettle</h1>" + Paragraphs(0, 1)));
            Assert.Equal(PageType.Product, type);
            Assert.Equal("json-ld:Product", evidence);
        }

        [Fact]
        public void OgProductIsAProduct()
        {
            var (type, evidence) = Classify(Page("<meta property=\"og:type\" content=\"product\">", "<h1>Kettle</h1>" + Paragraphs(0, 1)));
            Assert.Equal(PageType.Product, type);
            Assert.Equal("og:product", evidence);
        }

        [Fact]
        public void AGridOfDeclaredProductsIsACategory()
        {
            // A category that marks up each item as a Product is a grid, not one product: og:type product.group.
            var (type, evidence) = Classify(Page("<meta property=\"og:type\" content=\"product.group\">", "<h1>Kettles</h1>" + Cards(24, priced: true)));
            Assert.Equal(PageType.Collection, type);
            Assert.StartsWith("og:product.group", evidence);
        }

        [Fact]
        public void BuyButtonAndPriceMakeAProduct()
        {
            var (type, evidence) = Classify(Page("", "<h1>Kettle</h1><span>£39.00</span><button>Add to cart</button>" + Paragraphs(0, 1)));
            Assert.Equal(PageType.Product, type);
            Assert.StartsWith("structure:buy buttons 1", evidence);
        }

        [Fact]
        public void BuyPhrasesInOtherLanguages()
        {
            var (type, _) = Classify(Page("", "<h1>Wasserkocher</h1><span>39,00 €</span><button>In den Warenkorb</button>" + Paragraphs(0, 1)));
            Assert.Equal(PageType.Product, type);
        }

        [Fact]
        public void PricedCardsMakeACollection()
        {
            var (type, evidence) = Classify(Page("", "<h1>Kettles</h1>" + Cards(8, priced: true)));
            Assert.Equal(PageType.Collection, type);
            Assert.Equal("structure:priced cards 8", evidence);
        }

        [Fact]
        public void CardsWithoutPricesMakeAListing()
        {
            var (type, evidence) = Classify(Page("", "<h1>Local news</h1>" + Cards(12, priced: false)));
            Assert.Equal(PageType.Listing, type);
            Assert.Equal("structure:cards 12", evidence);
        }

        [Fact]
        public void ADatedSignedStoryWithRelatedCardsStaysAnArticle()
        {
            var (type, _) = Classify(Page("<meta name=\"author\" content=\"Jane Doe\"><meta property=\"article:published_time\" content=\"2025-01-01\">",
                "<h1>Ferry timetable</h1>" + Paragraphs(0, 2) + "<aside>" + Cards(12, priced: false, "related-card") + "</aside>"));
            Assert.Equal(PageType.Article, type);
        }

        [Fact]
        public void CodeBlocksOnAnUnsignedPageMakeDocumentation()
        {
            string code = "<pre><code>client = Client(url, retry=policy)\nclient.get(\"/items\")\nclient.close()</code></pre>";
            var (type, evidence) = Classify(Page("", "<h1>Retries</h1><p>Every client retries failed requests.</p>" + code + code + code));
            Assert.Equal(PageType.Documentation, type);
            Assert.StartsWith("structure:code", evidence);
        }

        [Fact]
        public void ASignedTutorialWithCodeStaysAnArticle()
        {
            string code = "<pre><code>client = Client(url, retry=policy)\nclient.get(\"/items\")\nclient.close()</code></pre>";
            var (type, _) = Classify(Page("<meta name=\"author\" content=\"Jane Doe\"><meta property=\"article:published_time\" content=\"2025-01-01\">",
                "<h1>Retries</h1>" + Paragraphs(0, 3) + code + code + code));
            Assert.Equal(PageType.Article, type);
        }

        [Fact]
        public void TechArticleIsDocumentation()
        {
            var (type, evidence) = Classify(Page("<script type=\"application/ld+json\">{\"@type\":\"TechArticle\",\"headline\":\"Retries\"}</script>", Paragraphs(0, 3)));
            Assert.Equal(PageType.Documentation, type);
            Assert.Equal("json-ld:TechArticle", evidence);
        }

        [Fact]
        public void DocsPathIsDocumentation()
        {
            var (type, evidence) = Classify(Page("", "<h1>Retries</h1>" + Paragraphs(0, 3)), "https://example.dev/docs/retries");
            Assert.Equal(PageType.Documentation, type);
            Assert.Equal("url:/docs/", evidence);
        }

        [Fact]
        public void LocalBusinessIsAService()
        {
            var (type, evidence) = Classify(Page("<script type=\"application/ld+json\">{\"@type\":\"Electrician\",\"name\":\"Spark Ltd\"}</script>", "<h1>Electricians</h1>" + Paragraphs(0, 2)));
            Assert.Equal(PageType.Service, type);
            Assert.Equal("json-ld:Electrician", evidence);
        }

        [Fact]
        public void ServicesPathIsAService()
        {
            var (type, evidence) = Classify(Page("", "<h1>Consulting</h1>" + Paragraphs(0, 2)), "https://www.example.com/services/consulting/");
            Assert.Equal(PageType.Service, type);
            Assert.Equal("url:/services/", evidence);
        }

        [Fact]
        public void AFrontPageIsAService()
        {
            var (type, evidence) = Classify(Page("", "<h1>We build boats</h1>" + Paragraphs(0, 2)), "https://www.example.com/");
            Assert.Equal(PageType.Service, type);
            Assert.Equal("url:front page", evidence);
        }

        [Fact]
        public void AStoryWithoutMarkersStaysAnArticle()
        {
            var (type, evidence) = Classify(Page("", "<article><h1>Ferry timetable</h1>" + Paragraphs(0, 6) + "</article>"));
            Assert.Equal(PageType.Article, type);
            Assert.Equal("default", evidence);
        }

        [Fact]
        public void ADatedStoryAddressStaysAnArticle()
        {
            var (type, evidence) = Classify(Page("", "<h1>Ferry timetable</h1>" + Paragraphs(0, 6)), "https://news.example.com/2025/01/02/ferry-timetable/");
            Assert.Equal(PageType.Article, type);
            Assert.StartsWith("url:/2025/01/", evidence);
        }

        [Fact]
        public void TheHintSkipsClassification()
        {
            var extractor = new ArticleExtractor(new ExtractionOptions { InputFormat = InputFormat.Html, PageTypeHint = PageType.Forum });
            Article a = extractor.Extract(new ArticleInput(Page("<script type=\"application/ld+json\">{\"@type\":\"Product\"}</script>", Paragraphs(0, 3)), "test", null)).Article!;
            Assert.Equal(PageType.Forum, a.PageType);
        }

        [Fact]
        public void DecideReadsOnlyFeatures()
        {
            // The rules on hand-made features: a list declared by JSON-LD with prices is a shop's category, without a listing.
            var f = new PageFeatures();
            f.OwnTypes.Add("CollectionPage");
            Assert.Equal(PageType.Listing, PageTypeClassifier.Decide(f, out string e1));
            Assert.Equal("json-ld:CollectionPage", e1);
            f.Prices = 12;
            Assert.Equal(PageType.Collection, PageTypeClassifier.Decide(f, out string e2));
            Assert.Equal("json-ld:CollectionPage, prices 12", e2);
        }

        [Fact]
        public void ListingByTimesAndArticles()
        {
            var f = new PageFeatures { Times = 8 };
            Assert.Equal(PageType.Listing, PageTypeClassifier.Decide(f, out string e));
            Assert.StartsWith("structure:items", e);
        }

        [Fact]
        public void LandingPageShape()
        {
            var f = new PageFeatures { Sections = 9, Headings = 14, LongParagraphs = 3 };
            Assert.Equal(PageType.Service, PageTypeClassifier.Decide(f, out string e));
            Assert.StartsWith("structure:sections 9", e);
            f.HasDate = true;
            Assert.Equal(PageType.Article, PageTypeClassifier.Decide(f, out _));
        }

        [Fact]
        public void APageOfLinksIsAListing()
        {
            var f = new PageFeatures { Text = 1000, LinkText = 800, ParaText = 100 };
            Assert.Equal(PageType.Listing, PageTypeClassifier.Decide(f, out string e));
            Assert.Equal("structure:links 0.80", e);
        }
    }
}
