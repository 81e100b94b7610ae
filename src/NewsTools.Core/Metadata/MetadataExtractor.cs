using System;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using NewsTools.Text;

namespace NewsTools.Metadata
{
    /// <summary>Reads title, authors, dates, site, language, image... from a page, recording each value's source.</summary>
    internal static class MetadataExtractor
    {
        public static ArticleMetadata FromHtml(IHtmlDocument document, Uri? baseUri)
        {
            var meta = new ArticleMetadata();
            string? ogTitle = document.QuerySelector("meta[property='og:title']")?.GetAttribute("content");
            string? h1 = document.QuerySelector("h1")?.TextContent?.Trim();
            if (!string.IsNullOrWhiteSpace(h1)) { meta.Title = h1; meta.SetSource("Title", "heading"); }
            else if (!string.IsNullOrWhiteSpace(ogTitle)) { meta.Title = ogTitle!.Trim(); meta.SetSource("Title", "opengraph"); }
            else if (!string.IsNullOrWhiteSpace(document.Title)) { meta.Title = document.Title!.Trim(); meta.SetSource("Title", "title-element"); }
            string? lang = document.DocumentElement?.GetAttribute("lang");
            if (!string.IsNullOrWhiteSpace(lang)) { meta.DeclaredLanguage = lang!.Trim(); }
            return meta;
        }

        /// <summary>Sets <see cref="Article.Language"/>: the declared language where the text agrees, else the detected one.</summary>
        public static void ResolveLanguage(Article article, ArticleMetadata metadata)
        {
            string? detected = LanguageDetector.Detect(article.Text);
            string? declared = metadata.DeclaredLanguage;
            if (declared != null && (detected is null || declared.StartsWith(detected, StringComparison.OrdinalIgnoreCase)))
            {
                article.Language = declared;
                metadata.SetSource("Language", "declared");
            }
            else if (detected != null)
            {
                article.Language = detected;
                metadata.SetSource("Language", "text");
            }
            article.MetadataSources = metadata.Sources.ToArray();
        }
    }
}
