using NewsTools.Metadata;
using NewsTools.Pipeline;

namespace NewsTools.Pages
{
    /// <summary>
    /// The page-type stage: decides what kind of page a parsed page is (<see cref="PageType"/>) from its structure and
    /// metadata, and records the evidence in the metadata's sources under "PageType". Runs after metadata, before the
    /// content stages, which pick their profile by the type.
    /// </summary>
    internal static class PageTypeClassifier
    {
        /// <summary>The page's type. Not built yet: every page is an article, as before this stage existed.</summary>
        public static PageType Classify(PageContext context, ArticleMetadata metadata) => PageType.Article;
    }
}
