using System;
using System.IO;
using System.Xml;
using NewsTools.Json;

namespace NewsTools.Feeds
{
    /// <summary>
    /// Reads one feed or sitemap document: decides what it is from its first element (or its JSON), mends the usual XML
    /// mistakes, and hands it to the reader for its format. Returns the items, one warning for everything that was wrong,
    /// or why it gave nothing. Never throws for bad input.
    /// </summary>
    public static class FeedDocumentReader
    {
        /// <summary>
        /// Reads <paramref name="text"/>; <paramref name="documentUrl"/> is where it came from (an http(s) address makes
        /// relative links absolute; a file: address is the items' FeedUrl when the feed declares none).
        /// </summary>
        public static FeedReadResult Read(string text, Uri? documentUrl, FeedReadOptions options)
        {
            var log = new ProblemLog();
            var items = new ItemCollector(options);
            string trimmed = text.TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
            if (trimmed.Length == 0) return FeedReadResult.Failed(FeedFailure.NotAFeed, "it is empty.");

            FeedFormat format;
            if (trimmed[0] == '{' || trimmed[0] == '[')
            {
                JsonNode? root = JsonReader.Parse(trimmed);
                if (!JsonFeedReader.IsJsonFeed(root)) return FeedReadResult.Failed(FeedFailure.NotAFeed, "it is JSON but not a JSON Feed (no \"version\" naming jsonfeed.org, no \"items\" list).");
                JsonFeedReader.Read(trimmed, root!, documentUrl, items, log);
                format = FeedFormat.JsonFeed;
            }
            else
            {
                string xml = XmlRepair.Sanitize(trimmed, log);
                string? root = RootElement(xml);
                switch (root)
                {
                    case "rss":
                    case "RDF":
                    case "feed":
                        FeedReadResult? failure = SyndicationReader.Read(xml, documentUrl, items, log, out format);
                        if (failure != null) return failure;
                        break;
                    case "urlset":
                        format = SitemapReader.Read(xml, false, documentUrl, items, log);
                        break;
                    case "sitemapindex":
                        format = SitemapReader.Read(xml, true, documentUrl, items, log);
                        break;
                    case "html":
                    case "HTML":
                        return FeedReadResult.Failed(FeedFailure.NotAFeed, "it is an HTML page; Find-NewsFeed lists the feeds a page links to.");
                    case null:
                        return FeedReadResult.Failed(FeedFailure.NotAFeed, trimmed[0] == '<'
                            ? "it is not XML that a feed reader can read (no root element)."
                            : "it is neither XML nor JSON.");
                    default:
                        return FeedReadResult.Failed(FeedFailure.NotAFeed, "it is XML with root element <" + root + ">, not RSS, Atom or a sitemap.");
                }
            }
            return new FeedReadResult(items.Items, format, log.Summary(items.Items.Count), FeedFailure.None, null);
        }

        /// <summary>The local name of the first element, or null when the text has none before it breaks.</summary>
        private static string? RootElement(string xml)
        {
            try
            {
                using var reader = XmlReader.Create(new StringReader(xml), XmlRepair.ReaderSettings());
                while (reader.Read())
                {
                    if (reader.NodeType == XmlNodeType.Element) return reader.LocalName;
                }
            }
            catch (XmlException)
            {
                // Broken before any element: not a document we can read.
            }
            return null;
        }
    }
}
