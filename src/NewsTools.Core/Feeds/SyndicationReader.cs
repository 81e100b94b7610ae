using System;
using System.Collections.Generic;
using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using CodeHollow.FeedReader;
using CodeHollow.FeedReader.Feeds;
using CodeHollow.FeedReader.Parser;

namespace NewsTools.Feeds
{
    /// <summary>
    /// RSS 0.9x/2.0, RSS 1.0 (RDF) and Atom 1.0 through CodeHollow.FeedReader (the choice against
    /// System.ServiceModel.Syndication is in tests/Benchmarks/TUNING.md). The library reads the whole document with
    /// XDocument, so a break anywhere fails it: the text is then cut back to the last whole item before the break and read
    /// again. Dates are read here from the strings the library keeps, because its DateTime drops the offset.
    /// </summary>
    internal static class SyndicationReader
    {
        /// <summary>Reads <paramref name="text"/> (already sanitized) into <paramref name="items"/>; a failure, or null when read.</summary>
        public static FeedReadResult? Read(string text, Uri? documentUrl, ItemCollector items, ProblemLog log, out FeedFormat format)
        {
            format = FeedFormat.Unknown;
            Feed feed;
            try
            {
                feed = FeedReader.ReadFromString(text);
            }
            catch (XmlException e)
            {
                string? cut = XmlRepair.CutAtLastItem(text, XmlRepair.OffsetOf(text, e.LineNumber, e.LinePosition));
                if (cut is null) return FeedReadResult.Failed(FeedFailure.Unreadable, "The feed is broken before its first item: " + e.Message);
                log.Truncated("the document breaks at line " + e.LineNumber.ToString(CultureInfo.InvariantCulture) + ", position " +
                    e.LinePosition.ToString(CultureInfo.InvariantCulture) + " (" + e.Message.Split('\n')[0].Trim() + ")");
                try
                {
                    feed = FeedReader.ReadFromString(cut);
                }
                catch (XmlException again)
                {
                    return FeedReadResult.Failed(FeedFailure.Unreadable, "The feed is broken and could not be mended: " + again.Message);
                }
            }
            catch (FeedTypeNotSupportedException e)
            {
                return FeedReadResult.Failed(FeedFailure.NotAFeed, "it is XML but not RSS or Atom (" + e.Message + ").");
            }

            format = feed.Type == FeedType.Atom ? FeedFormat.Atom10 : feed.Type == FeedType.Rss_1_0 ? FeedFormat.Rss10 : FeedFormat.Rss20;
            string? feedTitle = FeedText.ToPlain(feed.Title);
            Uri? channelLink = Absolute(feed.Link);
            Uri? linkBase = IsWeb(documentUrl) ? documentUrl : channelLink;
            Uri? feedUrl = IsWeb(documentUrl) ? documentUrl : SelfLink(feed) ?? documentUrl;
            string? language = string.IsNullOrWhiteSpace(feed.Language) ? null : feed.Language.Trim();

            foreach (CodeHollow.FeedReader.FeedItem source in feed.Items)
            {
                if (items.Full) break;
                var item = new NewsTools.FeedItem
                {
                    Title = FeedText.ToPlain(source.Title),
                    Categories = Distinct(source.Categories),
                    FeedTitle = feedTitle,
                    FeedUrl = feedUrl,
                    Language = language,
                    Format = format,
                };
                string? link = source.Link;
                switch (source.SpecificItem)
                {
                    case Rss20FeedItem rss:
                        item.Published = Date(rss.PublishingDateString ?? rss.DC?.DateString, log);
                        item.Summary = FeedText.ToPlain(rss.Description ?? rss.Content);
                        item.Authors = Distinct(new[] { AuthorName(rss.Author), rss.DC?.Creator });
                        item.Guid = Trimmed(rss.Guid);
                        // RSS 2.0: a guid is a permalink unless isPermaLink="false"; an absolute http guid stands in for a missing link.
                        if (string.IsNullOrWhiteSpace(link) && IsWeb(Absolute(rss.Guid))) link = rss.Guid;
                        if (rss.Enclosure != null && !string.IsNullOrWhiteSpace(rss.Enclosure.Url))
                        {
                            item.Enclosure = new FeedEnclosure { Url = Resolve(linkBase, rss.Enclosure.Url), Type = Trimmed(rss.Enclosure.MediaType), Length = rss.Enclosure.Length > 0 ? rss.Enclosure.Length : (long?)null };
                        }
                        break;
                    case MediaRssFeedItem media:
                        // An RSS 2.0 feed that declares the Media RSS namespace: the library reads it with its own item type.
                        item.Published = Date(media.PublishingDateString ?? media.DC?.DateString, log);
                        item.Summary = FeedText.ToPlain(media.Description ?? media.Content);
                        item.Authors = Distinct(new[] { AuthorName(media.Author), media.DC?.Creator });
                        item.Guid = Trimmed(media.Guid);
                        if (string.IsNullOrWhiteSpace(link) && IsWeb(Absolute(media.Guid))) link = media.Guid;
                        if (media.Enclosure != null && !string.IsNullOrWhiteSpace(media.Enclosure.Url))
                        {
                            item.Enclosure = new FeedEnclosure { Url = Resolve(linkBase, media.Enclosure.Url), Type = Trimmed(media.Enclosure.MediaType), Length = media.Enclosure.Length > 0 ? media.Enclosure.Length : (long?)null };
                        }
                        else
                        {
                            item.Enclosure = FirstMedia(media, linkBase);
                        }
                        break;
                    case AtomFeedItem atom:
                        item.Published = Date(atom.PublishedDateString, log);
                        item.Updated = Date(atom.UpdatedDateString, log);
                        item.Summary = FeedText.ToPlain(atom.Summary ?? atom.Content);
                        item.Authors = Distinct(new[] { atom.Author?.Name });
                        item.Guid = Trimmed(atom.Id);
                        if (atom.Links != null)
                        {
                            foreach (AtomLink l in atom.Links)
                            {
                                if (!string.Equals(l.Relation, "enclosure", StringComparison.OrdinalIgnoreCase) || string.IsNullOrWhiteSpace(l.Href)) continue;
                                item.Enclosure = new FeedEnclosure { Url = Resolve(linkBase, l.Href), Type = Trimmed(l.LinkType), Length = l.Length > 0 ? l.Length : (long?)null };
                                break;
                            }
                        }
                        break;
                    case Rss10FeedItem rdf:
                        item.Published = Date(rdf.DC?.DateString, log);
                        item.Summary = FeedText.ToPlain(rdf.Description ?? rdf.DC?.Description);
                        item.Authors = Distinct(new[] { rdf.DC?.Creator });
                        item.Guid = Trimmed(rdf.About);
                        break;
                    default:
                        item.Published = Date(source.PublishingDateString, log);
                        item.Summary = FeedText.ToPlain(source.Description);
                        item.Authors = Distinct(new[] { source.Author });
                        item.Guid = Trimmed(source.Id);
                        break;
                }
                item.Link = Resolve(linkBase, link);
                if (item.Link is null) log.Note(ProblemLog.MissingLink, item.Title);
                items.Offer(item);
            }
            return null;
        }

