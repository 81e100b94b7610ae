using System;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using NewsTools.Heuristics;
using NewsTools.Html;
using NewsTools.Loading;
using NewsTools.Metadata;

namespace NewsTools.Pipeline
{
    /// <summary>
    /// What every HTML stage reads, built once per page by <see cref="Load"/>: the parsed document, its base
    /// address, the page scan metadata reads, the flat <see cref="DomIndex"/> of the body (text lengths, names and regions computed once) and
    /// the user's selectors resolved against it. Stages read the context and return findings; the only state
    /// they change is the index's removal marks, which the cleaner sets and a relaxed retry resets.
    /// </summary>
    internal sealed class PageContext
    {
        private static readonly (string, string)[] OgUrl = { ("og:url", "opengraph") };

        private PageContext(IHtmlDocument document, Uri? baseUri, PageScan scan, DomIndex index, UserSelectors selectors, ExtractionOptions options, ExtractorMemos memos)
        {
            Memos = memos;
            Document = document;
            Scan = scan;
            BaseUri = baseUri;
            Index = index;
            Selectors = selectors;
            Options = options;
        }

        /// <summary>The parsed page.</summary>
        public IHtmlDocument Document { get; }

        /// <summary>The address relative links resolve against (base href, the page's URL, its canonical), or null.</summary>
        public Uri? BaseUri { get; }

        /// <summary>What metadata is read from (metas, links, JSON-LD blocks, headings, bylines...), collected in one walk.</summary>
        public PageScan Scan { get; }

        /// <summary>The body's elements in document order, with text lengths and removal marks.</summary>
        public DomIndex Index { get; }

        /// <summary>The user's content and remove selectors, resolved once.</summary>
        public UserSelectors Selectors { get; }

        /// <summary>What the name rules said of class strings on the extractor's earlier pages (a memo of pure functions).</summary>
        public ExtractorMemos Memos { get; }

        /// <summary>
        /// The cleaner's verdicts on this page's class/id strings, in front of the extractor's memo: made on the first
        /// cleaning pass and shared by the passes after it (the relaxed retry, the article read after the cards').
        /// </summary>
        public NameCache<NameVerdict> CleanerNames => _cleanerNames ??= new NameCache<NameVerdict>(Memos.CleanerNames, DomCleaner.ComputeVerdict);

        private NameCache<NameVerdict>? _cleanerNames;

        /// <summary>The page's reusable buffers for normalising block and removed text (the stages run one after another).</summary>
        public TextScratch Scratch { get; } = new TextScratch();

        /// <summary>The options this page is extracted with.</summary>
        public ExtractionOptions Options { get; }

        /// <summary>Start tags dropped because they nested past <see cref="HtmlThresholds.MaxNestingDepth"/> (0 for a normal page).</summary>
        public int Flattened { get; private set; }

        private static readonly System.Text.RegularExpressions.Regex SelectTag = new System.Text.RegularExpressions.Regex(
            @"<(/?)select(?=[\s>/])", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant | System.Text.RegularExpressions.RegexOptions.Compiled);

        /// <summary>Parses the page once and builds everything the stages share.</summary>
        public static PageContext Load(string html, string? url, ExtractionOptions options, ExtractorMemos memos)
        {
            // Depth past the cap is flattened first, as browsers do: the parser's cost grows with depth squared.
            string markup = NestingLimiter.Flatten(html, HtmlThresholds.MaxNestingDepth, out int flattened, out int startTags);
            if (flattened > 0) options.Log?.Invoke("Markup nested deeper than " + HtmlThresholds.MaxNestingDepth + " levels: " + flattened + " start tags past that depth flattened into their ancestor.");
            var parser = new HtmlParser(new HtmlParserOptions { IsScripting = false });
            IHtmlDocument document;
            try
            {
                document = parser.ParseDocument(markup);
            }
            catch (NullReferenceException)
            {
                // AngleSharp 1.10.3 throws in its "in select" insertion mode on some malformed content (a <select> holding an
                // <xmp>: the fuzzer's seed 15 input 12887). Parsed again with <select> renamed, the page never enters that mode;
                // a select's options are form chrome that no stage keeps.
                options.Log?.Invoke("The parser failed inside a <select>; parsed again with <select> elements renamed.");
                document = parser.ParseDocument(SelectTag.Replace(markup, "<$1x-select"));
            }
            // Two walks: the whole document for what metadata reads (metas, links, JSON-LD, headings...), the body for the index.
            PageScan scan = PageScan.Run(document, memos.ScanNames);
            Uri? baseUri = UrlResolver.FindBase(scan.BaseHref, url, scan.CanonicalHref ?? scan.First(OgUrl, out _));
            IElement root = (IElement?)document.Body ?? document.DocumentElement;
            DomIndex index = DomIndex.Build(root, startTags);
            return new PageContext(document, baseUri, scan, index, UserSelectors.Resolve(document, index, options), options, memos) { Flattened = flattened };
        }
    }
}
