using System;
using System.IO;
using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using NewsTools.Heuristics;

namespace NewsTools.Loading
{
    /// <summary>
    /// Turns the bytes of a file or response into text: gzip is unwrapped, then the charset is taken from
    /// the BOM, else the caller's declared charset, else a &lt;meta charset&gt; in the first 4 KB, else UTF-8
    /// when the bytes are valid UTF-8, else an East Asian charset when <see cref="CharsetDetector"/> recognises one, else Windows-1252 (Latin-1 when code pages are unavailable).
    /// </summary>
    public static class DocumentDecoder
    {
        private static readonly TieredRegex MetaCharset = new TieredRegex(
            @"<meta[^>]+charset\s*=\s*[""']?\s*([A-Za-z0-9_\-:.]+)",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

        private static readonly UTF8Encoding StrictUtf8 = new UTF8Encoding(false, true);

        static DocumentDecoder()
        {
            // .NET Core knows only UTF-*, ASCII and Latin-1 until the code-page provider is registered;
            // registering is idempotent and process-wide by design of System.Text.Encoding.
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        }

        /// <summary>True when the bytes start with the gzip magic number.</summary>
        public static bool IsGzip(byte[] bytes) => bytes.Length >= 2 && bytes[0] == 0x1F && bytes[1] == 0x8B;

        /// <summary>Reads a whole stream (gzip unwrapped) and decodes it.</summary>
        public static string Decode(Stream stream, string? declaredCharset = null)
        {
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            return Decode(buffer.ToArray(), declaredCharset);
        }

        /// <summary>Decodes bytes (gzip unwrapped).</summary>
        public static string Decode(byte[] bytes, string? declaredCharset = null)
        {
            if (IsGzip(bytes)) bytes = Gunzip(bytes);

            if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF) return Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
            if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE) return Encoding.Unicode.GetString(bytes, 2, bytes.Length - 2);
            if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF) return Encoding.BigEndianUnicode.GetString(bytes, 2, bytes.Length - 2);

            Encoding? declared = TryGetEncoding(declaredCharset);
            if (declared != null) return declared.GetString(bytes);

            string asciiHead = Encoding.ASCII.GetString(bytes, 0, Math.Min(bytes.Length, 4096));
            Match m = MetaCharset.Match(asciiHead);
            if (m.Success)
            {
                Encoding? meta = TryGetEncoding(m.Groups[1].Value);
                // Pages that say one thing and are UTF-8 are common: trust valid UTF-8 over a single-byte declaration.
                if (meta != null && (meta.CodePage == 65001 || !IsValidUtf8(bytes))) return meta.GetString(bytes);
            }

            if (IsValidUtf8(bytes)) return Encoding.UTF8.GetString(bytes);
            Encoding? detected = CharsetDetector.Detect(bytes);
            if (detected != null) return detected.GetString(bytes);
            return (TryGetEncoding("windows-1252") ?? Latin1()).GetString(bytes);
        }

        /// <summary>Unwraps gzip bytes.</summary>
        public static byte[] Gunzip(byte[] bytes)
        {
            using var input = new MemoryStream(bytes);
            using var gz = new GZipStream(input, CompressionMode.Decompress);
            using var output = new MemoryStream();
            gz.CopyTo(output);
            return output.ToArray();
        }

        /// <summary>True when the bytes are well-formed UTF-8.</summary>
        internal static bool IsValidUtf8(byte[] bytes)
        {
            try
            {
                StrictUtf8.GetCharCount(bytes);
                return true;
            }
            catch (DecoderFallbackException)
            {
                return false;
            }
        }

        private static Encoding Latin1() => Encoding.GetEncoding("iso-8859-1");

        private static Encoding? TryGetEncoding(string? name)
        {
            if (string.IsNullOrWhiteSpace(name)) return null;
            try
            {
                return Encoding.GetEncoding(name!.Trim().Trim('"', '\''));
            }
            catch (ArgumentException)
            {
                return null;
            }
            catch (NotSupportedException)
            {
                return null;
            }
        }
    }
}
