using System;

namespace NewsTools.Feeds
{
    /// <summary>What to keep from a feed or sitemap, and where the document came from; built once per command run.</summary>
    public sealed class FeedReadOptions
    {
        /// <summary>Keep only items published (else updated) at or after this instant; undated items are then dropped. Null keeps all.</summary>
        public DateTimeOffset? Since { get; set; }

        /// <summary>Stop after this many kept items (sitemaps stop reading there); 0 keeps all.</summary>
        public int First { get; set; }
    }
}
