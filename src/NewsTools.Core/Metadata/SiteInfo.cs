using System;
using System.Collections.Generic;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using NewsTools.Heuristics;
using NewsTools.Json;
using NewsTools.Loading;
using NewsTools.Text;

namespace NewsTools.Metadata
{
    /// <summary>
    /// The site's identity: its canonical address, its names (declared, and the host's), and the segments of the
    /// &lt;title&gt; that name it. Used to tell a brand from a person and to cut the site off titles.
    /// </summary>
    internal static class SiteInfo
    {
        /// <summary>Sets the canonical address (the link, else og:url) and returns it, or null.</summary>
        public static Uri? ReadCanonical(ArticleMetadata meta, PageScan scan, Uri? baseUri)
        {
            string? canonicalHref = scan.CanonicalHref ?? scan.First(new[] { ("og:url", "opengraph") }, out _);
            Uri? canonical = canonicalHref is null ? null : UrlResolver.Resolve(baseUri, canonicalHref);
            if (canonical != null) { meta.CanonicalUrl = canonical.ToString(); meta.SetSource("CanonicalUrl", scan.CanonicalHref != null ? "meta" : "opengraph"); }
            return canonical;
        }

        internal static void ReadSiteName(ArticleMetadata meta, PageScan scan, JsonLdGraph graph, List<string> siteNames)
        {
            string? og = scan.First(MetaSources.SiteNameKeys, out string ogSource);
            JsonNode? publisher = graph.Article?["publisher"] ?? graph.Page?["publisher"];
            string? ldPublisher = null;
            if (publisher != null)
            {
                var people = graph.GetPeople(publisher);
                if (people.Count > 0) ldPublisher = people[0].Name;
            }
            string? ldSite = JsonLdGraph.GetString(graph.WebSite, "name");
            if (og != null) { meta.SiteName = TextKeys.Clean(og); meta.SetSource("SiteName", ogSource); }
            else if (ldPublisher != null) { meta.SiteName = ldPublisher; meta.SetSource("SiteName", "json-ld"); }
            else if (ldSite != null) { meta.SiteName = ldSite; meta.SetSource("SiteName", "json-ld"); }

            foreach (string? s in new[] { og, ldPublisher, ldSite, scan.First(new[] { ("application-name", "meta") }, out _), scan.First(new[] { ("twitter:site", "twitter") }, out _)?.TrimStart('@') })
            {
                if (!string.IsNullOrWhiteSpace(s)) siteNames.Add(s!.Trim());
            }
        }

        internal static void AddHostNames(List<string> siteNames, Uri? address)
        {
            if (address != null && !string.IsNullOrEmpty(address.Host))
            {
                string host = address.Host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? address.Host.Substring(4) : address.Host;
                siteNames.Add(host);
                int dot = host.IndexOf('.');
                if (dot > 2) siteNames.Add(host.Substring(0, dot));
            }
        }
        /// <summary>The &lt;title&gt;'s last segment after its last separator ("Post | Jane Doe" gives "Jane Doe"), or null.</summary>
        internal static string? LastTitleSegment(string? title)
        {
            if (title is null || title.Length >= 300) return null;
            string t = TextKeys.Clean(title);
            int best = -1, bestLength = 0;
            foreach (string sep in MetaTitleSeparators.Separators)
            {
                if (sep == ": ") continue; // headlines use the colon themselves
                int at = t.LastIndexOf(sep, StringComparison.Ordinal);
                if (at > best) { best = at; bestLength = sep.Length; }
            }
            return best > 0 ? t.Substring(best + bestLength).Trim() : null;
        }
        /// <summary>The first and last segments of a &lt;title&gt; split at its separators, and a closing bracket ("Post (Jane Doe)").</summary>
        internal static void AddTitleEdgeSegments(string? title, List<string> into)
        {
            if (title is null || title.Length >= 300) return;
            string t = TextKeys.Clean(title);
            foreach (string sep in MetaTitleSeparators.Separators)
            {
                int first = t.IndexOf(sep, StringComparison.Ordinal), last = t.LastIndexOf(sep, StringComparison.Ordinal);
                if (first > 0) into.Add(t.Substring(0, first).Trim());
                if (last > 0) into.Add(t.Substring(last + sep.Length).Trim());
            }
            int open = t.LastIndexOf('(');
            if (open > 0 && t.EndsWith(")", StringComparison.Ordinal)) into.Add(t.Substring(open + 1, t.Length - open - 2));
        }
    }
}
