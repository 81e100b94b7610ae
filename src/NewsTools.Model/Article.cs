using System;

namespace NewsTools
{
    /// <summary>One cleaned article: text and structure, metadata, paywall verdict and what was removed.</summary>
    /// <remarks>
    /// Collections are arrays of strings or of flat objects so the object survives
    /// <c>ConvertTo-Json -Depth 5</c> and <c>Export-Csv</c> (see <see cref="ToString"/> on the parts).
    /// </remarks>
    public sealed class Article
    {
        /// <summary>The article's headline.</summary>
        public string? Title { get; set; }

        /// <summary>People who wrote the article, cleaned (no "By", dates, job titles or handles).</summary>
        public TextList Authors { get; set; } = TextList.Empty;

        /// <summary>When the article was first published; the page's own offset is kept.</summary>
        public DateTimeOffset? Published { get; set; }

        /// <summary>False when the page gave a day but no time: <see cref="Published"/> then holds midnight with offset zero, and only its date means anything.</summary>
        public bool PublishedHasTime { get; set; }

        /// <summary>When the article was last modified.</summary>
        public DateTimeOffset? Modified { get; set; }

        /// <summary>False when the page gave a day but no time for <see cref="Modified"/>.</summary>
        public bool ModifiedHasTime { get; set; }

        /// <summary>The publication's name.</summary>
        public string? SiteName { get; set; }

        /// <summary>The address the article was read from (or the one the caller gave).</summary>
        public string? Url { get; set; }

        /// <summary>The canonical address the page declares.</summary>
        public string? CanonicalUrl { get; set; }

        /// <summary>BCP 47 language tag, declared or detected.</summary>
        public string? Language { get; set; }

        /// <summary>Summary or standfirst the page declares.</summary>
        public string? Description { get; set; }

        /// <summary>Absolute URL of the lead image.</summary>
        public string? Image { get; set; }

        /// <summary>Section of the publication (Politics, Sport...).</summary>
        public string? Section { get; set; }

        /// <summary>Keywords and tags the page declares.</summary>
        public TextList Tags { get; set; } = TextList.Empty;

        /// <summary>Plain text: paragraphs separated by one blank line.</summary>
        public string Text
        {
            get => _text;
            set
            {
                _text = value ?? string.Empty;
                _fingerprint = null;
                _contentHash = null;
            }
        }

        private string _text = string.Empty;
        private string? _fingerprint;
        private string? _contentHash;

        /// <summary>The body's blocks in order (paragraphs, headings, list items...), as plain text.</summary>
        public TextList Paragraphs { get; set; } = TextList.Empty;

        /// <summary>The body as Markdown, structure kept.</summary>
        public string Markdown
        {
            get => _markdown ??= _renderMarkdown?.Invoke() ?? string.Empty;
            set { _markdown = value; _renderMarkdown = null; }
        }

        /// <summary>The body as clean HTML (no scripts, styles, classes or ids).</summary>
        public string Html
        {
            get => _html ??= _renderHtml?.Invoke() ?? string.Empty;
            set { _html = value; _renderHtml = null; }
        }

        private string? _markdown;
        private string? _html;
        private Func<string>? _renderMarkdown;
        private Func<string>? _renderHtml;

        /// <summary>Markdown and Html are rendered from the blocks when first read (a value set directly wins).</summary>
        internal void RenderLater(Func<string> markdown, Func<string> html)
        {
            _markdown = null;
            _html = null;
            _renderMarkdown = markdown;
            _renderHtml = html;
        }

        /// <summary>Number of words in <see cref="Text"/>.</summary>
        public int WordCount { get; set; }