        /// <summary>The first media:content with an address (news feeds' lead image or video), directly or in a media:group.</summary>
        private static FeedEnclosure? FirstMedia(MediaRssFeedItem item, Uri? linkBase)
        {
            var candidates = new List<CodeHollow.FeedReader.Feeds.MediaRSS.Media>();
            if (item.Media != null) candidates.AddRange(item.Media);
            if (item.MediaGroups != null)
            {
                foreach (var group in item.MediaGroups)
                {
                    if (group.Media != null) candidates.AddRange(group.Media);
                }
            }
            foreach (var m in candidates)
            {
                if (string.IsNullOrWhiteSpace(m.Url)) continue;
                long? size = m.FileSize;
                return new FeedEnclosure { Url = Resolve(linkBase, m.Url), Type = Trimmed(m.Type), Length = size > 0 ? size : null };
            }
            return null;
        }

        /// <summary>A date string read with its offset; a written but unreadable one is counted.</summary>
        internal static DateTimeOffset? Date(string? text, ProblemLog log)
        {
            DateTimeOffset? value = FeedDates.Parse(text, out bool bad);
            if (bad) log.Note(ProblemLog.BadDate, text!.Trim());
            return value;
        }

        /// <summary>
        /// The feed's own address as it declares it: Atom's link rel="self", which RSS 2.0 feeds carry too (atom:link in the
        /// channel, as the W3C validator asks), though the library reads it only for Atom.
        /// </summary>
        private static Uri? SelfLink(Feed feed)
        {
            if (feed.SpecificFeed is AtomFeed atom && atom.Links != null)
            {
                foreach (AtomLink l in atom.Links)
                {
                    if (string.Equals(l.Relation, "self", StringComparison.OrdinalIgnoreCase) && IsWeb(Absolute(l.Href))) return Absolute(l.Href);
                }
                return null;
            }
            XElement? channel = feed.SpecificFeed?.Element;
            if (channel is null) return null;
            foreach (XElement link in channel.Elements(AtomNamespace + "link"))
            {
                if (string.Equals((string?)link.Attribute("rel"), "self", StringComparison.OrdinalIgnoreCase) && IsWeb(Absolute((string?)link.Attribute("href")))) return Absolute((string?)link.Attribute("href"));
            }
            return null;
        }

