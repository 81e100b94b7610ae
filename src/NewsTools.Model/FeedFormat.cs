namespace NewsTools
{
    /// <summary>What kind of document a <see cref="FeedItem"/> (or a discovered <see cref="FeedLink"/>) came from.</summary>
    public enum FeedFormat
    {
        /// <summary>Not known (a discovered link whose type names no format this module reads).</summary>
        Unknown = 0,
        /// <summary>RSS 2.0 (and the 0.9x versions it grew from).</summary>
        Rss20 = 1,
        /// <summary>RSS 1.0, the RDF form (rdf:RDF root, items beside the channel).</summary>
        Rss10 = 2,
        /// <summary>Atom 1.0 (RFC 4287).</summary>
        Atom10 = 3,
        /// <summary>JSON Feed 1.0 or 1.1.</summary>
        JsonFeed = 4,
        /// <summary>A sitemap URL set: one item per &lt;url&gt; (loc, lastmod).</summary>
        Sitemap = 5,
        /// <summary>A Google News sitemap: a URL set whose entries carry news:publication_date and news:title.</summary>
        NewsSitemap = 6,
        /// <summary>A sitemap index: one item per child sitemap (its address in Link, lastmod in Updated); children are not followed.</summary>
        SitemapIndex = 7,
    }
}
