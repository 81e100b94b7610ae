using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using NewsTools.Loading;
using NewsTools.Web;

namespace NewsTools.Commands
{
    /// <summary>What a download brought besides the page: for verbose output and the article's note properties.</summary>
    internal sealed class PageDownload
    {
        public PageDownload(FetchResult fetch, PageHints? hints)
        {
            RequestedUri = fetch.RequestedUri;
            FinalUri = fetch.FinalUri ?? fetch.RequestedUri;
            StatusCode = fetch.StatusCode;
            Log = fetch.Log;
            Hints = hints;
        }

        public Uri RequestedUri { get; }

        public Uri FinalUri { get; }

        public int StatusCode { get; }

        /// <summary>Redirects and retries, as the fetcher logged them.</summary>
        public IReadOnlyList<string> Log { get; }

        /// <summary>The meta refresh and AMP addresses of an HTML page, or null for text.</summary>
        public PageHints? Hints { get; }
    }

    /// <summary>
    /// Turns a URL into a document, or one error for it: download (<see cref="PageFetcher"/>), then the same bytes-to-text
    /// path as files (gzip unwrapped within the size cap, then <see cref="DocumentDecoder"/>, with the charset of the
    /// Content-Type header as the declared one unless -Encoding is given). One per command run; its HttpClient lives as
    /// long as it does. Thread-safe: parallel workers share it.
    /// </summary>
    internal sealed class WebDocumentReader : IDisposable
    {
        /// <summary>
        /// Downloads at once when -ThrottleLimit is not given: downloads mostly wait on the network, so a few in flight
        /// cut the time of a list of URLs several times over (measured: README) while staying polite (2 per host).
        /// </summary>
        public const int DefaultThrottleLimit = 4;

        /// <summary>What a page can be: HTML, XHTML, any text (scraped text, Markdown), XML (an XHTML page served as such).</summary>
        private static readonly string[] PageMediaTypes = { "text/html", "application/xhtml+xml", "text/*", "application/xml", "*/*+xml" };

        private readonly PageFetcher _fetcher;
        private readonly int _limit;
        private readonly string? _charset;
        private readonly CancellationToken _stop;
        /// <summary>Input positions of the downloads, given on the pipeline thread in input order.</summary>
        private long _order;

        /// <summary>
        /// A reader; <paramref name="limit"/> is -MaximumInputSize (bytes after gzip, as for files), <paramref name="charset"/>
        /// -Encoding's charset or null, <paramref name="stop"/> the command's Ctrl+C token.
        /// </summary>
        public WebDocumentReader(FetchOptions options, int limit, string? charset, CancellationToken stop)
        {
            foreach (string type in PageMediaTypes) options.AcceptedMediaTypes.Add(type);
            _fetcher = new PageFetcher(options);
            _limit = limit;
            _charset = charset;
            _stop = stop;
        }

        /// <summary>A download to be made later, by whoever reads the item (the pipeline thread, or a -ThrottleLimit worker).</summary>
        public CollectedItem Defer(Uri uri, object target)
        {
            long order = ++_order;
            return CollectedItem.ForDownload(uri.ToString(), () => Read(uri, target, order));
        }

        /// <summary>Downloads and decodes one page; an empty item when Ctrl+C came first.</summary>
        public CollectedItem Read(Uri uri, object target, long order)
        {
            FetchResult fetch;
            try
            {
                // The pipeline thread and the workers have no synchronisation context; the core awaits with ConfigureAwait(false).
                fetch = _fetcher.FetchAsync(uri, order, _stop).GetAwaiter().GetResult();
            }
            catch (OperationCanceledException)
            {
                return default;
            }
            catch (ObjectDisposedException) when (_stop.IsCancellationRequested)
            {
                return default;
            }
            if (!fetch.Succeeded) return CollectedItem.WithNotes(new CollectedItem(WebErrors.DownloadFailed(target, fetch)), fetch.Log);

            Uri final = fetch.FinalUri ?? uri;
            string address = final.ToString();
            string text;
            try
            {
                byte[] bytes = BoundedByteReader.Unwrap(fetch.Body!, _limit > 0 ? _limit : long.MaxValue);
                text = DocumentDecoder.Decode(bytes, _charset ?? fetch.Charset);
            }
            catch (InputTooLargeException e)
            {
                return CollectedItem.WithNotes(new CollectedItem(Errors.InputTooLarge(target, "'" + address + "'", e.Message)), fetch.Log);
            }
            catch (InvalidDataException e)
            {
                return CollectedItem.WithNotes(new CollectedItem(Errors.BinaryInput(target, address + ": " + e.Message)), fetch.Log);
            }
            bool html = fetch.MediaType is null || fetch.MediaType.IndexOf("html", StringComparison.OrdinalIgnoreCase) >= 0 || fetch.MediaType.EndsWith("xml", StringComparison.OrdinalIgnoreCase);
            var doc = new InputDocument(text, address, address, target)
            {
                Download = new PageDownload(fetch, html ? PageHints.Read(text, final) : null),
            };
            return new CollectedItem(doc);
        }

        /// <summary>Closes the connections.</summary>
        public void Dispose() => _fetcher.Dispose();
    }
}
