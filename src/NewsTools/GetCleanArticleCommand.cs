using System;
using System.Collections;
using System.Collections.Generic;
using System.Management.Automation;
using NewsTools.Web;

namespace NewsTools.Commands
{
    /// <summary>
    /// <para type="synopsis">Turns news pages and scraped article text into clean article objects.</para>
    /// <para type="description">Reads HTML pages or already-scraped text from paths, files or the pipeline and returns one NewsTools.Article per document.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "CleanArticle", DefaultParameterSetName = ParameterSets.Path, HelpUri = "https://github.com/newstools/NewsTools#get-cleanarticle")]
    // A real type: Article lives in NewsTools.Model, which the manifest loads (RequiredAssemblies) before this class.
    [OutputType(typeof(Article))]
    public sealed partial class GetCleanArticleCommand : PSCmdlet, IDisposable
    {
        /// <summary>
        /// The name rules' memo, kept from one command run to the next: a script that calls Get-CleanArticle once per file
        /// would otherwise start cold each time. Values of pure functions only (see ExtractionMemo): no result depends on it.
        /// </summary>
        private static readonly ExtractionMemo SessionMemo = new ExtractionMemo();

        private static readonly TimeSpan UserPatternTimeout = TimeSpan.FromSeconds(1);

        private ExtractionRunner? _runner;
        private PipelineInputCollector? _collector;
        private ArticleProgress? _progress;
        private ParallelCleaner? _parallel;
        private WebDocumentReader? _web;
        private readonly Dictionary<string, string> _patternParameters = new Dictionary<string, string>(StringComparer.Ordinal);
        private volatile bool _stopping;

        /// <summary>Paths of pages or text files; wildcards allowed. .gz files are read transparently.</summary>
        [Parameter(Mandatory = true, Position = 0, ParameterSetName = ParameterSets.Path)]
        [ValidateNotNullOrEmpty]
        public string[] Path { get; set; } = Array.Empty<string>();

        /// <summary>Paths taken as written (no wildcards).</summary>
        [Parameter(Mandatory = true, ParameterSetName = ParameterSets.LiteralPath, ValueFromPipelineByPropertyName = true)]
        [Alias("PSPath", "LP")]
        [ValidateNotNullOrEmpty]
        public string[] LiteralPath { get; set; } = Array.Empty<string>();

        /// <summary>HTML or text strings, lines from Get-Content, FileInfo objects, web responses, or objects with an Html/Content/Text property.</summary>
        [Parameter(Mandatory = true, ValueFromPipeline = true, ParameterSetName = ParameterSets.InputObject)]
        [AllowNull]
        [AllowEmptyString]
        public PSObject? InputObject { get; set; }

        /// <summary>
        /// Addresses of pages to download and clean (http and https only). From the pipeline, strings that are URLs, [uri]
        /// objects and objects with a Url or Link property (feed items) are downloaded too.
        /// </summary>
        [Parameter(Mandatory = true, ParameterSetName = ParameterSets.Uri, ValueFromPipelineByPropertyName = true)]
        [Alias("Url", "Link")]
        [ValidateNotNullOrEmpty]
        public Uri[] Uri { get; set; } = Array.Empty<Uri>();

        /// <summary>The User-Agent of downloads. Default: "NewsTools/&lt;version&gt; (+https://github.com/newstools/NewsTools)".</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string UserAgent { get; set; } = FetchOptions.DefaultUserAgent;

        /// <summary>Extra request headers for downloads (name = value); one given here replaces NewsTools's own (Accept, User-Agent).</summary>
        [Parameter]
        [ValidateNotNull]
        public IDictionary? Headers { get; set; }

        /// <summary>Retries of a download after a 408, 429 or 5xx status or a failed connection (0, the default: none). Retry-After is honoured, up to 60 s.</summary>
        [Parameter]
        [ValidateRange(0, int.MaxValue)]
        public int MaximumRetryCount { get; set; }

