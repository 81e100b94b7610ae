using System;
using System.Collections.Generic;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using NewsTools.Metadata;
using NewsTools.Text;

namespace NewsTools.Html
{
    /// <summary>What the HTML path produced.</summary>
    internal sealed class HtmlExtraction
    {
        public List<ContentBlock> Blocks { get; } = new List<ContentBlock>();
        public List<RemovedBlock> Removed { get; } = new List<RemovedBlock>();
        public List<string> Captions { get; } = new List<string>();
        public List<string> Comments { get; } = new List<string>();
        public PaywallVerdict Paywall { get; set; } = PaywallVerdict.NoPaywall;
        public string Strategy { get; set; } = "baseline";
    }

    /// <summary>
    /// Locates the main content of a page and turns it into blocks. The pipeline, in order: index the body
    /// once (<see cref="DomIndex"/>), clean (<see cref="DomCleaner"/>), locate (<see cref="MainContentLocator"/>),
    /// build blocks (<see cref="BlockBuilder"/>), then the paywall verdict.
    /// </summary>
    internal static class HtmlArticleExtractor
    {
        public static HtmlExtraction Extract(IHtmlDocument document, Uri? baseUri, ArticleMetadata metadata, ExtractionOptions options)
        {
            var result = new HtmlExtraction();
            IElement? root = (IElement?)document.Body ?? document.DocumentElement;
            if (root is null) return result;

            DomIndex index = DomIndex.Build(root);
            var markupEvidence = new List<string>();
            new DomCleaner(index, document, options, result, markupEvidence).Clean();

            LocatedContent located = new MainContentLocator(index, options).Locate(document);
            result.Strategy = located.Strategy;

            var paywallLines = new List<string>();
            new BlockBuilder(index, options, baseUri, metadata, result, paywallLines).Build(located.Roots);

            var lines = new List<string>(result.Blocks.Count + paywallLines.Count);
            foreach (ContentBlock b in result.Blocks) lines.Add(b.Text);
            foreach (RemovedBlock r in result.Removed)
            {
                if (r.Reason == RemovalReason.Paywall || r.Reason == RemovalReason.Subscription) lines.Add(r.Text);
            }
            result.Paywall = PaywallDetector.Detect(lines, markupEvidence, metadata.IsAccessibleForFree);
            return result;
        }
    }
}
