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
        public PageDownload(Uri requested, Uri final, int statusCode, IReadOnlyList<string> log, PageHints? hints)
        {
            RequestedUri = requested;
            FinalUri = final;
            StatusCode = statusCode;
            Log = log;
            Hints = hints;
        }

        /// <summary>The same download with another log (and, when given, other hints).</summary>
        public PageDownload(Uri requested, PageDownload page, IReadOnlyList<string> log, PageHints? hints = null)
            : this(requested, page.FinalUri, page.StatusCode, log, hints ?? page.Hints)
        {
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
        private readonly bool _followAmp;
        /// <summary>Input positions of the downloads, given on the pipeline thread in input order.</summary>
        private long _order;

        /// <summary>
        /// A reader; <paramref name="limit"/> is -MaximumInputSize (bytes after gzip, as for files), <paramref name="charset"/>
        /// -Encoding's charset or null, <paramref name="followAmp"/> -FollowAmp, <paramref name="stop"/> the command's Ctrl+C token.
        /// </summary>
        public WebDocumentReader(FetchOptions options, int limit, string? charset, bool followAmp, CancellationToken stop)
        {
            _followAmp = followAmp;
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

        /// <summary>Downloads and decodes one page (or its AMP version, with -FollowAmp); an empty item when Ctrl+C came first.</summary>
        public CollectedItem Read(Uri uri, object target, long order)
        {
            FetchResult? fetch = Fetch(uri, order);
            if (fetch is null) return default;
            if (!fetch.Succeeded) return CollectedItem.WithNotes(new CollectedItem(WebErrors.DownloadFailed(target, fetch)), fetch.Log);
            CollectedItem page = Decode(fetch, target, fetch.RequestedUri, fetch.Log);
            Uri? ampUri = page.Document?.Download?.Hints?.AmpUri;
            if (!_followAmp || ampUri is null || ampUri == fetch.FinalUri) return page;

            // -FollowAmp: the AMP version is cleaned instead; if it cannot be had, the page itself still is.
            FetchResult? amp = Fetch(ampUri, order);
            if (amp is null) return default;
            var log = new List<string>(fetch.Log);
            log.AddRange(amp.Log);
            if (!amp.Succeeded)
            {
                log.Add("The AMP version of '" + fetch.FinalUri + "' could not be downloaded (" + amp.Message + "); the page itself is cleaned.");
                page.Document!.Download = new PageDownload(fetch.RequestedUri, page.Document.Download!, log);
                return page;
            }
            log.Add("Cleaning the AMP version '" + (amp.FinalUri ?? ampUri) + "' of '" + fetch.FinalUri + "' (-FollowAmp).");
            CollectedItem ampPage = Decode(amp, target, fetch.RequestedUri, log);
            if (ampPage.Document is null) return page;
            // The AMP page's own hints are of no use (it names no AMP version); the original's AmpUrl is kept.
            ampPage.Document.Download = new PageDownload(fetch.RequestedUri, ampPage.Document.Download!, log, page.Document!.Download!.Hints);
            return ampPage;
        }

        /// <summary>One download; null when Ctrl+C came first.</summary>
        private FetchResult? Fetch(Uri uri, long order)
        {
            try
            {
                // The pipeline thread and the workers have no synchronisation context; the core awaits with ConfigureAwait(false).
                return _fetcher.FetchAsync(uri, order, _stop).GetAwaiter().GetResult();
            }
            catch (OperationCanceledException)
            {
                return null;
            }
            catch (ObjectDisposedException) when (_stop.IsCancellationRequested)
            {
                return null;
            }
        }

        /// <summary>The bytes of a successful download as a document (or its error), the way files are decoded.</summary>
        private CollectedItem Decode(FetchResult fetch, object target, Uri requested, IReadOnlyList<string> log)
        {
            Uri final = fetch.FinalUri ?? fetch.RequestedUri;
            string address = final.ToString();
            string text;
            try
            {
                byte[] bytes = BoundedByteReader.Unwrap(fetch.Body!, _limit > 0 ? _limit : long.MaxValue);
                text = DocumentDecoder.Decode(bytes, _charset ?? fetch.Charset);
            }
            catch (InputTooLargeException e)
            {
                return CollectedItem.WithNotes(new CollectedItem(Errors.InputTooLarge(target, "'" + address + "'", e.Message)), log);
            }
            catch (InvalidDataException e)
            {
                return CollectedItem.WithNotes(new CollectedItem(Errors.BinaryInput(target, address + ": " + e.Message)), log);
            }
            bool html = fetch.MediaType is null || fetch.MediaType.IndexOf("html", StringComparison.OrdinalIgnoreCase) >= 0 || fetch.MediaType.EndsWith("xml", StringComparison.OrdinalIgnoreCase);
            var doc = new InputDocument(text, address, address, target)
            {
                Download = new PageDownload(requested, final, fetch.StatusCode, log, html ? PageHints.Read(text, final) : null),
            };
            return new CollectedItem(doc);
        }

        /// <summary>Closes the connections.</summary>
        public void Dispose() => _fetcher.Dispose();
    }
}
