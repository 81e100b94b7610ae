using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace NewsTools.Heuristics
{
    /// <summary>
    /// Where pages declare their metadata: the &lt;meta&gt; names and properties, JSON-LD types and
    /// page regions that metadata must not be read from. Keys are lower case; <c>name</c>, <c>property</c>
    /// and <c>itemprop</c> are read into one namespace because publishers mix them up
    /// (<c>&lt;meta name="og:title"&gt;</c>, <c>&lt;meta property="author"&gt;</c> are common).
    /// </summary>
    internal static class MetaSources
    {
        private const RegexOptions Opts = RegexOptions.Compiled | RegexOptions.CultureInvariant | RegexOptions.IgnoreCase;

        /// <summary>
        /// Publication-date metas, most specific first: OpenGraph article:*, then the names that CMS
        /// plugins, analytics tags (Parse.ly, Sailthru, cXense), Dublin Core and Google Scholar write.
        /// </summary>
        public static readonly (string Key, string Source)[] PublishedKeys =
        {
            ("article:published_time", "opengraph"), ("og:published_time", "opengraph"), ("article:published", "opengraph"),
            ("datepublished", "microdata"),
            ("parsely-pub-date", "meta"), ("sailthru.date", "meta"), ("cxenseparse:recs:publishtime", "meta"),
            ("pubdate", "meta"), ("publishdate", "meta"), ("publish-date", "meta"), ("publish_date", "meta"), ("published_time", "meta"),
            ("date_published", "meta"), ("publication_date", "meta"), ("article.published", "meta"), ("article_date_original", "meta"),
            ("originalpublicationdate", "meta"), ("og:article:published_time", "opengraph"), ("datecreated", "meta"),
            ("dc.date.issued", "dublin-core"), ("dcterms.issued", "dublin-core"), ("dc.date.created", "dublin-core"),
            ("dcterms.created", "dublin-core"), ("dc.date", "dublin-core"), ("dcterms.date", "dublin-core"),
            ("citation_publication_date", "meta"), ("citation_date", "meta"), ("date", "meta"), ("created", "meta"),
        };

        /// <summary>Last-modified metas (OpenGraph, Dublin Core, CMS names).</summary>
        public static readonly (string Key, string Source)[] ModifiedKeys =
        {
            ("article:modified_time", "opengraph"), ("og:updated_time", "opengraph"), ("article:modified", "opengraph"),
            ("datemodified", "microdata"), ("lastmod", "meta"), ("last-modified", "meta"), ("modified", "meta"),
            ("dcterms.modified", "dublin-core"), ("dc.date.modified", "dublin-core"), ("sailthru.lastmodified", "meta"),
            ("parsely-updated-date", "meta"), ("updated_time", "meta"), ("date.updated", "meta"),
        };

        /// <summary>Author metas. article:author and author are often profile URLs, which are skipped.</summary>
        public static readonly (string Key, string Source)[] AuthorKeys =
        {
            ("author", "meta"), ("article:author", "opengraph"), ("parsely-author", "meta"), ("sailthru.author", "meta"),
            ("byl", "meta"), ("dc.creator", "dublin-core"), ("dcterms.creator", "dublin-core"), ("citation_author", "meta"),
            ("article.author", "meta"), ("og:article:author", "opengraph"), ("twitter:creator:name", "twitter"),
        };

        /// <summary>Headline metas, in the order they are trusted when no heading agrees with them.</summary>
        public static readonly (string Key, string Source)[] TitleKeys =
        {
            ("og:title", "opengraph"), ("twitter:title", "twitter"), ("headline", "microdata"), ("parsely-title", "meta"),
            ("sailthru.title", "meta"), ("dc.title", "dublin-core"), ("dcterms.title", "dublin-core"), ("citation_title", "meta"), ("title", "meta"),
        };

        public static readonly (string Key, string Source)[] SiteNameKeys =
        {
            ("og:site_name", "opengraph"), ("application-name", "meta"), ("apple-mobile-web-app-title", "meta"),
            ("dc.publisher", "dublin-core"), ("dcterms.publisher", "dublin-core"), ("publisher", "meta"),
        };

        public static readonly (string Key, string Source)[] DescriptionKeys =
        {
            ("og:description", "opengraph"), ("description", "meta"), ("twitter:description", "twitter"), ("dc.description", "dublin-core"),
        };

        public static readonly (string Key, string Source)[] ImageKeys =
        {
            ("og:image:secure_url", "opengraph"), ("og:image", "opengraph"), ("og:image:url", "opengraph"),
            ("twitter:image", "twitter"), ("twitter:image:src", "twitter"), ("thumbnail", "meta"), ("parsely-image-url", "meta"),
        };

        public static readonly (string Key, string Source)[] SectionKeys =
        {
            ("article:section", "opengraph"), ("parsely-section", "meta"), ("section", "meta"), ("sailthru.section", "meta"), ("articlesection", "microdata"),
        };

        public static readonly (string Key, string Source)[] TagKeys =
        {
            ("article:tag", "opengraph"), ("news_keywords", "meta"), ("keywords", "meta"), ("parsely-tags", "meta"), ("sailthru.tags", "meta"),
        };

        /// <summary>schema.org types whose object is the article itself (schema.org Article subtypes in use on news sites).</summary>
        public static readonly HashSet<string> ArticleTypes = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "Article", "NewsArticle", "BlogPosting", "ReportageNewsArticle", "AnalysisNewsArticle", "OpinionNewsArticle",
            "ReviewNewsArticle", "BackgroundNewsArticle", "AskPublicNewsArticle", "LiveBlogPosting", "ScholarlyArticle",
            "TechArticle", "SocialMediaPosting", "DiscussionForumPosting", "Report", "SatiricalArticle", "AdvertiserContentArticle",
            "MedicalScholarlyArticle",
        };

        /// <summary>Other content types that stand for a page's main content when no Article object exists.</summary>
        public static readonly HashSet<string> ContentTypes = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "Review", "Recipe", "HowTo", "VideoObject", "PodcastEpisode", "CreativeWork", "Event", "Product", "Course", "Book",
        };

        /// <summary>schema.org page types: they carry dates and authors when no Article object does.</summary>
        public static readonly HashSet<string> PageTypes = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "WebPage", "ItemPage", "AboutPage", "FAQPage", "QAPage", "ProfilePage", "CollectionPage", "MedicalWebPage",
        };

        /// <summary>
        /// Page regions whose dates, bylines and headings belong to other content: related-story teasers,
        /// recommendation widgets, comment threads, sidebars, footers and menus. Matched against class and id.
        /// ("widget" alone is not here: page builders wrap every block, the headline included, in "*-widget".
        /// Layout wrappers named after the region they sit beside are not regions: "content-sidebar-wrap",
        /// "has-sidebar", "with-comments", "sidebar-layout". An article's own footer, "entry-footer",
        /// "post-footer", "article-template-footer-main", holds its date, tags and author and is not a region.)
        /// </summary>
        public static readonly TieredRegex ExcludedRegion = new TieredRegex(
            @"(?<![a-z])(?<!(?:has|with|no|show|content|page|main)-)(related|recommend(ed|ations?)?|teasers?|comments?|commentlist|disqus|sidebar|trending|popular|most-?read|most-?viewed|" +
            @"more-?(stories|articles|news|from)|read-?(more|next)|up-?next|outbrain|taboola|(?<!(?:article|post|entry|story)[a-z0-9_-]*)footer|nav|navbar|menu|breadcrumbs?|newsletter|" +
            @"promo|sponsored|latest-?(news|posts|stories)|recent-?posts|also-?read|see-?also|carousel|rail)(?![a-z])(?!-(?:wrap|layout)(?![a-z]))", Opts);

        /// <summary>A class or id that names a sidebar column ("sidebar", "story-sidebar_section", "l-grid__sidebar").</summary>
        public static readonly TieredRegex SidebarMarker = new TieredRegex(@"(?<![a-z])(?:side-?bar|sidebar)(?![a-z])", Opts);

        /// <summary>Class names of an aside that is the article's metadata panel: "hero-metadata", "post-meta", "article-byline".</summary>
        public static readonly TieredRegex MetadataPanel = new TieredRegex(@"(?<![a-z])(meta|metadata|byline|author|authors|article-?info|post-?info)(?![a-z])", Opts);

        /// <summary>Tags that never hold the article's own metadata (aside, footer, nav, forms, templates).</summary>
        public static readonly HashSet<string> ExcludedTags = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "aside", "footer", "nav", "form", "template", "noscript", "select", "button",
        };

        /// <summary>
        /// Elements that hold a byline: class, id, rel or itemprop naming the author ("byline", "author",
        /// "article__author", "writer", "autor", "auteur"). Bio boxes match too; their long text is rejected later.
        /// </summary>
        public static readonly TieredRegex BylineMarker = new TieredRegex(
            @"(?<![a-z])(by-?line|byl|author(s|-?name|-?link)?|writers?|autor(es|en)?|auteurs?|autore|reporters?|journalists?|contributors?|posted-?by|written-?by)(?![a-z])", Opts);

        /// <summary>
        /// The same markers in camelCase class names of CSS-module and component sites ("dateAndAuthorContainer",
        /// "postAuthor", "authorName__x1y2"), which the word-bounded <see cref="BylineMarker"/> cannot see.
        /// Case-sensitive: the capital is the word boundary.
        /// </summary>
        public static readonly TieredRegex BylineMarkerCamel = new TieredRegex(
            @"(?<=[a-z])(?:Author|Byline|Writer)s?(?![a-z])|(?<![A-Za-z])(?:author|byline)(?=[A-Z])", RegexOptions.Compiled | RegexOptions.CultureInvariant);

        /// <summary>Class names of date lines: "date", "published", "post-date", "dateline", "timestamp", "meta".</summary>
        public static readonly TieredRegex DateMarker = new TieredRegex(
            @"(?<![a-z])(date|dateline|datetime|time|timestamp|published|pubdate|posted(-?on)?|post-?date|entry-?date|article-?date|byline|meta|info|datum|fecha|data)(?![a-z])", Opts);

        /// <summary>
        /// Meta names not in <see cref="PublishedKeys"/> that still announce a publication date
        /// ("w-published-date", "article-publish-date", "published", "release_date"): matched on the key.
        /// </summary>
        public static readonly TieredRegex PublishedKeyPattern = new TieredRegex(@"(publish|pub_?date|release_?date|issued|posted|created)", Opts);

        /// <summary>Meta names that announce an update date; they never stand for the publication date.</summary>
        public static readonly TieredRegex ModifiedKeyPattern = new TieredRegex(@"(modif|updat|revis|edited|expir|lastmod)", Opts);

        /// <summary>Class names that mark a &lt;time&gt; or date line as the update time.</summary>
        public static readonly TieredRegex ModifiedMarker = new TieredRegex(@"(updat|modif|edited|revised|aktualisiert|actualiz|atualiz|aggiorn|mis-?a-?jour)", Opts);

        /// <summary>Class names that mark a &lt;time&gt; or date line as the publication time.</summary>
        public static readonly TieredRegex PublishedMarker = new TieredRegex(@"(publish|posted|created|pubdate|first)", Opts);

        /// <summary>
        /// Text that opens with a publication lead-in ("Posted on the 15/12/2025", "Published: May 3, 2024",
        /// "Last updated: May 5, 2024", "Publié le", "Veröffentlicht am"): date lines of blog templates,
        /// often under the article (an update line gives the modified date).
        /// </summary>
        public static readonly TieredRegex PublishedLeadIn = new TieredRegex(
            @"^\s*(?:posted|published|first\s+published|(?:last\s+)?updated|publié|publicado|pubblicato|veröffentlicht|gepubliceerd)\b", Opts);

        /// <summary>The words <see cref="PublishedLeadIn"/> can start with (its gate; keep in step with the pattern).</summary>
        public static readonly Metadata.FirstWordGate PublishedFirstWords = new Metadata.FirstWordGate(
            "posted", "published", "first", "last", "updated", "publié", "publicado", "pubblicato", "veröffentlicht", "gepubliceerd");

        /// <summary>Text that announces an update rather than the first publication ("Updated 17 May", "Aktualisiert am").</summary>
        public static readonly TieredRegex UpdatedWord = new TieredRegex(
            @"\b(updated|last\s+updated|modified|edited|revised|aktualisiert|mis\s+à\s+jour|actualizado|atualizado|aggiornato|bijgewerkt|обновлено)\b", Opts);

        /// <summary>Date in an article URL path: /2024/05/17/, /2024-05-17-, /20240517/ (dated permalinks).</summary>
        public static readonly TieredRegex UrlDate = new TieredRegex(
            @"(?<![0-9])(19[9][0-9]|20[0-9]{2})(?:[/_-])(0?[1-9]|1[0-2])(?:[/_-])(0?[1-9]|[12][0-9]|3[01])(?![0-9])|/(20[0-9]{2})(0[1-9]|1[0-2])(0[1-9]|[12][0-9]|3[01])(?![0-9])", Opts);
    }
}
