using System.Collections.Generic;
using NewsTools.Heuristics;

namespace NewsTools.Html.Locating
{
    /// <summary>
    /// A service or product page is laid out as many &lt;section&gt;s or page-builder rows (features, pricing, specs,
    /// FAQ) with no story wrapper: the article cascade picks the one section with most prose. This strategy climbs
    /// from what it picked to the widest ancestor that is still content (low in links once the cleaner has dropped the
    /// menus, header and footer), so every content section is kept.
    /// </summary>
    internal sealed class SectionsStrategy
    {
        private readonly DomIndex _ix;
        private readonly ExtractionOptions _options;
        private readonly ExtractionProfile _profile;

        public SectionsStrategy(DomIndex index, ExtractionOptions options, ExtractionProfile profile)
        {
            _ix = index;
            _options = options;
            _profile = profile;
        }

        /// <summary>The widened content, or the article cascade's result when there is nothing to widen.</summary>
        public LocatedContent? Refine(LocatedContent? article)
        {
            if (!_profile.SpreadOverSections || article is null || article.Roots.Count == 0 || article.Roots[0] == 0) return article;
            int node = article.Roots[0];
            // The lowest common ancestor of the roots: climb from the first until it holds the last.
            int last = article.Roots[article.Roots.Count - 1];
            while (node > 0 && !_ix.Contains(node, last)) node = _ix.Parent[node];
            int start = node;
            while (node > 0 && _ix.Parent[node] > 0 && _ix.LinkDensity(_ix.Parent[node]) <= ProfileThresholds.SectionsMaxLinkDensity) node = _ix.Parent[node];
            // Sections straight under the body: each joins on its own link density (BodySections), not the body's as a whole,
            // which a link-heavy "all our services" or client-logo section among them may tip over the limit.
            if (node > 0 && _ix.Parent[node] == 0)
            {
                List<int>? sections = BodySections(node);
                if (sections != null) return new LocatedContent(sections, _profile.Strategy ?? "sections");
            }
            if (node == start && article.Roots.Count == 1) return new LocatedContent(article.Roots, _profile.Strategy ?? article.Strategy) { Tier = article.Tier };
            _options.Log?.Invoke("Content sections: widened to " + ElementPath.Of(_ix, node) + " (" + _ix.Prose(node) + " characters of prose).");
            return new LocatedContent(new List<int> { node }, _profile.Strategy ?? "sections");
        }

        /// <summary>
        /// Sections printed straight under &lt;body&gt; with no wrapper of their own (a landing page's hero, features, pricing and
        /// FAQ as body > section siblings): every sibling that still holds text and is not a link list joins, in order; null
        /// when the section found is alone.
        /// </summary>
        private List<int>? BodySections(int section)
        {
            var sections = new List<int>();
            for (int j = 1; j < _ix.Count; j = _ix.End[j])
            {
                if (_ix.Removed[j] || _ix.Text[j] == 0 || _ix.LinkDensity(j) > ProfileThresholds.SectionsMaxLinkDensity) continue;
                sections.Add(j);
            }
            if (sections.Count < 2 || !sections.Contains(section)) return null;
            _options.Log?.Invoke("Content sections: " + sections.Count + " sections straight under the body.");
            return sections;
        }
    }
}
