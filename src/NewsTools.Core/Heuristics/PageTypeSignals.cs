using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace NewsTools.Heuristics
{
    /// <summary>
    /// What tells the kinds of page apart (<see cref="PageType"/>), as data: the schema.org and OpenGraph types each kind
    /// declares, the path words of web addresses, the class words of posts, products and manuals, price and buy phrases,
    /// and the thresholds of the structural rules. The rules that read them are in <c>Pages/PageTypeClassifier</c>; the
    /// measurements that chose the numbers are in tests/Benchmarks/TUNING.md (page types).
    /// </summary>
    internal static class PageTypeSignals
    {
        private const RegexOptions Opts = RegexOptions.Compiled | RegexOptions.CultureInvariant | RegexOptions.IgnoreCase;

        // ---- Declared types (schema.org JSON-LD @type and microdata itemtype, og:type) ----

        /// <summary>schema.org types of a page that is one post and its replies (a forum thread, a Q&amp;A page).</summary>
        public static readonly HashSet<string> ForumTypes = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "DiscussionForumPosting", "QAPage", "SocialMediaPosting",
        };

        /// <summary>Microdata itemtypes of a thread's posts (a Question alone is too often a FAQ's).</summary>
        public static readonly HashSet<string> ForumItemTypes = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "DiscussionForumPosting" };

        /// <summary>schema.org types of a product page (one item for sale).</summary>
        public static readonly HashSet<string> ProductTypes = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "Product", "ProductGroup", "IndividualProduct", "ProductModel", "SoftwareApplication", "VideoGame", "Vehicle", "Car",
        };

        /// <summary>schema.org types of a page that lists things (a category, a search result, an index).</summary>
        public static readonly HashSet<string> CollectionTypes = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "CollectionPage", "SearchResultsPage", "OfferCatalog",
        };

        /// <summary>schema.org types of a manual page.</summary>
        public static readonly HashSet<string> DocumentationTypes = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "TechArticle", "APIReference",
        };

        /// <summary>schema.org types of a business's own page (what it offers, where it is).</summary>
        public static readonly HashSet<string> ServiceTypes = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "Service", "ProfessionalService", "LocalBusiness", "HomeAndConstructionBusiness", "LegalService", "FinancialService",
            "MedicalBusiness", "Dentist", "Physician", "Electrician", "Plumber", "HVACBusiness", "RoofingContractor",
            "GeneralContractor", "MovingCompany", "AutoRepair", "Attorney", "AccountingService", "EmploymentAgency",
            "Store", "Restaurant", "EducationalOrganization", "CollegeOrUniversity",
        };

        /// <summary>schema.org types of a story (the news and blog article types).</summary>
        public static readonly HashSet<string> StoryTypes = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "Article", "NewsArticle", "BlogPosting", "Report", "ReportageNewsArticle", "AnalysisNewsArticle", "OpinionNewsArticle",
            "ReviewNewsArticle", "BackgroundNewsArticle", "LiveBlogPosting", "ScholarlyArticle", "Recipe", "Review",
        };

        /// <summary>Microdata itemtypes of a story (a product page's Review microdata is not one).</summary>
        public static readonly HashSet<string> StoryItemTypes = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "Article", "NewsArticle", "BlogPosting" };

        /// <summary>og:type values of a product page ("product", "og:product", "product.item", "product.group").</summary>
        public static readonly TieredRegex OgProduct = new TieredRegex(@"^(?:og:)?product(?:\.(?:item|group))?$", Opts);

        /// <summary>og:type of a story: "article" (and "blog", which some themes use).</summary>
        public static readonly TieredRegex OgArticle = new TieredRegex(@"^(?:og:)?(?:article|blog)$", Opts);

        // ---- URL path words: conventions of web addresses, never a host ----

        /// <summary>Path words of a forum thread or Q&amp;A page: /forum(s)/, /board/, /thread(s)/, /community/, /topic/123, /t/slug/123 (Discourse), /d/123-slug (Flarum), /questions/123, /comments/abc/ (Reddit-style), showthread, viewtopic, ?topic= (SMF). A bare /topic/slug is an encyclopedia's subject page, and /post/slug a blog's: both need a number.</summary>
        public static readonly TieredRegex ForumPath = new TieredRegex(@"/(?:forums?|boards?|threads?|discussions?|community)/|/(?:topics?|threads?|t|d|questions)/\d+(?:[/-]|$)|/post/\d+/?$|/t/[^/]+/\d+|/comments/[a-z0-9]+/|showthread|viewtopic|showtopic|index\.php\?topic=|/thread-\d+", Opts);

        /// <summary>Path words of a product page: /product/, /products/, /p/, /dp/, /item/, /pdp/, /sku/, /store/detail/, /app/123.</summary>
        public static readonly TieredRegex ProductPath = new TieredRegex(@"/(?:products?|p|dp|item|pdp|sku|shop/p|store/detail|app/\d+)/[^/?]", Opts);

        /// <summary>Path words of a shop's category: /collections/, /category/, /c/, /shop/, /catalog/, /department/.</summary>
        public static readonly TieredRegex CollectionPath = new TieredRegex(@"/(?:collections?|categor(?:y|ies)|sub-categories|c|catalog|department|shop|browse|t)/[^/?]", Opts);

        /// <summary>Path words of a list of posts: /tag/, /tags/, /topics/, /archive/, /news(/)? at the end, /blog/ at the end, /page/2, /search, /issues/.</summary>
        public static readonly TieredRegex ListingPath = new TieredRegex(@"/(?:tags?|archives?|author|search|issues|subject|directory|chart|page/\d+)(?:/|$|\?)|/(?:news|blog|posts|articles|stories|latest|recipes)/?(?:$|\?)", Opts);

        /// <summary>Path words of a manual: /docs/, /doc/, /documentation/, /reference/, /api/, /guide(s)/, /manual/, /handbook/, /tutorial/, /wiki/, /learn/, /support/.</summary>
        public static readonly TieredRegex DocumentationPath = new TieredRegex(@"/(?:docs?|documentation|reference|api|guides?|manual|handbook|tutorials?|wiki|kb|knowledge-?base|book|howto|man)(?:/|$|\.|-)", Opts);

        /// <summary>
        /// A version segment of a manual's address: /latest/, /stable/, /current/, /5.1/, /v2/, /2.x/ (documentation sites publish one tree
        /// per release). A story's address carries a year (/2025/), which this does not take (a version holds a dot or a "v").
        /// </summary>
        public static readonly Regex VersionPath = new Regex(@"/(?:latest|stable|current|nightly|v\d+(?:\.\d+){0,2}|\d+\.(?:\d+|x)(?:\.\d+)?)/", Opts);

        /// <summary>Path words of a business's offer: /services/, /solutions/, /pricing, /plans, /consulting, /what-we-do, /industries, /expertise, /locations.</summary>
        public static readonly TieredRegex ServicePath = new TieredRegex(@"/(?:services?|solutions?|pricing|plans|consulting|what-we-do|industries|expertise|locations?|service-areas?)(?:/|$|\?)", Opts);

        /// <summary>The address of a site's front page: "/", "/?query", or a language root ("/en/", "/en-us").</summary>
        public static readonly TieredRegex RootPath = new TieredRegex(@"^/?(?:[a-z]{2}(?:-[a-z]{2})?/?)?(?:\?.*)?$", Opts);

        /// <summary>A path that is a story's own address: a date (/2025/09/04/), or a long slug of many words.</summary>
        public static readonly TieredRegex StoryPath = new TieredRegex(@"/(?:19|20)\d\d/(?:[01]?\d/)?|/[a-z0-9]+(?:-[a-z0-9]+){4,}(?:\.html?|/)?(?:$|\?)", Opts);

        // ---- Class words ----

        /// <summary>Class or id words of a post in a thread: post, reply, comment, message, answer, topic-post, thread item.</summary>
        public static readonly TieredRegex PostNames = new TieredRegex(@"(?<![a-z])(?:post(?:body|bit|message)?|reply|replies|comment|message|answer|thread(?:-?item)?|topic-?post|forum-?post|cooked|usertext)(?![a-z])", Opts);

        /// <summary>Class or id words of a product page: product, price, add-to-cart, buy-box, sku, variant, quantity.</summary>
        public static readonly TieredRegex ProductNames = new TieredRegex(@"(?<![a-z])(?:product|price|add-?to-?(?:cart|bag|basket)|buy-?box|sku|variant|quantity|qty)(?![a-z])", Opts);

        /// <summary>Verdict bit: the class names a post.</summary>
        public const byte PostName = 1;

        /// <summary>Verdict bit: the class names a product or its offer.</summary>
        public const byte ProductName = 2;

        /// <summary>The class-word verdict of one class-and-id string.</summary>
        public static byte NameVerdict(string names)
        {
            byte v = 0;
            if (PostNames.IsMatch(names)) v |= PostName;
            if (ProductNames.IsMatch(names)) v |= ProductName;
            return v;
        }

        // ---- Phrases ----

        /// <summary>A price: a currency sign or code next to a number ("$24.99", "€ 12", "19,90 €", "USD 40", "£1,299.00").</summary>
        public static readonly TieredRegex Price = new TieredRegex(
            @"(?:^|[^\w])(?:[$€£¥₹]|US\$|A\$|C\$|R\$|USD|EUR|GBP|CHF|kr)\s?\d{1,3}(?:[.,\s]?\d{3})*(?:[.,]\d{2})?(?!\d)|\d(?:[.,]\d{2})?\s?(?:[$€£]|zł|kr|Kč|USD|EUR|GBP|CHF)(?:\s|$)", Opts);

        /// <summary>The whole text of a buy button, in the languages of <see cref="LanguageProfiles"/>' larger profiles.</summary>
        public static readonly TieredRegex BuyPhrase = new TieredRegex(
            @"^(?:add\s+to\s+(?:cart|bag|basket|trolley)|buy\s+(?:now|it\s+now)|in\s+den\s+warenkorb|jetzt\s+kaufen|ajouter\s+au\s+panier|acheter|añadir\s+al\s+carrito|comprar(?:\s+ahora)?|aggiungi\s+al\s+carrello|in\s+winkelwagen|toevoegen\s+aan\s+winkelwagen|lägg\s+i\s+varukorgen|dodaj\s+do\s+koszyka|adicionar\s+ao\s+carrinho|pre-?order)\W*$", Opts);

        /// <summary>
        /// The whole text of a link or button that asks a visitor to act on a business's offer ("Get started", "Request a demo",
        /// "Contact sales", "Get a free quote", "Start free trial", "Book a consultation", "Apply now", "Learn more"): a landing page
        /// repeats them under each of its sections; a story has one or two (a newsletter box says "Subscribe", which is not here).
        /// </summary>
        public static readonly TieredRegex CallToAction = new TieredRegex(
            @"^(?:get\s+(?:started|a\s+(?:free\s+)?(?:quote|demo|estimate)|in\s+touch|your\s+free\s+\w+)|contact(?:\s+(?:us|sales|our\s+team))?|request\s+(?:a\s+)?(?:quote|demo|info(?:rmation)?|consultation|proposal|call|appointment)|book\s+(?:a\s+|your\s+)?(?:demo|call|consultation|appointment|now|online)|schedule\s+(?:a\s+|your\s+)?(?:demo|call|consultation|appointment|service)|talk\s+to\s+(?:sales|an?\s+expert|us)|start\s+(?:(?:your\s+)?free\s+trial|for\s+free|now|building|today)|try\s+(?:it\s+)?(?:for\s+)?free|free\s+(?:trial|quote|consultation|estimate)|apply\s+(?:now|today)|enroll\s+(?:now|today)|call\s+(?:us|now|today)|sign\s+up\s+(?:for\s+)?free|get\s+(?:a\s+)?quote|(?:see|view|compare)\s+(?:plans|pricing)|buy\s+now|shop\s+now|learn\s+more|explore|find\s+out\s+more|let'?s\s+talk|hire\s+us)\W*$", Opts);

        /// <summary>
        /// The title or main heading of a page that is none of the kinds (<see cref="PageType.Other"/>): an error page ("404", "Page not
        /// found", "Access denied", "500 Internal Server Error"), a login page ("Sign in", "Log in to your account"), a search with no results.
        /// </summary>
        public static readonly TieredRegex OtherTitle = new TieredRegex(
            @"^(?:.{0,40}\b(?:404|410)\b.{0,40}|.{0,40}\b(?:error\s*)?(?:403|500|503)\s+(?:error|forbidden|internal|service)\b.{0,40}|.{0,40}\b(?:page|file|site)\s+(?:not\s+found|(?:could\s+not|cannot|can'?t)\s+be\s+found|does\s*n[o'’]t\s+exist|is\s+(?:missing|unavailable))\b.{0,40}|.{0,40}\b(?:could\s*n[o'’]t|could\s+not|cannot|can[o'’]?t)\s+find\s+(?:that|this|the)\s+page\b.{0,20}|(?:error|not\s+found|access\s+denied|forbidden|service\s+unavailable)\b.{0,40}|.{0,30}\b(?:sign|log)\s*(?:in|on)\b(?:\s+to\s+.{1,40})?|.{0,30}\bno\s+(?:results|matches)\s+(?:found|for)\b.{0,60})$", Opts);

        /// <summary>
        /// A date as a teaser prints it: "May 4, 2025", "4 May 2025", "Sept. 12, 2024", "2025-05-04", "05/04/2025" (a list of dated
        /// items shows one per item; a story one or two).
        /// </summary>
        public static readonly Regex DateText = new Regex(
            @"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+(?:19|20)\d\d\b|\b\d{1,2}\.?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s+(?:19|20)\d\d\b|\b(?:19|20)\d\d-[01]\d-[0-3]\d\b|\b\d{1,2}/\d{1,2}/(?:19|20)?\d\d\b", Opts);

        /// <summary>
        /// A title that reads as a story's headline rather than the name of a site's section or offer: a year, a leading number
        /// ("12 ways..."), a question, a subtitle after a colon, or a headline word ("How to", "What is", "Best", "Guide", "Tips", "vs").
        /// A business names its pages by what they offer ("Pet Insurance", "Data Analytics Consulting", "News").
        /// </summary>
        public static readonly Regex HeadlineTitle = new Regex(
            @"\b(?:19|20)\d\d\b|^\W*\d+\s|\?|:\s|\b(?:how|what|why|when|where|who|which|best|guides?|tips|top|vs|versus|compared|comparison|history|checklist|ultimate|ideas|ways|reasons|things|reviews?|explained|introduction|understanding|beginner'?s?)\b", Opts);

        /// <summary>
        /// Words of a title that names what a business sells rather than a story: "Consulting Services", "Pet Insurance", "Retirement
        /// Calculator", "Math Tutors", "Movers", "Roof Repair". A story about such things has a headline (<see cref="HeadlineTitle"/>),
        /// a date and an author, or a story's address; the rule reads only pages that have none of them.
        /// </summary>
        public static readonly Regex OfferTitle = new Regex(
            @"\b(?:services|consulting|consultants?|agency|lawyers?|attorneys?|insurance|calculator|tutors?|tutoring|movers|contractors?|plumbers?|electricians?|repairs?)\b", Opts);

        // ---- Thresholds ----

        /// <summary>Shortest own text of a date ("4/5/25").</summary>
        public const int MinDateText = 6;

        /// <summary>Longest own text of a date with words around it ("Published September 12th, 2025").</summary>
        public const int MaxDateText = 40;

        /// <summary>
        /// Paragraphs in one container from which a page the menu links to is a story all the same (an evergreen guide in the menu):
        /// a section or offer page spreads its prose over short sections (at most 11 in a run on the wcxb service pages it caught,
        /// 21 and 44 on the guides it took: TUNING.md, page types, third pass).
        /// </summary>
        public const int StoryParagraphRun = 15;

        /// <summary>
        /// Most words of the title of a page the menu links to that names a section or an offer ("Pet Insurance", "Finance and accounting
        /// talent that really counts"): a longer title is a headline or a paper's (the menu rule's service pages had 1 to 8).
        /// </summary>
        public const int MaxSectionTitleWords = 8;

        /// <summary>Dated teasers (<see cref="DateText"/>) that make a site's front page a list of posts (a business's home shows a few at most).</summary>
        public const int FrontPageDates = 10;

        /// <summary>Dates (<see cref="DateText"/>) that make a page of the site's menu a list of dated items, not its offer.</summary>
        public const int NavListingDates = 15;

        /// <summary>
        /// Most visible characters of a page that is none of the kinds: an error or login page says a line or two beside its menus
        /// (3,000 characters: a site's header and footer with a short message); a story is longer.
        /// </summary>
        public const int OtherMaxText = 3000;

        /// <summary>A paragraph that counts towards a run of paragraphs: 80 characters (a sentence), little of it linked.</summary>
        public const int RunParagraph = 80;

        /// <summary>
        /// Most paragraphs in one container of a landing page (<see cref="LandingMinCallsToAction"/>): each section holds a heading,
        /// a paragraph or two and a button. A story puts its run of paragraphs in one container (median 14 on wcxb-dev's
        /// articles, 3 on the service pages they were confused with: TUNING.md, page types, step 2).
        /// </summary>
        public const int LandingMaxParagraphRun = 4;

        /// <summary>Calls to action (<see cref="CallToAction"/>) that make a page of short sections a landing page.</summary>
        public const int LandingMinCallsToAction = 6;

        /// <summary>Buy buttons from which a page with prices is a shop's list (one per item), not one product (one, or two with a sticky bar).</summary>
        public const int ManyBuyButtons = 4;

        /// <summary>A paragraph of story prose: 150 characters (a sentence or two); shorter ones are captions and card blurbs.</summary>
        public const int LongParagraph = 150;

        /// <summary>Most own-text characters of an element that is a price ("From $1,299.00 USD").</summary>
        public const int MaxPriceText = 24;

        /// <summary>Fewest text characters of a card (a linked title of two words).</summary>
        public const int MinCardText = 8;

        /// <summary>Most text characters of a card (title, a two-line blurb, a date, a price): more is a section of prose.</summary>
        public const int MaxCardText = 600;

        /// <summary>Posts in a row that make a thread (a question and two replies).</summary>
        public const int MinPosts = 3;

        /// <summary>Elements named as posts or replies that a thread page carries at least (each post has a body, a header, a footer).</summary>
        public const int MinPostNames = 6;

        /// <summary>Share of the text in pre/code that makes a manual page (8 %: a few examples among the prose).</summary>
        public const double MinCodeShare = 0.08;

        /// <summary>Code blocks a manual page shows at least.</summary>
        public const int MinCodeBlocks = 3;

        /// <summary>Cards from which a page is a grid of things rather than one product (a product page shows a row of related items).</summary>
        public const int GridCards = 20;

        /// <summary>Priced cards that make a shop's category.</summary>
        public const int MinPricedCards = 6;

        /// <summary>Prices on a page that declares a list (CollectionPage, ItemList) that make it a shop's category rather than a list of posts.</summary>
        public const int CollectionPrices = 6;

        /// <summary>Cards that, with a list path word, make a listing or a category.</summary>
        public const int PathCards = 6;

        /// <summary>Cards that make a listing on their own, when the page has little prose (<see cref="ListingMaxParagraphs"/>).</summary>
        public const int ListingCards = 10;

        /// <summary>Fewer long paragraphs than this: the page is no story.</summary>
        public const int ListingMaxParagraphs = 4;

        /// <summary>Link share of the text of a page of links (a headline list).</summary>
        public const double ListingLinkDensity = 0.6;

        /// <summary>Paragraph share of the text under which a page of links is no story.</summary>
        public const double ListingMaxParaShare = 0.3;

        /// <summary>&lt;article&gt; elements that make a front page of stories.</summary>
        public const int ListingArticles = 10;

        /// <summary>&lt;time&gt; elements that make a list of dated items.</summary>
        public const int ListingTimes = 6;

        /// <summary>Long paragraphs under which an undated, unsigned page with many sections or headings is a business's page.</summary>
        public const int ServiceMaxParagraphs = 12;

        /// <summary>Sections that make a landing page's layout.</summary>
        public const int ServiceSections = 8;

        /// <summary>Headings that make a landing page's layout.</summary>
        public const int ServiceHeadings = 10;

        // ---- Text mode: scraped text without markup ----

        /// <summary>
        /// A forum post's header or footer line, as a scraper leaves it. Group "action": "Reply", "Quote", "Report", "Permalink";
        /// "number": "#12"; "author": "Posted by jdoe", "Original poster"; "said": "jdoe said:", "jdoe wrote:"; "count": "Joined:
        /// Mar 2019", "Posts: 1,204", "12 replies". A story's comment section prints "Reply" under each comment and a listicle
        /// numbers its items, so a thread needs a line of the author, said or count groups too.
        /// </summary>
        public static readonly TieredRegex PostHeaderLine = new TieredRegex(
            @"^(?:(?<action>reply|quote|report|permalink|multi-?quote|reply\s+with\s+quote)|(?<number>#\d{1,5})|(?<author>posted\s+by\s+\S.{0,40}|(?:original\s+)?poster)|(?<said>\S.{0,40}\s+(?:said|wrote|replied):?)|(?<count>joined:?\s+.{1,30}|posts:?\s+[\d,.]+|[\d,.]+\s+(?:replies|posts|answers)))$", Opts | RegexOptions.ExplicitCapture);

        /// <summary>A line that reads as code: a statement ending in ; or {, a call with parentheses and no spaces between words, a shell prompt, an import.</summary>
        public static readonly TieredRegex CodeLine = new TieredRegex(
            @"^(?:\$\s+\S|>>>\s|import\s+[\w.]+|from\s+[\w.]+\s+import\s|#include\s|(?:const|let|var|def|func|fn|public|private|class|return)\s+\S.*[;{:)]$|[\w.]+\([^)]*\);?$|[{}\]);]+$|.*[;{]$)", Opts);

        /// <summary>Post header lines that make a text a thread.</summary>
        public const int TextMinPostHeaders = 6;

        /// <summary>Code lines that make a text a manual, with at least <see cref="TextMinCodeShare"/> of its lines.</summary>
        public const int TextMinCodeLines = 8;

        /// <summary>Share of the lines that must read as code.</summary>
        public const double TextMinCodeShare = 0.1;

        /// <summary>Headline-like lines that make a text a list of headlines, with at most <see cref="TextMaxStoryLines"/> story paragraphs.</summary>
        public const int TextMinHeadlines = 12;

        /// <summary>Share of the lines that must be headline-like.</summary>
        public const double TextMinHeadlineShare = 0.3;

        /// <summary>Story paragraphs (Good lines) a list of headlines has at most: a story has more.</summary>
        public const int TextMaxStoryLines = 2;
    }
}
