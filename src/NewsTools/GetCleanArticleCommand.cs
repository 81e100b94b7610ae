using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Collections.ObjectModel;
using System.Management.Automation;
using System.Text.RegularExpressions;
using NewsTools.Loading;
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
    public sealed class GetCleanArticleCommand : PSCmdlet, IDisposable
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

        /// <summary>Reads the keys of -ResumeFrom's file, if it exists.</summary>
        private void ReadResumeIndex()
        {
            string path = GetUnresolvedProviderPathFromPSPath(ResumeFrom);
            if (!System.IO.File.Exists(path))
            {
                WriteVerbose("-ResumeFrom '" + path + "' does not exist yet: nothing to skip.");
                return;
            }
            try
            {
                using System.IO.Stream raw = new System.IO.FileStream(path, System.IO.FileMode.Open, System.IO.FileAccess.Read, System.IO.FileShare.ReadWrite, 1 << 16);
                using System.IO.Stream content = Containers.ContainerStreams.Open(raw);
                _done = ExportResumeIndex.Read(content);
            }
            catch (Exception e) when (e is System.IO.IOException || e is UnauthorizedAccessException || e is System.IO.InvalidDataException)
            {
                ThrowTerminatingError(Errors.FileReadError(path, e));
            }
            WriteVerbose(string.Format(System.Globalization.CultureInfo.InvariantCulture, "-ResumeFrom '{0}': {1} records already written; their inputs are skipped.", path, _done!.Records));
        }

        /// <summary>False for an input whose article is already in the -ResumeFrom file.</summary>
        private bool NotDoneYet(CollectedItem item)
        {
            string? key = item.Document != null
                ? ExportResumeIndex.KeyOf(item.Document.Input.Source, item.Document.Input.Record?.RecordId)
                : item.ReadPath != null ? ExportResumeIndex.KeyOf(item.ReadPath, null) : null;
            if (key is null || !_done!.Contains(key)) return true;
            _resumed++;
            return false;
        }

        /// <summary>One piped JSON Lines record as a document with its id and url, or its error (nothing for a blank line).</summary>
        private IEnumerable<CollectedItem> ReadJsonLine(string line)
        {
            _jsonLines ??= new Containers.JsonLinesReader(System.IO.TextReader.Null, null, MaximumInputSize);
            Containers.ContainerEntry? entry = _jsonLines.ReadLine(line, ++_jsonLine);
            if (!entry.HasValue) return Array.Empty<CollectedItem>();
            if (entry.Value.Error is Containers.ContainerError error) return new[] { new CollectedItem(Errors.ContainerRecordInvalid("pipeline", error)) };
            Containers.ContainerPage page = entry.Value.Page!;
            var document = new InputDocument(page.Content, "pipeline", page.Url, line);
            document.Input.Record = page;
            return new[] { new CollectedItem(document) };
        }

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

        /// <summary>A literal path in the current PowerShell location as a file-system path, or null (another provider, no such drive, not a path).</summary>
        private string? ResolveLiteralFileSystemPath(string path) => ResolveLiteralFileSystemPath(SessionState, path);

        /// <summary>As the instance method, for the other cmdlets of the module (Get-NewsFeed, Find-NewsFeed).</summary>
        internal static string? ResolveLiteralFileSystemPath(SessionState session, string path)
        {
            try
            {
                string resolved = session.Path.GetUnresolvedProviderPathFromPSPath(path, out ProviderInfo provider, out _);
                return string.Equals(provider.Name, "FileSystem", StringComparison.OrdinalIgnoreCase) ? resolved : null;
            }
            catch (Exception e) when (e is ItemNotFoundException || e is DriveNotFoundException || e is ProviderNotFoundException ||
                e is PSNotSupportedException || e is NotSupportedException || e is ArgumentException || e is ProviderInvocationException)
            {
                return null;
            }
        }

        /// <summary>
        /// The files of every path of this call, resolved first so the progress bar knows the total; when the paths come
        /// from the pipeline (by property name), each call holds only its own and the total stays unknown.
        /// </summary>
        private void ProcessPaths(string[] paths, bool literal)
        {
            // Each entry is a file to read or the error of a path that named none, kept in the order the paths were given.
            var entries = new List<object>();
            int fileCount = 0;
            foreach (string p in paths)
            {
                int before = entries.Count;
                // "Get-CleanArticle https://..." means the page: no file-system path is an absolute http(s) URL.
                if (!literal && StringInputRule.IsWebUrl(p.Trim())) entries.Add(new System.Uri(p.Trim(), UriKind.Absolute));
                else ResolveFiles(SessionState, p, literal, entries);
                fileCount += entries.Count - before;
            }
            if (!MyInvocation.ExpectingInput) _progress!.AddToTotal(fileCount);
            foreach (object entry in entries)
            {
                if (_stopping) return;
                if (entry is System.Uri page)
                {
                    Emit(new[] { Download(page, page.OriginalString) });
                    continue;
                }
                if (entry is string container && ContainerFileReader.IsContainer(container))
                {
                    // WARC and JSON Lines: many documents per file, read as a stream (serial read, cleaned on -ThrottleLimit threads).
                    Emit(ContainerFileReader.Read(container, MaximumInputSize, null, WriteVerbose));
                    continue;
                }
                if (_parallel != null)
                {
                    string? charset = Encoding?.WebName;
                    int limit = MaximumInputSize;
                    Emit(new[] { entry is ErrorRecord e ? new CollectedItem(e) : CollectedItem.ForRead((string)entry, () => FileDocumentReader.Read((string)entry, entry, limit, charset)) });
                }
                else if (entry is ErrorRecord error) WriteError(error);
                else Emit(new[] { FileDocumentReader.Read((string)entry, entry, MaximumInputSize, Encoding?.WebName) });
            }
        }

        /// <summary>Adds the files a path names (a wildcard expanded) to <paramref name="entries"/>, or the error saying it names none.</summary>
        internal static void ResolveFiles(SessionState session, string path, bool literal, List<object> entries)
        {
            Collection<string> files;
            ProviderInfo provider;
            try
            {
                if (literal)
                {
                    files = new Collection<string> { session.Path.GetUnresolvedProviderPathFromPSPath(path, out provider, out _) };
                }
                else
                {
                    files = session.Path.GetResolvedProviderPathFromPSPath(path, out provider);
                }
            }
            catch (ItemNotFoundException)
            {
                entries.Add(Errors.FileNotFound(path));
                return;
            }
            catch (DriveNotFoundException)
            {
                entries.Add(Errors.FileNotFound(path));
                return;
            }
            catch (ProviderNotFoundException)
            {
                entries.Add(Errors.FileNotFound(path));
                return;
            }
            catch (PSNotSupportedException e)
            {
                entries.Add(Errors.NotFileSystemPath(path, e.Message));
                return;
            }

            if (!string.Equals(provider.Name, "FileSystem", StringComparison.OrdinalIgnoreCase))
            {
                entries.Add(Errors.NotFileSystemPath(path, provider.Name));
                return;
            }

            if (files.Count == 0)
            {
                // A wildcard that matched nothing: say so rather than return silently.
                entries.Add(Errors.FileNotFound(path));
                return;
            }

            foreach (string file in files) entries.Add(file);
        }

        private void Emit(IEnumerable<CollectedItem> items)
        {
            // Only a list is looked through for downloads: a container file's records are a lazy stream, read once.
            if (_parallel is null && !MyInvocation.BoundParameters.ContainsKey(nameof(ThrottleLimit)) && items is IReadOnlyCollection<CollectedItem>)
            {
                foreach (CollectedItem item in items)
                {
                    if (item.IsDownload)
                    {
                        // Everything before was written already: switching now keeps the input order.
                        StartParallel(WebDocumentReader.DefaultThrottleLimit);
                        break;
                    }
                }
            }
            if (_shard != null) items = items.Where(_shard.Takes);
            if (_done != null) items = items.Where(NotDoneYet);
            if (_parallel != null)
            {
                var done = new List<ParallelCleaner.Work>();
                foreach (CollectedItem item in items)
                {
                    if (_stopping) return;
                    _parallel.Submit(item, done);
                }
                WriteDone(done);
                return;
            }
            foreach (CollectedItem original in items)
            {
                CollectedItem item = original.Read != null ? original.Read() : original;
                if (_stopping) return;
                WriteNotes(item);
                if (item.Warning == null) _progress!.Next(item.Document?.Input.Source ?? item.Error?.TargetObject?.ToString() ?? string.Empty);
                if (item.Warning != null)
                {
                    WriteWarning(item.Warning);
                    continue;
                }
                if (item.Error != null)
                {
                    WriteError(item.Error);
                    continue;
                }
                Clean(item.Document!);
            }
        }

        /// <summary>Writes what the parallel workers finished, in input order: a warning, an error, or a document's outcome.</summary>
        private void WriteDone(List<ParallelCleaner.Work> done)
        {
            foreach (ParallelCleaner.Work work in done)
            {
                if (_stopping) return;
                // An item given up on may still be written by its worker: read only what was submitted, and the document
                // reference (set once, atomically), never the struct the worker may be replacing.
                CollectedItem item = work.GivenUp != null ? work.Submitted : work.Item;
                WriteNotes(item);
                if (item.Warning != null)
                {
                    WriteWarning(item.Warning);
                    continue;
                }
                InputDocument? doc = work.Document ?? item.Document;
                _progress!.Next(doc?.Input.Source ?? item.ReadPath ?? item.Error?.TargetObject?.ToString() ?? string.Empty);
                if (work.GivenUp != null && doc is null)
                {
                    // Given up while its file was still being read.
                    WriteError(Errors.ExtractionTimeout(item.ReadPath ?? (object)"pipeline", "'" + item.ReadPath + "'", TimeoutSec));
                    continue;
                }
                if (item.Error != null && work.GivenUp is null)
                {
                    WriteError(item.Error);
                    continue;
                }
                if (doc is null) continue; // stopped before it was read
                WriteVerbose("Cleaning " + NameOf(doc) + " (" + doc.Input.Content.Length + " characters).");
                Report(doc, work.GivenUp ?? work.Outcome ?? ExtractionRunner.GivenUp(RunEnd.Stopped, null));
            }
        }

        /// <summary>Cleans one document and writes its article, or one error for it: nothing that goes wrong here ends the run.</summary>
        private void Clean(InputDocument doc)
        {
            ArticleInput input = WithAddress(doc.Input);
            WriteVerbose("Cleaning " + NameOf(doc) + " (" + input.Content.Length + " characters).");
            Report(doc, _runner!.Run(input));
        }

        /// <summary>Writes a document's article, or one error for it.</summary>
        private void Report(InputDocument doc, RunOutcome outcome)
        {
            string name = NameOf(doc);
            foreach (string line in outcome.Log) WriteVerbose(line);
            switch (outcome.End)
            {
                case RunEnd.Stopped:
                    return;
                case RunEnd.TimedOut:
                    WriteError(Errors.ExtractionTimeout(doc.Target, name, TimeoutSec));
                    return;
                case RunEnd.Threw:
                    WriteError(outcome.Exception is RegexMatchTimeoutException timeout && _patternParameters.TryGetValue(timeout.Pattern, out string? parameter)
                        ? Errors.PatternTimeout(doc.Target, name, parameter, timeout)
                        : Errors.ExtractionFailed(doc.Target, name, outcome.Exception!));
                    return;
            }

            ExtractionResult result = outcome.Result!;
            switch (result.Failure)
            {
                case ExtractionFailure.None:
                    Article article = result.Article!;
                    if (!Wanted(article, doc, name)) break;
                    if (article.WordCount == 0) WriteWarning(EmptyArticleWarning(name, article));
                    PSObject written = ArticleExportForms.Decorate(article);
                    if (doc.Download != null) WebArticleNotes.Add(written, article, doc.Download, WriteVerbose);
                    WriteObject(written);
                    break;
                case ExtractionFailure.BinaryInput:
                    WriteError(Errors.BinaryInput(doc.Target, name + ": " + result.Message));
                    break;
                case ExtractionFailure.InputTooLarge:
                    WriteError(Errors.InputTooLarge(doc.Target, name, result.Message!));
                    break;
                default:
                    WriteError(Errors.EmptyInput(doc.Target, name + ": " + result.Message));
                    break;
            }
        }

        /// <summary>Whether the page's type is one -PageType asks for; if not, writes its NotAnArticle error or (-SkipOther) a verbose line.</summary>
        private bool Wanted(Article article, InputDocument doc, string name)
        {
            PageType[]? wanted = PageType ?? (SkipOther.IsPresent ? new[] { NewsTools.PageType.Article } : null);
            if (wanted is null || Array.IndexOf(wanted, article.PageType) >= 0) return true;
            string evidence = string.Empty;
            foreach (MetadataSource source in article.MetadataSources)
            {
                if (source.Field == "PageType") evidence = source.Source;
            }
            if (SkipOther.IsPresent) WriteVerbose("Skipped " + name + ": a " + article.PageType + " page (" + evidence + "), not " + string.Join(" or ", wanted) + ".");
            else WriteError(Errors.NotAnArticle(doc.Target, name, article.PageType.ToString(), evidence, string.Join(", ", wanted)));
            return false;
        }

        /// <summary>The input as a message names it: its path or URL, or the start of a piped string.</summary>
        private static string NameOf(InputDocument doc)
        {
            string source = doc.Input.Source;
            if (!string.Equals(source, "pipeline", StringComparison.Ordinal)) return "'" + source + "'";
            string content = doc.Input.Content;
            string head = content.Length > 40 ? content.Substring(0, 40) + "..." : content;
            return "pipeline input '" + Regex.Replace(head, @"\s+", " ").Trim() + "'";
        }

        /// <summary>Nothing left is a result, not a failure; the warning says why, from what the article records.</summary>
        private static string EmptyArticleWarning(string name, Article article)
        {
            var byReason = new SortedDictionary<string, int>(StringComparer.Ordinal);
            foreach (RemovedBlock block in article.Removed)
            {
                string reason = block.Reason.ToString();
                byReason[reason] = byReason.TryGetValue(reason, out int n) ? n + 1 : 1;
            }
            var parts = new List<string>();
            foreach (KeyValuePair<string, int> pair in byReason) parts.Add(pair.Key + " " + pair.Value);
            string why = parts.Count == 0
                ? "the input holds no story text"
                : "every block was removed (" + string.Join(", ", parts) + "; see the Removed property)";
            return name + ": nothing was left after cleaning (WordCount 0): " + why +
                (article.Strategy is null ? "." : "; strategy '" + article.Strategy + "'.");
        }

        private void CheckBaseUri()
        {
            if (BaseUri is null) return;
            if (!BaseUri.IsAbsoluteUri || (BaseUri.Scheme != System.Uri.UriSchemeHttp && BaseUri.Scheme != System.Uri.UriSchemeHttps && BaseUri.Scheme != System.Uri.UriSchemeFile))
            {
                ThrowTerminatingError(new ErrorRecord(
                    new ArgumentException("-BaseUri '" + BaseUri.OriginalString + "' is not an absolute http, https or file address (such as https://news.example.com/2024/story.html)."),
                    ErrorIds.InvalidBaseUri, ErrorCategory.InvalidArgument, BaseUri));
            }
        }

        /// <summary>The input as the core gets it: with -BaseUri as its address when it has none of its own.</summary>
        private ArticleInput WithAddress(ArticleInput input) =>
            BaseUri is null || !string.IsNullOrEmpty(input.Url) ? input : new ArticleInput(input.Content, input.Source, BaseUri.AbsoluteUri);

        private void CheckSelector(string selector, string parameter)
        {
            if (!SelectorValidator.IsValid(selector))
            {
                ThrowTerminatingError(new ErrorRecord(
                    new ArgumentException("-" + parameter + " '" + selector + "' is not a valid CSS selector."),
                    ErrorIds.InvalidSelector, ErrorCategory.InvalidArgument, selector));
            }
        }

        private Regex[] CompilePatterns(string[] patterns, string parameter)
        {
            var compiled = new Regex[patterns.Length];
            for (int i = 0; i < patterns.Length; i++)
            {
                try
                {
                    // The timeout bounds one match: a pattern that backtracks without end on some line fails that input
                    // (PatternTimeout) instead of hanging the run. 1 s is far beyond any sane pattern on one line.
                    compiled[i] = new Regex(patterns[i], RegexOptions.CultureInvariant, UserPatternTimeout);
                    _patternParameters[patterns[i]] = parameter;
                }
                catch (ArgumentException e)
                {
                    ThrowTerminatingError(new ErrorRecord(
                        new ArgumentException("-" + parameter + " '" + patterns[i] + "' is not a valid regular expression: " + e.Message, e),
                        ErrorIds.InvalidPattern, ErrorCategory.InvalidArgument, patterns[i]));
                }
            }
            return compiled;
        }
    }
}
