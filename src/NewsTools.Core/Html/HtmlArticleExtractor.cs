using System;
using System.Collections.Generic;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using NewsTools.Metadata;

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

    /// <summary>Locates the main content of a page and turns it into blocks.</summary>
    internal static class HtmlArticleExtractor
    {
        public static HtmlExtraction Extract(IHtmlDocument document, Uri? baseUri, ArticleMetadata metadata, ExtractionOptions options)
        {
            var result = new HtmlExtraction();
            IElement root = document.QuerySelector("article") ?? (IElement?)document.Body ?? document.DocumentElement;
            foreach (IElement p in root.QuerySelectorAll("p"))
            {
                string t = p.TextContent.Trim();
                if (t.Length > 0) result.Blocks.Add(new ContentBlock(BlockKind.Paragraph, t));
            }
            return result;
        }
    }
}
