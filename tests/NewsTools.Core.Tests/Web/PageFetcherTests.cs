using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using NewsTools.Web;
using Xunit;

namespace NewsTools.Core.Tests.Web
{
    /// <summary>
    /// The fetcher's decisions that a loopback server cannot provoke without leaving the machine (a name that does not
    /// resolve) or without waiting long (the Retry-After cap), on a handler that answers what each test needs. The
    /// HTTP behaviour end to end is tested on the loopback server in tests/Web.Tests.ps1.
    /// </summary>
    public class PageFetcherTests
    {
        private static readonly Uri Page = new Uri("http://news.example.test/story");

        private sealed class ScriptedHandler : HttpMessageHandler
        {
            private readonly Func<HttpRequestMessage, int, CancellationToken, Task<HttpResponseMessage>> _answer;
            private int _calls;

            public ScriptedHandler(Func<HttpRequestMessage, int, CancellationToken, Task<HttpResponseMessage>> answer) => _answer = answer;

            public int Calls => Volatile.Read(ref _calls);

            public List<string> Paths { get; } = new List<string>();

            protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
            {
                int call = Interlocked.Increment(ref _calls);
                lock (Paths) Paths.Add(request.RequestUri!.AbsolutePath);
                return _answer(request, call, cancellationToken);
            }
        }

        private static HttpResponseMessage Html(string body = "<html><body><p>Story</p></body></html>") =>
            new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(body, Encoding.UTF8, "text/html") };

        private static HttpResponseMessage Status(int code, string? retryAfter = null)
        {
            var r = new HttpResponseMessage((HttpStatusCode)code) { Content = new StringContent("error") };
            if (retryAfter != null) r.Headers.TryAddWithoutValidation("Retry-After", retryAfter);
            return r;
        }

        [Fact]
        public async Task ANameThatDoesNotResolveIsNameResolutionAndIsRetried()
        {
            var handler = new ScriptedHandler((_, _, _) => throw new HttpRequestException("No such host is known.", new SocketException((int)SocketError.HostNotFound)));
            using var fetcher = new PageFetcher(new FetchOptions { MaximumRetryCount = 1, RetryInterval = TimeSpan.Zero }, handler);
            FetchResult r = await fetcher.FetchAsync(Page, CancellationToken.None);
            Assert.Equal(FetchFailure.NameResolution, r.Failure);
            Assert.Equal(0, r.StatusCode);
            Assert.Contains("could not be resolved", r.Message);
            // A failed connection of any kind is worth one more try (resolvers have hiccups).
            Assert.Equal(2, handler.Calls);
        }

        [Fact]
        public async Task ARefusedConnectionIsConnectionFailedAndIsRetriedAsAsked()
        {
            var handler = new ScriptedHandler((_, _, _) => throw new HttpRequestException("Connection refused", new SocketException((int)SocketError.ConnectionRefused)));
            using var fetcher = new PageFetcher(new FetchOptions { MaximumRetryCount = 2, RetryInterval = TimeSpan.Zero }, handler);
            FetchResult r = await fetcher.FetchAsync(Page, CancellationToken.None);
            Assert.Equal(FetchFailure.ConnectionFailed, r.Failure);
            Assert.Equal(3, handler.Calls);
            Assert.Equal(3, r.Attempts);
        }

        [Fact]
        public async Task ALongRetryAfterIsCappedAtTheMaximumRetryDelay()
        {
            var handler = new ScriptedHandler((_, call, _) => Task.FromResult(call == 1 ? Status(503, "3600") : Html()));
            var options = new FetchOptions { MaximumRetryCount = 1, RetryInterval = TimeSpan.FromSeconds(30), MaximumRetryDelay = TimeSpan.FromMilliseconds(200) };
            using var fetcher = new PageFetcher(options, handler);
            var clock = Stopwatch.StartNew();
            FetchResult r = await fetcher.FetchAsync(Page, CancellationToken.None);
            Assert.True(r.Succeeded, r.Message);
            Assert.InRange(clock.Elapsed.TotalSeconds, 0.15, 5);
            Assert.Contains(r.Log, line => line.Contains("in 0.2 s (Retry-After)", StringComparison.Ordinal));
        }

        [Fact]
        public async Task ARetryAfterDateInThePastMeansNoWait()
        {
            string past = DateTimeOffset.UtcNow.AddHours(-1).ToString("r", System.Globalization.CultureInfo.InvariantCulture);
            var handler = new ScriptedHandler((_, call, _) => Task.FromResult(call == 1 ? Status(429, past) : Html()));
            using var fetcher = new PageFetcher(new FetchOptions { MaximumRetryCount = 1, RetryInterval = TimeSpan.FromSeconds(30) }, handler);
            var clock = Stopwatch.StartNew();
            FetchResult r = await fetcher.FetchAsync(Page, CancellationToken.None);
            Assert.True(r.Succeeded);
            Assert.True(clock.Elapsed.TotalSeconds < 5, "a date in the past must not fall back to the 30 s interval");
        }

        [Theory]
        [InlineData(404, false)]
        [InlineData(403, false)]
        [InlineData(408, true)]
        [InlineData(429, true)]
        [InlineData(500, true)]
        [InlineData(503, true)]
        public async Task RetriesOnlyTheStatusesWorthRetrying(int status, bool retried)
        {
            var handler = new ScriptedHandler((_, _, _) => Task.FromResult(Status(status)));
            using var fetcher = new PageFetcher(new FetchOptions { MaximumRetryCount = 1, RetryInterval = TimeSpan.Zero }, handler);
            FetchResult r = await fetcher.FetchAsync(Page, CancellationToken.None);
            Assert.Equal(FetchFailure.HttpError, r.Failure);
            Assert.Equal(status, r.StatusCode);
            Assert.Equal(retried ? 2 : 1, handler.Calls);
        }

