using System;
using System.IO;
using System.IO.Compression;
using System.Runtime.InteropServices;
using System.Text;

namespace NewsTools.Commands
{
    /// <summary>
    /// Where Export-NewsArticle writes: a .jsonl file, a .jsonl.gz file, or the process's standard output. Each record
    /// is handed to the operating system as soon as it is written (the writer is flushed per line), so a killed run
    /// leaves every finished record on disk and at most one cut-off line, which -Resume and -Append remove.
    /// </summary>
    internal sealed class ExportOutput : IDisposable
    {
        /// <summary>UTF-8 without a byte-order mark; invalid text never reaches it (the JSON writer replaces lone surrogates).</summary>
        private static readonly Encoding Utf8NoBom = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

        private readonly Stream? _file;
        private readonly StreamWriter _writer;

        private ExportOutput(Stream? file, StreamWriter writer)
        {
            _file = file;
            _writer = writer;
        }

        /// <summary>True for a path that names gzip output (".gz", any case).</summary>
        public static bool IsGzip(string path) => path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase);

        /// <summary>
        /// Whether this runtime's GZipStream reads every member of a file of concatenated gzip members (.NET Core 3.0 and
        /// later). The .NET Framework under Windows PowerShell 5.1 stops after the first member, so an appended .jsonl.gz
        /// would read back short there.
        /// </summary>
        public static bool ReadsGzipMembers => !RuntimeInformation.FrameworkDescription.StartsWith(".NET Framework", StringComparison.OrdinalIgnoreCase);

        /// <summary>Writes to the process's standard output (left open at the end).</summary>
        public static ExportOutput OpenStandardOutput() =>
            new ExportOutput(null, new StreamWriter(Console.OpenStandardOutput(), Utf8NoBom, 64 * 1024, leaveOpen: true) { NewLine = "\n" });

        /// <summary>Creates or truncates <paramref name="path"/> (append false), or appends to it.</summary>
        public static ExportOutput OpenFile(string path, bool append)
        {
            var file = new FileStream(path, append ? FileMode.Append : FileMode.Create, FileAccess.Write, FileShare.Read, 64 * 1024);
            try
            {
                // A new gzip member after the existing ones when appending: readers that take concatenated members see one stream.
                Stream target = IsGzip(path) ? new GZipStream(file, CompressionLevel.Optimal, leaveOpen: false) : file;
                return new ExportOutput(file, new StreamWriter(target, Utf8NoBom, 64 * 1024) { NewLine = "\n" });
            }
            catch
            {
                file.Dispose();
                throw;
            }
        }

        /// <summary>Writes one record and its "\n", and hands it to the operating system.</summary>
        public void WriteLine(string record)
        {
            _writer.Write(record);
            _writer.Write('\n');
            // Flushes the encoder, the gzip stream (a sync flush: everything so far decodes) and the file buffer.
            _writer.Flush();
        }

        /// <summary>Closes the file (and ends the gzip stream); standard output is only flushed.</summary>
        public void Dispose()
        {
            _writer.Dispose();
            _file?.Dispose();
        }

        /// <summary>
        /// Makes an existing plain file safe to append to: when its last byte is not a line feed (a record cut off by a
        /// killed run) the file is cut back to its last line feed. Returns the bytes removed. Reads backwards from the
        /// end, a block at a time, so a large file is not read whole.
        /// </summary>
        public static long CutPartialTail(string path)
        {
            using var fs = new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.Read);
            long length = fs.Length;
            if (length == 0) return 0;
            var block = new byte[64 * 1024];
            long end = length;
            while (end > 0)
            {
                int size = (int)Math.Min(block.Length, end);
                fs.Position = end - size;
                ReadExactly(fs, block, size);
                for (int i = size - 1; i >= 0; i--)
                {
                    if (block[i] != (byte)'\n') continue;
                    long keep = end - size + i + 1;
                    if (keep < length) fs.SetLength(keep);
                    return length - keep;
                }
                end -= size;
            }
            fs.SetLength(0);
            return length;
        }

        /// <summary>
        /// Rewrites a .jsonl.gz as one gzip member holding its first <paramref name="keepLength"/> decompressed bytes
        /// (its complete lines). Needed before appending to a gzip file that a killed run left: its last member has no
        /// end, and a member appended after it would not decode. Written beside the file, then put in its place.
        /// </summary>
        public static void RewriteGzip(string path, long keepLength)
        {
            string temp = path + ".rewrite-" + Guid.NewGuid().ToString("N").Substring(0, 8);
            try
            {
                using (var source = new GZipStream(new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read), CompressionMode.Decompress))
                using (var target = new GZipStream(new FileStream(temp, FileMode.CreateNew, FileAccess.Write), CompressionLevel.Optimal))
                {
                    var buffer = new byte[64 * 1024];
                    long left = keepLength;
                    while (left > 0)
                    {
                        int n = source.Read(buffer, 0, (int)Math.Min(buffer.Length, left));
                        if (n <= 0) break;
                        target.Write(buffer, 0, n);
                        left -= n;
                    }
                }
                // Replace, not delete-then-move: at no moment is there no file at the path.
                File.Replace(temp, path, null);
            }
            finally
            {
                if (File.Exists(temp)) File.Delete(temp);
            }
        }

        private static void ReadExactly(Stream s, byte[] buffer, int count)
        {
            int read = 0;
            while (read < count)
            {
                int n = s.Read(buffer, read, count - read);
                if (n <= 0) throw new EndOfStreamException();
                read += n;
            }
        }
    }
}
