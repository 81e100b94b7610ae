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
        public static readonly TieredRegex ForumChrome = new TieredRegex(
            @"(?:^|[\s_-])(?:signature|signatures|post-?actions|comment-?actions|message-?actions|reply-?link|reply-?button|quote-?link|reactions?-?bar|like-?button)(?:$|[\s_-])",
            RegexOptions.Compiled | RegexOptions.CultureInvariant);
    

        /// <summary>
        /// Documentation chrome the documentation profile drops: the page's table of contents ("toc", "on-this-page",
        /// "page-outline": Sphinx, Docusaurus, MkDocs, GitBook), the docs sidebar tree ("docs-sidebar", "sidebar-nav"),
        /// "Edit this page" links and "Was this page helpful?" boxes. Matched as a whole name or a dash/underscore-separated part.
        /// </summary>
        public static readonly TieredRegex DocsChrome = new TieredRegex(
            @"(?:^|[\s_-])(?:toc|toctree-?wrapper|table-?of-?contents|on-?this-?page|page-?outline|docs-?sidebar|sidebar-?nav|doc-?sidebar|edit-?this-?page|edit-?page-?link|page-?feedback|was-?this-?helpful|docs-?feedback)(?:$|[\s_-])",
            RegexOptions.Compiled | RegexOptions.CultureInvariant);
    }
}
