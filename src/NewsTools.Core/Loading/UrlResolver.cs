using System;
using AngleSharp.Html.Dom;

namespace NewsTools.Loading
{
    /// <summary>Finds the base address of a page and makes relative addresses absolute.</summary>
    internal static class UrlResolver
    {
        /// <summary>The page's &lt;base href&gt; resolved against the given URL, else the URL, else the canonical link (or og:url).</summary>
        public static Uri? FindBase(string? baseHref, string? pageUrl, string? canonicalHref)
        {
            Uri? page = TryAbsolute(pageUrl);
            if (!string.IsNullOrWhiteSpace(baseHref))
            {
                Uri? resolved = Resolve(page, baseHref!);
                if (resolved != null) return resolved;
            }
            return page ?? TryAbsolute(canonicalHref);
        }

        /// <summary>Resolves an address against a base; returns null when it cannot be made absolute.</summary>
        public static Uri? Resolve(Uri? baseUri, string href)
        {
            href = href.Trim();
            if (href.Length == 0) return null;
            if (Uri.TryCreate(href, UriKind.Absolute, out Uri? abs) && (abs.Scheme == Uri.UriSchemeHttp || abs.Scheme == Uri.UriSchemeHttps || abs.Scheme == "data" || abs.Scheme == "mailto"))
            {
                return abs;
            }
            if (baseUri != null && Uri.TryCreate(baseUri, href, out Uri? rel)) return rel;
            return null;
        }

        /// <summary>The address as an absolute string, or the input unchanged when no base can resolve it.</summary>
        public static string ResolveString(Uri? baseUri, string href) => Resolve(baseUri, href)?.ToString() ?? href;

        private static Uri? TryAbsolute(string? url)
        {
            if (string.IsNullOrWhiteSpace(url)) return null;
            return Uri.TryCreate(url!.Trim(), UriKind.Absolute, out Uri? u) && (u.Scheme == Uri.UriSchemeHttp || u.Scheme == Uri.UriSchemeHttps || u.Scheme == Uri.UriSchemeFile) ? u : null;
        }
    }
}
