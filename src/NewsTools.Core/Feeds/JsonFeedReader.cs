using System;
using System.Collections.Generic;
using System.Globalization;
using NewsTools.Json;

namespace NewsTools.Feeds
{
    /// <summary>
    /// JSON Feed 1.0 and 1.1 (https://jsonfeed.org/version/1.1) with the core's lenient JSON reader: a cut-off document
    /// gives the items before the cut (the reader closes what is open), and is reported.
    /// </summary>
    internal static class JsonFeedReader
    {
        /// <summary>True when the JSON root is a feed: a "version" naming jsonfeed.org, or an "items" array.</summary>
        public static bool IsJsonFeed(JsonNode? root) =>
            root != null && root.IsObject &&
            ((root["version"]?.AsString() ?? string.Empty).IndexOf("jsonfeed.org", StringComparison.OrdinalIgnoreCase) >= 0 || (root["items"]?.IsArray ?? false));

        public static void Read(string text, JsonNode root, Uri? documentUrl, ItemCollector items, ProblemLog log)
        {
            if (!text.TrimEnd().EndsWith("}", StringComparison.Ordinal)) log.Truncated("the JSON document is cut off");
            string? feedTitle = FeedText.ToPlain(root["title"]?.AsString());
            Uri? declared = SyndicationReader.Absolute(root["feed_url"]?.AsString());
            Uri? home = SyndicationReader.Absolute(root["home_page_url"]?.AsString());
            Uri? linkBase = SyndicationReader.IsWeb(documentUrl) ? documentUrl : declared ?? home;
            Uri? feedUrl = SyndicationReader.IsWeb(documentUrl) ? documentUrl : declared ?? documentUrl;
            string? language = SyndicationReader.Trimmed(root["language"]?.AsString());
            List<string?> feedAuthors = Names(root);

            JsonNode? list = root["items"];
            if (list is null) return;
            foreach (JsonNode node in list.AsSequence())
            {
                if (items.Full) break;
                if (!node.IsObject) continue;
                var item = new FeedItem
                {
                    Title = FeedText.ToPlain(Scalar(node, "title")),
                    Published = SyndicationReader.Date(Scalar(node, "date_published"), log),
                    Updated = SyndicationReader.Date(Scalar(node, "date_modified"), log),
                    Summary = FeedText.ToPlain(Scalar(node, "summary") ?? Scalar(node, "content_text") ?? Scalar(node, "content_html")),
                    Guid = SyndicationReader.Trimmed(Scalar(node, "id")),
                    FeedTitle = feedTitle,
                    FeedUrl = feedUrl,
                    Language = SyndicationReader.Trimmed(Scalar(node, "language")) ?? language,
                    Format = FeedFormat.JsonFeed,
                };
                List<string?> authors = Names(node);
                item.Authors = SyndicationReader.Distinct(authors.Count > 0 ? authors : feedAuthors);
                var tags = new List<string?>();
                if (node["tags"] is JsonNode tagNode) foreach (JsonNode t in tagNode.AsSequence()) tags.Add(t.AsString());
                item.Categories = SyndicationReader.Distinct(tags);
                item.Link = SyndicationReader.Resolve(linkBase, Scalar(node, "url") ?? Scalar(node, "external_url"));
                if (item.Link is null) log.Note(ProblemLog.MissingLink, item.Title);
                if (node["attachments"] is JsonNode attachments)
                {
                    foreach (JsonNode a in attachments.AsSequence())
                    {
                        string? url = a.IsObject ? Scalar(a, "url") : null;
                        if (url is null) continue;
                        long? size = long.TryParse(Scalar(a, "size_in_bytes"), NumberStyles.Integer, CultureInfo.InvariantCulture, out long s) ? s : (long?)null;
                        item.Enclosure = new FeedEnclosure { Url = SyndicationReader.Resolve(linkBase, url), Type = SyndicationReader.Trimmed(Scalar(a, "mime_type")), Length = size };
                        break;
                    }
                }
                items.Offer(item);
            }
        }

        /// <summary>A member's text when it is a string or number (never an object's inner value: "url" inside "author" is not the item's).</summary>
        private static string? Scalar(JsonNode node, string key)
        {
            JsonNode? v = node[key];
            return v != null && (v.Kind == JsonKind.String || v.Kind == JsonKind.Number) ? v.Text : null;
        }

        /// <summary>JSON Feed 1.1 "authors" (a list of objects with "name"), else 1.0's single "author".</summary>
        private static List<string?> Names(JsonNode node)
        {
            var names = new List<string?>();
            JsonNode? authors = node["authors"] ?? node["author"];
            if (authors is null) return names;
            foreach (JsonNode a in authors.AsSequence())
            {
                names.Add(a.IsObject ? Scalar(a, "name") : a.Kind == JsonKind.String ? a.Text : null);
            }
            return names;
        }
    }
}