        private static readonly XNamespace AtomNamespace = "http://www.w3.org/2005/Atom";

        /// <summary>"jane@example.com (Jane Doe)", RSS's form for author, gives "Jane Doe"; a plain name is kept.</summary>
        internal static string? AuthorName(string? author)
        {
            if (string.IsNullOrWhiteSpace(author)) return null;
            string a = author!.Trim();
            int open = a.IndexOf('(');
            int close = a.LastIndexOf(')');
            if (open > 0 && close > open && a.Substring(0, open).IndexOf('@') >= 0) return a.Substring(open + 1, close - open - 1).Trim();
            return a;
        }

        internal static TextList Distinct(IEnumerable<string?>? values)
        {
            if (values is null) return TextList.Empty;
            var list = new List<string>();
            var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (string? v in values)
            {
                string? t = FeedText.ToPlain(v);
                if (t != null && seen.Add(t)) list.Add(t);
            }
            return list.Count == 0 ? TextList.Empty : new TextList(list);
        }

        internal static string? Trimmed(string? s) => string.IsNullOrWhiteSpace(s) ? null : s!.Trim();

        internal static bool IsWeb(Uri? u) => u != null && u.IsAbsoluteUri && (u.Scheme == Uri.UriSchemeHttp || u.Scheme == Uri.UriSchemeHttps);

        internal static Uri? Absolute(string? s) =>
            !string.IsNullOrWhiteSpace(s) && Uri.TryCreate(s!.Trim(), UriKind.Absolute, out Uri? u) ? u : null;

        /// <summary>An address resolved against the base; relative when there is no base; null when there is no address.</summary>
        internal static Uri? Resolve(Uri? baseUri, string? href)
        {
            if (string.IsNullOrWhiteSpace(href)) return null;
            string h = href!.Trim();
            if (Uri.TryCreate(h, UriKind.Absolute, out Uri? abs) && !(abs.Scheme == Uri.UriSchemeFile && h.StartsWith("/", StringComparison.Ordinal))) return abs;
            if (baseUri != null && baseUri.IsAbsoluteUri && Uri.TryCreate(baseUri, h, out Uri? rel)) return rel;
            return Uri.TryCreate(h, UriKind.Relative, out Uri? relative) ? relative : null;
        }
    }
}
