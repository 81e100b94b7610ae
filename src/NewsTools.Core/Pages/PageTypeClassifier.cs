using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.RegularExpressions;
using NewsTools.Heuristics;
using NewsTools.Metadata;
using NewsTools.Pipeline;

namespace NewsTools.Pages
{
    /// <summary>
    /// The page-type stage: decides what kind of page a parsed page is (<see cref="PageType"/>) from its structure and
    /// metadata, and records the evidence in the metadata's sources under "PageType" ("json-ld:Product", "url:/forum/",
    /// "structure:cards 24"). Runs after metadata, before the content stages, which pick their profile by the type.
    /// The decision is an ordered list of rules over <see cref="PageFeatures"/>: what a page declares first (schema.org and
    /// OpenGraph types), then its address and structure; a page nothing marks stays an article.
    /// </summary>
    internal static class PageTypeClassifier
    {
        /// <summary>The metadata source field the evidence is recorded under.</summary>
        public const string SourceField = "PageType";

        /// <summary>The page's type; the evidence goes into the metadata's sources.</summary>
        public static PageType Classify(PageContext context, ArticleMetadata metadata, string? url)
        {
            PageFeatures features = PageFeatures.Measure(context.Index, metadata, context.Scan, url ?? metadata.CanonicalUrl);
            PageType type = Decide(features, out string evidence);
            metadata.SetSource(SourceField, evidence);
            context.Options.Log?.Invoke("Page type " + type + " (" + evidence + ").");
            return type;
        }

