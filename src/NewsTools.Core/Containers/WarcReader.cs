using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Threading;
using NewsTools.Loading;

namespace NewsTools.Containers
{
    /// <summary>
    /// Reads WARC 1.0 and 1.1 (ISO 28500) as a stream, one record at a time: each HTML page in a <c>response</c> record
    /// (or a <c>resource</c> record, as wget and browser-based archivers write pages) becomes a <see cref="ContainerPage"/>;
    /// request, metadata, revisit, warcinfo and non-HTML records are skipped without being buffered, and counted.
    /// A record whose length or framing is wrong is one <see cref="ContainerError"/>, and reading resumes at the next line
    /// that starts a record ("WARC/1.x"). The caller gives the decompressed stream (<see cref="ContainerStreams.Open"/>).
    /// </summary>
    public sealed class WarcReader
    {
        /// <summary>Longest header line read; longer lines are cut (the WARC spec sets no limit, crawlers stay far below).</summary>
        private const int MaxHeaderLine = 16 * 1024;

        /// <summary>Header lines in one record before it is called corrupt.</summary>
        private const int MaxHeaderLines = 500;

        private readonly ByteLineReader _reader;
        private readonly long _maxRecordBytes;

        /// <summary>Reads <paramref name="stream"/> (already decompressed); records with blocks over <paramref name="maxRecordBytes"/> are skipped as too large.</summary>
        public WarcReader(Stream stream, long maxRecordBytes)
        {
            _reader = new ByteLineReader(stream);
            _maxRecordBytes = Math.Min(maxRecordBytes, int.MaxValue - 64);
        }

        /// <summary>Records skipped, by reason ("request", "metadata", "revisit", "warcinfo", "not-html", "status-404", "too-large"...).</summary>
        public Dictionary<string, int> Skipped { get; } = new Dictionary<string, int>(StringComparer.Ordinal);

        /// <summary>Records read (pages, skipped and damaged).</summary>
        public int Records { get; private set; }

        /// <summary>The pages and errors, in file order.</summary>
        public IEnumerable<ContainerEntry> Read(CancellationToken cancellation = default)
        {
            while (true)
            {
                cancellation.ThrowIfCancellationRequested();
                long start;
                string? version;
                if (_pendingVersion != null)
                {
                    version = _pendingVersion;
                    start = _pendingPosition;
                    _pendingVersion = null;
                }
                else
                {
                    start = _reader.Position;
                    version = NextNonBlankLine();
                }
                if (version is null) yield break;
                if (!IsVersionLine(version))
                {
                    yield return ContainerEntry.Of(new ContainerError("expected a WARC record (\"WARC/1.0\" or \"WARC/1.1\") but found \"" + Cut(version) + "\"; skipping to the next record", start));
                    if (!Resync()) yield break;
                    continue;
                }
                Records++;

                var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
                string? bad = ReadHeaders(headers);
                headers.TryGetValue("WARC-Record-ID", out string? id);
                headers.TryGetValue("WARC-Target-URI", out string? uri);
                uri = uri?.Trim('<', '>', ' ');
                if (bad != null)
                {
                    yield return ContainerEntry.Of(new ContainerError(bad, start, id, uri));
                    if (!Resync()) yield break;
                    continue;
                }
                if (!headers.TryGetValue("Content-Length", out string? lengthText)
                    || !long.TryParse(lengthText.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out long length))
                {
                    yield return ContainerEntry.Of(new ContainerError("the record has no valid Content-Length; skipping to the next record", start, id, uri));
                    if (!Resync()) yield break;
                    continue;
                }

                string type = headers.TryGetValue("WARC-Type", out string? t) ? t.Trim().ToLowerInvariant() : string.Empty;
                bool page = type == "response" || type == "resource";
                string? skip = page ? null : type.Length == 0 ? "untyped" : type;
                if (page && length > _maxRecordBytes) skip = "too-large";
                if (page && skip is null && type == "response" && headers.TryGetValue("Content-Type", out string? blockType)
                    && blockType.IndexOf("application/http", StringComparison.OrdinalIgnoreCase) < 0)
                {
                    skip = "not-http";
                }

                // A skipped record is stepped over, never buffered; a page's block is read whole (it is at most the cap).
                byte[]? block = null;
                bool truncated;
                if (skip is null)
                {
                    block = _reader.ReadBlock((int)length);
                    truncated = block.Length < length;
                }
                else
                {
                    truncated = _reader.Skip(length) < length;
                }
                if (truncated)
                {
                    yield return ContainerEntry.Of(new ContainerError("the record is truncated: the file ends before its " + length.ToString(CultureInfo.InvariantCulture) + " bytes", start, id, uri));
                    yield break;
                }
                // Two CRLFs end each record; anything else means Content-Length was wrong.
                if (!ReadRecordEnd())
                {
                    yield return ContainerEntry.Of(new ContainerError("the record's Content-Length does not match its content (no blank line after the block); skipping to the next record", start, id, uri));
                    if (!Resync()) yield break;
                    continue;
                }
                if (skip != null)
                {
                    Count(skip);
                    continue;
                }

                ContainerEntry? entry = ToPage(type, headers, block!, start, id, uri);
                if (entry.HasValue) yield return entry.Value;
            }
        }

