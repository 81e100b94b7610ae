using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Tasks;

namespace NewsTools.Web
{
    /// <summary>
    /// Downloads pages over http and https with one HttpClient (connections reused) for its lifetime: one fetcher per
    /// command run, disposed at its end. Knows nothing of articles or PowerShell, so a feed reader can use it as is.
    /// <para>
    /// Redirects are followed here, not by the handler, so that a loop is seen as a loop (an address twice in one chain),
    /// the chain is known, every hop passes the host gate, and only http and https are ever followed. Each request (one
    /// hop) has its own timeout covering headers and body; a retry starts the chain again. Cancellation (Ctrl+C) reaches
    /// every wait: the host gate, the request, the body read (the response is disposed if a read ignores the token, as
    /// on .NET Framework) and the pause before a retry.
    /// </para>
    /// </summary>
    public sealed class PageFetcher : IDisposable
    {
        private const int BufferSize = 81920;

        private readonly FetchOptions _options;
        private readonly HttpClient _client;
        private readonly HostGates _gates;

        /// <summary>A fetcher with its own HttpClient; <paramref name="options"/> is read now and later, so do not change it.</summary>
        public PageFetcher(FetchOptions options)
            : this(options, CreateHandler(options))
        {
        }

        /// <summary>A fetcher over a given handler (tests give one that fails on purpose).</summary>
        internal PageFetcher(FetchOptions options, HttpMessageHandler handler)
        {
            _options = options;
            _gates = new HostGates(options.ConnectionsPerHost, options.PerHostDelay);
            _client = new HttpClient(handler, disposeHandler: true)
            {
                // Each request has its own timeout (RequestTimeout), which also covers the body; the client's would not.
                Timeout = System.Threading.Timeout.InfiniteTimeSpan,
            };
        }

        /// <summary>
        /// The compressions the runtime can undo: gzip and deflate everywhere, brotli where the runtime has it (.NET Core 3.0
        /// and later). netstandard2.0 has no name for it, so it is looked up at run time; Windows PowerShell (.NET
        /// Framework) has none and is not offered it.
        /// </summary>
        public static DecompressionMethods SupportedDecompression
        {
            get
            {
                DecompressionMethods methods = DecompressionMethods.GZip | DecompressionMethods.Deflate;
                foreach (string name in Enum.GetNames(typeof(DecompressionMethods)))
                {
                    if (string.Equals(name, "Brotli", StringComparison.Ordinal))
                    {
                        methods |= (DecompressionMethods)Enum.Parse(typeof(DecompressionMethods), name);
                    }
                }
                return methods;
            }
        }

        private static HttpClientHandler CreateHandler(FetchOptions options)
        {
            var handler = new HttpClientHandler
            {
                AllowAutoRedirect = false,
                AutomaticDecompression = SupportedDecompression,
                UseCookies = true,
                CookieContainer = new CookieContainer(),
            };
            if (options.NoProxy)
            {
                handler.UseProxy = false;
            }
            else if (options.Proxy != null)
            {
                handler.Proxy = options.Proxy;
                handler.UseProxy = true;
            }
            return handler;
        }

        /// <summary>An absolute http or https address.</summary>
        public static bool IsWebUri(Uri? uri) =>
            uri != null && uri.IsAbsoluteUri && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);

        /// <summary>
        /// Downloads <paramref name="uri"/>: the body, or why there is none. Never throws for a failed download; throws
        /// <see cref="OperationCanceledException"/> only when <paramref name="cancel"/> is cancelled.
        /// </summary>
        public Task<FetchResult> FetchAsync(Uri uri, CancellationToken cancel) => FetchAsync(uri, long.MaxValue, cancel);

