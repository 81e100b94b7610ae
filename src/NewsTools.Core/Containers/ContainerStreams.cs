using System;
using System.IO;
using System.IO.Compression;

namespace NewsTools.Containers
{
    /// <summary>Opens container files: gzip is recognised by its magic number, not the file name.</summary>
    public static class ContainerStreams
    {
        /// <summary>
        /// The stream to read, gunzipped when it starts with the gzip magic number. A .warc.gz as Common Crawl writes it is
        /// one gzip member per record; .NET's GZipStream reads all members in turn on .NET Core 3.0 and later (PowerShell 7).
        /// Windows PowerShell 5.1's .NET Framework stops after the first member: such files must be read in PowerShell 7.
        /// </summary>
        public static Stream Open(Stream raw)
        {
            var peek = new PeekStream(raw, 2);
            byte[] head = peek.Head;
            if (head.Length == 2 && head[0] == 0x1F && head[1] == 0x8B) return new GZipStream(peek, CompressionMode.Decompress);
            return peek;
        }

        /// <summary>A read-only stream whose first bytes were read ahead to sniff the format, then given back.</summary>
        private sealed class PeekStream : Stream
        {
            private readonly Stream _inner;
            private int _headPos;

            public PeekStream(Stream inner, int count)
            {
                _inner = inner;
                var head = new byte[count];
                int n = 0;
                while (n < count)
                {
                    int r = inner.Read(head, n, count - n);
                    if (r <= 0) break;
                    n += r;
                }
                if (n < count) Array.Resize(ref head, n);
                Head = head;
            }

            public byte[] Head { get; }

            public override int Read(byte[] buffer, int offset, int count)
            {
                if (_headPos < Head.Length)
                {
                    int n = Math.Min(count, Head.Length - _headPos);
                    Buffer.BlockCopy(Head, _headPos, buffer, offset, n);
                    _headPos += n;
                    return n;
                }
                return _inner.Read(buffer, offset, count);
            }

            public override bool CanRead => true;
            public override bool CanSeek => false;
            public override bool CanWrite => false;
            public override long Length => throw new NotSupportedException();
            public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
            public override void Flush() { }
            public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
            public override void SetLength(long value) => throw new NotSupportedException();
            public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

            protected override void Dispose(bool disposing)
            {
                if (disposing) _inner.Dispose();
                base.Dispose(disposing);
            }
        }
    }
}