        private ContainerEntry? ToPage(string type, Dictionary<string, string> headers, byte[] block, long start, string? id, string? uri)
        {
            int? status = null;
            string? contentType;
            byte[] body;
            if (type == "response")
            {
                HttpPayload? http = HttpPayload.Parse(block, out string? error);
                if (http is null) return ContainerEntry.Of(new ContainerError(error ?? "the HTTP response cannot be read", start, id, uri));
                status = http.Status;
                contentType = http.ContentType;
                body = http.Body;
                if (http.Status < 200 || http.Status > 299)
                {
                    Count("status-" + http.Status.ToString(CultureInfo.InvariantCulture));
                    return null;
                }
            }
            else
            {
                contentType = headers.TryGetValue("Content-Type", out string? ct) ? ct : null;
                body = block;
            }
            if (body.Length == 0)
            {
                // Nothing to clean (a HEAD response, or a Content-Length cut at the end of the HTTP headers).
                Count("empty");
                return null;
            }
            if (!IsHtml(contentType, body))
            {
                Count("not-html");
                return null;
            }

            string? charset = HttpPayload.CharsetOf(contentType);
            DateTimeOffset? captured = null;
            if (headers.TryGetValue("WARC-Date", out string? date)
                && DateTimeOffset.TryParse(date.Trim(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out DateTimeOffset d))
            {
                captured = d;
            }
            return ContainerEntry.Of(new ContainerPage
            {
                Content = DocumentDecoder.Decode(body, charset),
                Format = InputFormat.Html,
                Url = uri,
                RecordId = id?.Trim() ?? "offset " + start.ToString(CultureInfo.InvariantCulture),
                Captured = captured,
                HttpStatus = status,
                ContentType = contentType,
                Position = start,
            });
        }

        /// <summary>HTML by its media type; with none, by its first bytes ("&lt;!DOCTYPE html", "&lt;html").</summary>
        private static bool IsHtml(string? contentType, byte[] body)
        {
            if (!string.IsNullOrWhiteSpace(contentType))
            {
                return contentType!.IndexOf("text/html", StringComparison.OrdinalIgnoreCase) >= 0
                    || contentType.IndexOf("application/xhtml", StringComparison.OrdinalIgnoreCase) >= 0;
            }
            int n = Math.Min(body.Length, 512);
            string head = System.Text.Encoding.ASCII.GetString(body, 0, n).TrimStart('\uFEFF', ' ', '\t', '\r', '\n', '?');
            return head.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase) || head.StartsWith("<html", StringComparison.OrdinalIgnoreCase);
        }

        private string? NextNonBlankLine()
        {
            while (true)
            {
                string? line = _reader.ReadLine(MaxHeaderLine);
                if (line is null) return null;
                if (line.Trim().Length > 0) return line;
            }
        }

        private static bool IsVersionLine(string line) => line.StartsWith("WARC/1.", StringComparison.Ordinal);

        /// <summary>Reads header lines up to the blank line; returns why they are bad, or null.</summary>
        private string? ReadHeaders(Dictionary<string, string> headers)
        {
            string? last = null;
            for (int count = 0; count < MaxHeaderLines; count++)
            {
                string? line = _reader.ReadLine(MaxHeaderLine);
                if (line is null) return "the file ends inside the record's headers";
                if (line.Length == 0) return null;
                if ((line[0] == ' ' || line[0] == '\t') && last != null)
                {
                    headers[last] += " " + line.Trim();
                    continue;
                }
                if (IsVersionLine(line)) return "a new record starts inside the record's headers; skipping to it";
                int colon = line.IndexOf(':');
                if (colon <= 0) return "the record has a header line that is not \"Name: value\" (\"" + Cut(line) + "\"); skipping to the next record";
                last = line.Substring(0, colon).Trim();
                headers[last] = line.Substring(colon + 1).Trim();
            }
            return "the record has more than " + MaxHeaderLines + " header lines; skipping to the next record";
        }

        /// <summary>The two CRLFs after a block (tolerating bare LFs and extra blank lines is the resync's job).</summary>
        private bool ReadRecordEnd()
        {
            string? a = _reader.ReadLine(MaxHeaderLine);
            if (a is null) return true;
            if (a.Length != 0) return false;
            string? b = _reader.ReadLine(MaxHeaderLine);
            return b is null || b.Length == 0;
        }

        /// <summary>
        /// Skips lines up to the next "WARC/1.x" line; a line reader cannot step back, so that line is kept for the next
        /// turn of <see cref="Read"/>. False when the file ends first.
        /// </summary>
        private bool Resync()
        {
            while (true)
            {
                long at = _reader.Position;
                string? line = _reader.ReadLine(MaxHeaderLine);
                if (line is null) return false;
                if (IsVersionLine(line))
                {
                    _pendingVersion = line;
                    _pendingPosition = at;
                    return true;
                }
            }
        }

        private string? _pendingVersion;
        private long _pendingPosition;

        private void Count(string reason)
        {
            Skipped.TryGetValue(reason, out int n);
            Skipped[reason] = n + 1;
        }

        private static string Cut(string s) => s.Length <= 60 ? s : s.Substring(0, 57) + "...";
    }
}
