using System.Collections.Generic;
using NewsTools.Html;
using NewsTools.Html.Blocks;
using NewsTools.Html.Locating;
using NewsTools.Heuristics;
using NewsTools.Loading;
using NewsTools.Metadata;
using NewsTools.Output;
using NewsTools.Pages;
using NewsTools.Text;
using NewsTools.Walls;

namespace NewsTools.Pipeline
{
    /// <summary>
    /// The core's pipeline, top to bottom: load (bound, sniff, parse once into a <see cref="PageContext"/>) → clean →
    /// locate → metadata → blocks → paywall → syndication → render. HTML and text both end in one <see cref="PageExtraction"/>, so the
    /// paywall verdict, the language and the rendering are written once. Each stage runs once per page, except that
    /// clean → locate → blocks run a second time, relaxed, when the first pass found almost nothing (Readability's retry).
    /// </summary>
    internal sealed class ExtractionPipeline
    {
        private readonly ExtractionOptions _options;
        private readonly ExtractorMemos _memos;

        public ExtractionPipeline(ExtractionOptions options, ExtractorMemos memos)
        {
            _options = options;
            _memos = memos;
        }

        public ExtractionResult Run(ArticleInput input)
        {
            // Load: bound the input, refuse what is not a document, pick the format.
            string content = input.Content ?? string.Empty;
            if (_options.MaxInputChars > 0 && content.Length > _options.MaxInputChars)
            {
                return ExtractionResult.Failed(ExtractionFailure.InputTooLarge, string.Format(System.Globalization.CultureInfo.InvariantCulture,
                    "The input has {0:N0} characters, more than the limit of {1:N0}.", content.Length, _options.MaxInputChars));
            }
            if (InputSniffer.IsBlank(content)) return ExtractionResult.Failed(ExtractionFailure.EmptyInput, "The input is empty: there is no text or HTML to clean.");
            if (InputSniffer.LooksBinary(content)) return ExtractionResult.Failed(ExtractionFailure.BinaryInput, "The input looks binary (control characters or NUL bytes), not text or HTML.");
            // The user's -InputFormat wins; then what a container record says it holds (a JSON Lines "markdown" field); then the content.
            InputFormat format = _options.InputFormat != InputFormat.Auto ? _options.InputFormat
                : input.Record != null && input.Record.Format != InputFormat.Auto ? input.Record.Format
                : InputSniffer.DetectFormat(content);

            // Clean, locate, metadata, blocks: by markup for HTML, by line for text.
            PageExtraction page = format == InputFormat.Html ? ReadHtml(content, input.Url) : TextCleaner.Clean(content, _options, format == InputFormat.Markdown);

            // Paywall: one verdict from what the stages found.
            PaywallVerdict paywall = PaywallDecider.Decide(page.Paywall, page.Metadata.PaywallDeclarations, page.PaywallScript, page.Story());
            if (paywall.Kind != PaywallKind.None) _options.Log?.Invoke("Paywall " + paywall.Kind + " (" + string.Join<PaywallEvidence>(" | ", paywall.Evidence) + ").");

            // Syndication: one verdict from the story's ends, the removed notes, the authors and the markup's declarations.
            SyndicationVerdict syndication = Syndication.SyndicationDecider.Decide(page, input.Url);
            if (syndication.Kind != SyndicationKind.None) _options.Log?.Invoke("Syndication " + syndication.Kind + " (" + string.Join<SyndicationEvidence>(" | ", syndication.Evidence) + ").");

            // Render.
            Article article = ArticleAssembler.Assemble(page, paywall, syndication, input, _options);
            // Text that the shape stage read as Markdown is Markdown input, whether Auto, Text or Markdown was asked for.
            article.InputFormat = format == InputFormat.Html ? InputFormat.Html : page.Shape == TextShape.Markdown ? InputFormat.Markdown : InputFormat.Text;
            return ExtractionResult.Success(article);
        }