        [Fact]
        public async Task ARequestOverItsTimeoutIsTimeoutAndCancellationThrows()
        {
            var handler = new ScriptedHandler(async (_, _, token) => { await Task.Delay(Timeout.Infinite, token); return Html(); });
            using var fetcher = new PageFetcher(new FetchOptions { RequestTimeout = TimeSpan.FromMilliseconds(200) }, handler);
            FetchResult r = await fetcher.FetchAsync(Page, CancellationToken.None);
            Assert.Equal(FetchFailure.Timeout, r.Failure);

            using var slow = new PageFetcher(new FetchOptions(), handler);
            using var stop = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => slow.FetchAsync(Page, stop.Token));
        }

        [Theory]
        [InlineData("text/html", true)]
        [InlineData("text/plain", true)]
        [InlineData("application/xhtml+xml", true)]
        [InlineData("application/rss+xml", true)]
        [InlineData("image/png", false)]
        [InlineData("application/json", false)]
        public async Task MediaTypesMatchExactlyOrByWildcard(string mediaType, bool accepted)
        {
            var handler = new ScriptedHandler((_, _, _) =>
            {
                HttpResponseMessage response = Html();
                response.Content.Headers.ContentType = new MediaTypeHeaderValue(mediaType);
                return Task.FromResult(response);
            });
            var options = new FetchOptions();
            foreach (string t in new[] { "text/html", "text/*", "*/*+xml" }) options.AcceptedMediaTypes.Add(t);
            using var fetcher = new PageFetcher(options, handler);
            FetchResult r = await fetcher.FetchAsync(Page, CancellationToken.None);
            Assert.Equal(accepted ? FetchFailure.None : FetchFailure.UnsupportedContentType, r.Failure);
        }

        [Fact]
        public async Task ARedirectChainIsFollowedAndALoopIsCaughtAtOnce()
        {
            var handler = new ScriptedHandler((request, _, _) =>
            {
                string path = request.RequestUri!.AbsolutePath;
                var response = new HttpResponseMessage(HttpStatusCode.Found) { Content = new StringContent(string.Empty) };
                if (path == "/a") response.Headers.Location = new Uri("/b", UriKind.Relative);
                else if (path == "/b") response.Headers.Location = new Uri("http://news.example.test/a");
                else return Task.FromResult(Html());
                return Task.FromResult(response);
            });
            using var fetcher = new PageFetcher(new FetchOptions(), handler);
            FetchResult r = await fetcher.FetchAsync(new Uri("http://news.example.test/a"), CancellationToken.None);
            Assert.Equal(FetchFailure.RedirectLoop, r.Failure);
            Assert.Equal(new[] { "/a", "/b" }, handler.Paths);
            Assert.Equal("Redirect loop: http://news.example.test/a -> http://news.example.test/b -> http://news.example.test/a.", r.Message);
        }

        [Fact]
        public async Task SlotsOfOneHostGoToTheLowestOrderFirst()
        {
            var release = new TaskCompletionSource<bool>();
            var handler = new ScriptedHandler(async (request, _, _) =>
            {
                if (request.RequestUri!.AbsolutePath == "/first") await release.Task;
                return Html();
            });
            using var fetcher = new PageFetcher(new FetchOptions { ConnectionsPerHost = 1 }, handler);
            Task<FetchResult> first = fetcher.FetchAsync(new Uri("http://news.example.test/first"), 1, CancellationToken.None);
            while (handler.Calls == 0) await Task.Delay(10);
            // Asked in the order 5, 3, 4 while the only slot is taken: served 3, 4, 5.
            Task<FetchResult> five = fetcher.FetchAsync(new Uri("http://news.example.test/five"), 5, CancellationToken.None);
            await Task.Delay(50);
            Task<FetchResult> three = fetcher.FetchAsync(new Uri("http://news.example.test/three"), 3, CancellationToken.None);
            await Task.Delay(50);
            Task<FetchResult> four = fetcher.FetchAsync(new Uri("http://news.example.test/four"), 4, CancellationToken.None);
            await Task.Delay(50);
            release.SetResult(true);
            await Task.WhenAll(first, five, three, four);
            Assert.Equal(new[] { "/first", "/three", "/four", "/five" }, handler.Paths);
        }

        [Fact]
        public void BrotliIsOfferedWhereTheRuntimeHasIt()
        {
            // This test runs on .NET 10, which has it; on .NET Framework the enum has no Brotli and it is left out.
            Assert.True(Enum.TryParse("Brotli", out DecompressionMethods brotli));
            Assert.True(PageFetcher.SupportedDecompression.HasFlag(brotli));
            Assert.True(PageFetcher.SupportedDecompression.HasFlag(DecompressionMethods.GZip | DecompressionMethods.Deflate));
        }

        [Fact]
        public void TheDefaultUserAgentNamesNewsToolsItsVersionAndItsPage()
        {
            Assert.Matches(@"^NewsTools/\d+\.\d+\.\d+ \(\+https://github\.com/newstools/NewsTools\)$", FetchOptions.DefaultUserAgent);
        }
    }
}