        /// <summary>The rules, in order; the first that holds decides. <paramref name="evidence"/> names the rule and what it saw.</summary>
        public static PageType Decide(PageFeatures f, out string evidence)
        {
            string path = f.UrlPath;
            bool root = f.HasUrl && PageTypeSignals.RootPath.IsMatch(path);
            string og = f.OgType ?? string.Empty;
            // A story declared by schema.org (JSON-LD or microdata): outranks every structural rule below but the declared ones.
            string? story = Declared(f, PageTypeSignals.StoryTypes, PageTypeSignals.StoryItemTypes);
            Match storyPath = PageTypeSignals.StoryPath.Match(path);

            // 1. Threads. A page that declares a forum posting or a Q&A page (DiscussionForumPosting, QAPage) is one.
            //    Microdata Question + Answer is a Q&A page unless it is a FAQ (FAQPage: many questions, each with one answer).
            string? forum = Declared(f, PageTypeSignals.ForumTypes, PageTypeSignals.ForumItemTypes);
            if (forum != null) return Is(PageType.Forum, forum, out evidence);
            if (Count(f, "Answer") >= 1 && Count(f, "Question") is int q && q >= 1 && q <= 2 && Count(f, "FAQPage") == 0)
            {
                return Is(PageType.Forum, "microdata:Question+Answer", out evidence);
            }
            // A thread's address: /forum/, /thread/, /t/slug/123, /questions/123, viewtopic... (unless the page declares a story).
            Match forumPath = PageTypeSignals.ForumPath.Match(path);
            if (forumPath.Success && story is null) return Is(PageType.Forum, "url:" + forumPath.Value, out evidence);
            // Posts in a row, each with a time and a post name or prose, on a page that is not declared a story (an article's
            // comment thread is under an og:type article or a schema.org story).
            if (f.Posts >= PageTypeSignals.MinPosts && f.PostNamed >= PageTypeSignals.MinPostNames && story is null && !PageTypeSignals.OgArticle.IsMatch(og))
            {
                // A site's front page of dated, signed teasers (a news or blog home) has the shape of a thread; at the root it is a listing.
                if (root) return Is(PageType.Listing, "url:front page, posts " + f.Posts, out evidence);
                return Is(PageType.Forum, "structure:posts " + f.Posts, out evidence);
            }

            // A front page showing many dated teasers is a blog's or a news site's home, whatever its markup declares (a blog's theme
            //    marks its home up as an Article or a TechArticle, its teasers as BlogPostings); a business's home shows a few dates at most.
            if (root && f.DateTexts >= PageTypeSignals.FrontPageDates) return Is(PageType.Listing, "url:front page, dates " + f.DateTexts, out evidence);

            // 1b. None of the kinds: an error page ("404", "Page not found"), a login page (a password field, "Sign in"), a search with
            //    no results. The page says so in its title and carries little beside its menus (a thread's address or markup, above, outranks a login box beside it); a story is longer, dated or declared.
            if (f.Text <= PageTypeSignals.OtherMaxText && f.LongParagraphs < 2 && story is null && !f.HasDate)
            {
                if (f.Title != null && PageTypeSignals.OtherTitle.IsMatch(f.Title.Trim())) return Is(PageType.Other, "title:" + f.Title.Trim(), out evidence);
                if (f.PasswordFields > 0) return Is(PageType.Other, "structure:login form", out evidence);
            }

            // 2. Manuals: code blocks carry a share of the text on a page no author signs (a tutorial blog post is signed).
            if (f.CodeShare >= PageTypeSignals.MinCodeShare && f.PreBlocks >= PageTypeSignals.MinCodeBlocks && story is null && !f.HasAuthor && !storyPath.Success)
            {
                return Is(PageType.Documentation, "structure:code " + f.CodeShare.ToString("0.00", CultureInfo.InvariantCulture) + " in " + f.PreBlocks + " blocks", out evidence);
            }
            string? tech = Declared(f, PageTypeSignals.DocumentationTypes);
            if (tech != null) return Is(PageType.Documentation, tech, out evidence);

            // 3. One product: declared (schema.org Product, og:type product), unless the page is a grid of many cards (a
            //    category page that marks up each item as a Product).
            //    A buying guide or review ("the best kettles of 2025") marks up the products it reviews in JSON-LD: dated, signed and
            //    at a story's address or under og:type article, it is a story (og:type product is the page's own word and stands).
            string? product = Declared(f, PageTypeSignals.ProductTypes, PageTypeSignals.ProductTypes, maxItems: 2);
            if (product != null && (storyPath.Success || PageTypeSignals.OgArticle.IsMatch(og)) && f.HasDate && f.HasAuthor) product = null;
            product ??= PageTypeSignals.OgProduct.IsMatch(og) && !og.EndsWith("group", System.StringComparison.Ordinal) ? "og:" + og : null;
            // A business that marks up its service or software as a Product (for the rating stars) shows no price and no buy button, and
            //    names an offer in its title ("AI Consulting Services") or sits under /services/, /solutions/: its page is a Service.
            if (product != null && f.Prices == 0 && f.BuyButtons == 0 && f.Cards < PageTypeSignals.GridCards
                && ((f.Title != null && PageTypeSignals.OfferTitle.IsMatch(f.Title)) || PageTypeSignals.ServicePath.IsMatch(path)))
            {
                return Is(PageType.Service, product + ", no price, offer", out evidence);
            }
            if (product != null && f.Cards < PageTypeSignals.GridCards) return Is(PageType.Product, product, out evidence);

            // 4. A declared list (CollectionPage, SearchResultsPage, og:type product.group, or a page-level ItemList that is not a
            //    story's): a shop's category when it shows prices, else a listing of posts.
            string? list = Declared(f, PageTypeSignals.CollectionTypes) ?? (og == "product.group" ? "og:product.group" : null)
                ?? (story is null && f.OwnTypes.Contains("ItemList") ? "json-ld:ItemList" : null);
            if (list != null)
            {
                // og:type product.group is a shop's own word for a category, priced or not (its prices may be drawn by scripts).
                bool shop = og == "product.group" || f.PricedCards >= 3 || f.Prices >= PageTypeSignals.CollectionPrices;
                return Is(shop ? PageType.Collection : PageType.Listing, list + (shop ? ", prices " + f.Prices : string.Empty), out evidence);
            }
            // A grid of many cards under a product's markup is a category that marks up its items (or its first one).
            if (product != null) return Is(PageType.Collection, product + ", cards " + f.Cards, out evidence);

            // 5. A declared, dated story is an article whatever its layout.
            if (story != null && f.HasDate) return Is(PageType.Article, story + ", dated", out evidence);

            // 6. A business's own page: declared (LocalBusiness, Service...) or under /services/, /pricing... and not signed or dated like a story.
            bool storyShaped = story != null || storyPath.Success || (f.HasDate && f.HasAuthor);
            string? business = Declared(f, PageTypeSignals.ServiceTypes);
            if (business != null && !storyShaped) return Is(PageType.Service, business, out evidence);
            Match servicePath = PageTypeSignals.ServicePath.Match(path);
            if (servicePath.Success && !storyShaped && !PageTypeSignals.OgArticle.IsMatch(og)) return Is(PageType.Service, "url:" + servicePath.Value, out evidence);

            // 7. Shop structure: a buy button and a price on a page that is no grid; a grid of priced cards; a category path with cards.
            Match productPath = PageTypeSignals.ProductPath.Match(path);
            if (productPath.Success && (f.Prices >= 1 || f.BuyButtons >= 1) && f.Cards < PageTypeSignals.GridCards)
            {
                return Is(PageType.Product, "url:" + productPath.Value + ", prices " + f.Prices, out evidence);
            }
            // Many buy buttons, each beside a price: a shop's list (one button per item), which its cards may not show as a grid.
            if (f.BuyButtons >= PageTypeSignals.ManyBuyButtons && f.Prices >= PageTypeSignals.ManyBuyButtons && !storyShaped)
            {
                return Is(PageType.Collection, "structure:buy buttons " + f.BuyButtons + ", prices " + f.Prices, out evidence);
            }
            // (A dated, signed review or buying guide shows a buy button and a price too.)
            if (f.BuyButtons >= 1 && f.Prices >= 1 && f.PricedCards < PageTypeSignals.MinPricedCards && f.Cards < PageTypeSignals.GridCards && !storyShaped)
            {
                return Is(PageType.Product, "structure:buy buttons " + f.BuyButtons + ", prices " + f.Prices, out evidence);
            }
            // (A buying guide, "the 10 best deals", declares itself a story (og:type article) and is dated and signed: its priced cards are its subject.)
            bool ogStory = PageTypeSignals.OgArticle.IsMatch(og);
            if (f.PricedCards >= PageTypeSignals.MinPricedCards && !(storyShaped && ogStory)) return Is(PageType.Collection, "structure:priced cards " + f.PricedCards, out evidence);
            Match collectionPath = PageTypeSignals.CollectionPath.Match(path);
            if (collectionPath.Success && f.Cards >= PageTypeSignals.PathCards)
            {
                // A category without a single price lists posts, jobs, podcasts or apps: a listing, not a shop's category.
                if (f.Prices == 0 && f.PricedCards == 0) return Is(PageType.Listing, "url:" + collectionPath.Value + ", cards " + f.Cards + ", no prices", out evidence);
                return Is(PageType.Collection, "url:" + collectionPath.Value + ", cards " + f.Cards, out evidence);
            }

            // 8. Manuals by address (/docs/, /reference/, /guide/...), unsigned or not at a story's address (a manual's pages carry
            //    an author meta tag and a last-edited date: they are not dated stories).
            // A version segment (/latest/, /stable/, /5.1/, /v2/) is a manual's address even on a page marked up as an Article.
            Match versionPath = PageTypeSignals.VersionPath.Match(path);
            if (versionPath.Success && !(f.HasDate && f.HasAuthor)) return Is(PageType.Documentation, "url:" + versionPath.Value, out evidence);
            Match docPath = PageTypeSignals.DocumentationPath.Match(path);
            if (docPath.Success && story is null && (!f.HasAuthor || !storyPath.Success)) return Is(PageType.Documentation, "url:" + docPath.Value, out evidence);

            // 9. Listings: a list path with cards; a grid of cards with little prose; a page of links; a front page of many
            //    <article> or <time> items.
            Match listingPath = PageTypeSignals.ListingPath.Match(path);
            if (listingPath.Success && f.Cards >= PageTypeSignals.PathCards) return Is(PageType.Listing, "url:" + listingPath.Value + ", cards " + f.Cards, out evidence);
            // (A dated, signed story with a short text and a grid of related cards is still a story; so is a dated page under og:type
            //  article whose menus and related links outweigh its text: the structural list rules below do not read it.)
            bool datedOgStory = ogStory && f.HasDate && !root;
            if (!datedOgStory && f.Cards >= PageTypeSignals.ListingCards && f.LongParagraphs < PageTypeSignals.ListingMaxParagraphs && !(f.HasDate && f.HasAuthor)) return Is(PageType.Listing, "structure:cards " + f.Cards, out evidence);
            double paraShare = f.Text == 0 ? 0 : (double)f.ParaText / f.Text;
            if (!datedOgStory && story is null && f.LinkDensity >= PageTypeSignals.ListingLinkDensity && paraShare < PageTypeSignals.ListingMaxParaShare && f.LongParagraphs < PageTypeSignals.ListingMaxParagraphs)
            {
                return Is(PageType.Listing, "structure:links " + f.LinkDensity.ToString("0.00", CultureInfo.InvariantCulture), out evidence);
            }
            bool strong = storyShaped || (f.Times > 0 && f.HasDate);
            if (!datedOgStory && (f.Articles >= PageTypeSignals.ListingArticles || f.Times >= PageTypeSignals.ListingTimes) && story is null && (root || !strong))
            {
                return Is(PageType.Listing, "structure:items " + f.Articles + " articles, " + f.Times + " times", out evidence);
            }

            // 10. What is left: a story when dated and signed, at a story's address or declared; a site's front page is its
            //     business's page; an undated, unsigned page of many sections and few paragraphs is a landing page.
            // A landing page: short sections, each a heading, a paragraph or two and a button ("Get started", "Request a demo"),
            //    and no run of prose in one container; not declared or addressed as a story.
            if (!root && story is null && !storyPath.Success && !PageTypeSignals.OgArticle.IsMatch(og)
                && f.ParagraphRun <= PageTypeSignals.LandingMaxParagraphRun && f.CallsToAction >= PageTypeSignals.LandingMinCallsToAction)
            {
                return Is(PageType.Service, "structure:calls to action " + f.CallsToAction + ", paragraph run " + f.ParagraphRun, out evidence);
            }
            // A page the site's own menu links to (its nav, header or footer), named like a section or an offer ("Pet Insurance",
            //    "Consulting", "News") rather than a headline, and not at a story's address: a business's page, or the site's list of
            //    dated items when it shows many dates. A menu carries the sections; the stories are below them.
            if (!root && story is null && !storyPath.Success && f.SelfLinksInNav > 0 && f.ParagraphRun < PageTypeSignals.StoryParagraphRun && f.Title != null
                && WordCount(f.Title) <= PageTypeSignals.MaxSectionTitleWords && !PageTypeSignals.HeadlineTitle.IsMatch(f.Title))
            {
                if (f.Times >= PageTypeSignals.ListingTimes || f.DateTexts >= PageTypeSignals.NavListingDates)
                {
                    return Is(PageType.Listing, "structure:menu link, dates " + Math.Max(f.Times, f.DateTexts), out evidence);
                }
                return Is(PageType.Service, "structure:menu link " + f.SelfLinksInNav + ", title:" + f.Title.Trim(), out evidence);
            }
            if (strong && !root) return Is(PageType.Article, StoryEvidence(story, storyPath, f), out evidence);
            if (root) return Is(PageType.Service, "url:front page", out evidence);
            if (!f.HasDate && !f.HasAuthor && !PageTypeSignals.OgArticle.IsMatch(og) && f.LongParagraphs < PageTypeSignals.ServiceMaxParagraphs
                && (f.Sections >= PageTypeSignals.ServiceSections || f.Headings >= PageTypeSignals.ServiceHeadings))
            {
                return Is(PageType.Service, "structure:sections " + f.Sections + ", headings " + f.Headings + ", paragraphs " + f.LongParagraphs, out evidence);
            }
            // A page named for a business's offer ("Cybersecurity Consulting Services", "Pet Insurance", "Retirement income calculator"),
            //    not like a headline, with no story signal at all (no story type, address, or date with an author) and no run of prose.
            if (f.Title != null && PageTypeSignals.OfferTitle.IsMatch(f.Title) && !PageTypeSignals.HeadlineTitle.IsMatch(f.Title) && f.ParagraphRun < PageTypeSignals.StoryParagraphRun)
            {
                return Is(PageType.Service, "title:" + f.Title.Trim(), out evidence);
            }
            return Is(PageType.Article, "default", out evidence);
        }