        /// <summary>Seconds between retries when the server sends no Retry-After (default 5).</summary>
        [Parameter]
        [ValidateRange(0, int.MaxValue / 1000)]
        public int RetryIntervalSec { get; set; } = 5;

        /// <summary>The largest response body downloaded, in bytes (default 32 MB); a larger one is cut off with a ResponseTooLarge error. 0 = no limit.</summary>
        [Parameter]
        [ValidateRange(0L, long.MaxValue)]
        public long MaximumSize { get; set; } = FetchOptions.DefaultMaximumSize;

        /// <summary>Milliseconds between the starts of two requests to one host (default 0); at most 2 requests to one host are in flight at any time.</summary>
        [Parameter]
        [ValidateRange(0, int.MaxValue)]
        public int PerHostDelayMilliseconds { get; set; }

        /// <summary>The proxy for downloads (an http address such as http://proxy.example:3128). Without it, the system's proxy settings apply.</summary>
        [Parameter]
        [ValidateNotNull]
        public Uri? Proxy { get; set; }

        /// <summary>
        /// Clean the AMP version of a downloaded page (its &lt;link rel="amphtml"&gt;) instead of the page: often lighter and
        /// with the whole story. The article's Url is then the AMP address; when the AMP version cannot be had, the page
        /// itself is cleaned. Without it, the AMP address is only reported (AmpUrl).
        /// </summary>
        [Parameter]
        public SwitchParameter FollowAmp { get; set; }

        /// <summary>Download directly, ignoring the system's proxy settings.</summary>
        [Parameter]
        public SwitchParameter NoProxy { get; set; }

        /// <summary>
        /// With several documents at once (-ThrottleLimit, or URLs), write each article (or error) as soon as it is done
        /// instead of in input order: a slow page no longer holds back the ones after it.
        /// </summary>
        [Parameter]
        public SwitchParameter Unordered { get; set; }

        /// <summary>
        /// Each string from the pipeline is one JSON Lines record ({"id", "url", "html" | "text" | "markdown"}), as a
        /// cluster engine pipes a partition through a program (Invoke-NewsToolsStream.ps1); a bad line is one error.
        /// </summary>
        [Parameter(ParameterSetName = ParameterSets.InputObject)]
        public SwitchParameter JsonLines { get; set; }

        private long _jsonLine;

        /// <summary>
        /// An Export-NewsArticle output (.jsonl or .jsonl.gz) of an earlier, interrupted run: inputs already in it (by
        /// source and record id) are skipped before they are read or cleaned, so a resumed run repeats nothing. A file that
        /// does not exist yet skips nothing. Pair it with Export-NewsArticle -Resume on the same file.
        /// </summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string? ResumeFrom { get; set; }

        private ExportResumeIndex? _done;
        private long _resumed;

        private Containers.JsonLinesReader? _jsonLines;

        /// <summary>Auto (default) decides between HTML and scraped text; Html or Text forces one.</summary>
        [Parameter]
        public InputFormat InputFormat { get; set; } = InputFormat.Auto;

        /// <summary>Balanced (default), Precision (drop anything doubtful) or Recall (keep anything that may be story).</summary>
        [Parameter]
        public ExtractionFocus Focus { get; set; } = ExtractionFocus.Balanced;

        /// <summary>Return reader comments in the Comments property.</summary>
        [Parameter]
        public SwitchParameter IncludeComments { get; set; }

        /// <summary>Drop tables from the body (they are then listed in Removed). Tables are kept by default.</summary>
        [Parameter]
        public SwitchParameter ExcludeTables { get; set; }

        /// <summary>Keep images in Markdown and Html.</summary>
        [Parameter]
        public SwitchParameter IncludeImages { get; set; }

        /// <summary>Keep links in Markdown and Html.</summary>
        [Parameter]
        public SwitchParameter IncludeLinks { get; set; }

