using System;

namespace NewsTools
{
    /// <summary>A feed a page links to (&lt;link rel="alternate" type="application/rss+xml"&gt; and its Atom and JSON Feed kin), found by Find-NewsFeed.</summary>
    public sealed class FeedLink
    {
        /// <summary>The feed's address, resolved against the page's &lt;base href&gt; or address; relative when neither was known.</summary>
        public Uri? Url { get; set; }

        /// <summary>The title the link gives (title attribute), if any.</summary>
        public string? Title { get; set; }

        /// <summary>The MIME type the link declares (application/rss+xml, application/atom+xml, application/feed+json).</summary>
        public string? Type { get; set; }

        /// <summary>The format the type names.</summary>
        public FeedFormat Format { get; set; }

        /// <summary>The page the link was found on (its address, or the file as a file: URI), when known.</summary>
        public Uri? PageUrl { get; set; }

        /// <summary>The address.</summary>
        public override string ToString() => Url?.ToString() ?? string.Empty;
    }
}
