namespace NewsTools.Html.Locating
{
    /// <summary>
    /// How the content stages read one kind of page (issue 20): what the cleaner keeps that it drops on articles, and
    /// which strategy the locator adds to its cascade. The article profile changes nothing: articles take exactly the
    /// path they took before page types existed.
    /// </summary>
    internal sealed class ExtractionProfile
    {
        private static readonly ExtractionProfile ArticleProfile = new ExtractionProfile(PageType.Article, null, false, false, RepeatedItems.None);
        private static readonly ExtractionProfile ForumProfile = new ExtractionProfile(PageType.Forum, "forum-posts", true, true, RepeatedItems.Posts);
        private static readonly ExtractionProfile ListingProfile = new ExtractionProfile(PageType.Listing, "cards", true, false, RepeatedItems.Cards);
        private static readonly ExtractionProfile CollectionProfile = new ExtractionProfile(PageType.Collection, "cards", true, false, RepeatedItems.Cards);
        private static readonly ExtractionProfile ServiceProfile = new ExtractionProfile(PageType.Service, "sections", true, false, RepeatedItems.None);
        private static readonly ExtractionProfile ProductProfile = new ExtractionProfile(PageType.Product, "product", true, false, RepeatedItems.None);
        private static readonly ExtractionProfile DocumentationProfile = new ExtractionProfile(PageType.Documentation, "documentation", true, false, RepeatedItems.None);
        private static readonly ExtractionProfile OtherProfile = new ExtractionProfile(PageType.Other, null, true, false, RepeatedItems.None);

        private ExtractionProfile(PageType type, string? strategy, bool keepsNoscriptContent, bool keepsCommentNamed, RepeatedItems items)
        {
            Type = type;
            Strategy = strategy;
            KeepsNoscriptContent = keepsNoscriptContent;
            KeepsCommentNamed = keepsCommentNamed;
            Items = items;
        }

        /// <summary>The profile for a page type.</summary>
        public static ExtractionProfile For(PageType type)
        {
            switch (type)
            {
                case PageType.Forum: return ForumProfile;
                case PageType.Listing: return ListingProfile;
                case PageType.Collection: return CollectionProfile;
                case PageType.Service: return ServiceProfile;
                case PageType.Product: return ProductProfile;
                case PageType.Documentation: return DocumentationProfile;
                case PageType.Other: return OtherProfile;
                default: return ArticleProfile;
            }
        }

        /// <summary>The page type this profile reads.</summary>
        public PageType Type { get; }

        /// <summary>True for the article profile, which adds nothing to the cascade.</summary>
        public bool IsArticle => Type == PageType.Article;

        /// <summary>The strategy name reported when the profile's own strategy chose the content, or null.</summary>
        public string? Strategy { get; }

        /// <summary>
        /// Keep a &lt;noscript&gt; that holds real content: forum software and script-built pages print their whole
        /// content there for crawlers (on articles it holds pixels and "enable JavaScript" notes, so they keep dropping it).
        /// </summary>
        public bool KeepsNoscriptContent { get; }

        /// <summary>On a discussion page the elements named "comment", "reply" or "post" are the content, not reader comments.</summary>
        public bool KeepsCommentNamed { get; }

        /// <summary>Cards are titles that link to their page: link-dense blocks inside the located content are kept.</summary>
        public bool KeepsLinkBlocks => Items == RepeatedItems.Cards;

        /// <summary>The content is spread over sibling sections with no wrapper of its own: widen the container to all of them.</summary>
        public bool SpreadOverSections => Type == PageType.Service || Type == PageType.Product;

        /// <summary>Documentation: its table of contents, sidebar tree and "Edit this page" links go.</summary>
        public bool DropsDocsChrome => Type == PageType.Documentation;

        /// <summary>Product: the customer reviews under the product go (the description is the content).</summary>
        public bool DropsReviews => Type == PageType.Product;

        /// <summary>What kind of repeated items hold the content, if any.</summary>
        public RepeatedItems Items { get; }
    }

    /// <summary>The repeated sibling items a profile reads the content from.</summary>
    internal enum RepeatedItems
    {
        /// <summary>None: the profile keeps the article cascade's container.</summary>
        None = 0,
        /// <summary>Posts of a thread: siblings of one kind, each holding prose.</summary>
        Posts = 1,
        /// <summary>Cards of a listing or collection: siblings of one kind, each with a title or a link.</summary>
        Cards = 2,
    }
}
