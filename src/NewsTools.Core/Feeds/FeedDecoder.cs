using System;
using System.Text;
using System.Text.RegularExpressions;
using NewsTools.Loading;

namespace NewsTools.Feeds
{
    /// <summary>
    /// Bytes of a feed or sitemap to text. XML says its charset in its declaration (&lt;?xml version="1.0"
    /// encoding="windows-1251"?&gt;), which the page decoder does not read; valid UTF-8 still wins over a single-byte
    /// declaration, as for pages. Everything else (BOM, gzip, detection) is <see cref="DocumentDecoder"/>'s.
    /// </summary>
    public static class FeedDecoder
    {
        private static readonly Heuristics.TieredRegex XmlDeclarationEncoding = new Heuristics.TieredRegex(@"^\s*<\?xml[^>]*?\bencoding\s*=\s*[""']([A-Za-z0-9._:\-]+)[""']",
            RegexOptions.CultureInvariant | RegexOptions.Compiled);

        /// <summary>Decodes <paramref name="bytes"/>; <paramref name="charset"/> (the user's -Encoding) wins over the declaration when given.</summary>
        public static string Decode(byte[] bytes, string? charset)
        {
            if (charset != null || DocumentDecoder.IsGzip(bytes)) return DocumentDecoder.Decode(bytes, charset);
            string head = Encoding.ASCII.GetString(bytes, 0, Math.Min(bytes.Length, 256));
            Match m = XmlDeclarationEncoding.Match(head);
            if (m.Success && !DocumentDecoder.IsValidUtf8(bytes)) return DocumentDecoder.Decode(bytes, m.Groups[1].Value);
            return DocumentDecoder.Decode(bytes, null);
        }
    }
}
