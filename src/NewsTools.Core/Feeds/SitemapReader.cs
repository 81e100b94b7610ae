using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Xml;

namespace NewsTools.Feeds
{
    /// <summary>
    /// Sitemaps (sitemaps.org 0.9) read as a stream, so -First stops reading at its last item and a huge URL set costs only
    /// what is kept: a &lt;urlset&gt; gives one item per &lt;url&gt; (loc, lastmod; with Google News' news:publication_date,
    /// news:title, news:keywords and news:publication name and language), a &lt;sitemapindex&gt; one item per child sitemap.
    /// Child sitemaps are listed, not followed: which to read (and whether to fetch) is the user's choice, by piping the items
    /// back into Get-NewsFeed.
    /// </summary>
    internal static class SitemapReader
    {
        private sealed class Entry
        {
            public string? Loc;
            public string? LastMod;
            public string? Title;
            public string? PublicationDate;
            public string? PublicationName;
            public string? Language;
            public string? Keywords;
            public bool IsNews;
        }

        public static FeedFormat Read(string text, bool index, Uri? documentUrl, ItemCollector items, ProblemLog log)
        {
            FeedFormat format = index ? FeedFormat.SitemapIndex : FeedFormat.Sitemap;
            Uri? linkBase = SyndicationReader.IsWeb(documentUrl) ? documentUrl : null;
            string entryName = index ? "sitemap" : "url";
            Entry? entry = null;
            try
            {
                using var reader = XmlReader.Create(new StringReader(text), XmlRepair.ReaderSettings());
                reader.Read();
                while (!reader.EOF && !items.Full)
                {
                    if (reader.NodeType == XmlNodeType.Element)
                    {
                        string name = reader.LocalName;
                        bool news = IsNews(reader);
                        if (news && entry != null) entry.IsNews = true;
                        if (string.Equals(name, entryName, StringComparison.Ordinal) && !news)
                        {
                            entry = new Entry();
                            if (reader.IsEmptyElement) entry = null;
                            reader.Read();
                            continue;
                        }
                        // Unprefixed only for loc and lastmod: image:loc and video:title are the media's, not the page's.
                        if (entry != null && !reader.IsEmptyElement && (news || reader.Prefix.Length == 0) && IsField(name, news))
                        {
                            string value = reader.ReadElementContentAsString();
                            Store(entry, name, news, value);
                            continue;
                        }
                    }
                    else if (reader.NodeType == XmlNodeType.EndElement && entry != null && !IsNews(reader) &&
                        string.Equals(reader.LocalName, entryName, StringComparison.Ordinal))
                    {
                        Emit(entry, format, linkBase, documentUrl, items, log);
                        if (entry.IsNews) format = FeedFormat.NewsSitemap;
                        entry = null;
                    }
                    reader.Read();
                }
            }
            catch (XmlException e)
            {
                log.Truncated("the document breaks at line " + e.LineNumber.ToString(CultureInfo.InvariantCulture) + ", position " +
                    e.LinePosition.ToString(CultureInfo.InvariantCulture) + " (" + e.Message.Split('\n')[0].Trim() + ")");
            }
            return format;
        }

        private static bool IsNews(XmlReader reader) =>
            string.Equals(reader.Prefix, "news", StringComparison.Ordinal) || reader.NamespaceURI.IndexOf("sitemap-news", StringComparison.OrdinalIgnoreCase) >= 0;

        /// <summary>The elements read: loc and lastmod in the sitemap namespace; news' own in the news namespace (image:title and video:title are not the page's).</summary>
        private static bool IsField(string name, bool news) => news
            ? name == "title" || name == "publication_date" || name == "name" || name == "language" || name == "keywords"
            : name == "loc" || name == "lastmod";

        private static void Store(Entry entry, string name, bool news, string value)
        {
            value = value.Trim();
            if (value.Length == 0) return;
            if (!news)
            {
                if (name == "loc") entry.Loc ??= value;
                else entry.LastMod ??= value;
                return;
            }
            switch (name)
            {
                case "title": entry.Title = value; break;
                case "publication_date": entry.PublicationDate = value; break;
                case "name": entry.PublicationName = value; break;
                case "language": entry.Language = value; break;
                default: entry.Keywords = value; break;
            }
        }

        private static void Emit(Entry entry, FeedFormat format, Uri? linkBase, Uri? documentUrl, ItemCollector items, ProblemLog log)
        {
            var item = new FeedItem
            {
                Link = SyndicationReader.Resolve(linkBase, entry.Loc),
                Updated = SyndicationReader.Date(entry.LastMod, log),
                Published = SyndicationReader.Date(entry.PublicationDate, log),
                Title = FeedText.ToPlain(entry.Title),
                FeedTitle = FeedText.ToPlain(entry.PublicationName),
                Language = entry.Language,
                FeedUrl = documentUrl,
                Format = entry.IsNews ? FeedFormat.NewsSitemap : format,
            };
            if (entry.Keywords != null) item.Categories = SyndicationReader.Distinct(entry.Keywords.Split(','));
            if (item.Link is null) log.Note(ProblemLog.MissingLink, entry.Title);
            items.Offer(item);
        }
    }
}
