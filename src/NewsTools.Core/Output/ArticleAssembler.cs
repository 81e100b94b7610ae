using System;
using NewsTools.Pipeline;

namespace NewsTools.Output
{
    /// <summary>The render stage: one <see cref="Article"/> from a page's findings and verdicts, the same for HTML and text.</summary>
    internal static class ArticleAssembler
    {
        public static Article Assemble(PageExtraction page, PaywallVerdict paywall, SyndicationVerdict syndication, ArticleInput input, ExtractionOptions options)
        {
            var article = new Article
            {
                Url = page.Address ?? input.Url,
                Source = input.Source,
                RecordId = input.Record?.RecordId,
                Fetched = input.Record?.Captured,
                HttpStatus = input.Record?.HttpStatus,
                ContentType = input.Record?.ContentType,
                Strategy = page.Strategy,
                Shape = page.Shape,
                PageType = page.PageType,
                Captions = page.Captions.ToArray(),
                Comments = options.IncludeComments ? page.Comments.ToArray() : Array.Empty<string>(),
                Paywall = paywall,
                Syndication = syndication,
            };
            page.Metadata.ApplyTo(article);
            if (article.Image is null && page.Image != null)
            {
                article.Image = page.Image;
                page.Metadata.SetSource("Image", "markdown");
            }
            ArticleRenderer.Render(article, page.Blocks, page.Removed, options);
            (string? language, string? source) = LanguageDecider.Decide(page, article.Text);
            if (language != null)
            {
                article.Language = language;
                page.Metadata.SetSource("Language", source!);
            }
            // Every field's source, the language's included, is copied once the last of them is decided.
            article.MetadataSources = page.Metadata.Sources.ToArray();
            return article;
        }
    }
}
