using System.Net;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Tasks;
using Xunit;
using static NewsTools.Core.Tests.Pages;

namespace NewsTools.Core.Tests.Hostile
{
    /// <summary>
    /// Issue 15: cleaning a page fetches nothing and runs no script. A loopback server the test starts is named by
    /// every kind of reference a page can make; after cleaning, it must have seen no connection at all.
    /// </summary>
    public class NoSideEffectsTests
    {
        [Fact]
        public async Task CleaningAPageMakesNoRequest()
        {
            var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            int connections = 0;
            using var stop = new CancellationTokenSource();
            Task server = Task.Run(async () =>
            {
                try
                {
                    while (!stop.IsCancellationRequested)
                    {
                        using TcpClient client = await listener.AcceptTcpClientAsync(stop.Token);
                        Interlocked.Increment(ref connections);
                    }
                }
                catch (System.OperationCanceledException) { }
                catch (SocketException) { }
                catch (System.ObjectDisposedException) { }
            });
            try
            {
                string at = "http://127.0.0.1:" + ((IPEndPoint)listener.LocalEndpoint).Port;
                string html = "<!DOCTYPE html><html><head><base href=\"" + at + "/base/\">"
                    + "<meta http-equiv=\"refresh\" content=\"0; url=" + at + "/refresh\">"
                    + "<link rel=\"stylesheet\" href=\"" + at + "/style.css\"><link rel=\"preload\" href=\"" + at + "/font.woff2\" as=\"font\">"
                    + "<link rel=\"import\" href=\"" + at + "/import.html\"><link rel=\"icon\" href=\"" + at + "/favicon.ico\">"
                    + "<style>@import url(\"" + at + "/imported.css\"); body { background: url(" + at + "/bg.png) }</style>"
                    + "<script src=\"" + at + "/app.js\"></script>"
                    + "<script>var x = new XMLHttpRequest(); x.open('GET', '" + at + "/xhr'); x.send(); fetch('" + at + "/fetch'); document.write('<img src=" + at + "/written.png>');</script>"
                    + "</head><body onload=\"fetch('" + at + "/onload')\"><article>"
                    + "<h1>Ferry timetable</h1><img src=\"" + at + "/lead.jpg\" srcset=\"" + at + "/lead-2x.jpg 2x, " + at + "/lead-800.jpg 800w\" alt=\"The ferry\">"
                    + "<picture><source srcset=\"" + at + "/lead.webp\" type=\"image/webp\"><img src=\"" + at + "/pic.jpg\"></picture>"
                    + "<iframe src=\"" + at + "/frame.html\"></iframe><object data=\"" + at + "/object.swf\"></object><embed src=\"" + at + "/embed.swf\">"
                    + "<video poster=\"" + at + "/poster.jpg\" src=\"" + at + "/video.mp4\"></video><audio src=\"" + at + "/audio.mp3\"></audio>"
                    + "<div style=\"background-image: url('" + at + "/inline.png')\">" + Paragraphs(0, 5) + "</div>"
                    + "<svg><image href=\"" + at + "/svg.png\"/><use href=\"" + at + "/sprite.svg#icon\"/></svg>"
                    + "<form action=\"" + at + "/form\"><input type=\"image\" src=\"" + at + "/button.png\"></form>"
                    + "<noscript><img src=\"" + at + "/noscript.gif\"></noscript>"
                    + "</article></body></html>";

                var options = new ExtractionOptions { IncludeImages = true, IncludeComments = true };
                Article a = Extract(html, options);
                Assert.Contains(Story[0], a.Text);
                // Give a request that was started in the background time to arrive.
                await Task.Delay(300);
                Assert.Equal(0, Volatile.Read(ref connections));

                // The server does count: one connection of our own shows up.
                using (var probe = new TcpClient())
                {
                    await probe.ConnectAsync(IPAddress.Loopback, ((IPEndPoint)listener.LocalEndpoint).Port);
                }
                for (int i = 0; i < 50 && Volatile.Read(ref connections) == 0; i++) await Task.Delay(20);
                Assert.Equal(1, Volatile.Read(ref connections));
            }
            finally
            {
                stop.Cancel();
                listener.Stop();
                await server;
            }
        }
    }
}
