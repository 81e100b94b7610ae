using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using NewsTools.Containers;
using Xunit;

namespace NewsTools.Core.Tests.Containers
{
    /// <summary>
    /// The WARC reader on files made by <see cref="WarcWriter"/>, shaped like the WARC 1.1 specification's examples
    /// (warcinfo, request, response, resource, metadata, revisit records): which records become pages, what each page
    /// carries, the codings undone, and how a damaged file is reported and read on.
    /// </summary>
    public class WarcReaderTests
    {
        private const string Story = "<html><head><title>Harbour reopens</title></head><body><article><p>The harbour reopened on Monday after a week of repairs to the sea wall.</p></article></body></html>";

        static WarcReaderTests()
        {
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        }

        private static (List<ContainerPage> Pages, List<ContainerError> Errors, WarcReader Reader) Read(byte[] file, long max = 64L << 20)
        {
            var reader = new WarcReader(ContainerStreams.Open(new MemoryStream(file)), max);
            var pages = new List<ContainerPage>();
            var errors = new List<ContainerError>();
            foreach (ContainerEntry e in reader.Read())
            {
                if (e.Page != null) pages.Add(e.Page);
                else errors.Add(e.Error!);
            }
            return (pages, errors, reader);
        }

        private static WarcWriter Crawl()
        {
            var w = new WarcWriter();
            w.Record("warcinfo", null, Encoding.UTF8.GetBytes("software: test-crawler/1.0\r\nformat: WARC File Format 1.1\r\n"), "application/warc-fields");
            w.Record("request", "http://www.example.com/harbour", Encoding.ASCII.GetBytes("GET /harbour HTTP/1.1\r\nHost: www.example.com\r\n\r\n"), "application/http; msgtype=request");
            w.Page("http://www.example.com/harbour", Story);
            w.Record("metadata", "http://www.example.com/harbour", Encoding.UTF8.GetBytes("via: http://www.example.com/\r\n"), "application/warc-fields");
            w.Response("http://www.example.com/logo.jpg", new byte[] { 0xFF, 0xD8, 0xFF, 0xE0 }, "Content-Type: image/jpeg");
            w.Record("revisit", "http://www.example.com/harbour", Encoding.ASCII.GetBytes("HTTP/1.1 200 OK\r\n\r\n"), "application/http; msgtype=response", extraHeaders: new[] { "WARC-Profile: http://netpreserve.org/warc/1.1/revisit/identical-payload-digest" });
            w.Response("http://www.example.com/missing", Encoding.UTF8.GetBytes("<html><body>Not found</body></html>"), status: 404);
            return w;
        }

        [Theory]
        [InlineData(WarcCompression.None)]
        [InlineData(WarcCompression.PerRecord)]
        [InlineData(WarcCompression.WholeFile)]
        public void OnlyHtmlResponsesBecomePagesAndTheRestIsCounted(WarcCompression compression)
        {
            var (pages, errors, reader) = Read(Crawl().ToBytes(compression));
            Assert.Empty(errors);
            ContainerPage page = Assert.Single(pages);
            Assert.Equal("http://www.example.com/harbour", page.Url);
            Assert.Equal("<urn:uuid:00000000-0000-4000-8000-000000000003>", page.RecordId);
            Assert.Equal(new DateTimeOffset(2024, 5, 17, 6, 30, 0, TimeSpan.Zero), page.Captured);
            Assert.Equal(200, page.HttpStatus);
            Assert.Equal("text/html; charset=utf-8", page.ContentType);
            Assert.Equal(InputFormat.Html, page.Format);
            Assert.Equal(Story, page.Content);
            Assert.Equal(7, reader.Records);
            Assert.Equal(1, reader.Skipped["warcinfo"]);
            Assert.Equal(1, reader.Skipped["request"]);
            Assert.Equal(1, reader.Skipped["metadata"]);
            Assert.Equal(1, reader.Skipped["revisit"]);
            Assert.Equal(1, reader.Skipped["not-html"]);
            Assert.Equal(1, reader.Skipped["status-404"]);
        }

        [Fact]
        public void TheHttpCharsetDecodesThePage()
        {
            var w = new WarcWriter();
            string html = "<html><body><p>Новости дня: порт снова открыт.</p></body></html>";
            w.Response("http://example.ru/", Encoding.GetEncoding(1251).GetBytes(html), "Content-Type: text/html; charset=windows-1251");
            Assert.Equal(html, Read(w.ToBytes()).Pages.Single().Content);
        }

        [Fact]
        public void ChunkedTransferAndGzipContentCodingAreUndone()
        {
            byte[] gz = WarcWriter.Gzip(Encoding.UTF8.GetBytes(Story));
            // Two chunks, the second with a chunk extension, then the last chunk and a trailer.
            int half = gz.Length / 2;
            var chunked = new MemoryStream();
            void Write(string s) { byte[] b = Encoding.ASCII.GetBytes(s); chunked.Write(b, 0, b.Length); }
            Write(half.ToString("x") + "\r\n"); chunked.Write(gz, 0, half); Write("\r\n");
            Write((gz.Length - half).ToString("X") + ";name=value\r\n"); chunked.Write(gz, half, gz.Length - half); Write("\r\n");
            Write("0\r\nX-Trailer: 1\r\n\r\n");
            var w = new WarcWriter();
            w.Response("http://www.example.com/harbour", chunked.ToArray(), "Content-Type: text/html\r\nTransfer-Encoding: chunked\r\nContent-Encoding: gzip");
            Assert.Equal(Story, Read(w.ToBytes()).Pages.Single().Content);
        }