        /// <summary>
        /// Downloads <paramref name="uri"/>; when requests to one host wait for a slot, the lowest <paramref name="order"/>
        /// goes first (give input positions, so the page the output waits for is never queued behind later ones).
        /// </summary>
        public async Task<FetchResult> FetchAsync(Uri uri, long order, CancellationToken cancel)
        {
            var log = new List<string>();
            var result = new FetchResult(uri) { Log = log };
            if (!IsWebUri(uri))
            {
                result.Failure = FetchFailure.UnsupportedUri;
                result.Message = "'" + uri.OriginalString + "' is not an absolute http or https address.";
                return result;
            }

            for (int attempt = 1; ; attempt++)
            {
                cancel.ThrowIfCancellationRequested();
                result = await FetchChainAsync(uri, order, log, cancel).ConfigureAwait(false);
                result.Attempts = attempt;
                if (result.Succeeded || attempt > _options.MaximumRetryCount || !IsRetryable(result)) return result;

                TimeSpan wait = result.RetryAfter ?? _options.RetryInterval;
                if (wait > _options.MaximumRetryDelay) wait = _options.MaximumRetryDelay;
                if (wait < TimeSpan.Zero) wait = TimeSpan.Zero;
                log.Add(string.Format(CultureInfo.InvariantCulture, "{0}: {1} Retry {2} of {3} in {4:0.###} s{5}.",
                    uri, result.Message, attempt, _options.MaximumRetryCount, wait.TotalSeconds, result.RetryAfter is null ? string.Empty : " (Retry-After)"));
                await Task.Delay(wait, cancel).ConfigureAwait(false);
            }
        }

        /// <summary>
        /// 408 Request Timeout, 429 Too Many Requests, every 5xx, and a connection that failed (a name lookup included: a
        /// resolver has its hiccups too): worth another try. A timeout is not retried: a server that slow stays slow.
        /// </summary>
        private static bool IsRetryable(FetchResult r) =>
            r.Failure == FetchFailure.ConnectionFailed || r.Failure == FetchFailure.NameResolution ||
            (r.Failure == FetchFailure.HttpError && (r.StatusCode == 408 || r.StatusCode == 429 || (r.StatusCode >= 500 && r.StatusCode <= 599)));

        /// <summary>One attempt: the address and its redirects, up to the body of the last response.</summary>
        private async Task<FetchResult> FetchChainAsync(Uri start, long order, List<string> log, CancellationToken cancel)
        {
            var result = new FetchResult(start) { Log = log };
            var visited = new HashSet<string>(StringComparer.Ordinal) { start.AbsoluteUri };
            var redirects = new List<Uri>();
            result.Redirects = redirects;
            Uri current = start;
            while (true)
            {
                Uri? next = await FetchOneAsync(current, order, result, cancel).ConfigureAwait(false);
                if (next is null) return result;

                if (!IsWebUri(next))
                {
                    return Fail(result, FetchFailure.UnsupportedUri, Describe(current, result) + " redirects to '" + next.OriginalString + "', which is not an http or https address.");
                }
                if (!visited.Add(next.AbsoluteUri))
                {
                    redirects.Add(next);
                    return Fail(result, FetchFailure.RedirectLoop, "Redirect loop: " + Chain(start, redirects) + ".");
                }
                if (redirects.Count >= _options.MaximumRedirects)
                {
                    redirects.Add(next);
                    return Fail(result, FetchFailure.TooManyRedirects, "More than " + _options.MaximumRedirects + " redirects: " + Chain(start, redirects) + ".");
                }
                log.Add(current + ": " + result.StatusCode.ToString(CultureInfo.InvariantCulture) + " redirect to " + next + ".");
                redirects.Add(next);
                current = next;
            }
        }

