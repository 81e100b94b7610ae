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
            int opening = _profile.Items == RepeatedItems.Posts ? OpeningPost(items) : -1;
            bool baseline = article is null || article.Roots.Count == 1 && article.Roots[0] == 0;
            // The article read already holds the question's text (its body named like a post body): that part alone is kept,
            // not the question's wrapper with its comment thread.
            if (opening >= 0 && !baseline && Overlaps(opening, article!.Roots)) opening = -1;
            if (!baseline)
            {
                int found = 0;
                foreach (int r in article!.Roots) found += Measure(r);
                bool inside = AllInside(items, article.Roots);
                if (inside && _profile.Items == RepeatedItems.Posts)
                {
                    // Posts inside the thread's container: it holds them all, with the thread's title.
                    _options.Log?.Invoke("Repeated items (" + items.Count + ") lie inside the container found: keeping it.");
                    List<int> roots = article.Roots;
                    if (opening >= 0 && !AllInside(new List<int> { opening }, roots)) roots = Union(new List<int> { opening }, roots);
                    return new LocatedContent(roots, _profile.Strategy ?? article.Strategy) { Tier = article.Tier };
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
            if (opening >= 0)
            {
                items = new List<int>(items);
                items.Insert(0, opening);
            }
            if (!baseline && !AllInside(items, article!.Roots)) items = Union(items, article.Roots);
            return new LocatedContent(items, _profile.Strategy ?? "repeated-items");
        }

        /// <summary>
        /// The opening post of a question-and-answer page, printed apart from the answers: the question is a sibling of the
        /// answers' wrapper (a div.question beside a div#answers, a "topic starter" box above the replies' list), so the
        /// group of answers misses it. It is the nearest element before that wrapper, under the same parent, that holds a
        /// post's prose (a title bar, a sort menu or a vote count hold little or only links); -1 when there is none.
        /// </summary>
        private int OpeningPost(List<int> items)
        {
            int wrapper = _ix.Parent[items[0]];
            int parent = wrapper > 0 ? _ix.Parent[wrapper] : -1;
            if (parent < 0) return -1;
            int found = -1;
            for (int j = parent + 1; j < wrapper; j = _ix.End[j])
            {
                if (_ix.Removed[j]) continue;
                if (_ix.Prose(j) >= ProfileThresholds.MinOpeningPostProse && _ix.LinkDensity(j) <= ProfileThresholds.MaxOpeningPostLinkDensity) found = j;
            }
            if (found >= 0) _options.Log?.Invoke("Opening post before the replies' wrapper: " + ElementPath.Of(_ix, found) + ".");
            return found;
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
                    var key = (_ix.Parent[i], tag, ItemKind(el.GetAttribute("class")));
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
                    // Posts named as posts (div.answer, article.message) may be very unequal: a long question and a
                    // one-line answer are still a thread; wrappers that happen to be siblings are not named so.
                    if (g.Members.Count >= minItems && g.MaxShare == 0)
                        g.MaxShare = !cards && key.Item3.Length > 0 && ProfilePatterns.PostName.IsMatch(key.Item3) ? ProfileThresholds.MaxNamedPostShare : maxShare;
                    if (g.Members.Count >= minItems && g.Largest <= g.MaxShare * g.Measure && (best is null || g.Measure > best.Measure))
                    {
                        // Cards in a nav or a header are the site's menu (kept by a relaxed cleaning pass), never the content.
                        g.InMenu ??= cards && InMenu(i);
                        if (g.InMenu != true) best = g;
                    }
                }
                i++;
            }
            if (best is null)
            {
                measure = 0;
                return null;
            }
            measure = best.Measure;
            return cards ? WithSplitGrids(best, groups, out measure) : best.Members;
        }

        /// <summary>
        /// A listing printed in several runs of the same item under different wrappers (a "Latest" block, an advertisement
        /// slot, then "the rest of the river"; a date's list of submissions after another's; one run per letter of an A-Z
        /// index): the runs share the item's tag and kind, so every run of that kind joins the best one, in document order.
        /// Items of no named kind (a bare div) are too common to join on; runs nested in the chosen items add nothing.
        /// </summary>
        private List<int> WithSplitGrids(Group best, Dictionary<(int Parent, string Tag, string Class), Group> groups, out int measure)
        {
            measure = best.Measure;
            int first = best.Members[0];
            string tag = _ix.Elements[first].LocalName;
            string kind = ItemKind(_ix.Elements[first].GetAttribute("class"));
            // A menu's items run in one wrapper per submenu too: runs inside a nav or a header are the site's menu, never cards.
            if (kind.Length == 0 || InMenu(first)) return best.Members;
            List<int>? all = null;
            foreach (KeyValuePair<(int Parent, string Tag, string Class), Group> pair in groups)
            {
                Group g = pair.Value;
                if (ReferenceEquals(g, best) || pair.Key.Tag != tag || pair.Key.Class != kind) continue;
                // A kind found inside its own items is a page builder's generic block ("elementor-element", "vc_column"),
                // which wraps everything at every level: not a list's item, so nothing joins.
                if (Overlaps(g.Members[0], all ?? best.Members)) return best.Members;
                if (InMenu(g.Members[0])) continue;
                all ??= new List<int>(best.Members);
                all.AddRange(g.Members);
                measure += g.Measure;
            }
            if (all is null) return best.Members;
            all.Sort();
            _options.Log?.Invoke("The items of kind '" + kind + "' run in several wrappers: " + all.Count + " items in all (" + measure + " characters).");
            return all;
        }

        /// <summary>True when the element lies inside a &lt;nav&gt; or a &lt;header&gt; (a walk up its ancestors, no deeper than the page).</summary>
        private bool InMenu(int i)
        {
            for (int a = _ix.Parent[i]; a > 0; a = _ix.Parent[a])
            {
                string tag = _ix.Elements[a].LocalName;
                if (tag == "nav" || tag == "header") return true;
            }
            return false;
        }

        /// <summary>True when the item lies inside one of the chosen items or holds one of them.</summary>
        private bool Overlaps(int item, List<int> chosen)
        {
            foreach (int c in chosen)
            {
                if (_ix.Contains(c, item) || _ix.Contains(item, c)) return true;
            }
            return false;
        }

        /// <summary>
        /// The kind of an item as its class names it: the first class token without a digit. Items of one list carry
        /// per-item tokens beside their kind (WordPress "post-123 post type-post category-news", "vert_cats A", "card
        /// card--featured", "row odd"), so the whole attribute would split one list into groups of one.
        /// </summary>
        internal static string ItemKind(string? classes)
        {
            if (string.IsNullOrEmpty(classes)) return string.Empty;
            string c = classes!;
            string? kind = null;
            string? viewport = null;
            int i = 0;
            while (i < c.Length)
            {
                while (i < c.Length && char.IsWhiteSpace(c[i])) i++;
                int start = i;
                bool digit = false;
                while (i < c.Length && !char.IsWhiteSpace(c[i]))
                {
                    if (char.IsDigit(c[i])) digit = true;
                    i++;
                }
                if (i == start || digit) continue;
                string token = c.Substring(start, i - start);
                if (kind is null) kind = token;
                else if (viewport is null && ViewportTokens.Contains(token)) viewport = token;
            }
            if (kind is null) return c.Trim();
            // The same slides or cards printed once for desktops and once for phones ("slide desktop", "slide mobile"), one
            // shown by the style sheet: two renditions of one list, which must not join into one list read twice.
            return viewport is null ? kind : kind + " " + viewport;
        }

        /// <summary>Class tokens that name the screen a rendition is for (the page prints the list once per screen).</summary>
        private static readonly HashSet<string> ViewportTokens = new HashSet<string>(System.StringComparer.OrdinalIgnoreCase)
        {
            "desktop", "mobile", "tablet", "phone", "desktop-only", "mobile-only", "tablet-only",
        };

        private sealed class Group
        {
            public List<int> Members { get; } = new List<int>();
            public int Measure { get; set; }
            public int Largest { get; set; }
            public bool? InMenu { get; set; }
            public double MaxShare { get; set; }
        }
    }
}