        /// <summary>CSS selectors of elements to remove before extraction.</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string[] RemoveSelector { get; set; } = Array.Empty<string>();

        /// <summary>CSS selectors of the content container; the first that matches is used.</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string[] ContentSelector { get; set; } = Array.Empty<string>();

        /// <summary>Regular expressions: lines or blocks that match are always kept.</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string[] KeepPattern { get; set; } = Array.Empty<string>();

        /// <summary>Regular expressions: lines or blocks that match are always removed.</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string[] RemovePattern { get; set; } = Array.Empty<string>();

        /// <summary>
        /// The largest input cleaned: characters for a string, bytes for a file or byte input (after gzip is unwrapped,
        /// counted while it is unwrapped). A larger input gives an InputTooLarge error and the run goes on. 0 = no limit.
        /// </summary>
        [Parameter]
        [ValidateRange(0, int.MaxValue)]
        public int MaximumInputSize { get; set; } = ExtractionOptions.DefaultMaxInputChars;

        /// <summary>
        /// Seconds the cleaning of one input may take; a slower one gives an ExtractionTimeout error and the run goes on.
        /// For a download, also the time one request may take (a WebRequestTimeout error). 0 (default) = no limit on
        /// cleaning, 100 s per request.
        /// </summary>
        [Parameter]
        [ValidateRange(0, int.MaxValue / 1000)]
        public int TimeoutSec { get; set; }

        /// <summary>
        /// The address of inputs that have none (saved files, strings, bytes): relative links and images become absolute
        /// against it, and it is the article's Url. An input that brings its own address (a web response, a row with a Url)
        /// keeps it.
        /// </summary>
        [Parameter]
        [ValidateNotNull]
        public Uri? BaseUri { get; set; }

        /// <summary>
        /// The charset of files and bytes, as Get-Content takes it: a name (utf8, unicode, ascii, oem, ansi, shift_jis,
        /// windows-1251...), a code page number (932) or an Encoding. A byte-order mark still wins. Without it the charset
        /// comes from the BOM, a &lt;meta charset&gt;, UTF-8 validity, the East Asian charsets recognised from the bytes, and
        /// else Windows-1252. Strings are already text and are not affected.
        /// </summary>
        [Parameter]
        [ValidateNotNull]
        [EncodingTransformation]
        [ArgumentCompleter(typeof(EncodingArgumentCompleter))]
        public System.Text.Encoding? Encoding { get; set; }

        /// <summary>
        /// Read and clean this many documents at once, each on a thread of its own; the articles (and errors) still come out
        /// in input order. 1 (the default) cleans one at a time on the pipeline thread. With URLs (-Uri or piped), the
        /// default is 4: that many pages are downloaded and cleaned at once (at most 2 from one host).
        /// </summary>
        [Parameter]
        [ValidateRange(1, 64)]
        public int ThrottleLimit { get; set; } = 1;

        /// <summary>
        /// Clean only shard i of n ("0/4" ... "3/4"): a deterministic 1/n of the inputs, by a stable hash of each record's id
        /// (WARC, JSON Lines) or each file's path, so n processes or machines split one crawl without coordinating.
        /// </summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string? Shard { get; set; }

        private ShardFilter? _shard;

        /// <summary>
        /// The kinds of page wanted (Article, Forum, Listing, Collection, Product, Service, Documentation, Other). A page of another
        /// kind gives a NotAnArticle error, or is skipped with -SkipOther. Without it every page is written.
        /// </summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public PageType[]? PageType { get; set; }

        /// <summary>Skip pages whose type is not in -PageType (a -Verbose line says so) instead of writing a NotAnArticle error. Alone, it keeps articles only.</summary>
        [Parameter]
        public SwitchParameter SkipOther { get; set; }

