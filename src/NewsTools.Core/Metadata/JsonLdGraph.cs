using System;
using System.Collections.Generic;
using System.Net;
using NewsTools.Heuristics;
using NewsTools.Text;
using NewsTools.Json;

namespace NewsTools.Metadata
{
    /// <summary>
    /// The JSON-LD objects of a page and the one that describes the page's main article. Pages often hold
    /// several (an @graph with WebSite, WebPage, Person and Article nodes; ItemLists of related stories; one
    /// object per teaser): the main one is the Article-typed object whose url/@id/mainEntityOfPage is the
    /// canonical address, or whose headline is the page's heading or og:title.
    /// </summary>
    internal sealed class JsonLdGraph
    {
        private readonly Dictionary<string, JsonNode> _byId = new Dictionary<string, JsonNode>(StringComparer.Ordinal);

        private JsonLdGraph() { }

        /// <summary>The page's main article (or content) object, if any.</summary>
        public JsonNode? Article { get; private set; }

        /// <summary>
        /// Whether <see cref="Article"/> is surely the page's own: its url/@id/mainEntityOfPage is the canonical address or
        /// its headline the page's, or it is the only candidate. A graph of several articles tied to nothing (a front page's
        /// teasers) still gives a best guess for metadata, but its body may be another story's.
        /// </summary>
        public bool ArticleIsTied { get; private set; }

        /// <summary>The WebPage object, which often carries dates and authors when no Article object exists.</summary>
        public JsonNode? Page { get; private set; }

        /// <summary>The WebSite object (its name is the site name).</summary>
        public JsonNode? WebSite { get; private set; }

        /// <summary>Every object's @type (local name) in document order, with whether it sat nested under another object's property (at most 200): the page-type stage reads them.</summary>
        public List<(string Type, bool Nested)> Types { get; } = new List<(string, bool)>();

        /// <summary>True when the page's main object is a schema.org Product (its description and specs are the product's text).</summary>
        public bool ArticleIsProduct => Article != null && HasType(Article, "Product");

        /// <summary>Reads the blocks and picks the main article.</summary>
        public static JsonLdGraph Read(List<string> blocks, string? canonical, IReadOnlyList<string> titleHints)
        {
            var graph = new JsonLdGraph();
            var candidates = new List<(JsonNode Node, int Score, int Order, bool Tied)>();
            var pages = new List<(JsonNode Node, int Score)>();
            string canon = NormalizeUrl(canonical);
            var hints = new HashSet<string>(StringComparer.Ordinal);
            foreach (string h in titleHints)
            {
                string n = TextKeys.Normalize(h);
                if (n.Length > 0) hints.Add(n);
            }

            int order = 0;
            // Iterative walk over every object; the key it was found under says whether it is the page's
            // own object (top level, @graph, mainEntity) or a nested one (hasPart, itemListElement, mentions).
            var stack = new Stack<(JsonNode Node, bool Nested)>();
            foreach (string block in blocks)
            {
                var roots = JsonReader.ParseAll(block);
                for (int r = roots.Count - 1; r >= 0; r--) stack.Push((roots[r], false));
                while (stack.Count > 0)
                {
                    var (node, nested) = stack.Pop();
                    if (++order > 5000) break;
                    if (node.IsArray)
                    {
                        for (int i = node.Items.Count - 1; i >= 0; i--) stack.Push((node.Items[i], nested));
                        continue;
                    }
                    if (!node.IsObject) continue;
                    graph.AddTypes(node, nested);
                    string? id = node["@id"]?.AsString();
                    if (id != null && node.Members.Count > 1 && !graph._byId.ContainsKey(id)) graph._byId[id] = node;

                    int typeRank = TypeRank(node);
                    if (typeRank > 0)
                    {
                        int score = typeRank == 3 ? 10 : typeRank == 2 ? 4 : 0;
                        if (nested) score -= 6;
                        string self = NormalizeUrl(GetString(node, "url") ?? id);
                        string entity = NormalizeUrl(GetUrl(node["mainEntityOfPage"]));
                        bool tied = false;
                        if (canon.Length > 0 && (self == canon || entity == canon)) { score += 5; tied = true; }
                        string headline = TextKeys.Normalize(GetString(node, "headline") ?? GetString(node, "name"));
                        if (headline.Length > 0 && hints.Contains(headline)) { score += 5; tied = true; }
                        if (node["datePublished"] != null) score += 1;
                        if (node["author"] != null) score += 1;
                        if (typeRank >= 2) candidates.Add((node, score, order, tied));
                        else pages.Add((node, score));
                    }
                    else if (graph.WebSite is null && HasType(node, "WebSite"))
                    {
                        graph.WebSite = node;
                    }

                    foreach (var m in node.Members)
                    {
                        if (m.Value.IsObject || m.Value.IsArray)
                        {
                            bool own = m.Key == "@graph" || m.Key == "mainEntity" || m.Key == "mainEntityOfPage";
                            stack.Push((m.Value, nested || !own));
                        }
                    }
                }
            }

            int best = int.MinValue, bestOrder = int.MaxValue;
            foreach (var c in candidates)
            {
                if (c.Score > best || (c.Score == best && c.Order < bestOrder))
                {
                    best = c.Score;
                    bestOrder = c.Order;
                    graph.Article = c.Node;
                    graph.ArticleIsTied = c.Tied || candidates.Count == 1;
                }
            }
            // A nested object (a teaser in an ItemList) is the article only when something ties it to the page.
            if (graph.Article != null && best < 4) graph.Article = null;
            int bestPage = int.MinValue;
            foreach (var p in pages)
            {
                if (p.Score > bestPage) { bestPage = p.Score; graph.Page = p.Node; }
            }
            return graph;
        }