        /// <summary>Estimated reading time at 230 words a minute, in whole seconds.</summary>
        /// <remarks>
        /// A number, not a <see cref="TimeSpan"/>: PowerShell's <c>ConvertTo-Json</c> writes every public property of
        /// the object it is given, by reflection, and a TimeSpan comes out as an object of 15 fields (Ticks, Days,
        /// ..., TotalNanoseconds); the only way to keep a CLR property out is Newtonsoft's <c>[JsonIgnore]</c>, which
        /// would make this assembly depend on Newtonsoft.Json (absent from Windows PowerShell 5.1). In PowerShell the
        /// module's NewsTools.Types.ps1xml adds <c>ReadingTime</c>, the same value as a TimeSpan, as a hidden property:
        /// <c>$a.ReadingTime</c> sorts and formats as a TimeSpan, and JSON, CSV and <c>Select-Object *</c> carry only
        /// this number. C# callers: <see cref="GetReadingTime"/>.
        /// </remarks>
        public int ReadingTimeSeconds { get; set; }

        /// <summary>The reading time as a <see cref="TimeSpan"/> (what <c>$article.ReadingTime</c> gives in PowerShell).</summary>
        public TimeSpan GetReadingTime() => TimeSpan.FromSeconds(ReadingTimeSeconds);

        /// <summary>Whether the article sits behind a paywall, and why we think so.</summary>
        public PaywallVerdict Paywall { get; set; } = PaywallVerdict.NoPaywall;

        /// <summary>Whether the article is a copy of a story first published elsewhere (a wire story, a syndicated or republished one), and why we think so.</summary>
        public SyndicationVerdict Syndication { get; set; } = SyndicationVerdict.None;

        /// <summary>Every block that was removed, with the reason.</summary>
        public RemovedList Removed { get; set; } = RemovedList.Empty;

        /// <summary>Image captions and credits found in the body (kept apart from <see cref="Text"/>).</summary>
        public TextList Captions { get; set; } = TextList.Empty;

        /// <summary>Reader comments, when asked for with <c>-IncludeComments</c>.</summary>
        public TextList Comments { get; set; } = TextList.Empty;

        /// <summary>Where each metadata value came from, e.g. Title = "json-ld".</summary>
        public MetadataSourceList MetadataSources { get; set; } = MetadataSourceList.Empty;

        /// <summary>The path, URL or "pipeline" the input came from.</summary>
        public string Source { get; set; } = "pipeline";

        /// <summary>
        /// A 64-bit Simhash of the text's word shingles, as 16 hexadecimal digits: copies of a story under other templates,
        /// headlines or a cut last paragraph differ in a few bits (see <see cref="NewsTools.Fingerprint"/>).
        /// </summary>
        /// <remarks>Computed from <see cref="Text"/> when first read (most runs never read it), then kept.</remarks>
        public string Fingerprint
        {
            get
            {
                if (_fingerprint is null) ComputeFingerprints();
                return _fingerprint!;
            }
            set => _fingerprint = value;
        }

        /// <summary>SHA-256 of the text's words (case, spacing and punctuation ignored): equal for exact copies.</summary>
        /// <remarks>Computed from <see cref="Text"/> when first read, then kept.</remarks>
        public string? ContentHash
        {
            get
            {
                if (_contentHash is null) ComputeFingerprints();
                return _contentHash;
            }
            set => _contentHash = value;
        }

        /// <summary>Both fingerprints from one pass over the text (whoever reads one, Export-NewsArticle or Group-NewsDuplicate, reads the other); a value set directly is kept.</summary>
        private void ComputeFingerprints()
        {
            NewsTools.Fingerprint.Compute(_text, out string simhash, out string contentHash);
            _fingerprint ??= simhash;
            _contentHash ??= contentHash;
        }

        /// <summary>
        /// The record this article came from inside a container input: a WARC record's WARC-Record-ID, or a JSON Lines
        /// object's id; null for a file, string or URL. With <see cref="Source"/> it names the input uniquely (resume keys).
        /// </summary>
        public string? RecordId { get; set; }

        /// <summary>When the page was captured or downloaded (a WARC record's WARC-Date), or null when unknown.</summary>
        public DateTimeOffset? Fetched { get; set; }

        /// <summary>The HTTP status code the page was served with (WARC response records, downloads), or null.</summary>
        public int? HttpStatus { get; set; }

        /// <summary>The media type and charset the page was served with ("text/html; charset=utf-8"), or null.</summary>
        public string? ContentType { get; set; }