        private PageExtraction ReadHtml(string html, string? url)
        {
            PageExtraction page = ReadMarkup(html, url);
            int found = page.TextLength();
            if (found >= HtmlThresholds.RetryBelowText) return page;

            // Damaged markup: an element that never closes (a lost </title>, an open comment) swallowed the body. Close it
            // where the markup resumes and parse again; keep that only when it finds much more (the story was there).
            string? repaired = SwallowedMarkup.Repair(html, out string closed);
            if (repaired is null) return page;
            _options.Log?.Invoke("The page's body holds " + found + " characters and the markup leaves " + closed + " open to the end: parsing again with it closed.");
            PageExtraction again = ReadMarkup(repaired, url);
            if (again.TextLength() <= 2 * found + 100) return page;
            again.Strategy += "-reparsed";
            return again;
        }

        private PageExtraction ReadMarkup(string html, string? url)
        {
            PageContext context = PageContext.Load(html, url, _options, _memos);
            ArticleMetadata metadata = MetadataExtractor.FromHtml(context);
            // What kind of page: the content stages pick their profile by it.
            PageType pageType = _options.PageTypeHint ?? PageTypeClassifier.Classify(context, metadata, url);
            PageExtraction page = ReadContent(context, metadata, pageType, pageType, relaxed: false);
            // A listing or collection profile whose repeated cards did not take found a page that reads as one text: read it
            // as an article, so that a story taken for a list of links (a dense related-links block) comes out as before.
            PageType profileType = pageType;
            if (ExtractionProfile.For(pageType).Items == RepeatedItems.Cards && !page.Strategy.StartsWith("cards", System.StringComparison.Ordinal))
            {
                _options.Log?.Invoke("The " + pageType + " profile found no repeated cards: reading the page as an article.");
                context.Index.ResetRemoved();
                profileType = PageType.Article;
                page = ReadContent(context, metadata, pageType, profileType, relaxed: false);
            }
            else if (page.Strategy == "cards")
            {
                // Cards that took a page whose story only the article read finds (the story's parts in a wrapper the name rules
                // drop, which the relaxed retry reads, beside a grid of related cards): the story wins when it holds several
                // times the cards' text. A read's findings stand on their own once made (nothing after this reads the index's
                // removal marks, and the retry below resets them), so the cards' read is kept as it is when the cards stand.
                int cards = page.TextLength();
                context.Index.ResetRemoved();
                PageExtraction story = ReadContent(context, metadata, pageType, PageType.Article, relaxed: false);
                if (story.TextLength() < HtmlThresholds.RetryBelowText)
                {
                    context.Index.ResetRemoved();
                    PageExtraction relaxedStory = ReadContent(context, metadata, pageType, PageType.Article, relaxed: true);
                    if (relaxedStory.TextLength() > story.TextLength())
                    {
                        relaxedStory.Strategy += "-relaxed";
                        story = relaxedStory;
                    }
                }
                if (story.TextLength() > 3 * cards + 100)
                {
                    _options.Log?.Invoke("The cards hold " + cards + " characters, the article read " + story.TextLength() + ": keeping the article read.");
                    profileType = PageType.Article;
                    page = story;
                }
            }

            int found = page.TextLength();
            if (found < HtmlThresholds.RetryBelowText && context.Index.Text[0] > 4 * found)
            {
                // Readability's retry with relaxed flags: the name rules may have eaten the story (a theme that
                // calls its body "widget" or "hidden-print"). Keep the relaxed result only if it finds much more.
                _options.Log?.Invoke("First attempt found " + found + " characters; retrying with relaxed cleaning.");
                context.Index.ResetRemoved();
                PageExtraction relaxed = ReadContent(context, metadata, pageType, profileType, relaxed: true);
                if (relaxed.TextLength() > 2 * found + 100)
                {
                    relaxed.Strategy += "-relaxed";
                    page = relaxed;
                }
            }

            found = page.TextLength();
            if (profileType == PageType.Article && found < HtmlThresholds.RetryBelowText && metadata.IsAccessibleForFree != false)
            {
                // A river of teasers taken for a story: the article read's container holds only link-dense blocks, which it
                // drops, and almost nothing is left (the relaxed retry found no story either). Read the page as a list of
                // cards; keep that when the cards hold much more.
                context.Index.ResetRemoved();
                PageExtraction cards = ReadContent(context, metadata, pageType, PageType.Listing, relaxed: false);
                if (cards.Strategy.StartsWith("cards", System.StringComparison.Ordinal) && cards.TextLength() > 2 * found + 100)
                {
                    _options.Log?.Invoke("The article read found " + found + " characters, the page's cards " + cards.TextLength() + ": keeping the cards.");
                    profileType = PageType.Listing;
                    page = cards;
                    found = page.TextLength();
                }
            }

            // A script-rendered page ships its story in JSON-LD articleBody; a page that declares itself not free
            // (isAccessibleForFree=false) keeps what its markup shows.
            found = page.TextLength();
            if (found < HtmlThresholds.JsonLdBelowText && metadata.IsAccessibleForFree != false)
            {
                List<string> body = JsonLdBody.Paragraphs(metadata.DeclaredBody);
                int bodyText = 0;
                foreach (string p in body) bodyText += p.Length;
                // Only when the markup holds much less than the declared body: never blindly.
                if (bodyText > 2 * found + 200)
                {
                    _options.Log?.Invoke("Markup holds " + found + " characters, JSON-LD articleBody " + bodyText + ": using articleBody.");
                    page.Blocks.Clear();
                    foreach (string p in body) page.Blocks.Add(new ContentBlock(BlockKind.Paragraph, p));
                    page.Strategy = "json-ld";
                }
            }
            // A script-built page that is not a story (a forum thread, a shop) whose markup holds no text at all: the page's
            // declared description (og:description, which thread software fills with the opening post) is all it says.
            if (page.TextLength() == 0 && pageType != PageType.Article)
            {
                List<string> declared = JsonLdBody.Paragraphs(metadata.Description);
                int declaredText = 0;
                foreach (string p in declared) declaredText += p.Length;
                if (declaredText >= ProfileThresholds.MinDeclaredDescription)
                {
                    _options.Log?.Invoke("The markup holds no text: using the declared description (" + declaredText + " characters).");
                    foreach (string p in declared) page.Blocks.Add(new ContentBlock(BlockKind.Paragraph, p));
                    page.Strategy = "declared-description";
                }
            }
            // A product's description is often declared in JSON-LD and shown only behind a tab.
            if (pageType == PageType.Product) ProductDescription.Merge(page, metadata, _options);
            if (context.Flattened > 0) page.Strategy += "-flattened";
            page.Address = url ?? context.BaseUri?.ToString();
            return page;
        }

