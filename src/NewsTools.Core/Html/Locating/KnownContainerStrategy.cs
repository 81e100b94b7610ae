using System.Collections.Generic;
using AngleSharp.Dom;
using NewsTools.Heuristics;

namespace NewsTools.Html.Locating
{
    /// <summary>
    /// Known article containers (trafilatura's BODY_XPATH tiers: itemprop=articleBody, "article-body",
    /// "entry-content"...), most specific tier first; a tier whose best container holds too little prose says "not me".
    /// </summary>
    internal sealed class KnownContainerStrategy : IContentStrategy
    {
        private readonly DomIndex _ix;
        private readonly ExtractionOptions _options;
        private readonly int _minContainerText;

        public KnownContainerStrategy(DomIndex index, ExtractionOptions options, int minContainerText)
        {
            _ix = index;
            _options = options;
            _minContainerText = minContainerText;
        }

        public LocatedContent? Locate()
        {
            int n = _ix.Count;
            var tiers = new int[n];
            var best = new int[HtmlContentPatterns.TierCount + 1];
            for (int t = 0; t < best.Length; t++) best[t] = -1;
            int i = 1;
            while (i < n)
            {
                if (_ix.Removed[i]) { i = _ix.End[i]; continue; }
                IElement el = _ix.Elements[i];
                string names = _ix.Names(i);
                int tier = names.Length == 0 && !el.HasAttribute("itemprop") && !el.HasAttribute("role") && el.LocalName != "article" && el.LocalName != "main"
                    ? 0
                    : HtmlContentPatterns.Tier(el.LocalName, names, el.GetAttribute("class")?.Trim(), el.Id?.Trim(), el.GetAttribute("itemprop"), el.GetAttribute("role"));
                tiers[i] = tier;
                if (tier > 0 && (best[tier] < 0 || _ix.Prose(i) > _ix.Prose(best[tier]))) best[tier] = i;
                i++;
            }
            for (int t = 1; t <= HtmlContentPatterns.TierCount; t++)
            {
                int b = best[t];
                if (b < 0) continue;
                if (_ix.Prose(b) < _minContainerText || _ix.LinkDensity(b) > HtmlThresholds.KnownContainerMaxLinkDensity)
                {
                    _options.Log?.Invoke("Known-container tier " + t + " (" + ElementPath.Of(_ix, b) + ") holds too little prose; next strategy.");
                    continue;
                }
                // Prefer the innermost known container that still holds nearly all of the prose.
                int chosen = b;
                for (int j = b + 1; j < _ix.End[b]; j++)
                {
                    if (_ix.Removed[j] || tiers[j] == 0 || tiers[j] > t) continue;
                    if (_ix.Prose(j) >= HtmlThresholds.InnerContainerShare * _ix.Prose(b)) chosen = j;
                }
                var roots = new List<int> { chosen };
                AddSplitSiblings(chosen, roots);
                _options.Log?.Invoke("Known container (tier " + t + "): " + ElementPath.Of(_ix, chosen) + (roots.Count > 1 ? " and " + (roots.Count - 1) + " sibling part(s)" : string.Empty) + ".");
                return new LocatedContent(roots, "article-container") { Tier = t };
            }
            return null;
        }

        /// <summary>
        /// Body split across sibling containers of the same kind: ads or embeds between two "article-body"
        /// divs, or a list article whose items are "tile" cards. Climbing through wrappers that add little,
        /// the first level with siblings of the same tag and class adds them, in document order. A sibling
        /// with its own h1 is another story (infinite scroll), not a part of this one.
        /// </summary>
        private void AddSplitSiblings(int chosen, List<int> roots)
        {
            int node = chosen;
            for (int step = 0; step < HtmlThresholds.SplitPartMaxClimb; step++)
            {
                int parent = _ix.Parent[node];
                if (parent < 0) return;
                IElement el = _ix.Elements[node];
                string cls = el.GetAttribute("class") ?? string.Empty;
                var parts = new List<int>();
                for (int j = parent + 1; j < _ix.End[parent]; j = _ix.End[j])
                {
                    if (j == node || _ix.Removed[j]) continue;
                    IElement other = _ix.Elements[j];
                    if (other.LocalName != el.LocalName || (other.GetAttribute("class") ?? string.Empty) != cls) continue;
                    if (_ix.Prose(j) < HtmlThresholds.SplitPartMinText || HasHeadline(j)) continue;
                    parts.Add(j);
                }
                if (parts.Count > 0)
                {
                    roots.Clear();
                    roots.Add(node == chosen || HasHeadline(node) ? chosen : node);
                    roots.AddRange(parts);
                    roots.Sort();
                    return;
                }
                if (parent == 0 || _ix.Prose(parent) > _ix.Prose(node) * HtmlThresholds.SplitWrapperFactor + HtmlThresholds.WrapperSlackText) return;
                node = parent;
            }
        }

        private bool HasHeadline(int i)
        {
            for (int j = i; j < _ix.End[i]; j++)
            {
                if (!_ix.Removed[j] && _ix.Elements[j].LocalName == "h1") return true;
            }
            return false;
        }
    }
}
