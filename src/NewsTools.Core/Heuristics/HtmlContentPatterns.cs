using System.Text.RegularExpressions;

namespace NewsTools.Heuristics
{
    /// <summary>
    /// Known article containers, in tiers from most to least specific. The tiers follow trafilatura's
    /// BODY_XPATH (xpaths.py) expressed as predicates over tag, class, id, itemprop and role, because
    /// AngleSharp has CSS but no XPath (go-trafilatura internal/selector/content.go does the same).
    /// </summary>
    internal static class HtmlContentPatterns
    {
        private const RegexOptions Opts = RegexOptions.Compiled | RegexOptions.CultureInvariant;

        /// <summary>Number of tiers <see cref="Tier"/> can return (1..Count).</summary>
        public const int TierCount = 5;

        /// <summary>
        /// Tier 1 names: article-body wrappers of blog engines and news CMSes
        /// (xpaths.py BODY_XPATH[0]: post-text, post-body, entry-content, article-content, article__body,
        /// articleBody, body-text, article__container, art-content...).
        /// </summary>
        private static readonly TieredRegex Tier1Names = new TieredRegex(
            @"post-?text|post_text|post-?body|post_body|post-?entry|postentry|post-?content|post_content|postcontent|post_inner_wrapper|" +
            @"article-?text|articletext|article_text|entry-?content|entry_content|article-?content|article_content|article__content|articlecontent|" +
            @"article-?body|article_body|article__body|articlebody|text-?content|body-?text|article__container|art-content|" +
            @"story-?body|storybody|story_body|story__body|article__text|article-?main-?text|c-entry-content|rich-?text-?article|news-?body|news-?content|news-?text|detail-?body|detail-?content|content-?article",
            Opts);

        /// <summary>
        /// Tier 3 names (xpaths.py BODY_XPATH[2]): story and blog wrappers of older themes
        /// (storycontent, postarea, blog-content, single-content, main-column, field-body, fulltext...).
        /// </summary>
        private static readonly TieredRegex Tier3Names = new TieredRegex(
            @"post-bodycopy|story-?content|storycontent|postarea|art-postcontent|theme-content|blog-?content|section-content|single-?content|single-?post|main-?column|wpb_text_column|field-?body|fulltext|full-text|article-?detail|article-?page|hentry|h-entry",
            Opts);

        /// <summary>Tier 4 names (xpaths.py BODY_XPATH[3]): generic main-content wrappers.</summary>
        private static readonly TieredRegex Tier4Names = new TieredRegex(
            @"content-?main|content_main|content-?body|contentbody|content__body|main-?content|maincontent|page-?content|pagecontent",
            Opts);

        /// <summary>
        /// Names of the lead paragraph (standfirst, dek, summary) that news CMSes print between the headline
        /// and the body container, so a body-only container would lose it.
        /// </summary>
        public static readonly TieredRegex Standfirst = new TieredRegex(
            @"(?:^|[\s_-])(?:standfirst|stand-?first|lede|lead|leadin|lead-?text|intro|intro-?text|summary|article-?summary|dek|deck|sub-?headline|subhead|sub-?title|subtitle|excerpt|abstract|strapline|teaser-?text)(?:$|[\s_-])",
            Opts);

        /// <summary>
        /// The tier (1 = most specific) at which this element is a known article container, or 0.
        /// classId is the lower-cased "class id" string; rawId the id as written.
        /// </summary>
        public static int Tier(string tag, string classId, string? rawClass, string? rawId, string? itemprop, string? role)
        {
            bool wrapperTag = tag == "div" || tag == "article" || tag == "main" || tag == "section";
            if (itemprop != null && itemprop.IndexOf("articleBody", System.StringComparison.OrdinalIgnoreCase) >= 0) return 1;
            if (wrapperTag && classId.Length > 0)
            {
                // xpaths.py: @class="post" or @class="entry" mark the whole post on classic blog themes.
                if (rawClass == "post" || rawClass == "entry") return 1;
                if (Tier1Names.IsMatch(classId)) return 1;
            }
            // xpaths.py BODY_XPATH[1]: (.//article)[1]
            if (tag == "article") return 2;
            if (wrapperTag)
            {
                if (classId.Length > 0 && Tier3Names.IsMatch(classId)) return 3;
                // @id="article", @id="story", @class="story", @class="text", starts-with(@class, 'article ')
                if (rawId == "article" || rawId == "story" || rawClass == "story" || rawClass == "text" || rawClass == "article"
                    || (rawClass != null && rawClass.StartsWith("article ", System.StringComparison.Ordinal))) return 3;
                if (role == "article") return 3;
                if (classId.Length > 0 && Tier4Names.IsMatch(classId)) return 4;
                if (rawId == "content" || rawClass == "content") return 4;
                if (rawId == "main" || rawClass == "main" || role == "main") return 5;
            }
            if (tag == "main") return 5;
            return 0;
        }
    }
}