        /// <summary>Whether the input was read as HTML or as already-scraped text.</summary>
        public InputFormat InputFormat { get; set; }

        /// <summary>The shape scraped text came in (Lines, HardWrapped, Markdown, Soup); None for an HTML page.</summary>
        public TextShape Shape { get; set; }

        /// <summary>Which strategy found the main content (e.g. "article-container", "text-classifier").</summary>
        public string? Strategy { get; set; }

        /// <summary>What kind of page this is (an article, a forum thread, a listing...); the evidence is in <see cref="MetadataSources"/> under "PageType".</summary>
        public PageType PageType { get; set; } = PageType.Article;

        /// <inheritdoc />
        public override string ToString() => Title ?? Source;
    }

    /// <summary>Which source gave a metadata field.</summary>
    public sealed class MetadataSource
    {
        /// <summary>Creates a source record.</summary>
        public MetadataSource(string field, string source)
        {
            Field = field;
            Source = source;
        }

        /// <summary>The field name, as on <see cref="Article"/>.</summary>
        public string Field { get; }

        /// <summary>json-ld, opengraph, twitter, meta, time, microdata, byline, url, title-element, heading, text.</summary>
        public string Source { get; }

        /// <inheritdoc />
        public override string ToString() => Field + "=" + Source;
    }

    /// <summary>How the input was read.</summary>
    public enum InputFormat
    {
        /// <summary>Decide from the content.</summary>
        Auto = 0,
        /// <summary>An HTML page.</summary>
        Html = 1,
        /// <summary>Already-scraped text (its shape, one block per line, hard-wrapped or a soup dump, is detected).</summary>
        Text = 2,
        /// <summary>Markdown (CommonMark with GFM tables), as Markdown-returning scrapers give it.</summary>
        Markdown = 3,
    }

    /// <summary>The shape scraped text came in, as the shape stage found it (<see cref="Article.Shape"/>).</summary>
    public enum TextShape
    {
        /// <summary>Not text: the input was an HTML page.</summary>
        None = 0,
        /// <summary>One block per line (a paragraph on one line, menu items on lines of their own).</summary>
        Lines = 1,
        /// <summary>Hard-wrapped at a fixed width (a text browser's or mail client's dump): paragraphs span several lines.</summary>
        HardWrapped = 2,
        /// <summary>Markdown: headings, links, images, lists and tables in Markdown syntax.</summary>
        Markdown = 3,
        /// <summary>A DOM text dump (BeautifulSoup get_text): blank-line runs, indentation, inline elements split over lines.</summary>
        Soup = 4,
    }

    /// <summary>What kind of page an input is (<see cref="Article.PageType"/>): a news crawl holds more than articles.</summary>
    public enum PageType
    {
        /// <summary>A story, post or report: one main text.</summary>
        Article = 0,
        /// <summary>A discussion thread: posts and replies by several people (a forum, reader Q&amp;A).</summary>
        Forum = 1,
        /// <summary>A list of links to other pages, each with a title and maybe a summary (a section front, search results, a tag or author page).</summary>
        Listing = 2,
        /// <summary>A curated set of items shown as cards (a gallery, a category of products, a collection page).</summary>
        Collection = 3,
        /// <summary>One product for sale: name, description, specifications, price.</summary>
        Product = 4,
        /// <summary>A page about an organisation's service or offer, laid out in sections (pricing, features, contact).</summary>
        Service = 5,
        /// <summary>Technical documentation: reference or guide text with code blocks, a sidebar and a table of contents.</summary>
        Documentation = 6,
        /// <summary>None of the above (a login page, a navigation-only page).</summary>
        Other = 7,
    }

    /// <summary>Trade-off between keeping junk and losing story.</summary>
    public enum ExtractionFocus
    {
        /// <summary>The default balance.</summary>
        Balanced = 0,
        /// <summary>Drop anything doubtful.</summary>
        Precision = 1,
        /// <summary>Keep anything that may be story.</summary>
        Recall = 2,
    }
}
