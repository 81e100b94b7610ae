using System;
using System.Collections.Generic;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using NewsTools.Html;
using NewsTools.Loading;
using NewsTools.Metadata;
using NewsTools.Output;
using NewsTools.Text;

namespace NewsTools
{
    /// <summary>
    /// The core's entry point. Reads as its pipeline: decide the format → (HTML) parse, metadata, locate
    /// the main content / (text) classify lines → paywall verdict → render. Holds no state: one instance
    /// may serve many runspaces at once.
    /// </summary>
    public sealed class ArticleExtractor
    {
        private readonly ExtractionOptions _options;

        /// <summary>Creates an extractor with the given options.</summary>
        public ArticleExtractor(ExtractionOptions? options = null)
        {
            _options = options ?? ExtractionOptions.Default;
        }

        /// <summary>The options this extractor runs with.</summary>
        public ExtractionOptions Options => _options;

        /// <summary>Cleans one document. Never throws for bad input: a failure comes back as a reason.</summary>
        public ExtractionResult Extract(ArticleInput input)
        {
            if (input is null) throw new ArgumentNullException(nameof(input));
            string content = input.Content ?? string.Empty;
            if (_options.MaxInputChars > 0 && content.Length > _options.MaxInputChars)
            {
                _options.Log?.Invoke("Input of " + content.Length + " characters cut to the first " + _options.MaxInputChars + " (MaxInputChars).");
                content = content.Substring(0, _options.MaxInputChars);
            }

            if (InputSniffer.IsBlank(content))
            {
                return ExtractionResult.Failed(ExtractionFailure.EmptyInput, "The input is empty: there is no text or HTML to clean.");
            }

            if (InputSniffer.LooksBinary(content))
            {
                return ExtractionResult.Failed(ExtractionFailure.BinaryInput, "The input looks binary (control characters or NUL bytes), not text or HTML.");
            }

            InputFormat format = _options.InputFormat == InputFormat.Auto ? InputSniffer.DetectFormat(content) : _options.InputFormat;
            Article article = format == InputFormat.Html ? ExtractHtml(content, input) : ExtractText(content, input);
            article.Source = input.Source;
            // Text that the shape stage read as Markdown is Markdown input, whether Auto, Text or Markdown was asked for.
            article.InputFormat = format == InputFormat.Html ? InputFormat.Html : article.Shape == TextShape.Markdown ? InputFormat.Markdown : InputFormat.Text;
            return ExtractionResult.Success(article);
        }

        private Article ExtractHtml(string html, ArticleInput input)
        {
            var parser = new HtmlParser(new HtmlParserOptions { IsScripting = false });
            IHtmlDocument document = parser.ParseDocument(html);
            Uri? baseUri = UrlResolver.FindBase(document, input.Url);

            // Metadata first: the content stage removes nodes (bylines, dates) that metadata reads.
            ArticleMetadata metadata = MetadataExtractor.FromHtml(document, baseUri);
            HtmlExtraction extraction = HtmlArticleExtractor.Extract(document, baseUri, metadata, _options);
            _options.Log?.Invoke("Content found by strategy '" + extraction.Strategy + "'.");

            var article = new Article
            {
                Url = input.Url ?? baseUri?.ToString(),
                Strategy = extraction.Strategy,
                Captions = extraction.Captions.ToArray(),
                Comments = _options.IncludeComments ? extraction.Comments.ToArray() : Array.Empty<string>(),
                Paywall = extraction.Paywall,
            };
            metadata.ApplyTo(article);
            ArticleRenderer.Render(article, extraction.Blocks, extraction.Removed, _options);
            MetadataExtractor.ResolveLanguage(article, metadata, null);
            return article;
        }

        private Article ExtractText(string text, ArticleInput input)
        {
            TextCleanResult cleaned = TextCleaner.Clean(text, _options);
            var article = new Article
            {
                Url = input.Url,
                Strategy = cleaned.Strategy,
                Shape = cleaned.Shape,
                Paywall = cleaned.Paywall,
                Captions = cleaned.Captions.ToArray(),
            };
            cleaned.Metadata.ApplyTo(article);
            if (article.Image is null && cleaned.Image != null)
            {
                article.Image = cleaned.Image;
                cleaned.Metadata.SetSource("Image", "markdown");
            }
            ArticleRenderer.Render(article, cleaned.Blocks, cleaned.Removed, _options);
            MetadataExtractor.ResolveLanguage(article, cleaned.Metadata, cleaned.InputLanguage);
            return article;
        }
    }
}
