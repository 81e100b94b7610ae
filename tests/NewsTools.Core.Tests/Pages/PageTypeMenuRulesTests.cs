using NewsTools.Pages;
using Xunit;
using static NewsTools.Core.Tests.Pages;

namespace NewsTools.Core.Tests.PageTypes
{
    /// <summary>
    /// The page-type rules of the third pass (TUNING.md, "Page types, third pass"): a page the site's menu links to, a title that
    /// names an offer, a front page of dated teasers, og:type product.group and a category path without prices. The measuring
    /// tests go through the public API (a page and its address); the rule tests use hand-made features.
    /// </summary>
    public class PageTypeMenuRulesTests
    {
        private const string Url = "https://www.northgate.example/roof-inspections/";

        private static string Sections(int n)
        {
            var sb = new System.Text.StringBuilder("<main><h1>Roof inspections</h1>");
            for (int i = 0; i < n; i++) sb.Append("<div class=\"block\"><h2>Part ").Append(i).Append("</h2><p>").Append(Story[i]).Append("</p></div>");
            return sb.Append("</main>").ToString();
        }

        private static string Head(string title) => "<title>" + title + "</title>";

        [Fact]
        public void AMenuLinkToThePageItselfMakesAService()
        {
            string nav = "<header><nav><a href=\"/\">Home</a><a href=\"/roof-inspections/\">Roof inspections</a><a href=\"/about/\">About</a></nav></header>";
            var (type, evidence) = Classify(Page(Head("Roof inspections"), nav + Sections(4)), Url);
            Assert.Equal(PageType.Service, type);
            Assert.Equal("structure:menu link 1, title:Roof inspections", evidence);
        }

        [Fact]
        public void SelfLinksAreCountedInNavAndFooterOnly()
        {
            // Counted: the nav (root-relative), role=navigation (absolute, without www and without the trailing slash), a footer
            // (by class name). Not counted: breadcrumbs inside the nav, a link inside the story, a link to another page.
            string body = "<header><nav><a href=\"/roof-inspections/\">Roof inspections</a>"
                + "<ol class=\"breadcrumb\"><li><a href=\"/roof-inspections/\">Roof inspections</a></li></ol><a href=\"/gutters/\">Gutters</a></nav></header>"
                + "<div role=\"navigation\"><a href=\"https://northgate.example/roof-inspections?ref=menu\">Inspections</a></div>"
                + Sections(4).Replace("</main>", "<p><a href=\"/roof-inspections/#prices\">see above</a></p></main>")
                + "<div class=\"site-footer\"><a href=\"/roof-inspections/\">Inspections</a></div>";
            var (type, evidence) = Classify(Page(Head("Roof inspections"), body), Url);
            Assert.Equal(PageType.Service, type);
            Assert.StartsWith("structure:menu link 3,", evidence);
        }

        [Fact]
        public void WithoutTheMenuLinkTheSamePageStaysAnArticle()
        {
            string nav = "<header><nav><a href=\"/\">Home</a><a href=\"/gutters/\">Gutters</a></nav></header>";
            var (type, evidence) = Classify(Page(Head("Roof inspections"), nav + Sections(4)), Url);
            Assert.Equal(PageType.Article, type);
            Assert.Equal("default", evidence);
        }

        [Fact]
        public void MenuRuleSparesHeadlinesAndRunsOfProse()
        {
            var f = new PageFeatures { HasUrl = true, UrlPath = "/pet-insurance/", SelfLinksInNav = 2, Title = "Pet Insurance" };
            Assert.Equal(PageType.Service, PageTypeClassifier.Decide(f, out string e));
            Assert.StartsWith("structure:menu link 2", e);
            f.Title = "How to choose pet insurance";
            Assert.Equal(PageType.Article, PageTypeClassifier.Decide(f, out _));
            f.Title = "Pet insurance: the basics";
            Assert.Equal(PageType.Article, PageTypeClassifier.Decide(f, out _));
            // A title of more than eight words is a headline or a paper's, not a section's name.
            f.Title = "Merging large language models with geometric constraints from the Fisher information";
            Assert.Equal(PageType.Article, PageTypeClassifier.Decide(f, out _));
            f.Title = "Finance and accounting talent that really counts";
            Assert.Equal(PageType.Service, PageTypeClassifier.Decide(f, out _));
            f.Title = "Pet cover";
            f.ParagraphRun = 16;
            Assert.Equal(PageType.Article, PageTypeClassifier.Decide(f, out _));
        }

        [Fact]
        public void AMenuPageOfManyDatesIsAListing()
        {
            var f = new PageFeatures { HasUrl = true, UrlPath = "/science/", SelfLinksInNav = 1, Title = "Science", DateTexts = 15 };
            Assert.Equal(PageType.Listing, PageTypeClassifier.Decide(f, out string e));
            Assert.Equal("structure:menu link, dates 15", e);
            f.DateTexts = 14;
            Assert.Equal(PageType.Service, PageTypeClassifier.Decide(f, out _));
        }

        [Fact]
        public void DatedTeasersAreCountedAsDates()
        {
            var sb = new System.Text.StringBuilder("<header><nav><a href=\"/science/\">Science</a></nav></header><main><h1>Science</h1>");
            string[] dates = { "May 4, 2025", "4 May 2025", "2025-05-04", "05/04/2025", "Sept. 12th, 2024" };
            for (int i = 0; i < 15; i++)
            {
                sb.Append("<div class=\"teaser\"><h3><a href=\"/science/s").Append(i).Append("\">Headline number ").Append(i).Append("</a></h3><span>")
                  .Append(dates[i % dates.Length]).Append("</span><p>").Append(Story[i % 12]).Append(' ').Append(Story[(i + 1) % 12]).Append("</p></div>");
            }
            var (type, evidence) = Classify(Page(Head("Science"), sb.Append("</main>").ToString()), "https://www.courier.example/science/");
            Assert.Equal(PageType.Listing, type);
            Assert.Equal("structure:menu link, dates 15", evidence);
        }

