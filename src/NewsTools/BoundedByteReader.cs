using System;
using System.Globalization;
using System.IO;
using System.IO.Compression;
using NewsTools.Loading;

namespace NewsTools.Commands
{
    /// <summary>An input longer than -MaximumInputSize: nothing of it is cleaned.</summary>
    internal sealed class InputTooLargeException : IOException
    {
        public InputTooLargeException(string message)
            : base(message)
        {
        }
    }

    /// <summary>
    /// Reads bytes (a file, a byte array from the pipeline) with a size cap, unwrapping gzip as a stream: the
    /// decompressed bytes are counted as they come and reading stops at the first byte over the cap, so a gzip bomb
    /// (1 MB that expands to 1 GB) costs at most the cap in memory and the time to inflate that much, never the
    /// expanded size. The cap is in bytes; one byte decodes to at most one character, so a document under the byte
    /// cap is always under the same character cap the core checks.
    /// </summary>
    internal static class BoundedByteReader
    {
        /// <summary>
        /// A .gz inside a .gz is unwrapped too (a compressed download saved as .gz), but not without end: a gzip quine
        /// decompresses to itself, and a loop that unwraps "while it starts with the gzip magic" would never stop.
        /// </summary>
        private const int MaxGzipLayers = 3;

        private const int BufferSize = 81920;

        /// <summary>Reads a whole file, gzip unwrapped, refusing more than <paramref name="limit"/> bytes.</summary>
        public static byte[] ReadFile(string path, long limit)
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, BufferSize);
            var magic = new byte[2];
            int got = ReadAtLeast(stream, magic);
            bool gzip = got == 2 && magic[0] == 0x1F && magic[1] == 0x8B;
            // A plain file says its size: refuse it before reading a byte of it.
            if (!gzip && stream.Length > limit) throw TooLarge(stream.Length, limit, exact: true);
            stream.Position = 0;
            return Unwrap(ReadBounded(stream, limit), limit);
        }

        /// <summary>Unwraps gzip bytes (up to <see cref="MaxGzipLayers"/> layers), refusing more than <paramref name="limit"/> bytes.</summary>
        public static byte[] Unwrap(byte[] bytes, long limit)
        {
            if (bytes.LongLength > limit) throw TooLarge(bytes.LongLength, limit, exact: true);
            for (int layer = 0; DocumentDecoder.IsGzip(bytes); layer++)
            {
                if (layer == MaxGzipLayers)
                {
                    throw new InvalidDataException("The input is gzip wrapped more than " + MaxGzipLayers + " times; it is not a document.");
                }
                using var compressed = new MemoryStream(bytes, writable: false);
                using var inflated = new GZipStream(compressed, CompressionMode.Decompress);
                bytes = ReadBounded(inflated, limit);
            }
            return bytes;
        }

        /// <summary>Copies a stream to its end, stopping with <see cref="InputTooLargeException"/> past <paramref name="limit"/> bytes.</summary>
        private static byte[] ReadBounded(Stream source, long limit)
        {
            using var output = new MemoryStream();
            var buffer = new byte[BufferSize];
            long total = 0;
            int read;
            while ((read = source.Read(buffer, 0, buffer.Length)) > 0)
            {
                total += read;
                if (total > limit) throw TooLarge(total, limit, exact: false);
                output.Write(buffer, 0, read);
            }
            return output.ToArray();
        }

        private static int ReadAtLeast(Stream stream, byte[] buffer)
        {
            int total = 0;
            int read;
            while (total < buffer.Length && (read = stream.Read(buffer, total, buffer.Length - total)) > 0) total += read;
            return total;
        }

        private static InputTooLargeException TooLarge(long size, long limit, bool exact) =>
            new InputTooLargeException(string.Format(CultureInfo.InvariantCulture,
                exact ? "The input has {0:N0} bytes, more than the limit of {1:N0}." : "The input (gzip unwrapped) has more than {1:N0} bytes; reading stopped there.",
                size, limit));
    }
}
