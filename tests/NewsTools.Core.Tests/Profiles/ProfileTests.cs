using System.IO;
using System.Linq;
using NewsTools.Core.Tests.Hostile;
using Xunit;

namespace NewsTools.Core.Tests.Profiles
{
    /// <summary>
    /// The per-type extraction profiles (issue 20) on pages written for them (tests/fixtures/pagetypes-extract), each
    /// extracted with its type given as <see cref="ExtractionOptions.PageTypeHint"/> (the classifier is another stage).
    /// </summary>
    public class ProfileTests
    {
        private static Article Extract(string fixture, PageType type)
        {
            string html = File.ReadAllText(Path.Combine(HostilePages.FixturesRoot, "pagetypes-extract", fixture));
            return Pages.Extract(html, new ExtractionOptions { PageTypeHint = type });
        }

        /// <summary>Each snippet appears in the text after the one before it.</summary>
        private static void AssertInOrder(string text, params string[] snippets)
        {
            int at = 0;
            foreach (string s in snippets)
            {
                int found = text.IndexOf(s, at, System.StringComparison.Ordinal);
                Assert.True(found >= 0, "'" + s + "' missing (or out of order) in: " + text);
                at = found + s.Length;
            }
        }

        [Fact]
        public void AThreadKeepsEveryPostInOrderWithoutSignaturesOrReplyButtons()
        {
            Article a = Extract("forum-thread.html", PageType.Forum);
            AssertInOrder(a.Text, "my old festival tent", "Look at the pole structure", "Mesh inners are lovely", "I ordered a semi-geodesic");
            Assert.DoesNotContain("Sent from my phone", a.Text);
            Assert.DoesNotContain("Guiding since 1998", a.Text);
            Assert.DoesNotContain("Reply", a.Text);
            Assert.DoesNotContain("Popular threads", a.Text);
            Assert.Equal("forum-posts", a.Strategy);
            Assert.Contains(a.Removed, r => r.Rule == "forum-chrome-name" && r.Text.Contains("Sent from my phone"));
        }

        [Fact]
        public void AQuestionPrintedApartFromItsAnswersOpensTheThread()
        {
            Article a = Extract("forum-question-answers.html", PageType.Forum);
            AssertInOrder(a.Text, "My loaves rise beautifully overnight", "between the fridge and the oven", "Your dough is over-proofed",
                "Also check the shaping", "Seventy five percent is a lot");
            Assert.DoesNotContain("Related questions", a.Text);
            Assert.DoesNotContain("Legal", a.Text);
        }

        [Fact]
        public void AThreadPrintedForCrawlersInNoscriptIsRead()
        {
            Article a = Extract("forum-noscript.html", PageType.Forum);
            AssertInOrder(a.Text, "external backup drive", "The update changed how removable disks", "That worked after a restart", "Same problem here");
            Assert.DoesNotContain("Terms of Service", a.Text);
        }

        [Fact]
        public void AListingKeepsEveryCardTitleAndDropsTheFacets()
        {
            Article a = Extract("listing-cards.html", PageType.Listing);
            AssertInOrder(a.Text, "Cedar garden bench", "Oak reading chair", "Walnut side table", "Pine bookshelf", "Ash dining table", "Birch coat rack",
                "Maple desk lamp", "Teak plant stand", "Elm bed frame", "Beech kitchen stool", "Cherry wall shelf", "Larch garden box");
            Assert.DoesNotContain("Filter by wood", a.Text);
            Assert.DoesNotContain("Under 100 euros", a.Text);
            Assert.Equal("cards", a.Strategy);
            Assert.Contains(a.Removed, r => r.Text.Contains("Filter by wood"));
        }

        [Fact]
        public void AListingSplitOverWrappersKeepsEveryRunOfItsCards()
        {
            // WordPress-style items (a per-post class on each) in a "Latest" run and a "more news" run apart from it.
            Article a = Extract("listing-split-river.html", PageType.Listing);
            AssertInOrder(a.Text, "Harbour ferry timetable changes", "every ninety minutes", "Library opens a repair cafe", "Night market returns",
                "Council approves the riverside cycle path", "Bakery on Mill Street", "School choir wins", "Storm warning for the coast", "check their moorings");
            Assert.DoesNotContain("Privacy", a.Text);
            Assert.Equal("cards", a.Strategy);
        }

