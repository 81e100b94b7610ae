using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;

namespace NewsTools.Feeds
{
    /// <summary>
    /// Where sites without a &lt;link rel="alternate"&gt; usually keep their feeds and sitemaps. Data only: probing these
    /// needs the HTTP fetcher, which Find-NewsFeed will use for it (a HEAD or small GET per candidate, in this order).
    /// </summary>
    public static class CommonFeedPaths
    {
        /// <summary>
        /// The paths, most common first: /feed (WordPress, the largest share of news sites), /rss.xml (Drupal, many
        /// static generators), /atom.xml and /feed.xml (Jekyll, Blogger), /index.xml (Hugo), /sitemap.xml (the sitemaps.org
        /// default location), /news-sitemap.xml (a usual name for the Google News sitemap).
        /// </summary>
        public static IReadOnlyList<string> Paths { get; } = new ReadOnlyCollection<string>(new[]
        {
            "/feed", "/rss.xml", "/atom.xml", "/feed.xml", "/index.xml", "/sitemap.xml", "/news-sitemap.xml",
        });

        /// <summary>The candidate addresses for a site: each path against the site's root (scheme, host and port of <paramref name="site"/>).</summary>
        public static IReadOnlyList<Uri> Candidates(Uri site)
        {
            if (site is null) throw new ArgumentNullException(nameof(site));
            var root = new Uri(site.GetLeftPart(UriPartial.Authority) + "/");
            var candidates = new List<Uri>(Paths.Count);
            foreach (string path in Paths) candidates.Add(new Uri(root, path));
            return candidates;
        }
    }
}
