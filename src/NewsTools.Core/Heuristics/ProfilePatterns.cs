using System.Text.RegularExpressions;

namespace NewsTools.Heuristics
{
    /// <summary>Name rules that only the per-type extraction profiles apply (issue 20).</summary>
    internal static class ProfilePatterns
    {
        /// <summary>
        /// A thread's chrome around each post, which the forum profile drops once it keeps the comment-named posts:
        /// signatures under a post (phpBB/vBulletin/XenForo "signature"), the row of Reply/Quote/Like buttons
        /// ("post-actions", "comment-actions", "message-actions", "reply-link"), reaction bars. Matched against an
        /// element's lower-cased class and id, as a whole name or a dash/underscore-separated part.
        /// </summary>
        public static readonly Regex ForumChrome = new Regex(
            @"(?:^|[\s_-])(?:signature|signatures|post-?actions|comment-?actions|message-?actions|reply-?link|reply-?button|quote-?link|reactions?-?bar|like-?button|vote-?count|votecell|voting-?container)(?:$|[\s_-])",
            RegexOptions.Compiled | RegexOptions.CultureInvariant);

        /// <summary>
        /// A post of a question-and-answer thread, named as one ("question", "answer", "accepted-answer": Stack Exchange and
        /// the Q&amp;A engines that copy its layout, Discourse's solved topics). The short remarks listed under such a post
        /// ("comments-list") are not answers: the forum profile, which keeps comment-named posts, drops them there.
        /// </summary>
        public static readonly Regex QaPost = new Regex(
            @"(?:^|[\s_-])(?:question|answer|accepted-?answer|suggested-?answer)(?:$|[\s_])",
            RegexOptions.Compiled | RegexOptions.CultureInvariant);

        /// <summary>
        /// Documentation chrome the documentation profile drops: the page's table of contents ("toc", "on-this-page",
        /// "page-outline": Sphinx, Docusaurus, MkDocs, GitBook), the docs sidebar tree ("docs-sidebar", "sidebar-nav"),
        /// "Edit this page" links and "Was this page helpful?" boxes. Matched as a whole name or a dash/underscore-separated part.
        /// </summary>
        public static readonly TieredRegex DocsChrome = new TieredRegex(
            @"(?:^|[\s_-])(?:toc|toctree-?wrapper|table-?of-?contents|on-?this-?page|page-?outline|docs-?sidebar|sidebar-?nav|doc-?sidebar|edit-?this-?page|edit-?page-?link|page-?feedback|was-?this-?helpful|docs-?feedback)(?:$|[\s_-])",
            RegexOptions.Compiled | RegexOptions.CultureInvariant);

        /// <summary>
        /// An item kind that names a post of a thread (vBulletin/XenForo "message", phpBB "post", Stack Exchange "answer",
        /// Disqus-like "comment", "reply", "entry"): matched against the kind (first class token) of a repeated group.
        /// </summary>
        public static readonly Regex PostName = new Regex(
            @"(?:^|[_-])(?:post|message|answer|reply|comment|entry)(?:$|[_-])",
            RegexOptions.Compiled | RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

        /// <summary>
        /// The customer reviews under a product (a shop theme's "reviews", "product-reviews", "customer-reviews",
        /// "review-list" blocks and the review widgets' own prefixes: Yotpo, Judge.me "jdgm", Okendo, Stamped, Bazaarvoice
        /// "bv-review", Trustpilot): what buyers wrote, not the product's description, which the product profile drops.
        /// Matched as a whole name or a dash/underscore-separated part ("overview" does not match).
        /// </summary>
        public static readonly Regex ProductReviews = new Regex(
            @"(?:^|[\s_-])(?:reviews?|product-?reviews?|customer-?reviews?|reviews?-?(?:list|section|container|wrapper|widget|summary|tab)|ratings?-?(?:and-?)?reviews?|yotpo|jdgm|okendo|stamped|bv-?reviews?|trustpilot)(?:$|[\s_-])",
            RegexOptions.Compiled | RegexOptions.CultureInvariant);
    }
}