        [Fact]
        public void APageBuildersGenericBlocksAreNotJoinedAsASplitList()
        {
            // "pb-block" wraps the rows and the columns alike: the kind nests in itself, so the second row (office hours,
            // parking) is not a second run of the course cards.
            Article a = Extract("listing-page-builder.html", PageType.Listing);
            AssertInOrder(a.Text, "Compost from scratch", "Saving your own seeds", "Pruning fruit trees", "provided for every participant");
            Assert.DoesNotContain("Parking is free", a.Text);
        }

        [Theory]
        [InlineData("post-301 post type-post status-publish", "post")]
        [InlineData("vert_cats A", "vert_cats")]
        [InlineData("card card--featured", "card")]
        [InlineData("col-4 col-md-3", "col-4 col-md-3")]
        [InlineData("scroll-slide mobile dark", "scroll-slide mobile")]
        [InlineData(null, "")]
        public void AnItemsKindIsItsFirstClassWithoutADigit(string? classes, string kind)
        {
            Assert.Equal(kind, NewsTools.Html.Locating.RepeatedItemsStrategy.ItemKind(classes));
        }

        [Fact]
        public void ACollectionGridKeepsEveryTileNameThoughEachIsALink()
        {
            Article a = Extract("collection-grid.html", PageType.Collection);
            AssertInOrder(a.Text, "Everyday things for the home", "Linen cushion cover", "Wool throw blanket", "Stoneware vase", "Rattan basket", "Brass candle holder",
                "Jute doormat", "Cotton tea towel", "Oak serving board", "Glass carafe");
            Assert.DoesNotContain("Returns", a.Text);
            Assert.Equal("cards", a.Strategy);
        }

        [Fact]
        public void AServicePageWhoseSectionsSitStraightUnderTheBodyKeepsThemAll()
        {
            Article a = Extract("service-body-sections.html", PageType.Service);
            AssertInOrder(a.Text, "Streak-free windows on every floor", "What every visit includes", "Blinds are dusted", "Monthly visits start at ninety euros",
                "Do you work in the rain", "rebook within two working days");
            Assert.DoesNotContain("Privacy", a.Text);
        }

        [Fact]
        public void AServicePageKeepsAllItsSections()
        {
            Article a = Extract("service-sections.html", PageType.Service);
            AssertInOrder(a.Text, "Cloud backup for small offices", "How the setup works", "Pricing", "Support", "Frequently asked questions", "the agent can also write to a local disk");
            Assert.DoesNotContain("Privacy", a.Text);
            Assert.StartsWith("sections", a.Strategy);
        }

        [Fact]
        public void AProductMergesItsJsonLdDescriptionWithTheVisibleSpecs()
        {
            Article a = Extract("product-jsonld.html", PageType.Product);
            AssertInOrder(a.Text, "A rechargeable camp lantern that gives three hundred lumens", "Light output", "5200 mAh lithium-ion", "IPX4, splash proof");
            Assert.EndsWith("+json-ld-description", a.Strategy);
        }

        [Fact]
        public void ADocumentationPageKeepsItsCodeAndDropsItsTableOfContentsAndFeedbackBox()
        {
            Article a = Extract("docs-page.html", PageType.Documentation);
            AssertInOrder(a.Text, "The loader reads a configuration file", "load_config(\"settings.toml\")", "Environment overrides", "export SERVER_PORT=8081");
            Assert.DoesNotContain("Was this page helpful", a.Text);
            Assert.DoesNotContain("On this page", a.Text);
            Assert.DoesNotContain("Logging", a.Text);
            Assert.Contains(a.Removed, r => r.Rule == "docs-chrome-name" && r.Text.Contains("Was this page helpful"));
        }

        [Theory]
        [InlineData(PageType.Forum)]
        [InlineData(PageType.Listing)]
        [InlineData(PageType.Service)]
        public void AStoryGivenAnotherTypeStillGivesItsStory(PageType type)
        {
            // A wrong type must degrade gracefully: a plain story with a menu and a short related list keeps all its paragraphs.
            string html = "<html><head><title>Ferry</title></head><body>" + Pages.Menu + "<article><h1>Evening ferries</h1>" + Pages.Paragraphs(0, 11) + "</article>"
                + "<ul class=\"more\"><li><a href=\"/a\">Bus strike ends</a></li><li><a href=\"/b\">New bridge opens</a></li><li><a href=\"/c\">Port fees rise</a></li></ul></body></html>";
            Article a = Pages.Extract(html, new ExtractionOptions { PageTypeHint = type });
            AssertInOrder(a.Text, Pages.Story.Select(p => p.Substring(0, 40)).ToArray());
        }
    