        /// <summary>Words of a title (runs of non-space characters), counted up to one more than the section-title limit.</summary>
        private static int WordCount(string title)
        {
            int words = 0;
            bool inWord = false;
            foreach (char c in title)
            {
                if (char.IsWhiteSpace(c)) inWord = false;
                else if (!inWord)
                {
                    inWord = true;
                    if (++words > PageTypeSignals.MaxSectionTitleWords) break;
                }
            }
            return words;
        }

        private static string StoryEvidence(string? story, Match storyPath, PageFeatures f)
        {
            if (story != null) return story;
            if (storyPath.Success) return "url:" + storyPath.Value;
            return f.HasAuthor ? "metadata:date+author" : "metadata:date+time";
        }

        private static PageType Is(PageType type, string why, out string evidence)
        {
            evidence = why;
            return type;
        }

        /// <summary>Microdata elements of one itemtype.</summary>
        private static int Count(PageFeatures f, string itemType) => f.ItemTypes.TryGetValue(itemType, out int n) ? n : 0;

        /// <summary>
        /// "json-ld:Type" for the first of the types the page's own JSON-LD declares, else "microdata:Type" for the first of the
        /// microdata types that at most <paramref name="maxItems"/> elements carry (more is a grid of items, each marked up), else null.
        /// </summary>
        private static string? Declared(PageFeatures f, HashSet<string> types, HashSet<string>? itemTypes = null, int maxItems = int.MaxValue)
        {
            foreach (string t in f.OwnTypes)
            {
                if (types.Contains(t)) return "json-ld:" + t;
            }
            if (itemTypes is null) return null;
            foreach (var pair in f.ItemTypes)
            {
                if (itemTypes.Contains(pair.Key) && pair.Value <= maxItems) return "microdata:" + pair.Key;
            }
            return null;
        }
    }
}