        /// <summary>One request: fills <paramref name="result"/> with a body or a failure and returns null, or returns where it redirects.</summary>
        private async Task<Uri?> FetchOneAsync(Uri uri, long order, FetchResult result, CancellationToken cancel)
        {
            result.FinalUri = uri;
            result.StatusCode = 0;
            result.ReasonPhrase = null;
            result.RetryAfter = null;
            using IDisposable slot = await _gates.EnterAsync(uri, order, cancel).ConfigureAwait(false);
            using var hop = CancellationTokenSource.CreateLinkedTokenSource(cancel);
            if (_options.RequestTimeout > TimeSpan.Zero && _options.RequestTimeout != System.Threading.Timeout.InfiniteTimeSpan) hop.CancelAfter(_options.RequestTimeout);
            HttpResponseMessage? response = null;
            try
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, uri);
                AddHeaders(request);
                response = await _client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, hop.Token).ConfigureAwait(false);
                result.StatusCode = (int)response.StatusCode;
                result.ReasonPhrase = response.ReasonPhrase;

                if (IsRedirect(result.StatusCode) && response.Headers.Location != null)
                {
                    Uri location = response.Headers.Location;
                    return location.IsAbsoluteUri ? location : new Uri(uri, location);
                }
                if (!response.IsSuccessStatusCode)
                {
                    result.RetryAfter = RetryAfterOf(response);
                    Fail(result, FetchFailure.HttpError, Describe(uri, result) + " answered " + StatusText(result) + ".");
                    return null;
                }

                MediaTypeHeaderValue? type = response.Content.Headers.ContentType;
                result.MediaType = type?.MediaType;
                result.Charset = string.IsNullOrWhiteSpace(type?.CharSet) ? null : type!.CharSet!.Trim('"', '\'', ' ');
                if (result.MediaType != null && !IsAccepted(result.MediaType))
                {
                    Fail(result, FetchFailure.UnsupportedContentType, Describe(uri, result) + " is of type '" + result.MediaType + "' (status " + StatusText(result) + "), not a page.");
                    return null;
                }

                long cap = _options.MaximumSize > 0 ? _options.MaximumSize : long.MaxValue;
                long? declared = response.Content.Headers.ContentLength;
                if (declared > cap)
                {
                    Fail(result, FetchFailure.TooLarge, string.Format(CultureInfo.InvariantCulture,
                        "{0} has {1:N0} bytes (status {2}), more than the limit of {3:N0}; nothing was read.", Describe(uri, result), declared, StatusText(result), cap));
                    return null;
                }

                HttpResponseMessage toDispose = response;
                // A read that ignores the token (.NET Framework's network stream) ends when the response is disposed.
                using (hop.Token.Register(() => toDispose.Dispose()))
                {
                    Stream body = await response.Content.ReadAsStreamAsync().ConfigureAwait(false);
                    byte[]? bytes = await ReadBoundedAsync(body, cap, hop.Token).ConfigureAwait(false);
                    if (bytes is null)
                    {
                        Fail(result, FetchFailure.TooLarge, string.Format(CultureInfo.InvariantCulture,
                            "{0} (status {1}) sent more than the limit of {2:N0} bytes; the download was cut off there.", Describe(uri, result), StatusText(result), cap));
                        return null;
                    }
                    result.Body = bytes;
                    result.Failure = FetchFailure.None;
                    result.Message = null;
                    return null;
                }
            }
            catch (Exception e) when (hop.IsCancellationRequested && !(e is OutOfMemoryException))
            {
                if (cancel.IsCancellationRequested) throw new OperationCanceledException("The download was cancelled.", e, cancel);
                Fail(result, FetchFailure.Timeout, string.Format(CultureInfo.InvariantCulture,
                    "{0} did not answer within {1:0.###} s{2}.", Describe(uri, result), _options.RequestTimeout.TotalSeconds,
                    result.StatusCode == 0 ? string.Empty : " (status " + StatusText(result) + ", the body was still coming)"));
                result.Exception = e;
                return null;
            }
            catch (Exception e) when (e is HttpRequestException || e is IOException || e is SocketException || e is WebException || e is ObjectDisposedException)
            {
                bool dns = IsNameResolutionFailure(e);
                Fail(result, dns ? FetchFailure.NameResolution : FetchFailure.ConnectionFailed,
                    (dns ? "The host of '" + uri + "' could not be resolved" : "The connection to '" + uri + "' failed") +
                    (result.StatusCode == 0 ? string.Empty : " (status " + StatusText(result) + ")") + ": " + Innermost(e).Message);
                result.Exception = e;
                return null;
            }
            finally
            {
                response?.Dispose();
            }
        }

        private void AddHeaders(HttpRequestMessage request)
        {
            request.Headers.TryAddWithoutValidation("User-Agent", _options.UserAgent);
            if (_options.AcceptedMediaTypes.Count > 0)
            {
                request.Headers.TryAddWithoutValidation("Accept", string.Join(", ", _options.AcceptedMediaTypes) + ", */*;q=0.1");
            }
            foreach (KeyValuePair<string, string> header in _options.Headers)
            {
                // A header the user gives replaces ours (User-Agent, Accept).
                request.Headers.Remove(header.Key);
                request.Headers.TryAddWithoutValidation(header.Key, header.Value);
            }
        }

        private static bool IsRedirect(int status) => status == 301 || status == 302 || status == 303 || status == 307 || status == 308;

        /// <summary>Retry-After as seconds or an HTTP date; null when absent or in the past.</summary>
        private static TimeSpan? RetryAfterOf(HttpResponseMessage response)
        {
            RetryConditionHeaderValue? value = response.Headers.RetryAfter;
            if (value is null) return null;
            if (value.Delta.HasValue) return value.Delta.Value;
            if (value.Date.HasValue)
            {
                TimeSpan wait = value.Date.Value - DateTimeOffset.UtcNow;
                return wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
            }
            return null;
        }

        /// <summary>"text/html" against "text/html", "text/*" or "*/*+xml".</summary>
        private bool IsAccepted(string mediaType)
        {
            if (_options.AcceptedMediaTypes.Count == 0) return true;
            foreach (string pattern in _options.AcceptedMediaTypes)
            {
                if (string.Equals(pattern, mediaType, StringComparison.OrdinalIgnoreCase) || pattern == "*/*") return true;
                if (pattern.EndsWith("/*", StringComparison.Ordinal) &&
                    mediaType.StartsWith(pattern.Substring(0, pattern.Length - 1), StringComparison.OrdinalIgnoreCase)) return true;
                if (pattern.StartsWith("*/*+", StringComparison.Ordinal) &&
                    mediaType.EndsWith(pattern.Substring(3), StringComparison.OrdinalIgnoreCase)) return true;
            }
            return false;
        }

        /// <summary>Reads a body to its end, or returns null at the first byte past <paramref name="cap"/> (never holding more).</summary>
        private static async Task<byte[]?> ReadBoundedAsync(Stream body, long cap, CancellationToken cancel)
        {
            using var output = new MemoryStream();
            var buffer = new byte[BufferSize];
            long total = 0;
            int read;
            while ((read = await body.ReadAsync(buffer, 0, buffer.Length, cancel).ConfigureAwait(false)) > 0)
            {
                total += read;
                if (total > cap) return null;
                output.Write(buffer, 0, read);
            }
            return output.ToArray();
        }

        private static bool IsNameResolutionFailure(Exception e)
        {
            for (Exception? x = e; x != null; x = x.InnerException)
            {
                if (x is SocketException s && (s.SocketErrorCode == SocketError.HostNotFound || s.SocketErrorCode == SocketError.TryAgain || s.SocketErrorCode == SocketError.NoData)) return true;
                if (x is WebException w && w.Status == WebExceptionStatus.NameResolutionFailure) return true;
            }
            return false;
        }

        private static Exception Innermost(Exception e)
        {
            while (e.InnerException != null) e = e.InnerException;
            return e;
        }

        private static FetchResult Fail(FetchResult result, FetchFailure failure, string message)
        {
            result.Failure = failure;
            result.Message = message;
            result.Body = null;
            return result;
        }

        private static string Describe(Uri uri, FetchResult result) => "'" + uri + "'";

        private static string StatusText(FetchResult result) =>
            result.StatusCode.ToString(CultureInfo.InvariantCulture) + (string.IsNullOrEmpty(result.ReasonPhrase) ? string.Empty : " " + result.ReasonPhrase);

        private static string Chain(Uri start, List<Uri> redirects)
        {
            var parts = new List<string> { start.ToString() };
            foreach (Uri u in redirects) parts.Add(u.ToString());
            return string.Join(" -> ", parts);
        }

        /// <summary>Closes the connections.</summary>
        public void Dispose() => _client.Dispose();
    }
}
