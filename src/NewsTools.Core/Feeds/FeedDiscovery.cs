using System;
using System.Collections.Generic;
using System.Net;
using System.Text.RegularExpressions;

namespace NewsTools.Feeds
{
    /// <summary>
    /// Lists the feeds a page declares: &lt;link rel="alternate" type="application/rss+xml | atom+xml | feed+json"&gt;,
    /// resolved against the page's &lt;base href&gt; and address. Read with tag patterns rather than a DOM: only &lt;link&gt;
    /// and &lt;base&gt; matter, wherever they are, and a page too broken or too deep for a tree still declares its feeds.
    /// </summary>
    public static class FeedDiscovery
    {
        private static readonly Heuristics.TieredRegex Comment = new Heuristics.TieredRegex(@"<!--.*?-->", RegexOptions.Singleline | RegexOptions.CultureInvariant | RegexOptions.Compiled);

        private static readonly Heuristics.TieredRegex LinkOrBase = new Heuristics.TieredRegex(@"<(link|base)\b([^>]*)>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

        private static readonly Heuristics.TieredRegex Attribute = new Heuristics.TieredRegex(@"([A-Za-z_:][\w:.\-]*)\s*=\s*(?:""([^""]*)""|'([^']*)'|([^\s""'>]+))",
            RegexOptions.CultureInvariant | RegexOptions.Compiled);

        /// <summary>Feed MIME types and the format each names. application/rdf+xml is RSS 1.0's.</summary>
        private static readonly KeyValuePair<string, FeedFormat>[] FeedTypes =
        {
            new KeyValuePair<string, FeedFormat>("application/rss+xml", FeedFormat.Rss20),
            new KeyValuePair<string, FeedFormat>("application/atom+xml", FeedFormat.Atom10),
            new KeyValuePair<string, FeedFormat>("application/feed+json", FeedFormat.JsonFeed),
            new KeyValuePair<string, FeedFormat>("application/rdf+xml", FeedFormat.Rss10),
        };

        /// <summary>
        /// The feeds <paramref name="html"/> links to, in page order, each address once; <paramref name="pageUrl"/> is the
        /// page's address (http(s) or file:), used with &lt;base href&gt; to make relative addresses absolute.
        /// </summary>
        public static IReadOnlyList<FeedLink> Find(string html, Uri? pageUrl)
        {
            var found = new List<FeedLink>();
            string page = html.IndexOf("<!--", StringComparison.Ordinal) >= 0 ? Comment.Replace(html, " ") : html;
            Uri? baseUri = pageUrl;
            bool baseSeen = false;
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (Match tag in LinkOrBase.Matches(page))
            {
                Dictionary<string, string> attributes = Attributes(tag.Groups[2].Value);
                attributes.TryGetValue("href", out string? href);
                if (string.Equals(tag.Groups[1].Value, "base", StringComparison.OrdinalIgnoreCase))
                {
                    // Only the first <base href> counts (HTML's rule).
                    if (!baseSeen && href != null)
                    {
                        baseSeen = true;
                        Uri? resolved = SyndicationReader.Resolve(pageUrl, href);
                        if (resolved != null && resolved.IsAbsoluteUri) baseUri = resolved;
                    }
                    continue;
                }
                if (href is null || !attributes.TryGetValue("rel", out string? rel) || !HasToken(rel, "alternate")) continue;
                if (!attributes.TryGetValue("type", out string? type)) continue;
                string mime = type.Split(';')[0].Trim().ToLowerInvariant();
                FeedFormat? format = null;
                foreach (KeyValuePair<string, FeedFormat> pair in FeedTypes)
                {
                    if (string.Equals(pair.Key, mime, StringComparison.Ordinal)) format = pair.Value;
                }
                if (format is null) continue;
                Uri? url = SyndicationReader.Resolve(baseUri, href);
                if (url is null || !seen.Add(url.ToString())) continue;
                attributes.TryGetValue("title", out string? title);
                found.Add(new FeedLink { Url = url, Title = FeedText.ToPlain(title), Type = mime, Format = format.Value, PageUrl = pageUrl });
            }
            return found;
        }

        private static Dictionary<string, string> Attributes(string text)
        {
            var attributes = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (Match a in Attribute.Matches(text))
            {
                string name = a.Groups[1].Value;
                if (attributes.ContainsKey(name)) continue;
                string value = a.Groups[2].Success ? a.Groups[2].Value : a.Groups[3].Success ? a.Groups[3].Value : a.Groups[4].Value;
                attributes[name] = WebUtility.HtmlDecode(value).Trim();
            }
            return attributes;
        }

        private static bool HasToken(string list, string token)
        {
            foreach (string t in list.Split(new[] { ' ', '\t', '\n', '\r', '\f' }, StringSplitOptions.RemoveEmptyEntries))
            {
                if (string.Equals(t, token, StringComparison.OrdinalIgnoreCase)) return true;
            }
            return false;
        }
    }
}
