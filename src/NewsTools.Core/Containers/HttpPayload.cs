using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.IO.Compression;
using System.Reflection;
using System.Text;

namespace NewsTools.Containers
{
    /// <summary>
    /// An HTTP response as a WARC response record stores it: status line, headers, body. The transfer coding (chunked) and
    /// the content coding (gzip, deflate, br) are undone, as a browser would; headers that a crawler renamed after decoding
    /// the body itself (Common Crawl's X-Crawler-Content-Encoding) are left alone.
    /// </summary>
    internal sealed class HttpPayload
    {
        private HttpPayload(int status, Dictionary<string, string> headers, byte[] body)
        {
            Status = status;
            Headers = headers;
            Body = body;
        }

        /// <summary>The status code (200), or 0 when the status line is not HTTP.</summary>
        public int Status { get; }

        /// <summary>The headers, names case-insensitive; repeated headers joined with ", ".</summary>
        public Dictionary<string, string> Headers { get; }

        /// <summary>The body, with transfer and content codings undone.</summary>
        public byte[] Body { get; }

        /// <summary>The Content-Type header, or null.</summary>
        public string? ContentType => Headers.TryGetValue("Content-Type", out string? v) ? v : null;

        /// <summary>The charset parameter of the Content-Type header, or null.</summary>
        public string? Charset => CharsetOf(ContentType);

        /// <summary>The charset parameter of a media type ("text/html; charset=utf-8"), or null.</summary>
        public static string? CharsetOf(string? contentType)
        {
            if (contentType is null) return null;
            foreach (string part in contentType.Split(';'))
            {
                string p = part.Trim();
                if (p.StartsWith("charset=", StringComparison.OrdinalIgnoreCase)) return p.Substring(8).Trim().Trim('"', '\'');
            }
            return null;
        }

        /// <summary>
        /// Parses the record's block; <paramref name="error"/> says why when the block is no HTTP response or its body
        /// cannot be decoded.
        /// </summary>
        public static HttpPayload? Parse(byte[] block, out string? error)
        {
            error = null;
            int pos = 0;
            string? statusLine = Line(block, ref pos);
            if (statusLine is null || !statusLine.StartsWith("HTTP/", StringComparison.OrdinalIgnoreCase))
            {
                error = "the record's block is not an HTTP response (no status line)";
                return null;
            }
            string[] parts = statusLine.Split(new[] { ' ' }, 3, StringSplitOptions.RemoveEmptyEntries);
            int status = parts.Length >= 2 && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out int s) ? s : 0;

            var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            string? last = null;
            while (true)
            {
                string? line = Line(block, ref pos);
                if (line is null || line.Length == 0) break;
                if ((line[0] == ' ' || line[0] == '\t') && last != null)
                {
                    headers[last] += " " + line.Trim();
                    continue;
                }
                int colon = line.IndexOf(':');
                if (colon <= 0) continue;
                string name = line.Substring(0, colon).Trim();
                string value = line.Substring(colon + 1).Trim();
                headers[name] = headers.TryGetValue(name, out string? before) ? before + ", " + value : value;
                last = name;
            }

            byte[] body = new byte[block.Length - pos];
            Buffer.BlockCopy(block, pos, body, 0, body.Length);
            if (headers.TryGetValue("Transfer-Encoding", out string? te) && te.IndexOf("chunked", StringComparison.OrdinalIgnoreCase) >= 0)
            {
                body = Dechunk(body);
            }
            if (headers.TryGetValue("Content-Encoding", out string? ce))
            {
                body = Decode(body, ce.Trim().ToLowerInvariant(), out error);
                if (error != null) return null;
            }
            return new HttpPayload(status, headers, body);
        }

        /// <summary>One header line (CRLF or LF), as Latin-1; null past the end.</summary>
        private static string? Line(byte[] block, ref int pos)
        {
            if (pos >= block.Length) return null;
            int nl = Array.IndexOf(block, (byte)'\n', pos);
            int end = nl < 0 ? block.Length : nl;
            int stop = end > pos && block[end - 1] == '\r' ? end - 1 : end;
            var sb = new StringBuilder(stop - pos);
            for (int i = pos; i < stop; i++) sb.Append((char)block[i]);
            pos = nl < 0 ? block.Length : nl + 1;
            return sb.ToString();
        }

        /// <summary>Undoes chunked transfer coding; a malformed chunk size ends the body where it stands (what browsers show).</summary>
        internal static byte[] Dechunk(byte[] body)
        {
            using var output = new MemoryStream(body.Length);
            int pos = 0;
            while (pos < body.Length)
            {
                int nl = Array.IndexOf(body, (byte)'\n', pos);
                if (nl < 0) break;
                string sizeText = Encoding.ASCII.GetString(body, pos, nl - pos).Trim();
                int semi = sizeText.IndexOf(';');
                if (semi >= 0) sizeText = sizeText.Substring(0, semi);
                if (!int.TryParse(sizeText, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out int size) || size < 0) break;
                pos = nl + 1;
                if (size == 0) break;
                int n = Math.Min(size, body.Length - pos);
                output.Write(body, pos, n);
                pos += n;
                // The CRLF after the chunk's data.
                if (pos < body.Length && body[pos] == '\r') pos++;
                if (pos < body.Length && body[pos] == '\n') pos++;
            }
            return output.ToArray();
        }

        private static byte[] Decode(byte[] body, string coding, out string? error)
        {
            error = null;
            if (coding.Length == 0 || coding == "identity" || body.Length == 0) return body;
            try
            {
                switch (coding)
                {
                    case "gzip":
                    case "x-gzip":
                        // Crawlers that decoded the body but kept the header: no gzip magic, nothing to undo.
                        if (body.Length < 2 || body[0] != 0x1F || body[1] != 0x8B) return body;
                        return Inflate(new GZipStream(new MemoryStream(body), CompressionMode.Decompress));
                    case "deflate":
                        // "deflate" is zlib-wrapped in the standard and raw in some servers: skip a zlib header when present.
                        int skip = body.Length > 2 && (body[0] & 0x0F) == 8 && ((body[0] << 8) | body[1]) % 31 == 0 ? 2 : 0;
                        return Inflate(new DeflateStream(new MemoryStream(body, skip, body.Length - skip), CompressionMode.Decompress));
                    case "br":
                        Stream? brotli = OpenBrotli(new MemoryStream(body));
                        if (brotli is null)
                        {
                            error = "the body is Brotli-compressed (Content-Encoding: br), which this runtime cannot decode (Windows PowerShell 5.1 has no Brotli)";
                            return body;
                        }
                        return Inflate(brotli);
                    default:
                        error = "the body has a content coding NewsTools cannot decode (Content-Encoding: " + coding + ")";
                        return body;
                }
            }
            catch (InvalidDataException e)
            {
                error = "the body's " + coding + " data is damaged (" + e.Message + ")";
                return body;
            }
        }

        private static byte[] Inflate(Stream decoder)
        {
            using (decoder)
            using (var output = new MemoryStream())
            {
                decoder.CopyTo(output);
                return output.ToArray();
            }
        }

        /// <summary>BrotliStream exists from .NET Core 2.1 on, not in netstandard2.0: found by name at run time.</summary>
        private static Stream? OpenBrotli(Stream input)
        {
            Type? type = Type.GetType("System.IO.Compression.BrotliStream, System.IO.Compression.Brotli", throwOnError: false);
            ConstructorInfo? ctor = type?.GetConstructor(new[] { typeof(Stream), typeof(CompressionMode) });
            return ctor?.Invoke(new object[] { input, CompressionMode.Decompress }) as Stream;
        }
    }
}
