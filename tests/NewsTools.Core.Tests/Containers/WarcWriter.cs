using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Text;

namespace NewsTools.Core.Tests.Containers
{
    /// <summary>A small WARC writer for the tests' fixtures (no crawl files are committed): records as WARC 1.1 frames them.</summary>
    public sealed class WarcWriter
    {
        private readonly List<byte[]> _records = new List<byte[]>();
        private int _next;

        /// <summary>Appends a record; returns its WARC-Record-ID.</summary>
        public string Record(string type, string? uri, byte[] block, string? contentType, string version = "WARC/1.1", IEnumerable<string>? extraHeaders = null, long? declaredLength = null)
        {
            string id = "<urn:uuid:00000000-0000-4000-8000-" + (++_next).ToString("D12") + ">";
            var head = new StringBuilder();
            head.Append(version).Append("\r\n");
            head.Append("WARC-Type: ").Append(type).Append("\r\n");
            if (uri != null) head.Append("WARC-Target-URI: ").Append(uri).Append("\r\n");
            head.Append("WARC-Date: 2024-05-17T06:30:00Z\r\n");
            head.Append("WARC-Record-ID: ").Append(id).Append("\r\n");
            if (contentType != null) head.Append("Content-Type: ").Append(contentType).Append("\r\n");
            if (extraHeaders != null) foreach (string h in extraHeaders) head.Append(h).Append("\r\n");
            head.Append("Content-Length: ").Append(declaredLength ?? block.Length).Append("\r\n\r\n");
            using var ms = new MemoryStream();
            byte[] h0 = Encoding.ASCII.GetBytes(head.ToString());
            ms.Write(h0, 0, h0.Length);
            ms.Write(block, 0, block.Length);
            ms.Write(new byte[] { 13, 10, 13, 10 }, 0, 4);
            _records.Add(ms.ToArray());
            return id;
        }

        /// <summary>A response record holding an HTTP response with these headers and body.</summary>
        public string Response(string uri, byte[] body, string httpHeaders = "Content-Type: text/html; charset=utf-8", int status = 200)
        {
            byte[] head = Encoding.ASCII.GetBytes("HTTP/1.1 " + status + " X\r\n" + httpHeaders.Replace("\n", "\r\n") + "\r\n\r\n");
            return Record("response", uri, Concat(head, body), "application/http; msgtype=response");
        }

        /// <summary>A response record holding a UTF-8 HTML page.</summary>
        public string Page(string uri, string html) => Response(uri, Encoding.UTF8.GetBytes(html));

        /// <summary>Raw bytes between records (to damage a file).</summary>
        public void Raw(byte[] bytes) => _records.Add(bytes);

        /// <summary>The file: plain, one gzip member per record (Common Crawl), or the whole file gzipped.</summary>
        public byte[] ToBytes(WarcCompression compression = WarcCompression.None)
        {
            using var ms = new MemoryStream();
            if (compression == WarcCompression.WholeFile)
            {
                using (var gz = new GZipStream(ms, CompressionLevel.Fastest, leaveOpen: true))
                {
                    foreach (byte[] r in _records) gz.Write(r, 0, r.Length);
                }
                return ms.ToArray();
            }
            foreach (byte[] r in _records)
            {
                if (compression == WarcCompression.PerRecord)
                {
                    using var gz = new GZipStream(ms, CompressionLevel.Fastest, leaveOpen: true);
                    gz.Write(r, 0, r.Length);
                }
                else
                {
                    ms.Write(r, 0, r.Length);
                }
            }
            return ms.ToArray();
        }

        public static byte[] Concat(byte[] a, byte[] b)
        {
            var r = new byte[a.Length + b.Length];
            Buffer.BlockCopy(a, 0, r, 0, a.Length);
            Buffer.BlockCopy(b, 0, r, a.Length, b.Length);
            return r;
        }

        public static byte[] Gzip(byte[] data)
        {
            using var ms = new MemoryStream();
            using (var gz = new GZipStream(ms, CompressionLevel.Fastest, leaveOpen: true)) gz.Write(data, 0, data.Length);
            return ms.ToArray();
        }
    }

    public enum WarcCompression
    {
        None,
        PerRecord,
        WholeFile,
    }
}
