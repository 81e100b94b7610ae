using System;
using System.Collections.Generic;

namespace NewsTools.Web
{
    /// <summary>Why a download failed.</summary>
    public enum FetchFailure
    {
        /// <summary>No failure: the body is there.</summary>
        None = 0,
        /// <summary>Not an absolute http or https address (also a redirect to one).</summary>
        UnsupportedUri,
        /// <summary>The host name does not resolve.</summary>
        NameResolution,
        /// <summary>No connection (refused, reset, unreachable) or a broken response.</summary>
        ConnectionFailed,
        /// <summary>A request took longer than the request timeout.</summary>
        Timeout,
        /// <summary>The server answered with an error status (see <see cref="FetchResult.StatusCode"/>).</summary>
        HttpError,
        /// <summary>More redirects than allowed.</summary>
        TooManyRedirects,
        /// <summary>A redirect back to an address already visited in the chain.</summary>
        RedirectLoop,
        /// <summary>The body is larger than the size cap; it was cut off.</summary>
        TooLarge,
        /// <summary>The Content-Type is not one of the accepted media types.</summary>
        UnsupportedContentType,
    }

    /// <summary>One download: the body and what the server said about it, or why there is none.</summary>
    public sealed class FetchResult
    {
        internal FetchResult(Uri requested)
        {
            RequestedUri = requested;
        }

        /// <summary>The address asked for.</summary>
        public Uri RequestedUri { get; }

        /// <summary>The address of the last response, after redirects (the requested one when there were none).</summary>
        public Uri? FinalUri { get; internal set; }

        /// <summary>The last response's status code; 0 when no response came.</summary>
        public int StatusCode { get; internal set; }

        /// <summary>The last response's reason phrase, or null.</summary>
        public string? ReasonPhrase { get; internal set; }

        /// <summary>The media type of the Content-Type header ("text/html"), or null.</summary>
        public string? MediaType { get; internal set; }

        /// <summary>The charset of the Content-Type header ("windows-1251"), or null.</summary>
        public string? Charset { get; internal set; }

        /// <summary>The body (Content-Encoding undone) when <see cref="Failure"/> is None; else null.</summary>
        public byte[]? Body { get; internal set; }

        /// <summary>The failure kind.</summary>
        public FetchFailure Failure { get; internal set; }

        /// <summary>A sentence saying what went wrong (with the status code when there was one), or null.</summary>
        public string? Message { get; internal set; }

        /// <summary>The exception behind a connection failure or timeout, if any (for the error's inner exception).</summary>
        public Exception? Exception { get; internal set; }

        /// <summary>The addresses redirected to, in order (empty when there was no redirect).</summary>
        public IReadOnlyList<Uri> Redirects { get; internal set; } = Array.Empty<Uri>();

        /// <summary>Requests made for this address, retries included (1 when the first succeeded).</summary>
        public int Attempts { get; internal set; }

        /// <summary>What happened on the way (redirects, retries and their waits), for verbose output.</summary>
        public IReadOnlyList<string> Log { get; internal set; } = Array.Empty<string>();

        /// <summary>The wait a 429 or 503 asked for (Retry-After, seconds or a date), or null.</summary>
        public TimeSpan? RetryAfter { get; internal set; }

        /// <summary>True when the body is there.</summary>
        public bool Succeeded => Failure == FetchFailure.None;
    }
}