        private void AddTypes(JsonNode node, bool nested)
        {
            JsonNode? t = node["@type"];
            if (t is null) return;
            foreach (JsonNode item in t.AsSequence())
            {
                if (item.Kind == JsonKind.String && Types.Count < 200) Types.Add((LocalType(item.Text!), nested));
            }
        }

        /// <summary>An @id reference ({"@id": "#author-1"}) replaced by the node it names.</summary>
        public JsonNode Resolve(JsonNode node)
        {
            if (node.IsObject && node.Members.Count <= 2 && node["@type"] is null)
            {
                string? id = node["@id"]?.AsString();
                if (id != null && _byId.TryGetValue(id, out JsonNode? target)) return target;
            }
            return node;
        }

        /// <summary>A string property (first item of an array, "name"/"@value" of an object), decoded and trimmed.</summary>
        public static string? GetString(JsonNode? node, string key)
        {
            string? s = node?[key]?.AsString();
            if (s is null) return null;
            if (s.IndexOf('&') >= 0) s = WebUtility.HtmlDecode(s);
            s = s.Trim();
            return s.Length == 0 ? null : s;
        }

        /// <summary>A URL-valued property: a string, or an object's url/@id/contentUrl.</summary>
        public static string? GetUrl(JsonNode? value)
        {
            if (value is null) return null;
            foreach (JsonNode item in value.AsSequence())
            {
                if (item.Kind == JsonKind.String && item.Text!.Trim().Length > 0) return item.Text.Trim();
                if (item.IsObject)
                {
                    string? u = item["url"]?.AsString() ?? item["contentUrl"]?.AsString() ?? item["@id"]?.AsString();
                    if (!string.IsNullOrWhiteSpace(u)) return u!.Trim();
                }
            }
            return null;
        }

        /// <summary>The names in a Person/Organization-valued property (author, creator, publisher), with whether each is declared an Organization (and not a Person).</summary>
        public List<(string Name, bool IsOrganization)> GetPeople(JsonNode? value)
        {
            var people = new List<(string, bool)>();
            if (value is null) return people;
            foreach (JsonNode item0 in value.AsSequence())
            {
                JsonNode item = Resolve(item0);
                if (item.Kind == JsonKind.String)
                {
                    string s = item.Text!.Trim();
                    // A bare URL is a profile link, not a name.
                    if (s.Length > 0 && !s.StartsWith("http", StringComparison.OrdinalIgnoreCase)) people.Add((s, false));
                }
                else if (item.IsObject)
                {
                    string? name = GetString(item, "name");
                    if (name is null)
                    {
                        string? given = GetString(item, "givenName"), family = GetString(item, "familyName");
                        if (given != null || family != null) name = ((given ?? string.Empty) + " " + (family ?? string.Empty)).Trim();
                    }
                    if (name != null) people.Add((name, !HasType(item, "Person") && (HasType(item, "Organization") || HasType(item, "NewsMediaOrganization") || HasType(item, "Corporation"))));
                }
                if (people.Count >= 20) break;
            }
            return people;
        }

        /// <summary>Whether the object's @type (a string or an array) names the type, prefixes ("schema:", URLs) ignored.</summary>
        public static bool HasType(JsonNode node, string type)
        {
            JsonNode? t = node["@type"];
            if (t is null) return false;
            foreach (JsonNode item in t.AsSequence())
            {
                if (item.Kind == JsonKind.String && string.Equals(LocalType(item.Text!), type, StringComparison.OrdinalIgnoreCase)) return true;
            }
            return false;
        }

        /// <summary>Canonical form of a URL for comparison: no scheme, "www.", query, fragment or trailing slash.</summary>
        public static string NormalizeUrl(string? url)
        {
            if (string.IsNullOrWhiteSpace(url)) return string.Empty;
            string u = url!.Trim().ToLowerInvariant();
            int hash = u.IndexOf('#');
            if (hash >= 0) u = u.Substring(0, hash);
            int q = u.IndexOf('?');
            if (q >= 0) u = u.Substring(0, q);
            int scheme = u.IndexOf("://", StringComparison.Ordinal);
            if (scheme >= 0) u = u.Substring(scheme + 3);
            else if (u.StartsWith("//", StringComparison.Ordinal)) u = u.Substring(2);
            if (u.StartsWith("www.", StringComparison.Ordinal)) u = u.Substring(4);
            return u.TrimEnd('/');
        }

        // 3 = an Article type, 2 = other content (Recipe, VideoObject...), 1 = a WebPage type, 0 = anything else.
        private static int TypeRank(JsonNode node)
        {
            JsonNode? t = node["@type"];
            if (t is null) return 0;
            int rank = 0;
            foreach (JsonNode item in t.AsSequence())
            {
                if (item.Kind != JsonKind.String) continue;
                string local = LocalType(item.Text!);
                if (MetaSources.ArticleTypes.Contains(local)) rank = Math.Max(rank, 3);
                else if (MetaSources.ContentTypes.Contains(local)) rank = Math.Max(rank, 2);
                else if (MetaSources.PageTypes.Contains(local)) rank = Math.Max(rank, 1);
            }
            return rank;
        }

        private static string LocalType(string type)
        {
            int cut = Math.Max(type.LastIndexOf('/'), type.LastIndexOf(':'));
            return (cut >= 0 ? type.Substring(cut + 1) : type).Trim();
        }
    }
}
