using System;
using NewsTools.Heuristics;

namespace NewsTools.Syndication
{
    /// <summary>
    /// Which publisher an address belongs to, as far as its host tells: the registrable domain ("news.example.co.uk" →
    /// "example.co.uk") and its brand label ("example"). Two hosts that share a brand ("example.com", "news.example.co.uk",
    /// "example.group.test") are one publisher: a site that moved, serves several countries or sits under its group's domain.
    /// </summary>
    internal static class PublisherDomain
    {
        /// <summary>The registrable domain of an absolute address or a host, lower case, or null.</summary>
        public static string? Of(string? urlOrHost)
        {
            string? host = HostOf(urlOrHost);
            if (host is null) return null;
            string[] labels = host.Split('.');
            if (labels.Length < 2) return null;
            int take = 2;
            // "example.co.uk", "example.com.au": a two-letter country suffix under a generic second level.
            if (labels.Length >= 3 && labels[labels.Length - 1].Length == 2 && SyndicationPatterns.SecondLevelLabels.Contains(labels[labels.Length - 2])) take = 3;
            return string.Join(".", labels, labels.Length - take, take);
        }

        /// <summary>The label left of the public suffix ("example" for "news.example.co.uk"), or null.</summary>
        public static string? Brand(string? registrableDomain)
        {
            if (registrableDomain is null) return null;
            int dot = registrableDomain.IndexOf('.');
            return dot > 0 ? registrableDomain.Substring(0, dot) : null;
        }


        /// <summary>
        /// Whether two hosts of different registrable domains still name one publisher: one host has the other's brand as a
        /// label ("economictimes.indiatimes.com" and "economictimes.com"), or holds the other's domain written with dashes
        /// ("example-com-blog.cluster.test" for example.com).
        /// </summary>
        public static bool HostsShareBrand(string? hostA, string domainA, string? hostB, string domainB)
        {
            string? brandA = Brand(domainA), brandB = Brand(domainB);
            return HasLabel(hostA, brandB) || HasLabel(hostB, brandA)
                || (hostA != null && hostA.IndexOf(domainB.Replace('.', '-'), StringComparison.Ordinal) >= 0)
                || (hostB != null && hostB.IndexOf(domainA.Replace('.', '-'), StringComparison.Ordinal) >= 0);
        }

        private static bool HasLabel(string? host, string? label)
        {
            if (host is null || label is null) return false;
            foreach (string l in host.Split('.')) if (string.Equals(l, label, StringComparison.Ordinal)) return true;
            return false;
        }

        /// <summary>The lower-case host of an absolute http(s) address or of a bare host name, without "www.", or null.</summary>
        public static string? HostOf(string? urlOrHost)
        {
            if (string.IsNullOrWhiteSpace(urlOrHost)) return null;
            string s = urlOrHost!.Trim();
            string host;
            if (s.IndexOf("://", StringComparison.Ordinal) > 0)
            {
                if (!Uri.TryCreate(s, UriKind.Absolute, out Uri? u) || string.IsNullOrEmpty(u.Host)) return null;
                if (u.Scheme != Uri.UriSchemeHttp && u.Scheme != Uri.UriSchemeHttps) return null;
                host = u.Host;
            }
            else
            {
                if (s.IndexOf('/') >= 0 || s.IndexOf(' ') >= 0 || s.IndexOf('.') < 0) return null;
                host = s;
            }
            host = host.ToLowerInvariant().TrimEnd('.');
            if (host.StartsWith("www.", StringComparison.Ordinal)) host = host.Substring(4);
            // An IP address names no publisher.
            if (host.Length == 0 || char.IsDigit(host[host.Length - 1])) return null;
            return host;
        }
    }
}
