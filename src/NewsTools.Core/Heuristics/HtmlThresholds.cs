namespace NewsTools.Heuristics
{
    /// <summary>
    /// Numbers the HTML path decides with, in one place. Lengths count non-whitespace characters (the
    /// DomIndex unit), so they read about 15% smaller than character counts with spaces.
    /// </summary>
    internal static class HtmlThresholds
    {
        /// <summary>
        /// A class/id rule never removes an element holding more than this share of the page's text:
        /// wrappers named "page-with-sidebar" or "has-comments" sometimes hold the whole story.
        /// Chosen from the benchmark failure pattern, not tuned to a page.
        /// </summary>
        public const double MaxRemovableShare = 0.4;

        /// <summary>A name rule never removes an element holding more than this share of the page's &lt;p&gt; prose.</summary>
        public const double MaxRemovableParaShare = 0.5;

        /// <summary>Share guard above applies only to elements with at least this much text.</summary>
        public const int GuardMinText = 400;

        /// <summary>Bylines, datelines, captions and credits are short; a longer match is a wrapper, not the item.</summary>
        public const int MaxSmallItemText = 300;

        /// <summary>
        /// A known container (article-body, entry-content...) is trusted when it holds at least this much
        /// non-link text (trafilatura's MIN_EXTRACTED_SIZE is 250 characters with spaces).
        /// </summary>
        public const int MinContainerText = 200;

        /// <summary>Readability: a text unit shorter than this (25 characters) is not scored.</summary>
        public const int MinScoredText = 22;

        /// <summary>trafilatura link_density_test: an element shorter than this is judged by its link share alone.</summary>
        public const int ShortLinkBlock = 100;

        /// <summary>
        /// Link share from which a short block is a link line. trafilatura uses 0.8; 0.75 also catches a
        /// "Read more:" label in bold before the link.
        /// </summary>
        public const double ShortLinkDensity = 0.75;

        /// <summary>Link share above which a longer list or div is a link list ("Related", "Most read").</summary>
        public const double LongLinkDensity = 0.65;

        /// <summary>Removed entries show at most this many characters of text.</summary>
        public const int RemovedTextMax = 300;

        /// <summary>
        /// Below this much body text (non-whitespace characters) the relaxed second attempt runs: roughly two
        /// sentences, less than any real article (trafilatura's MIN_EXTRACTED_SIZE is 250 with spaces).
        /// </summary>
        public const int RetryBelowText = 250;

        /// <summary>Below this much body text the JSON-LD articleBody is compared with what the markup gave (a short article of ~300 words).</summary>
        public const int JsonLdBelowText = 1500;

        /// <summary>
        /// Elements nested deeper than this are flattened into the element at this depth before parsing (NestingLimiter).
        /// AngleSharp's tree builder scans its open-element stack per tag, so depth costs quadratically (100,000 nested
        /// divs: 27 s); browsers stop nesting at 512 (Blink), and real news pages stay under about 60 levels.
        /// </summary>
        public const int MaxNestingDepth = 256;
    
        // ---- Locating the main content (Html/Locating) ----

        /// <summary>A known container whose text is more than this share links is a menu, not the story.</summary>
        public const double KnownContainerMaxLinkDensity = 0.5;

        /// <summary>An inner known container replaces the outer one when it holds at least this share of its prose (the wrapper adds only chrome).</summary>
        public const double InnerContainerShare = 0.9;

        /// <summary>A sibling part of a split body holds at least this much non-link text (an empty ad slot of the same class is no part).</summary>
        public const int SplitPartMinText = 20;

        /// <summary>Wrapper levels climbed to find split sibling parts of the story.</summary>
        public const int SplitPartMaxClimb = 4;

        /// <summary>A wrapper "adds little" when it holds at most this factor of the node's prose, plus <see cref="WrapperSlackText"/>.</summary>
        public const double SplitWrapperFactor = 1.15;

        /// <summary>Slack for <see cref="SplitWrapperFactor"/>: a caption or a short label in the wrapper.</summary>
        public const int WrapperSlackText = 50;

        /// <summary>Readability: a paragraph's score reaches this many ancestors.</summary>
        public const int ScoredAncestorLevels = 5;

        /// <summary>Readability: one point per this many characters of a paragraph, at most <see cref="ScoreLengthCap"/>.</summary>
        public const int ScoreCharsPerPoint = 85;

        /// <summary>Readability's cap on length points per paragraph.</summary>
        public const int ScoreLengthCap = 3;

        /// <summary>Readability: a class or id that names content (or chrome) adds (or takes) this much of a node's initial score.</summary>
        public const double NameWeight = 25;

        /// <summary>A single-child wrapper is climbed through when it holds at most this factor of the candidate's prose, plus 10 characters.</summary>
        public const double PassThroughWrapperFactor = 1.05;

        /// <summary>A story spread over sections: climb to an ancestor whose paragraph prose is at least this factor of the candidate's (plus 100)...</summary>
        public const double SpreadStoryParaFactor = 1.5;

        /// <summary>...as long as the ancestor's text is at most this share links.</summary>
        public const double SpreadStoryMaxLinkDensity = 0.3;

        /// <summary>Readability: a sibling joins the top candidate when it scores at least this share of the top score (and at least 10).</summary>
        public const double SiblingScoreShare = 0.2;

        /// <summary>Readability: a sibling &lt;p&gt; longer than this, under <see cref="SiblingParagraphMaxLinkDensity"/> links, joins the story.</summary>
        public const int SiblingParagraphMinText = 70;

        /// <summary>Link share below which a long sibling paragraph joins the story.</summary>
        public const double SiblingParagraphMaxLinkDensity = 0.25;

        /// <summary>
        /// Arbitration: a scored block inside the single known container replaces it when it holds at least this share of
        /// the container's prose (the rest is teasers, widgets and meta lines).
        /// </summary>
        public const double ScoredInsideShare = 0.6;

        /// <summary>Arbitration: a scored candidate elsewhere wins when it holds more than twice the known container's prose plus this much.</summary>
        public const int ScoredOutsideMargin = 500;

        /// <summary>A standfirst is a short prose block before the body: at least this many characters...</summary>
        public const int StandfirstMinText = 30;

        /// <summary>...at most this many...</summary>
        public const int StandfirstMaxText = 700;

        /// <summary>...in a sibling subtree of at most this much text...</summary>
        public const int StandfirstMaxSubtreeText = 3000;

        /// <summary>...and at most this share links.</summary>
        public const double StandfirstMaxLinkDensity = 0.2;

        /// <summary>Ancestor levels above the body container searched for a standfirst or a lead image.</summary>
        public const int LeadSearchLevels = 3;

        /// <summary>Paragraph text (characters) an element named as paywalled must hold to mark story prose, not a widget.</summary>
        public const int MarkedProseMin = 400;

        /// <summary>Paragraph text (characters) hidden by CSS that counts as hidden story prose (paywall evidence of shape).</summary>
        public const int HiddenProseMin = 400;

        /// <summary>Paywall-named elements recorded per page: vendors nest their markup many levels deep.</summary>
        public const int MaxPaywallMarkup = 8;
    }
}