        [Fact]
        public void AnOfferTitleWithoutAStorySignalIsAService()
        {
            var f = new PageFeatures { Title = "Cybersecurity Consulting Services" };
            Assert.Equal(PageType.Service, PageTypeClassifier.Decide(f, out string e));
            Assert.Equal("title:Cybersecurity Consulting Services", e);
            f.Title = "Why consulting services fail";
            Assert.Equal(PageType.Article, PageTypeClassifier.Decide(f, out _));
            f.Title = "Cybersecurity Consulting Services";
            f.HasDate = true;
            f.HasAuthor = true;
            Assert.Equal(PageType.Article, PageTypeClassifier.Decide(f, out _));
        }

        [Fact]
        public void AFrontPageOfManyDatesIsAListing()
        {
            var f = new PageFeatures { HasUrl = true, UrlPath = "/", DateTexts = 10 };
            Assert.Equal(PageType.Listing, PageTypeClassifier.Decide(f, out string e));
            Assert.Equal("url:front page, dates 10", e);
            f.DateTexts = 4;
            Assert.Equal(PageType.Service, PageTypeClassifier.Decide(f, out string e2));
            Assert.Equal("url:front page", e2);
            // A blog theme marks its home up as an Article, dated: the dates still make it a list.
            f.DateTexts = 12;
            f.OwnTypes.Add("Article");
            f.HasDate = true;
            Assert.Equal(PageType.Listing, PageTypeClassifier.Decide(f, out string e3));
            Assert.Equal("url:front page, dates 12", e3);
        }

        [Fact]
        public void ProductGroupIsACollectionWithoutPrices()
        {
            var f = new PageFeatures { OgType = "product.group", Cards = 8 };
            Assert.Equal(PageType.Collection, PageTypeClassifier.Decide(f, out string e));
            Assert.Equal("og:product.group, prices 0", e);
        }

        [Fact]
        public void ACategoryPathWithoutPricesIsAListing()
        {
            var f = new PageFeatures { HasUrl = true, UrlPath = "/category/technology/", Cards = 8 };
            Assert.Equal(PageType.Listing, PageTypeClassifier.Decide(f, out string e));
            Assert.Equal("url:/category/t, cards 8, no prices", e);
            f.Prices = 8;
            f.PricedCards = 2;
            Assert.Equal(PageType.Collection, PageTypeClassifier.Decide(f, out _));
        }
        [Fact]
        public void ABuyingGuideWithPricedCardsStaysAStory()
        {
            // A dated, signed page under og:type article whose grid of priced products is its subject ("the 10 best deals").
            var f = new PageFeatures { Cards = 10, PricedCards = 9, Prices = 9, LongParagraphs = 6, HasDate = true, HasAuthor = true, OgType = "article" };
            Assert.Equal(PageType.Article, PageTypeClassifier.Decide(f, out _));
            f.OgType = "website";
            Assert.Equal(PageType.Collection, PageTypeClassifier.Decide(f, out string e));
            Assert.Equal("structure:priced cards 9", e);
        }

        [Fact]
        public void ADatedOgArticleIsNoListingByStructure()
        {
            // A short dated story under og:type article, with a grid of related-story cards and link-heavy menus.
            var f = new PageFeatures { Cards = 14, LongParagraphs = 2, Text = 6000, LinkText = 4800, HasDate = true, OgType = "article" };
            Assert.Equal(PageType.Article, PageTypeClassifier.Decide(f, out _));
            f.OgType = null;
            Assert.Equal(PageType.Listing, PageTypeClassifier.Decide(f, out string e));
            Assert.Equal("structure:cards 14", e);
        }

        [Fact]
        public void AnUnpricedProductNamedForAnOfferIsAService()
        {
            var f = new PageFeatures { Title = "AI Consulting Services" };
            f.OwnTypes.Add("Product");
            Assert.Equal(PageType.Service, PageTypeClassifier.Decide(f, out string e));
            Assert.Equal("json-ld:Product, no price, offer", e);
            f.Prices = 1;
            Assert.Equal(PageType.Product, PageTypeClassifier.Decide(f, out _));
            f.Prices = 0;
            f.Title = "Walnut desk organiser";
            Assert.Equal(PageType.Product, PageTypeClassifier.Decide(f, out _));
            f.HasUrl = true;
            f.UrlPath = "/solutions/retail/";
            Assert.Equal(PageType.Service, PageTypeClassifier.Decide(f, out _));
        }

        [Theory]
        [InlineData("/en/latest/user/quickstart.html", "url:/latest/")]
        [InlineData("/projects/tool/stable/guide/intro.html", "url:/stable/")]
        [InlineData("/en/5.1/topics/forms/", "url:/5.1/")]
        [InlineData("/book/en/v2/branching", "url:/v2/")]
        public void AVersionSegmentMakesAManual(string path, string expected)
        {
            var f = new PageFeatures { HasUrl = true, UrlPath = path, LongParagraphs = 8 };
            f.OwnTypes.Add("Article");
            Assert.Equal(PageType.Documentation, PageTypeClassifier.Decide(f, out string e));
            Assert.Equal(expected, e);
        }

        [Theory]
        [InlineData("/2025/05/04/ferry-times/")]
        [InlineData("/news/ferry-times-v2-announced")]
        public void AYearOrAWordIsNoVersionSegment(string path)
        {
            var f = new PageFeatures { HasUrl = true, UrlPath = path, LongParagraphs = 8 };
            Assert.Equal(PageType.Article, PageTypeClassifier.Decide(f, out _));
        }
    }
}
