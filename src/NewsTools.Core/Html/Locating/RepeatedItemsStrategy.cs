using System.Collections.Generic;
using AngleSharp.Dom;
using NewsTools.Heuristics;

namespace NewsTools.Html.Locating
{
    /// <summary>
    /// The content of a thread, a listing or a collection is a run of sibling items of one kind: the posts of a forum
    /// thread (each an article.message, a div.post, a tr of a phpBB table), the cards of a grid (li.card, div.product-tile).
    /// Picking one container keeps one post or one card; this strategy groups every element's children by tag and class
    /// in one pass over the index and keeps the largest group whole, in document order.
    /// </summary>
    internal sealed class RepeatedItemsStrategy
    {
        /// <summary>Tags an item is printed as; paragraphs and inline runs are a text's parts, not items.</summary>
        private static readonly HashSet<string> ItemTags = new HashSet<string>(System.StringComparer.Ordinal)
        {
            "div", "article", "section", "li", "tr", "dl", "details",
        };

        private readonly DomIndex _ix;
        private readonly ExtractionOptions _options;
        private readonly ExtractionProfile _profile;

        public RepeatedItemsStrategy(DomIndex index, ExtractionOptions options, ExtractionProfile profile)
        {
            _ix = index;
            _options = options;
            _profile = profile;
        }

        /// <summary>
        /// The profile's repeated items when they hold the page's content, else the article cascade's result (which may be
        /// null). An article typed as a thread or a listing keeps its story: the items must hold a fair share of what the
        /// article cascade found, and items inside the article container are already in it.
        /// </summary>
        public LocatedContent? Refine(LocatedContent? article)
        {
            if (_profile.Items == RepeatedItems.None) return article;
            List<int>? items = LargestGroup(out int measure);
            if (items is null) return article;
            bool baseline = article is null || article.Roots.Count == 1 && article.Roots[0] == 0;
            if (!baseline)
            {
                int found = 0;
                foreach (int r in article!.Roots) found += Measure(r);
                bool inside = AllInside(items, article.Roots);
                if (inside && _profile.Items == RepeatedItems.Posts)
                {
                    // Posts inside the thread's container: it holds them all, with the thread's title.
                    _options.Log?.Invoke("Repeated items (" + items.Count + ") lie inside the container found: keeping it.");
                    return new LocatedContent(article.Roots, _profile.Strategy ?? article.Strategy) { Tier = article.Tier };
                }
                // Cards inside a container that also holds filter facets and a result count are the content; items
                // that hold little of what the article cascade found mean the page is not of this type after all.
                if (measure < ProfileThresholds.MinShareOfArticle * found)
                {
                    _options.Log?.Invoke("Repeated items hold " + measure + " characters, the article container " + found + ": keeping the container.");
                    return article;
                }
            }
            _options.Log?.Invoke(items.Count + " repeated items under " + ElementPath.Of(_ix, _ix.Parent[items[0]]) + " (" + measure + " characters).");
            if (!baseline && !AllInside(items, article!.Roots)) items = Union(items, article.Roots);
            return new LocatedContent(items, _profile.Strategy ?? "repeated-items");
        }

        /// <summary>Text for cards (their titles are links), prose for posts.</summary>
        private int Measure(int i) => _profile.Items == RepeatedItems.Cards ? _ix.Text[i] : _ix.Prose(i);

        /// <summary>
        /// The items and the article cascade's containers that lie apart from them (an introduction, a buying guide
        /// under the grid), in document order; a container inside an item (the first post's body) adds nothing.
        /// </summary>
        private List<int> Union(List<int> items, List<int> roots)
        {
            var all = new List<int>(items);
            foreach (int r in roots)
            {
                bool apart = true;
                foreach (int item in items)
                {
                    if (_ix.Contains(item, r) || _ix.Contains(r, item)) { apart = false; break; }
                }
                if (apart) all.Add(r);
            }
            all.Sort();
            return all;
        }

        private bool AllInside(List<int> items, List<int> roots)
        {
            foreach (int item in items)
            {
                bool inside = false;
                foreach (int r in roots)
                {
                    if (_ix.Contains(r, item)) { inside = true; break; }
                }
                if (!inside) return false;
            }
            return true;
        }

        /// <summary>One pass: each kept element joins the group of its parent, tag and class; the group with most text wins.</summary>
        private List<int>? LargestGroup(out int measure)
        {
            bool cards = _profile.Items == RepeatedItems.Cards;
            int minItems = cards ? ProfileThresholds.MinCards : ProfileThresholds.MinPosts;
            int minText = cards ? ProfileThresholds.MinCardText : ProfileThresholds.MinPostText;
            double maxShare = cards ? ProfileThresholds.MaxCardShare : ProfileThresholds.MaxPostShare;
            var groups = new Dictionary<(int Parent, string Tag, string Class), Group>();
            Group? best = null;
            int i = 1;
            while (i < _ix.Count)
            {
                if (_ix.Removed[i]) { i = _ix.End[i]; continue; }
                IElement el = _ix.Elements[i];
                string tag = el.LocalName;
                if (ItemTags.Contains(tag) && _ix.Text[i] >= minText && (!cards || _ix.LinkText[i] > 0))
                {
                    var key = (_ix.Parent[i], tag, el.GetAttribute("class") ?? string.Empty);
                    if (!groups.TryGetValue(key, out Group? g))
                    {
                        g = new Group();
                        groups[key] = g;
                    }
                    int m = Measure(i);
                    g.Members.Add(i);
                    g.Measure += m;
                    if (m > g.Largest) g.Largest = m;
                    // Items are alike: wrappers that happen to be siblings (the header, body and footer "container"s)
                    // are not, one of them holds nearly everything.
                    if (g.Members.Count >= minItems && g.Largest <= maxShare * g.Measure && (best is null || g.Measure > best.Measure)) best = g;
                }
                i++;
            }
            measure = best?.Measure ?? 0;
            return best?.Members;
        }

        private sealed class Group
        {
            public List<int> Members { get; } = new List<int>();
            public int Measure { get; set; }
            public int Largest { get; set; }
        }
    }
}