        /// <summary>Builds the options once for the whole pipeline.</summary>
        protected override void BeginProcessing()
        {
            CheckBaseUri();
            CheckProxy();
            if (ResumeFrom != null) ReadResumeIndex();
            if (Shard != null)
            {
                _shard = ShardFilter.Parse(Shard, SessionState.Path.CurrentFileSystemLocation.ProviderPath, out string? shardError);
                if (_shard is null) ThrowTerminatingError(new ErrorRecord(new ArgumentException(shardError), ErrorIds.InvalidShard, ErrorCategory.InvalidArgument, Shard));
            }
            foreach (string selector in RemoveSelector) CheckSelector(selector, nameof(RemoveSelector));
            foreach (string selector in ContentSelector) CheckSelector(selector, nameof(ContentSelector));
            var options = new ExtractionOptions
            {
                InputFormat = InputFormat,
                Focus = Focus,
                IncludeComments = IncludeComments.IsPresent,
                IncludeTables = !ExcludeTables.IsPresent,
                IncludeImages = IncludeImages.IsPresent,
                IncludeLinks = IncludeLinks.IsPresent,
                RemoveSelectors = RemoveSelector,
                ContentSelectors = ContentSelector,
                KeepPatterns = CompilePatterns(KeepPattern, nameof(KeepPattern)),
                RemovePatterns = CompilePatterns(RemovePattern, nameof(RemovePattern)),
                MaxInputChars = MaximumInputSize,
            };
            _runner = new ExtractionRunner(options, SessionMemo, TimeSpan.FromSeconds(TimeoutSec), VerboseWanted());
            _collector = new PipelineInputCollector(MaximumInputSize, ResolveLiteralFileSystemPath, Encoding?.WebName, Download);
            _progress = new ArticleProgress(WriteProgress);
            if (ThrottleLimit > 1 || (ParameterSetName == ParameterSets.Uri && !MyInvocation.BoundParameters.ContainsKey(nameof(ThrottleLimit))))
            {
                StartParallel(ThrottleLimit > 1 ? ThrottleLimit : WebDocumentReader.DefaultThrottleLimit);
            }
        }

        private void StartParallel(int threads)
        {
            _parallel = new ParallelCleaner(_runner!, threads, WithAddress, Unordered.IsPresent);
            _collector!.DeferFileReads = true;
        }

        /// <summary>The deferred download of one URL; the first one opens the HttpClient of this run.</summary>
        private CollectedItem Download(System.Uri uri, object target)
        {
            if (_web is null)
            {
                var options = new FetchOptions
                {
                    RequestTimeout = TimeoutSec > 0 ? TimeSpan.FromSeconds(TimeoutSec) : FetchOptions.DefaultRequestTimeout,
                    MaximumRetryCount = MaximumRetryCount,
                    RetryInterval = TimeSpan.FromSeconds(RetryIntervalSec),
                    MaximumSize = MaximumSize,
                    UserAgent = UserAgent,
                    PerHostDelay = TimeSpan.FromMilliseconds(PerHostDelayMilliseconds),
                    NoProxy = NoProxy.IsPresent,
                    Proxy = Proxy is null ? null : new System.Net.WebProxy(Proxy),
                };
                if (Headers != null)
                {
                    foreach (DictionaryEntry header in Headers)
                    {
                        options.Headers.Add(new KeyValuePair<string, string>(
                            LanguagePrimitives.ConvertTo<string>(header.Key), LanguagePrimitives.ConvertTo<string>(header.Value) ?? string.Empty));
                    }
                }
                _web = new WebDocumentReader(options, MaximumInputSize, Encoding?.WebName, FollowAmp.IsPresent, _runner!.StopToken);
            }
            return _web.Defer(uri, target);
        }

        /// <summary>-Proxy must be an absolute http address, and goes with no -NoProxy: else nothing is read.</summary>
        private void CheckProxy()
        {
            if (Proxy is null) return;
            string? problem = NoProxy.IsPresent ? "-Proxy and -NoProxy cannot be used together."
                : !Proxy.IsAbsoluteUri || Proxy.Scheme != System.Uri.UriSchemeHttp ? "-Proxy '" + Proxy.OriginalString + "' is not an absolute http address (such as http://proxy.example:3128)."
                : null;
            if (problem != null)
            {
                ThrowTerminatingError(new ErrorRecord(new ArgumentException(problem), ErrorIds.InvalidProxy, ErrorCategory.InvalidArgument, Proxy));
            }
        }

