using System;
using System.Collections.Generic;
using System.Management.Automation;
using System.Threading;
using NewsTools.Feeds;
using NewsTools.Web;

namespace NewsTools.Commands
{
    /// <summary>
    /// What Get-NewsFeed and Find-NewsFeed share: the input parameter sets (Path, LiteralPath, InputObject, Uri), turning
    /// each input into a document, and one place, <see cref="FetchAndRead"/>, where a URL becomes a document.
    /// </summary>
    public abstract class FeedCommandBase : PSCmdlet
    {
        private FeedInputReader? _inputs;

        /// <summary>Paths of feed, sitemap or page files; wildcards allowed; .gz read transparently. An http(s) address here is taken as -Uri.</summary>
        [Parameter(Mandatory = true, Position = 0, ParameterSetName = ParameterSets.Path)]
        [ValidateNotNullOrEmpty]
        public string[] Path { get; set; } = Array.Empty<string>();

        /// <summary>Paths taken as written (no wildcards).</summary>
        [Parameter(Mandatory = true, ParameterSetName = ParameterSets.LiteralPath, ValueFromPipelineByPropertyName = true)]
        [Alias("PSPath", "LP")]
        [ValidateNotNullOrEmpty]
        public string[] LiteralPath { get; set; } = Array.Empty<string>();

        /// <summary>Addresses of feeds or pages (http or https).</summary>
        [Parameter(Mandatory = true, ParameterSetName = ParameterSets.Uri)]
        [ValidateNotNullOrEmpty]
        public Uri[] Uri { get; set; } = Array.Empty<Uri>();

        /// <summary>Documents (strings, Get-Content lines, FileInfo, bytes, web responses) or addresses (URL strings, [uri], FeedItem, FeedLink).</summary>
        [Parameter(Mandatory = true, ValueFromPipeline = true, ParameterSetName = ParameterSets.InputObject)]
        [AllowNull]
        [AllowEmptyString]
        public PSObject? InputObject { get; set; }

        /// <summary>The charset of files and bytes (a name, a code page or an Encoding); a byte-order mark still wins.</summary>
        [Parameter]
        [ValidateNotNull]
        [EncodingTransformation]
        public System.Text.Encoding? Encoding { get; set; }

        /// <summary>The command's name in messages.</summary>
        private protected abstract string CommandName { get; }

        /// <summary>True once nothing more is wanted (-First reached): later inputs are not read.</summary>
        private protected virtual bool Done => false;

        /// <summary>Reads one document.</summary>
        private protected abstract void ReadDocument(string text, string source, Uri? documentUrl, object target);

        /// <summary>Sets up the input reader.</summary>
        protected override void BeginProcessing()
        {
            _inputs = new FeedInputReader(SessionState, ExtractionOptions.DefaultMaxInputChars, Encoding?.WebName, CommandName, path => GetCleanArticleCommand.ResolveLiteralFileSystemPath(SessionState, path));
        }

        /// <summary>Handles one set of paths or addresses, or one pipeline object.</summary>
        protected override void ProcessRecord()
        {
            switch (ParameterSetName)
            {
                case ParameterSets.Path:
                    Handle(_inputs!.FromPaths(Path, literal: false));
                    break;
                case ParameterSets.LiteralPath:
                    Handle(_inputs!.FromPaths(LiteralPath, literal: true));
                    break;
                case ParameterSets.Uri:
                    foreach (Uri u in Uri)
                    {
                        if (Done) return;
                        FetchAndRead(u, u);
                    }
                    break;
                default:
                    Handle(_inputs!.FromPipeline(InputObject));
                    break;
            }
        }

        /// <summary>Reads the Get-Content lines still gathered.</summary>
        protected override void EndProcessing()
        {
            Handle(_inputs!.Flush());
            _web?.Dispose();
            _web = null;
        }

        private void Handle(List<FeedSource> sources)
        {
            foreach (FeedSource source in sources)
            {
                if (Done) return;
                if (source.Warning != null) WriteWarning(source.Warning);
                else if (source.Error != null) WriteError(source.Error);
                else if (source.Fetch != null) FetchAndRead(source.Fetch, source.Target);
                else RunGuarded(source.Text!, source.Source, source.DocumentUrl, source.Target);
            }
        }

        /// <summary>
        /// Downloads <paramref name="url"/> with the command's one HTTP client (the fetcher Get-CleanArticle -Uri uses:
        /// redirects, retries on 408/429/5xx, the size cap, per-host limits) and reads it; relative links resolve against
        /// the address after redirects. A failed download is one error with the URL as target, as for Get-CleanArticle.
        /// </summary>
        private protected void FetchAndRead(Uri url, object target)
        {
            if (!url.IsAbsoluteUri || (url.Scheme != System.Uri.UriSchemeHttp && url.Scheme != System.Uri.UriSchemeHttps))
            {
                WriteError(Errors.InvalidFeedUri(target, url.OriginalString));
                return;
            }
            string? text = Fetch(url, target, report: true, out Uri final);
            if (text != null) RunGuarded(text, final.AbsoluteUri, final, target);
        }

        /// <summary>
        /// Downloads and decodes <paramref name="url"/>; null when that fails, with one error for <paramref name="target"/>
        /// when <paramref name="report"/> (a probe's miss is only verbose). <paramref name="final"/> is the address after redirects.
        /// </summary>
        private protected string? Fetch(Uri url, object target, bool report, out Uri final)
        {
            final = url;
            _web ??= new PageFetcher(new FetchOptions());
            FetchResult result;
            try
            {
                result = _web.FetchAsync(url, _cancel.Token).GetAwaiter().GetResult();
            }
            catch (OperationCanceledException)
            {
                throw new PipelineStoppedException();
            }
            foreach (string line in result.Log) WriteVerbose(line);
            if (!result.Succeeded || result.Body is null)
            {
                if (report) WriteError(WebErrors.DownloadFailed(target, result));
                else WriteVerbose(url + ": " + (result.Message ?? result.Failure.ToString()));
                return null;
            }
            final = result.FinalUri ?? url;
            byte[] body;
            try
            {
                // A sitemap.xml.gz comes as gzip bytes: unwrapped within the same cap as a file.
                body = BoundedByteReader.Unwrap(result.Body, ExtractionOptions.DefaultMaxInputChars);
            }
            catch (InputTooLargeException e)
            {
                if (report) WriteError(Errors.InputTooLarge(target, "'" + url.OriginalString + "'", e.Message));
                return null;
            }
            return FeedDecoder.Decode(body, Encoding?.WebName ?? result.Charset);
        }

        private PageFetcher? _web;
        private readonly CancellationTokenSource _cancel = new CancellationTokenSource();

        /// <summary>Ctrl+C: cancels a download in flight.</summary>
        protected override void StopProcessing() => _cancel.Cancel();

        /// <summary>Reads one document; an unexpected exception is a bug, reported for this input only.</summary>
        private protected void RunGuarded(string text, string source, Uri? documentUrl, object target)
        {
            try
            {
                ReadDocument(text, source, documentUrl, target);
            }
            catch (Exception e) when (!(e is PipelineStoppedException) && !(e is OutOfMemoryException) && !(e is StackOverflowException))
            {
                WriteError(Errors.FeedReadFailed(target, NameOf(source), e));
            }
        }

        /// <summary>How messages name an input.</summary>
        private protected static string NameOf(string source) => source == "pipeline" ? "pipeline input" : "'" + source + "'";
    }
}
