using System;
using System.Collections.Generic;
using System.Net;
using System.Reflection;

namespace NewsTools.Web
{
    /// <summary>
    /// How <see cref="PageFetcher"/> downloads: limits, retries, identity and politeness. One options object per fetcher;
    /// a fetcher copies nothing out of it after it is built, so build the options first.
    /// </summary>
    public sealed class FetchOptions
    {
        /// <summary>The project page named in the default User-Agent, so a site owner can see who is fetching.</summary>
        public const string ProjectUrl = "https://github.com/newstools/NewsTools";

        /// <summary>32 MB: a news page with inline images and scripts is rarely over 5 MB; a larger body is not an article.</summary>
        public const long DefaultMaximumSize = 32L * 1024 * 1024;

        /// <summary>HttpClient's own default per request.</summary>
        public static readonly TimeSpan DefaultRequestTimeout = TimeSpan.FromSeconds(100);

        /// <summary>The longest wait a Retry-After header can impose: a server asking for an hour gets a retry after this.</summary>
        public static readonly TimeSpan DefaultMaximumRetryDelay = TimeSpan.FromSeconds(60);

        /// <summary>Redirects followed at most (browsers stop at 20; 10 is what Invoke-WebRequest and curl's default allow).</summary>
        public const int DefaultMaximumRedirects = 10;

        /// <summary>At most two requests at a time to one host (RFC 2616's old advice; polite for a crawler).</summary>
        public const int DefaultConnectionsPerHost = 2;

        /// <summary>"NewsTools/0.1.0 (+https://github.com/newstools/NewsTools)": an honest name, a version and where to read about it.</summary>
        public static string DefaultUserAgent
        {
            get
            {
                Version? v = typeof(FetchOptions).Assembly.GetName().Version;
                string version = v is null ? "0" : v.Major + "." + v.Minor + "." + Math.Max(0, v.Build);
                return "NewsTools/" + version + " (+" + ProjectUrl + ")";
            }
        }

        /// <summary>Time one request (one hop of a redirect chain: headers and body) may take. Infinite is allowed.</summary>
        public TimeSpan RequestTimeout { get; set; } = DefaultRequestTimeout;

        /// <summary>Retries after a 408, 429 or 5xx status or a failed connection (0: none).</summary>
        public int MaximumRetryCount { get; set; }

        /// <summary>Wait between retries when the server sends no Retry-After.</summary>
        public TimeSpan RetryInterval { get; set; } = TimeSpan.FromSeconds(5);

        /// <summary>The cap on a Retry-After wait (see <see cref="DefaultMaximumRetryDelay"/>).</summary>
        public TimeSpan MaximumRetryDelay { get; set; } = DefaultMaximumRetryDelay;

        /// <summary>Redirects followed at most; one more is a failure.</summary>
        public int MaximumRedirects { get; set; } = DefaultMaximumRedirects;

        /// <summary>The largest body read, in bytes after Content-Encoding is undone; a larger one is cut off and fails. 0 = no cap.</summary>
        public long MaximumSize { get; set; } = DefaultMaximumSize;

        /// <summary>The User-Agent header.</summary>
        public string UserAgent { get; set; } = DefaultUserAgent;

        /// <summary>Extra request headers (name, value), sent with every request.</summary>
        public IList<KeyValuePair<string, string>> Headers { get; } = new List<KeyValuePair<string, string>>();

        /// <summary>Requests in flight to one host (host and port) at most.</summary>
        public int ConnectionsPerHost { get; set; } = DefaultConnectionsPerHost;

        /// <summary>The least time between the starts of two requests to one host (zero: none).</summary>
        public TimeSpan PerHostDelay { get; set; } = TimeSpan.Zero;

        /// <summary>
        /// The media types accepted, such as "text/html", "text/*" or "*/*+xml"; a response of another type fails before
        /// its body is read. Empty: any type. A response without a Content-Type is accepted (its bytes decide).
        /// </summary>
        public IList<string> AcceptedMediaTypes { get; } = new List<string>();

        /// <summary>The proxy, or null for the system's default (unless <see cref="NoProxy"/>).</summary>
        public IWebProxy? Proxy { get; set; }

        /// <summary>Connect directly, ignoring the system's proxy settings.</summary>
        public bool NoProxy { get; set; }
    }
}