        /// <summary>Clean → locate → blocks, and what lay outside the story, as one page's findings.</summary>
        private static PageExtraction ReadContent(PageContext context, ArticleMetadata metadata, PageType pageType, PageType profileType, bool relaxed)
        {
            ExtractionProfile profile = ExtractionProfile.For(profileType);
            ContentFindings cleaned = new DomCleaner(context, relaxed, profile).Clean();
            LocatedContent located = new MainContentLocator(context, profile).Locate();
            context.Options.Log?.Invoke("Content found by strategy '" + located.Strategy + "'.");
            ContentFindings blocks = new BlockBuilder(context, metadata.Title, profile).Build(located.Roots);
            var span = new StorySpan(context.Index, located.Roots);
            ContentFindings outside = OutsideRecorder.Record(context, located.Roots, metadata.Title, span);
            var page = new PageExtraction { Metadata = metadata, Strategy = located.Strategy, PageType = pageType };
            page.Add(cleaned);
            page.Add(blocks);
            page.Add(outside);
            // A wall sits where the story stops: each prompt and hidden prose is marked as near the story or not.
            span.Mark(page.Paywall);
            page.PaywallScript = context.Scan.PaywallScripts.Count > 0 ? context.Scan.PaywallScripts[0] : null;
            return page;
        }
    }
}
