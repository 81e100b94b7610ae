using System;
using System.Collections.Generic;
using NewsTools.Json;
using NewsTools.Loading;
using NewsTools.Metadata;

namespace NewsTools.Syndication
{
    /// <summary>Which statement of the page's markup a declaration comes from.</summary>
    internal enum DeclarationKind
    {
        /// <summary>&lt;link rel=canonical&gt;: the address the page names as the story's own.</summary>
        Canonical,
        /// <summary>og:url: the page's address as the page states it (stands in for the URL when none was given).</summary>
        PageUrl,
        /// <summary>&lt;meta name="syndication-source"&gt;: the story's address at the partner it was syndicated from.</summary>
        SyndicationSource,
        /// <summary>&lt;meta name="original-source"&gt;: the address of the first publication of the story.</summary>
        OriginalSource,
        /// <summary>JSON-LD isBasedOn / isBasedOnUrl of the main article: the work it was derived from.</summary>
        BasedOn,
        /// <summary>JSON-LD sourceOrganization of the main article: the organisation that supplied the content.</summary>
        SourceOrganization,
        /// <summary>JSON-LD copyrightHolder of the main article.</summary>
        CopyrightHolder,
        /// <summary>An author as declared (the main article's JSON-LD author, the author metas), before the author cleaner drops organisations.</summary>
        Author,
    }

    /// <summary>One statement of the markup the syndication verdict weighs: a name or an address, with where it was read.</summary>
    internal sealed class SyndicationDeclaration
    {
        public SyndicationDeclaration(DeclarationKind kind, string where, string? name, string? url)
        {
            Kind = kind;
            Where = where;
            Name = name;
            Url = url;
        }

        public DeclarationKind Kind { get; }

        /// <summary>"link rel=canonical", "meta syndication-source", "json-ld isBasedOn"...</summary>
        public string Where { get; }

        /// <summary>An organisation's or publication's name, or null.</summary>
        public string? Name { get; }

        /// <summary>An absolute address, or null.</summary>
        public string? Url { get; }

        public override string ToString() => Where + "=" + (Url ?? Name);
    }

    /// <summary>
    /// Reads what an HTML page's markup says of the story's origin, from what the metadata stage already holds (the page
    /// scan's metas and links, the JSON-LD graph): no walk of its own. The decider weighs it against the page's own host.
    /// </summary>
    internal static class SyndicationDeclarations
    {
        private static readonly (string Key, string Source)[] OgUrl = { ("og:url", "opengraph") };

        /// <summary>Adds the page's declarations to <paramref name="meta"/>.</summary>
        public static void Read(ArticleMetadata meta, PageScan scan, JsonLdGraph graph, Uri? baseUri)
        {
            List<SyndicationDeclaration> into = meta.SyndicationDeclarations;
            if (scan.CanonicalHref != null) AddUrl(into, DeclarationKind.Canonical, "link rel=canonical", scan.CanonicalHref, baseUri);
            string? og = scan.First(OgUrl, out _);
            if (og != null) AddUrl(into, DeclarationKind.PageUrl, "meta og:url", og, baseUri);
            foreach (string v in scan.All("syndication-source")) AddUrl(into, DeclarationKind.SyndicationSource, "meta syndication-source", v, baseUri);
            foreach (string v in scan.All("original-source")) AddUrl(into, DeclarationKind.OriginalSource, "meta original-source", v, baseUri);
            // Declared authors as written: the cleaner drops an organisation ("Associated Press") from Authors, the verdict needs it.
            foreach (var (key, _) in Heuristics.MetaSources.AuthorKeys)
            {
                IReadOnlyList<string> values = scan.All(key);
                for (int i = 0; i < values.Count && i < 5; i++)
                {
                    string v = values[i].Trim();
                    if (v.Length > 0 && v.Length <= 80 && v.IndexOf("://", StringComparison.Ordinal) < 0) into.Add(new SyndicationDeclaration(DeclarationKind.Author, "meta " + key, v, null));
                }
            }

            // The main article's own statements only: a related item's isBasedOn is another story's.
            JsonNode? article = graph.Article;
            if (article is null) return;
            var authors = graph.GetPeople(article["author"] ?? article["creator"]);
            for (int i = 0; i < authors.Count && i < 5; i++) into.Add(new SyndicationDeclaration(DeclarationKind.Author, "json-ld author", authors[i].Name, null));
            foreach (string key in new[] { "isBasedOn", "isBasedOnUrl" })
            {
                JsonNode? value = article[key];
                if (value is null) continue;
                int n = 0;
                foreach (JsonNode item0 in value.AsSequence())
                {
                    if (++n > 5) break;
                    JsonNode item = graph.Resolve(item0);
                    if (item.Kind == JsonKind.String)
                    {
                        string s = item.Text!.Trim();
                        if (s.IndexOf("://", StringComparison.Ordinal) > 0 || s.StartsWith("/", StringComparison.Ordinal)) AddUrl(into, DeclarationKind.BasedOn, "json-ld " + key, s, baseUri);
                        else if (s.Length > 0) into.Add(new SyndicationDeclaration(DeclarationKind.BasedOn, "json-ld " + key, s, null));
                    }
                    else if (item.IsObject)
                    {
                        // A CreativeWork: its address, and who published or wrote it.
                        string? url = JsonLdGraph.GetUrl(item);
                        string? name = null;
                        foreach (string who in new[] { "publisher", "sourceOrganization", "author", "creator" })
                        {
                            var people = graph.GetPeople(item[who]);
                            if (people.Count > 0) { name = people[0].Name; break; }
                        }
                        Uri? resolved = url is null ? null : UrlResolver.Resolve(baseUri, url);
                        if (name != null || resolved != null) into.Add(new SyndicationDeclaration(DeclarationKind.BasedOn, "json-ld " + key, name, resolved?.ToString()));
                    }
                }
            }
            AddOrganizations(into, graph, article, "sourceOrganization", DeclarationKind.SourceOrganization);
            AddOrganizations(into, graph, article, "copyrightHolder", DeclarationKind.CopyrightHolder);
        }

        private static void AddOrganizations(List<SyndicationDeclaration> into, JsonLdGraph graph, JsonNode article, string key, DeclarationKind kind)
        {
            JsonNode? value = article[key];
            if (value is null) return;
            var people = graph.GetPeople(value);
            for (int i = 0; i < people.Count && i < 5; i++) into.Add(new SyndicationDeclaration(kind, "json-ld " + key, people[i].Name, null));
        }

        private static void AddUrl(List<SyndicationDeclaration> into, DeclarationKind kind, string where, string href, Uri? baseUri)
        {
            if (string.IsNullOrWhiteSpace(href)) return;
            Uri? u = UrlResolver.Resolve(baseUri, href.Trim());
            if (u is null || !u.IsAbsoluteUri || (u.Scheme != Uri.UriSchemeHttp && u.Scheme != Uri.UriSchemeHttps) || string.IsNullOrEmpty(u.Host)) return;
            into.Add(new SyndicationDeclaration(kind, where, null, u.ToString()));
        }
    }
}
