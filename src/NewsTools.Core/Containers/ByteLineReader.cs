using System;
using System.IO;

namespace NewsTools.Containers
{
    /// <summary>
    /// Reads a byte stream by lines and by counted blocks, with its own buffer and the position in the stream: what a
    /// WARC reader needs (header lines, then exactly Content-Length bytes), never holding more than one record.
    /// </summary>
    internal sealed class ByteLineReader
    {
        private readonly Stream _stream;
        private readonly byte[] _buffer = new byte[64 * 1024];
        private int _start;
        private int _end;
        private bool _eof;

        public ByteLineReader(Stream stream)
        {
            _stream = stream;
        }

        /// <summary>Bytes consumed so far.</summary>
        public long Position { get; private set; }

        /// <summary>True when every byte has been read.</summary>
        public bool AtEnd => _start == _end && !Fill();

        /// <summary>
        /// The next line without its line end (CRLF or LF), as Latin-1 text (WARC and HTTP headers are ASCII); null at the
        /// end of the stream. A line longer than <paramref name="maxLength"/> is cut there (the rest is skipped).
        /// </summary>
        public string? ReadLine(int maxLength)
        {
            var line = new System.Text.StringBuilder();
            bool any = false;
            while (true)
            {
                if (_start == _end && !Fill()) return any ? Trim(line) : null;
                any = true;
                int nl = Array.IndexOf(_buffer, (byte)'\n', _start, _end - _start);
                int stop = nl < 0 ? _end : nl;
                for (int i = _start; i < stop && line.Length < maxLength; i++) line.Append((char)_buffer[i]);
                int consumed = (nl < 0 ? _end : nl + 1) - _start;
                _start += consumed;
                Position += consumed;
                if (nl >= 0) return Trim(line);
            }
        }

        private static string Trim(System.Text.StringBuilder line)
        {
            if (line.Length > 0 && line[line.Length - 1] == '\r') line.Length--;
            return line.ToString();
        }

        /// <summary>Reads up to <paramref name="count"/> bytes into a new array; shorter only at the end of the stream.</summary>
        public byte[] ReadBlock(int count)
        {
            var block = new byte[count];
            int filled = 0;
            while (filled < count)
            {
                if (_start == _end && !Fill()) break;
                int n = Math.Min(count - filled, _end - _start);
                Buffer.BlockCopy(_buffer, _start, block, filled, n);
                _start += n;
                Position += n;
                filled += n;
            }
            if (filled < count) Array.Resize(ref block, filled);
            return block;
        }

        /// <summary>Skips up to <paramref name="count"/> bytes; returns how many were skipped (fewer only at the end).</summary>
        public long Skip(long count)
        {
            long skipped = 0;
            while (skipped < count)
            {
                if (_start == _end && !Fill()) break;
                int n = (int)Math.Min(count - skipped, _end - _start);
                _start += n;
                Position += n;
                skipped += n;
            }
            return skipped;
        }

        private bool Fill()
        {
            if (_eof) return false;
            _start = 0;
            _end = _stream.Read(_buffer, 0, _buffer.Length);
            if (_end <= 0)
            {
                _end = 0;
                _eof = true;
                return false;
            }
            return true;
        }
    }
}
