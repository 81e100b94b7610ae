using System;
using System.Collections.Generic;
using AngleSharp.Dom;
using NewsTools.Heuristics;
using NewsTools.Html;
using NewsTools.Json;
using NewsTools.Text;

namespace NewsTools.Metadata
{
    /// <summary>
    /// The first author source: what the page declares (JSON-LD, microdata, author metas, label/data metas).
    /// Names that are the site's own are told from people's here.
    /// </summary>
    internal static class DeclaredAuthorReader
    {
        internal static readonly string[] NoNames = Array.Empty<string>();

        // Meta names of the label/data pairs that link previews show ("twitter:label1" / "twitter:data1").
        internal static readonly string[] LabelKeys = { "twitter:label1", "twitter:label2", "twitter:label3", "twitter:label4" };
        internal static readonly string[] DataKeys = { "twitter:data1", "twitter:data2", "twitter:data3", "twitter:data4" };

        /// <summary>Authors from declared fields: JSON-LD, microdata, metas and label/data metas. Returns the source, or null.</summary>
        internal static string? Read(List<string> into, MetadataContext page)
        {
            PageScan scan = page.Scan;
            JsonLdGraph graph = page.Graph;
            JsonNode? article = page.Article;
            List<string> siteNames = page.SiteNames, hostNames = page.HostNames;
            IElement? mainHeading = page.MainHeading;
            // Names that are the brand when an author field holds a name that is not a person's ("Acme" declared
            // as a Person on acme.com, "Acme" as the meta author of "Headline | Acme"): the site names, the host
            // and the end segments of the <title>. A person-shaped name is kept even when the site bears it:
            // personal sites are named after their authors.
            var brandNames = new List<string>(siteNames);
            brandNames.AddRange(hostNames);
            SiteInfo.AddTitleEdgeSegments(scan.TitleElement, brandNames);

            // 1. JSON-LD: the main article's author (else creator), else the WebPage's.
            foreach (JsonNode? owner in new[] { article, article is null ? graph.Page : null })
            {
                if (owner is null) continue;
                var people = graph.GetPeople(owner["author"]);
                if (people.Count == 0) people = graph.GetPeople(owner["creator"]);
                // A Person (or a plain string) is taken as declared, even when it is also the publisher (personal
                // sites are named after their authors); an Organization only when it is not the site itself.
                // Beside people, an organisation in the list is the publisher or syndicator ("Jane Doe, John Roe,
                // The Example Appeal"), not a co-author.
                bool anyPerson = false;
                foreach (var (_, isOrganization) in people) anyPerson |= !isOrganization;
                foreach (var (name, isOrganization) in people)
                {
                    if (isOrganization && anyPerson) continue;
                    AuthorCleaner.AddNames(name, into, isOrganization ? siteNames : NoNames, declared: true, hostNames: hostNames);
                }
                if (into.Count > 0) return "json-ld";
            }

            // 2. Microdata: itemprop=author (its itemprop=name, else its text).
            foreach (var (prop, item) in scan.Microdata)
            {
                if ((prop != "author" && prop != "creator") || PageRegions.IsExcluded(item, mainHeading)) continue;
                IElement el = item.Element;
                string? raw = el.GetAttribute("content");
                if (raw is null)
                {
                    IElement? name = el.HasAttribute("itemscope") ? el.QuerySelector("[itemprop~=name]") : null;
                    raw = name != null ? (name.GetAttribute("content") ?? TextUtil.SpacedText(name, 300, true)) : TextUtil.SpacedText(el, 300, true);
                }
                AuthorCleaner.AddNames(raw, into, NoNames, declared: true, hostNames: hostNames);
            }
            if (into.Count > 0) return "microdata";

            // 3. Metas (author, article:author, parsely-author, dc.creator...); profile URLs are skipped.
            foreach (var (key, source) in MetaSources.AuthorKeys)
            {
                foreach (string v in scan.All(key))
                {
                    if (v.IndexOf("://", StringComparison.Ordinal) >= 0 || v.StartsWith("/", StringComparison.Ordinal)) continue;
                    // A person-shaped name is kept even when the site bears it: personal sites are named after their authors.
                    AuthorCleaner.AddNames(v, into, AuthorCleaner.IsPersonShapedAnyCase(v) ? NoNames : brandNames, declared: true, hostNames: hostNames);
                }
                if (into.Count > 0) return source;
            }

            // 3b. Label/data meta pairs (twitter:label1 "Written by", twitter:data1 "Jane Doe"): SEO plugins
            //     print the post's author this way for link previews, even when the page shows no byline.
            for (int i = 1; i <= 4; i++)
            {
                IReadOnlyList<string> label = scan.All(LabelKeys[i - 1]);
                if (label.Count == 0 || !MetaAuthorWords.LeadInOnly.IsMatch(label[0])) continue;
                foreach (string v in scan.All(DataKeys[i - 1]))
                {
                    // A personal site is named after its author ("Written by: Jane Doe" on the site "Jane Doe"):
                    // under this label a person-shaped name is the author even when it is also the site name.
                    AuthorCleaner.AddNames(v, into, AuthorCleaner.IsPersonShapedAnyCase(v) ? NoNames : brandNames, declared: true, hostNames: hostNames);
                }
                if (into.Count > 0) return "twitter";
            }

            return null;
        }
    }
}
