using System.Collections.Generic;
using System.Text;
using NewsTools.Heuristics;
using NewsTools.Metadata;
using NewsTools.Pipeline;
using NewsTools.Text;

namespace NewsTools.Html.Locating
{
    /// <summary>
    /// The product profile's merge: a shop declares its product's description in JSON-LD (schema.org Product) and
    /// often prints it only behind a tab the page's script opens, or not at all. When the visible text does not hold
    /// it, the declared paragraphs are put before the visible text, and the strategy says so.
    /// </summary>
    internal static class ProductDescription
    {
        /// <summary>Adds the declared description when the page's text lacks it; returns true when it did.</summary>
        public static bool Merge(PageExtraction page, ArticleMetadata metadata, ExtractionOptions options)
        {
            List<string> paragraphs = JsonLdBody.Paragraphs(metadata.DeclaredProductDescription);
            int length = 0;
            foreach (string p in paragraphs) length += p.Length;
            if (length < ProfileThresholds.MinDeclaredDescription) return false;
            var shown = new StringBuilder();
            foreach (ContentBlock b in page.Blocks) shown.Append(TextKeys.Alnum(b.Text));
            string visible = shown.ToString();
            var missing = new List<string>();
            foreach (string p in paragraphs)
            {
                string key = TextKeys.Alnum(p);
                if (key.Length > ProfileThresholds.DescriptionKeyLength) key = key.Substring(0, ProfileThresholds.DescriptionKeyLength);
                if (key.Length > 0 && visible.IndexOf(key, System.StringComparison.Ordinal) < 0) missing.Add(p);
            }
            if (missing.Count == 0) return false;
            options.Log?.Invoke("Product: " + missing.Count + " paragraph(s) of the JSON-LD description are not in the visible text: adding them.");
            var blocks = new List<ContentBlock>();
            foreach (string p in missing) blocks.Add(new ContentBlock(BlockKind.Paragraph, p));
            page.Blocks.InsertRange(0, blocks);
            page.Strategy += "+json-ld-description";
            return true;
        }
    }
}
