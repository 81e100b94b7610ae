namespace NewsTools.Heuristics
{
    /// <summary>
    /// Numbers the per-type extraction profiles (issue 20) decide with. The figures that chose them are in
    /// tests/Benchmarks/TUNING.md ("Extraction profiles per page type").
    /// </summary>
    internal static class ProfileThresholds
    {
        /// <summary>
        /// A &lt;noscript&gt; holding at least this much text is the no-script rendition of a script-built page (forum
        /// software and single-page apps print their posts there for crawlers), not a tracking pixel: kept off articles.
        /// </summary>
        public const int NoscriptContentMinText = 200;

        /// <summary>A thread is at least two posts: an opening post and a reply.</summary>
        public const int MinPosts = 2;

        /// <summary>A post holds at least this much text (a one-line "Thanks!" reply counts, a "Reply" button does not).</summary>
        public const int MinPostText = 15;

        /// <summary>
        /// A question printed apart from its answers holds at least a sentence of prose; the title bar, the sort menu and
        /// the answer count before the answers' wrapper hold less.
        /// </summary>
        public const int MinOpeningPostProse = 80;

        /// <summary>The opening post is prose, not a list of links (a related-threads box before the replies is).</summary>
        public const double MaxOpeningPostLinkDensity = 0.3;

        /// <summary>A card list is at least three cards: two are a pair of teasers, not a grid.</summary>
        public const int MinCards = 3;

        /// <summary>A card has at least a title's worth of text.</summary>
        public const int MinCardText = 10;

        /// <summary>No post holds more than this share of the thread's prose (an opening post may be long; the page's wrappers hold everything).</summary>
        public const double MaxPostShare = 0.8;

        /// <summary>
        /// Posts whose kind names them as posts may be this unequal (a long question and a one-line answer): only a group
        /// whose one member holds nearly everything is a wrapper.
        /// </summary>
        public const double MaxNamedPostShare = 0.97;

        /// <summary>No card holds more than this share of the grid's text: cards are alike.</summary>
        public const double MaxCardShare = 0.5;

        /// <summary>
        /// A service page's content sections are widened into up to the ancestor whose text is at most this share links
        /// (the cleaner has dropped the menus; what is left that dense in links is a link farm, not a section).
        /// </summary>
        public const double SectionsMaxLinkDensity = 0.5;

        /// <summary>A declared product description shorter than this (a tagline, the name again) adds nothing worth merging.</summary>
        public const int MinDeclaredDescription = 60;

        /// <summary>A declared paragraph counts as shown when the visible text holds its first this many letters and digits.</summary>
        public const int DescriptionKeyLength = 60;

        /// <summary>
        /// The repeated items replace what the article cascade found only when they hold at least this share of its text;
        /// below it the page is probably not of the expected type (a story typed Listing), and the article result stays.
        /// </summary>
        public const double MinShareOfArticle = 0.5;
    }
}