        [Theory]
        [InlineData(PageType.Listing)]
        [InlineData(PageType.Collection)]
        public void AStoryTakenForAListReadsAsAnArticleWhenNoCardsTake(PageType type)
        {
            // A dense block of links inside the story (a "Read more" pair) is what sends a story to Listing; no run of cards
            // is there, so the page is read with the article profile: the link block goes as it does on an article.
            string html = "<html><head><title>Ferry</title></head><body>" + Pages.Menu + "<article><h1>Evening ferries</h1>" + Pages.Paragraphs(0, 5)
                + "<div class=\"read-more\"><a href=\"/a\">Bus strike ends after three weeks of talks</a> <a href=\"/b\">New bridge opens to cyclists on Sunday</a></div>"
                + Pages.Paragraphs(6, 11) + "</article></body></html>";
            Article asArticle = Pages.Extract(html, new ExtractionOptions { PageTypeHint = PageType.Article });
            Article asList = Pages.Extract(html, new ExtractionOptions { PageTypeHint = type });
            Assert.DoesNotContain("Bus strike ends", asArticle.Text);
            Assert.Equal(asArticle.Text, asList.Text);
            Assert.Equal(asArticle.Strategy, asList.Strategy);
            Assert.Equal(type, asList.PageType);
        }
    
        [Fact]
        public void AStoryTheFirstPassMissesIsNotReplacedByAGridOfCards()
        {
            // A theme that wraps the story's parts in a class the name rules drop ("related", Readability's relaxed-retry case):
            // the first pass finds no story, and a visible grid of priced cards beside it sends the page to Collection and
            // takes it. The article read (with its relaxed retry) finds the story, several times the cards' text, and it wins.
            var cards = string.Concat(Enumerable.Range(1, 6).Select(n =>
                "<li class=\"card\"><a href=\"/p" + n + "\"><h3>Related stock number " + n + "</h3></a><span class=\"price\">$1" + n + ".00</span></li>"));
            var parts = string.Concat(Enumerable.Range(0, 4).Select(n => "<div class=\"related\">" + Pages.Paragraphs(3 * n, 3 * n + 2) + "</div>"));
            string html = "<html><head><title>Ferry</title></head><body>" + Pages.Menu + "<main><h1>Evening ferries</h1>" + parts + "</main>"
                + "<ul class=\"grid\">" + cards + "</ul></body></html>";
            Article asArticle = Pages.Extract(html, new ExtractionOptions { PageTypeHint = PageType.Article });
            Assert.Contains(Pages.Story[5].Substring(0, 40), asArticle.Text);
            Article a = Pages.Extract(html, new ExtractionOptions { PageTypeHint = PageType.Collection });
            AssertInOrder(a.Text, Pages.Story.Take(12).Select(p => p.Substring(0, 40)).ToArray());
            Assert.Equal(PageType.Collection, a.PageType);
        }

        [Fact]
        public void AQaThreadKeepsTheQuestionAndEveryAnswerButNotTheRemarksUnderThem()
        {
            // Stack Exchange's layout: a question and answers, each with a "comments-list" of short remarks and a vote count.
            Article a = Extract("forum-qa-remarks.html", PageType.Forum);
            AssertInOrder(a.Text, "smells sharply of acetone", "Is it dying", "your starter is hungry", "a cooler spot such as a pantry shelf",
                "Try whole rye flour");
            Assert.DoesNotContain("What temperature is your kitchen", a.Text);
            Assert.DoesNotContain("This fixed mine in four days", a.Text);
            Assert.DoesNotContain("Commented Mar", a.Text);
            Assert.DoesNotContain("31", a.Text);
            Assert.Contains(a.Removed, r => r.Rule == "qa-remarks-name" && r.Text.Contains("This fixed mine"));
        }

