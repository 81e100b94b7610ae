using System;
using System.Collections.Generic;
using AngleSharp.Dom;
using NewsTools.Json;

namespace NewsTools.Metadata
{
    /// <summary>
    /// What the metadata readers share for one page, built once by <see cref="MetadataExtractor.FromHtml"/>:
    /// the scan, the JSON-LD graph and its main article, the site's names, the headline and its surroundings.
    /// No reader re-walks or re-resolves what is here.
    /// </summary>
    internal sealed class MetadataContext
    {
        public MetadataContext(PageScan scan, JsonLdGraph graph, List<string> siteNames, List<string> hostNames, Uri? canonical, Uri? baseUri)
        {
            Scan = scan;
            Graph = graph;
            SiteNames = siteNames;
            HostNames = hostNames;
            Canonical = canonical;
            BaseUri = baseUri;
            Window = new Lazy<HeaderWindow>(() => HeaderWindow.Read(MainHeading ?? Container));
        }

        public PageScan Scan { get; }

        public JsonLdGraph Graph { get; }

        /// <summary>The page's main article object in the JSON-LD graph, or null.</summary>
        public JsonNode? Article => Graph.Article;

        /// <summary>The site's declared names (og:site_name, publisher, WebSite, application-name, twitter:site).</summary>
        public List<string> SiteNames { get; }

        /// <summary>The host ("example.com", "example"): a site name in titles, not for authors (personal sites bear their authors' names).</summary>
        public List<string> HostNames { get; }

        public Uri? Canonical { get; }

        public Uri? BaseUri { get; }

        /// <summary>The headline element the byline and date line are read around, or null.</summary>
        public IElement? MainHeading { get; set; }

        /// <summary>The headline's position in the scan's document order, or -1.</summary>
        public int HeadingOrder { get; set; } = -1;

        /// <summary>The article element (or main) around the headline, else the page's first article element.</summary>
        public IElement? Container { get; set; }

        /// <summary>Byline and date lines of the header block after the headline, read on first use.</summary>
        public Lazy<HeaderWindow> Window { get; }
    }
}