        /// <summary>-Uri: each address downloaded and cleaned; given as arguments, they count for the progress bar's total.</summary>
        private void ProcessUris()
        {
            if (!MyInvocation.ExpectingInput) _progress!.AddToTotal(Uri.Length);
            var items = new List<CollectedItem>(Uri.Length);
            foreach (System.Uri uri in Uri)
            {
                items.Add(PageFetcher.IsWebUri(uri) ? Download(uri, uri) : new CollectedItem(WebErrors.UnsupportedUri(uri, uri.OriginalString)));
            }
            Emit(items);
        }

        /// <summary>What a download did (redirects, retries), as verbose lines before its article or error.</summary>
        private void WriteNotes(CollectedItem item)
        {
            if (item.Notes != null) foreach (string line in item.Notes) WriteVerbose(line);
            if (item.Document?.Download is PageDownload download) foreach (string line in download.Log) WriteVerbose(line);
        }

        /// <summary>
        /// Whether verbose output is shown (-Verbose, or $VerbosePreference): the core builds its log lines only then, as
        /// building them (element paths, one line per removed block) costs time on every page otherwise.
        /// </summary>
        private bool VerboseWanted()
        {
            if (MyInvocation.BoundParameters.TryGetValue("Verbose", out object? v)) return v is SwitchParameter sw ? sw.IsPresent : LanguagePrimitives.IsTrue(v);
            object? preference = GetVariableValue("VerbosePreference");
            return preference is ActionPreference p ? p != ActionPreference.SilentlyContinue && p != ActionPreference.Ignore : preference != null && !string.Equals(preference.ToString(), "SilentlyContinue", StringComparison.OrdinalIgnoreCase);
        }

        /// <summary>Handles one path or pipeline object.</summary>
        protected override void ProcessRecord()
        {
            switch (ParameterSetName)
            {
                case ParameterSets.Path:
                    ProcessPaths(Path, literal: false);
                    break;
                case ParameterSets.LiteralPath:
                    ProcessPaths(LiteralPath, literal: true);
                    break;
                case ParameterSets.Uri:
                    ProcessUris();
                    break;
                default:
                    if (JsonLines.IsPresent && InputObject?.BaseObject is string line) Emit(ReadJsonLine(line));
                    else Emit(_collector!.Add(InputObject));
                    break;
            }
        }

        /// <summary>Cleans the lines still gathered from the pipeline.</summary>
        protected override void EndProcessing()
        {
            var rest = new List<CollectedItem>();
            _collector!.FlushAll(rest);
            Emit(rest);
            if (_done != null) WriteVerbose(_resumed.ToString(System.Globalization.CultureInfo.InvariantCulture) + " inputs skipped as already written (-ResumeFrom).");
            if (_parallel != null)
            {
                var done = new List<ParallelCleaner.Work>();
                while (_parallel.DrainNext(done))
                {
                    WriteDone(done);
                    done.Clear();
                }
            }
            _progress!.Complete();
            _web?.Dispose();
            _web = null;
        }

        /// <summary>Ctrl+C: stop now, even in the middle of a document (its worker is abandoned).</summary>
        protected override void StopProcessing()
        {
            _stopping = true;
            _runner?.Stop();
        }

        /// <summary>Releases the runner's stop signal.</summary>
        public void Dispose()
        {
            // Workers still downloading (the run ended on an error with -ErrorAction Stop) stop now, not page by page.
            _runner?.Stop();
            _parallel?.Dispose();
            _web?.Dispose();
            _runner?.Dispose();
        }
    }
}