        [Fact]
        public void AThreadOfALongPostAndAOneLineReplyIsStillAThread()
        {
            // Posts named as posts ("answer") may be very unequal; only sibling wrappers must not hold nearly everything.
            Article a = Extract("forum-qa-remarks.html", PageType.Forum);
            Assert.Equal("forum-posts", a.Strategy);
            AssertInOrder(a.Text, "Feed it twice a day", "Try whole rye flour for a few feeds as well.");
        }

        [Fact]
        public void AProductKeepsItsDescriptionButNotItsCustomerReviews()
        {
            Article a = Extract("product-reviews.html", PageType.Product);
            AssertInOrder(a.Text, "grippy rubber outsole", "dries quickly after a river crossing", "wash the shoes by hand");
            Assert.DoesNotContain("never slipped once", a.Text);
            Assert.DoesNotContain("order half a size up", a.Text);
            Assert.Contains(a.Removed, r => r.Rule == "product-reviews-name");
            // The same page read as an article keeps the reviews: the rule is the product profile's alone.
            Article asArticle = Extract("product-reviews.html", PageType.Article);
            Assert.Contains("grippy rubber outsole", asArticle.Text);
        }

        [Fact]
        public void AThreadWhosePostBodiesSitInsideEditFormsKeepsThem()
        {
            // Old-style thread software prints each post's paragraphs inside the post's inline edit form ("usertext").
            Article a = Extract("forum-form-posts.html", PageType.Forum);
            AssertInOrder(a.Text, "sleeping in a hammock", "plenty of sag", "Cold from below is the catch", "an underquilt it is then",
                "Wide polyester tree straps");
            Assert.DoesNotContain("permalink", a.Text);
            Assert.DoesNotContain("Rules: be kind", a.Text);
        }

        [Fact]
        public void AScriptBuiltThreadWithNoTextInItsMarkupGivesItsDeclaredDescription()
        {
            // Thread software that builds the page in the browser leaves an empty shell; og:description holds the opening post.
            Article a = Extract("forum-script-built.html", PageType.Forum);
            Assert.Contains("small south-facing balcony", a.Text);
            Assert.Equal("declared-description", a.Strategy);
            // Read as an article the shell stays empty: the fallback is for pages that are not stories.
            Article asArticle = Extract("forum-script-built.html", PageType.Article);
            Assert.DoesNotContain("south-facing balcony", asArticle.Text);
        }

        [Fact]
        public void ARiverOfTeasersTakenForAStoryIsReadAsCards()
        {
            // The classifier said Article; the article read's container holds only teasers whose whole card is a link, which
            // it drops as link-dense, so almost nothing is left. The page's cards are read instead.
            Article a = Extract("listing-teaser-river.html", PageType.Article);
            AssertInOrder(a.Text, "Renting a car abroad", "Most card issuers cover collision damage", "Airport rental queues grow",
                "Rental firm fined over hidden cleaning fees", "Young drivers face steep surcharges");
            Assert.Equal("cards", a.Strategy);
            Assert.Equal(PageType.Article, a.PageType);
            Assert.DoesNotContain("Privacy", a.Text);
        }

        [Theory]
        [InlineData(PageType.Service)]
        [InlineData(PageType.Article)]
        public void APageBuildersAdvancedHeadingsAreNotAdvertisements(PageType type)
        {
            // WordPress page builders class their headings and text "kt-adv-heading123_...": "adv" there is "advanced".
            Article a = Extract("service-adv-headings.html", type);
            AssertInOrder(a.Text, "ovens, fryers, dishwashers", "Planned Maintenance for Restaurants",
                "two visits a season", "Repairs for Schools and Hospitals", "certified gas engineers");
            Assert.DoesNotContain("Buy cheap fryers", a.Text);
            Assert.Contains(a.Removed, r => r.Rule == "ad-name");
        }

        [Fact]
        public void BodyLevelSectionsJoinBesideALinkHeavySectionOfTheirOwn()
        {
            // A landing page whose body-level sections include a long "all our services" link list: the page as a whole is
            // mostly links, yet every prose section still joins (the link list itself does not).
            Article a = Extract("service-body-sections-links.html", PageType.Service);
            AssertInOrder(a.Text, "Streak-free windows on every floor", "Blinds are dusted", "Monthly visits start at ninety euros",
                "rebook within two working days");
            Assert.DoesNotContain("Hospital gutter clearing", a.Text);
        }
    }
}
