using System;
using System.Collections.Generic;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using NewsTools.Heuristics;
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
            result = Run(document, index, baseUri, metadata, options, markupEvidence, false);
            int found = TextLength(result);
            if (found < HtmlThresholds.RetryBelowText && index.Text[0] > 4 * found)
            {
                // Readability's retry with relaxed flags: the name rules may have eaten the story (a theme that
                // calls its body "widget" or "hidden-print"). Keep the relaxed result only if it finds much more.
                options.Log?.Invoke("First attempt found " + found + " characters; retrying with relaxed cleaning.");
                index.ResetRemoved();
                var relaxedEvidence = new List<string>();
                HtmlExtraction relaxed = Run(document, index, baseUri, metadata, options, relaxedEvidence, true);
                if (TextLength(relaxed) > 2 * found + 100)
                {
                    relaxed.Strategy += "-relaxed";
                    result = relaxed;
                    markupEvidence = relaxedEvidence;
                }
            }

            found = TextLength(result);
            // A page that declares itself not free (schema.org isAccessibleForFree=false) keeps what its markup shows.
            if (found < HtmlThresholds.JsonLdBelowText && metadata.IsAccessibleForFree != false)
            {
                List<string> body = JsonLdBody.Paragraphs(document);
                int bodyText = 0;
                foreach (string p in body) bodyText += p.Length;
                // Only when the markup holds much less than the declared body (script-rendered pages): never blindly.
                if (bodyText > 2 * found + 200)
                {
                    options.Log?.Invoke("Markup holds " + found + " characters, JSON-LD articleBody " + bodyText + ": using articleBody.");
                    result.Blocks.Clear();
                    foreach (string p in body) result.Blocks.Add(new ContentBlock(BlockKind.Paragraph, p));
                    result.Strategy = "json-ld";
                }
            }

            var lines = new List<string>(result.Blocks.Count);
            foreach (ContentBlock b in result.Blocks) lines.Add(b.Text);
            foreach (RemovedBlock r in result.Removed)
            {
                if (r.Reason == RemovalReason.Paywall || r.Reason == RemovalReason.Subscription) lines.Add(r.Text);
            }
            result.Paywall = PaywallDetector.Detect(lines, markupEvidence, metadata.IsAccessibleForFree);
            return result;
        }

        private static HtmlExtraction Run(IHtmlDocument document, DomIndex index, Uri? baseUri, ArticleMetadata metadata, ExtractionOptions options, List<string> markupEvidence, bool relaxed)
        {
            var result = new HtmlExtraction();
            new DomCleaner(index, document, options, result, markupEvidence, relaxed).Clean();
            LocatedContent located = new MainContentLocator(index, options).Locate(document);
            result.Strategy = located.Strategy;
            new BlockBuilder(index, options, baseUri, metadata, result).Build(located.Roots);
            RecordOutside(index, located.Roots, metadata, options, result);
            return result;
        }

        /// <summary>
        /// Records what lay outside the chosen containers: one Removed entry per largest subtree that holds no
        /// container (the page header, a sidebar block, the headline above the body). One pass over the index.
        /// </summary>
        private static void RecordOutside(DomIndex index, List<int> roots, ArticleMetadata metadata, ExtractionOptions options, HtmlExtraction result)
        {
            if (roots.Count == 1 && roots[0] == 0) return;
            // contains[i]: subtree i holds a root (so it is split, not dropped whole).
            var holds = new bool[index.Count];
            foreach (int r in roots)
            {
                for (int a = index.Parent[r]; a >= 0 && !holds[a]; a = index.Parent[a]) holds[a] = true;
            }
            var isRoot = new HashSet<int>(roots);
            string titleKey = metadata.Title is null ? string.Empty : TextUtil.Key(metadata.Title);
            int i = 1;
            while (i < index.Count)
            {
                if (index.Removed[i] || isRoot.Contains(i)) { i = index.End[i]; continue; }
                if (holds[i]) { i++; continue; }
                if (index.Text[i] > 0)
                {
                    IElement el = index.Elements[i];
                    string text = TextUtil.Collapse(TextUtil.VisibleText(el, index, true));
                    if (text.Length > 0)
                    {
                        string names = ((el.GetAttribute("class") ?? string.Empty) + " " + (el.Id ?? string.Empty)).Trim().ToLowerInvariant();
                        RemovalReason reason = titleKey.Length > 0 && TextUtil.Key(text) == titleKey ? RemovalReason.Title
                            : HtmlBoilerplatePatterns.ReasonForNames(names)
                            ?? (el.LocalName == "header" ? RemovalReason.Navigation : RemovalReason.Boilerplate);
                        string path = ElementPath.Of(index, i);
                        result.Removed.Add(new RemovedBlock(TextUtil.Truncate(text, HtmlThresholds.RemovedTextMax), reason, path, "outside-main-content"));
                        options.Log?.Invoke("Outside the main content: " + path + " (" + reason + "): " + TextUtil.Truncate(text, 80));
                    }
                }
                i = index.End[i];
            }
        }

        private static int TextLength(HtmlExtraction result)
        {
            int n = 0;
            foreach (ContentBlock b in result.Blocks)
            {
                foreach (char c in b.Text)
                {
                    if (!char.IsWhiteSpace(c)) n++;
                }
            }
            return n;
        }
    }
}
