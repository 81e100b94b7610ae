using System;

namespace NewsTools
{
    /// <summary>A file attached to a feed item: an RSS &lt;enclosure&gt;, an Atom link rel="enclosure", a JSON Feed attachment.</summary>
    public sealed class FeedEnclosure
    {
        /// <summary>The file's address.</summary>
        public Uri? Url { get; set; }

        /// <summary>Its MIME type as the feed gives it (audio/mpeg, image/jpeg...).</summary>
        public string? Type { get; set; }

        /// <summary>Its size in bytes as the feed gives it; null when absent or not a number.</summary>
        public long? Length { get; set; }

        /// <summary>The address, so a table cell or CSV column shows it.</summary>
        public override string ToString() => Url?.ToString() ?? string.Empty;
    }
}
