using System;
using System.Text.RegularExpressions;

namespace NewsTools.Web
{
    /// <summary>
    /// Addresses a downloaded page points to without being them: a meta refresh (a page that says "go there") and an
    /// AMP version. They are reported, never followed: a refresh is often a consent or a login wall, and the AMP page is
    /// another document.
    /// </summary>
    public sealed class PageHints
    {
        /// <summary>Only the head matters, and a refresh or an amphtml link sits in it: the first 64 KB are read.</summary>
        private const int HeadWindow = 64 * 1024;

        // <meta ...> and <link ...> tags, attributes in any order.
        private static readonly Heuristics.TieredRegex HeadTag = new Heuristics.TieredRegex(@"<(meta|link)\b([^>]*)>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

        private static readonly Heuristics.TieredRegex Attribute = new Heuristics.TieredRegex(@"([A-Za-z_:][-A-Za-z0-9_:.]*)\s*=\s*(?:""([^""]*)""|'([^']*)'|([^\s""'>]+))",
            RegexOptions.CultureInvariant | RegexOptions.Compiled);

        // content="5; url=/next", "0;URL='/next'", "3, url=next": the delay, a separator, then the address. A delay alone
        // ("300") reloads the same page: no address.
        private static readonly Heuristics.TieredRegex RefreshContent = new Heuristics.TieredRegex(@"^\s*[0-9.]*\s*[;,]\s*(?:url\s*=\s*)?[""']?([^""']+)[""']?\s*$",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

        private PageHints(Uri? refresh, Uri? amp)
        {
            RefreshUri = refresh;
            AmpUri = amp;
        }

        /// <summary>Where a &lt;meta http-equiv="refresh"&gt; sends the reader, or null.</summary>
        public Uri? RefreshUri { get; }

        /// <summary>The &lt;link rel="amphtml"&gt; address, or null.</summary>
        public Uri? AmpUri { get; }

        /// <summary>Reads the hints of <paramref name="html"/>, resolving them against <paramref name="pageUri"/>.</summary>
        public static PageHints Read(string html, Uri pageUri)
        {
            string head = html.Length > HeadWindow ? html.Substring(0, HeadWindow) : html;
            Uri? refresh = null, amp = null;
            for (Match tag = HeadTag.Match(head); tag.Success && (refresh is null || amp is null); tag = tag.NextMatch())
            {
                string? rel = null, href = null, equiv = null, content = null;
                for (Match a = Attribute.Match(tag.Groups[2].Value); a.Success; a = a.NextMatch())
                {
                    string value = a.Groups[2].Success ? a.Groups[2].Value : a.Groups[3].Success ? a.Groups[3].Value : a.Groups[4].Value;
                    switch (a.Groups[1].Value.ToLowerInvariant())
                    {
                        case "rel": rel = value; break;
                        case "href": href = value; break;
                        case "http-equiv": equiv = value; break;
                        case "content": content = value; break;
                    }
                }
                if (tag.Groups[1].Value.Equals("link", StringComparison.OrdinalIgnoreCase))
                {
                    if (amp is null && href != null && rel != null && HasToken(rel, "amphtml")) amp = Resolve(pageUri, href);
                }
                else if (refresh is null && content != null && equiv != null && equiv.Trim().Equals("refresh", StringComparison.OrdinalIgnoreCase))
                {
                    Match m = RefreshContent.Match(content);
                    if (m.Success && m.Groups[1].Value.Trim().Length > 0) refresh = Resolve(pageUri, m.Groups[1].Value.Trim());
                }
            }
            return new PageHints(refresh, amp);
        }

        private static bool HasToken(string list, string token)
        {
            foreach (string part in list.Split(new[] { ' ', '\t', '\n', '\r', '\f' }, StringSplitOptions.RemoveEmptyEntries))
            {
                if (part.Equals(token, StringComparison.OrdinalIgnoreCase)) return true;
            }
            return false;
        }

        private static Uri? Resolve(Uri page, string href) =>
            Uri.TryCreate(page, System.Net.WebUtility.HtmlDecode(href), out Uri? resolved) && PageFetcher.IsWebUri(resolved) ? resolved : null;
    }
}
