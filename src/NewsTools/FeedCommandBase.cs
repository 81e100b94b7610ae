using System;
using System.Collections.Generic;
using System.Management.Automation;

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
            _inputs = new FeedInputReader(SessionState, ExtractionOptions.DefaultMaxInputChars, Encoding?.WebName, CommandName, ResolveLiteralFileSystemPath);
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
        protected override void EndProcessing() => Handle(_inputs!.Flush());

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
        /// Downloads <paramref name="url"/> and reads it. THE PLACE TO WIRE THE SHARED FETCHER (issue 17's Get-CleanArticle
        /// -Uri, src/NewsTools.Core/Web/): fetch with the command's one HTTP client (built in BeginProcessing, cancelled by
        /// StopProcessing), decode the body with <c>FeedDecoder.Decode(bytes, Encoding?.WebName ?? headerCharset)</c> (it
        /// reads the XML declaration), then call <c>RunGuarded(text, finalUrl.AbsoluteUri, finalUrl, target)</c> so relative
        /// links resolve against the address after redirects; a failed download is the fetcher's own error for this URL,
        /// with <paramref name="target"/> as TargetObject. Until then each URL is one FeedUrlNotFetched (NotImplemented) error.
        /// </summary>
        private protected void FetchAndRead(Uri url, object target)
        {
            if (!url.IsAbsoluteUri || (url.Scheme != System.Uri.UriSchemeHttp && url.Scheme != System.Uri.UriSchemeHttps))
            {
                WriteError(Errors.InvalidFeedUri(target, url.OriginalString));
                return;
            }
            WriteError(Errors.FeedUrlNotFetched(url, CommandName));
        }

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

        private string? ResolveLiteralFileSystemPath(string path)
        {
            try
            {
                string resolved = SessionState.Path.GetUnresolvedProviderPathFromPSPath(path, out ProviderInfo provider, out _);
                return string.Equals(provider.Name, "FileSystem", StringComparison.OrdinalIgnoreCase) ? resolved : null;
            }
            catch (Exception e) when (e is ItemNotFoundException || e is DriveNotFoundException || e is ProviderNotFoundException ||
                e is PSNotSupportedException || e is NotSupportedException || e is ArgumentException || e is ProviderInvocationException)
            {
                return null;
            }
        }
    }
}
