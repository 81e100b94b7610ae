using System;

namespace NewsTools
{
    /// <summary>
    /// One entry of a feed or sitemap: an RSS or Atom item, a JSON Feed item, a sitemap &lt;url&gt;, or a child sitemap of
    /// a sitemap index. <see cref="Link"/> is a <see cref="System.Uri"/> so <c>Get-NewsFeed x | Get-CleanArticle</c> binds
    /// it by property name to Get-CleanArticle's -Uri.
    /// </summary>
    public sealed class FeedItem
    {
        /// <summary>The item's title as plain text (HTML and entities in the feed are turned into text).</summary>
        public string? Title { get; set; }

        /// <summary>The item's page, absolute when the feed's address or its own link made it so; null when the feed gave none.</summary>
        public Uri? Link { get; set; }

        /// <summary>When the item was published, with the offset the feed wrote; null when absent or unreadable.</summary>
        public DateTimeOffset? Published { get; set; }

        /// <summary>When the item was last updated (Atom updated, JSON Feed date_modified, sitemap lastmod), offset kept.</summary>
        public DateTimeOffset? Updated { get; set; }

        /// <summary>The item's description or summary as plain text.</summary>
        public string? Summary { get; set; }

        /// <summary>The authors the feed names (RSS author or dc:creator, Atom author, JSON Feed authors).</summary>
        public TextList Authors { get; set; } = TextList.Empty;

        /// <summary>The item's categories or tags (Google News sitemaps: news:keywords).</summary>
        public TextList Categories { get; set; } = TextList.Empty;

        /// <summary>The item's identifier (RSS guid, Atom id, JSON Feed id, RSS 1.0 rdf:about).</summary>
        public string? Guid { get; set; }

        /// <summary>The first attached file (podcast audio, a lead image), or null.</summary>
        public FeedEnclosure? Enclosure { get; set; }

        /// <summary>The language of the feed or, in a Google News sitemap, of the publication (news:language).</summary>
        public string? Language { get; set; }

        /// <summary>The feed's title (Google News sitemaps: the publication's name).</summary>
        public string? FeedTitle { get; set; }

        /// <summary>
        /// The feed's own address: the web address it was read from, else the address it declares (Atom or atom:link
        /// rel="self", JSON Feed feed_url), else the file it was read from as a file: URI; null for a piped string that
        /// declares none.
        /// </summary>
        public Uri? FeedUrl { get; set; }

        /// <summary>The kind of document the item came from (Rss20, Atom10, JsonFeed, Sitemap, NewsSitemap, SitemapIndex...).</summary>
        public FeedFormat Format { get; set; }

        /// <summary>The title, else the link.</summary>
        public override string ToString() => Title ?? Link?.ToString() ?? string.Empty;
    }
}
