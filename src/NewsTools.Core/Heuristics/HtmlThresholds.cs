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
    }
}