        [Fact]
        public void ABodyACrawlerAlreadyDecodedIsLeftAlone()
        {
            // Common Crawl decodes the body and renames the header; some crawlers keep "Content-Encoding: gzip" on plain bytes.
            var w = new WarcWriter();
            w.Response("http://a.example/", Encoding.UTF8.GetBytes(Story), "Content-Type: text/html\r\nX-Crawler-Content-Encoding: gzip");
            w.Response("http://b.example/", Encoding.UTF8.GetBytes(Story), "Content-Type: text/html\r\nContent-Encoding: gzip");
            Assert.All(Read(w.ToBytes()).Pages, p => Assert.Equal(Story, p.Content));
        }

        [Fact]
        public void AResourceRecordWithHtmlIsAPageAndWarc10IsRead()
        {
            var w = new WarcWriter();
            w.Record("resource", "file:///site/harbour.html", Encoding.UTF8.GetBytes(Story), "text/html", version: "WARC/1.0");
            ContainerPage page = Read(w.ToBytes()).Pages.Single();
            Assert.Null(page.HttpStatus);
            Assert.Equal(Story, page.Content);
        }

        [Theory]
        [InlineData(37)]
        [InlineData(40)] // ends exactly at a header's CRLF, so two blank lines follow as after a whole record
        [InlineData(400)] // longer than the block: reads into the next record
        public void AWrongContentLengthIsOneErrorAndTheNextRecordIsRead(int declared)
        {
            var w = new WarcWriter();
            w.Record("response", "http://www.example.com/short", Encoding.ASCII.GetBytes("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" + Story), "application/http; msgtype=response", declaredLength: declared);
            w.Page("http://www.example.com/harbour", Story);
            w.Page("http://www.example.com/quay", Story);
            var (pages, errors, _) = Read(w.ToBytes());
            ContainerError error = Assert.Single(errors);
            if (declared == 40)
            {
                // The cut block holds the HTTP headers and no body (skipped as empty); the body's lines are the damage.
                Assert.StartsWith("expected a WARC record", error.Message);
            }
            else
            {
                Assert.Contains("Content-Length", error.Message);
                Assert.Equal("http://www.example.com/short", error.Url);
            }
            // A length past the block swallows the start of the next record: that record is lost with the bad one.
            Assert.Equal(declared > 300 ? new[] { "http://www.example.com/quay" } : new[] { "http://www.example.com/harbour", "http://www.example.com/quay" }, pages.Select(p => p.Url));
        }

        [Fact]
        public void GarbageBetweenRecordsIsOneErrorAndReadingResyncs()
        {
            var w = new WarcWriter();
            w.Page("http://www.example.com/one", Story);
            w.Raw(Encoding.ASCII.GetBytes("this is not a record\r\nneither is this\r\n"));
            w.Page("http://www.example.com/two", Story);
            var (pages, errors, _) = Read(w.ToBytes());
            Assert.Single(errors);
            Assert.Equal(new[] { "http://www.example.com/one", "http://www.example.com/two" }, pages.Select(p => p.Url));
        }

        [Fact]
        public void ATruncatedLastRecordIsOneErrorAfterThePagesBeforeIt()
        {
            var w = new WarcWriter();
            w.Page("http://www.example.com/one", Story);
            w.Page("http://www.example.com/two", Story);
            byte[] file = w.ToBytes();
            Array.Resize(ref file, file.Length - 60);
            var (pages, errors, _) = Read(file);
            Assert.Equal("http://www.example.com/one", Assert.Single(pages).Url);
            Assert.Contains("truncated", Assert.Single(errors).Message);
        }

        [Fact]
        public void ARecordOverTheCapIsSkippedUnread()
        {
            var w = new WarcWriter();
            w.Page("http://www.example.com/huge", "<html><body>" + new string('x', 5000) + "</body></html>");
            w.Page("http://www.example.com/small", Story);
            var (pages, errors, reader) = Read(w.ToBytes(), max: 2000);
            Assert.Empty(errors);
            Assert.Equal("http://www.example.com/small", Assert.Single(pages).Url);
            Assert.Equal(1, reader.Skipped["too-large"]);
        }

        [Fact]
        public void ManyRecordsStreamWithoutHoldingTheFile()
        {
            // 3,000 pages through a non-seekable stream: each page is yielded before the next record is read.
            var w = new WarcWriter();
            for (int i = 0; i < 3000; i++) w.Page("http://www.example.com/p" + i, Story);
            var stream = new OneWayStream(w.ToBytes(WarcCompression.PerRecord));
            var reader = new WarcReader(ContainerStreams.Open(stream), 1 << 20);
            int n = 0;
            foreach (ContainerEntry e in reader.Read())
            {
                Assert.NotNull(e.Page);
                // The reader has consumed at most its 64 KB buffer beyond this record, never the whole file.
                Assert.True(stream.Consumed < stream.Total || n > 2900, "read ahead to the end at page " + n);
                n++;
            }
            Assert.Equal(3000, n);
        }

        /// <summary>A forward-only stream that counts what was read.</summary>
        private sealed class OneWayStream : Stream
        {
            private readonly MemoryStream _inner;

            public OneWayStream(byte[] bytes)
            {
                _inner = new MemoryStream(bytes);
                Total = bytes.Length;
            }

            public long Total { get; }
            public long Consumed => _inner.Position;
            public override bool CanRead => true;
            public override bool CanSeek => false;
            public override bool CanWrite => false;
            public override long Length => throw new NotSupportedException();
            public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
            public override void Flush() { }
            public override int Read(byte[] buffer, int offset, int count) => _inner.Read(buffer, offset, Math.Min(count, 4096));
            public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
            public override void SetLength(long value) => throw new NotSupportedException();
            public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        }
    }
}
