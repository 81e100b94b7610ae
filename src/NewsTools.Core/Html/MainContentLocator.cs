using System;
using System.Collections.Generic;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using NewsTools.Heuristics;

namespace NewsTools.Html
{
    /// <summary>Where the main content is: one or more container elements (in document order) and the strategy that found them.</summary>
    internal sealed class LocatedContent
    {
        public LocatedContent(List<int> roots, string strategy)
        {
            Roots = roots;
            Strategy = strategy;
        }

        /// <summary>DomIndex positions of the containers, in document order, none inside another.</summary>
        public List<int> Roots { get; }

        public string Strategy { get; }

        /// <summary>For known containers, the tier that matched (1 = most specific); 0 otherwise.</summary>
        public int Tier { get; set; }
    }

    /// <summary>
    /// Finds the main content with a cascade of strategies, each of which may answer "not me":
    /// the user's content selectors, known article containers (trafilatura's BODY_XPATH tiers),
    /// paragraph scoring with link density (Readability's grabArticle), and the whole body as baseline.
    /// </summary>
    internal sealed class MainContentLocator
    {
        private readonly DomIndex _ix;
        private readonly ExtractionOptions _options;
        private readonly int _minContainerText;

        public MainContentLocator(DomIndex index, ExtractionOptions options)
        {
            _ix = index;
            _options = options;
            _minContainerText = options.Focus == ExtractionFocus.Recall ? HtmlThresholds.MinContainerText * 3 / 4
                : options.Focus == ExtractionFocus.Precision ? HtmlThresholds.MinContainerText * 3 / 2
                : HtmlThresholds.MinContainerText;
        }

        public LocatedContent Locate(IHtmlDocument document)
        {
            LocatedContent? chosen = FromUserSelectors(document);
            if (chosen != null) return chosen;
            chosen = LocateByContent();
            if (chosen.Strategy == "article-container" || chosen.Strategy == "text-density")
            {
                int lead = FindStandfirst(chosen.Roots);
                if (lead >= 0) chosen.Roots.Insert(0, lead);
                if (_options.IncludeImages)
                {
                    int image = FindLeadImage(chosen.Roots);
                    if (image >= 0) chosen.Roots.Insert(0, image);
                }
            }
            return chosen;
        }

        private LocatedContent LocateByContent()
        {
            LocatedContent? chosen;

            LocatedContent? known = FromKnownContainers();
            LocatedContent? scored = FromParagraphScores();
            if (known != null && scored != null)
            {
                chosen = Arbitrate(known, scored);
            }
            else
            {
                chosen = known ?? scored;
            }
            if (chosen != null) return chosen;
            _options.Log?.Invoke("No container strategy applied; using the whole body (baseline).");
            return new LocatedContent(new List<int> { 0 }, "baseline");
        }

        /// <summary>
        /// A standfirst printed just before the chosen container (a preceding sibling of the container or of
        /// one of its near ancestors), or -1. Short, prose-like, few links.
        /// </summary>
        public int FindStandfirst(List<int> roots)
        {
            if (roots.Count == 0 || roots[0] == 0) return -1;
            int node = roots[0];
            for (int level = 0; level < 3 && node > 0; level++)
            {
                int parent = _ix.Parent[node];
                if (parent < 0) break;
                for (int j = parent + 1; j < node; j = _ix.End[j])
                {
                    if (_ix.Removed[j] || _ix.Text[j] == 0 || _ix.Text[j] > 3000) continue;
                    for (int k = j; k < _ix.End[j]; k++)
                    {
                        if (_ix.Removed[k]) { k = _ix.End[k] - 1; continue; }
                        int len = _ix.Text[k];
                        if (len < 30 || len > 700 || _ix.LinkDensity(k) > 0.2) continue;
                        string tag = _ix.Elements[k].LocalName;
                        if (HtmlTagSets.HeadingLevel(tag) == 1) continue;
                        string names = ((_ix.Elements[k].GetAttribute("class") ?? string.Empty) + " " + (_ix.Elements[k].Id ?? string.Empty)).ToLowerInvariant();
                        if (names.Length > 1 && HtmlContentPatterns.Standfirst.IsMatch(names))
                        {
                            _options.Log?.Invoke("Standfirst before the container: " + ElementPath.Of(_ix, k) + ".");
                            return k;
                        }
                    }
                }
                node = parent;
            }
            return -1;
        }

        /// <summary>The lead image printed between the headline and the body container (only wanted with IncludeImages), or -1.</summary>
        private int FindLeadImage(List<int> roots)
        {
            if (roots.Count == 0 || roots[0] == 0) return -1;
            int node = roots[0];
            for (int level = 0; level < 3 && node > 0; level++)
            {
                int parent = _ix.Parent[node];
                if (parent < 0) break;
                for (int j = parent + 1; j < node; j++)
                {
                    if (_ix.Removed[j]) { j = _ix.End[j] - 1; continue; }
                    string tag = _ix.Elements[j].LocalName;
                    if (tag == "img" || tag == "amp-img") return j;
                }
                node = parent;
            }
            return -1;
        }

        private int Effective(int i) => _ix.Text[i] - _ix.LinkText[i];

        private int Effective(List<int> roots)
        {
            int sum = 0;
            foreach (int r in roots) sum += Effective(r);
            return sum;
        }

        /// <summary>
        /// Known container vs. scored candidate. The known container wins unless the scored one holds much
        /// more prose and contains it (the known wrapper caught only the lead, as on pages whose body is split).
        /// </summary>
        private LocatedContent Arbitrate(LocatedContent known, LocatedContent scored)
        {
            int k = Effective(known.Roots);
            int s = Effective(scored.Roots);
            _options.Log?.Invoke("Arbitrate: known " + k + " vs scored " + s + ".");
            // Recall keeps the whole named container; Precision accepts a smaller scored core.
            double share = _options.Focus == ExtractionFocus.Precision ? ScoredInsideShare - 0.1 : ScoredInsideShare;
            if (_options.Focus != ExtractionFocus.Recall && known.Roots.Count == 1 && AllInside(scored.Roots, known.Roots[0]) && s >= share * k)
            {
                // A named container also holds teasers, widgets and meta lines; the scored block inside it that
                // carries most of its prose is the story proper.
                _options.Log?.Invoke("Known container (tier " + known.Tier + "); the scored candidate inside it holds " + s + " of " + k + " characters: using it.");
                return scored;
            }
            if (s > 2 * k + 500)
            {
                _options.Log?.Invoke("Known container holds " + k + " characters, scored candidate " + s + ": using the scored candidate.");
                return scored;
            }
            return known;
        }

        /// <summary>Share of the known container's prose a scored block inside it must hold to replace it (0.6 measured best of 0.5-0.7 on both benchmark sets).</summary>
        private const double ScoredInsideShare = 0.6;

        private bool AllInside(List<int> roots, int container)
        {
            foreach (int r in roots)
            {
                if (!_ix.Contains(container, r)) return false;
            }
            return true;
        }

        private LocatedContent? FromUserSelectors(IHtmlDocument document)
        {
            foreach (string selector in _options.ContentSelectors)
            {
                if (string.IsNullOrWhiteSpace(selector)) continue;
                IElement? match;
                try
                {
                    match = document.QuerySelector(selector);
                }
                catch (DomException)
                {
                    _options.Log?.Invoke("ContentSelector '" + selector + "' is not a valid CSS selector; ignored.");
                    continue;
                }
                if (match is null) continue;
                int i = _ix.IndexOf(match);
                if (i < 0) continue;
                // A user-named container is taken whole even where the cleaner marked it (e.g. class "story-sidebar").
                if (_ix.Removed[i])
                {
                    for (int j = i; j < _ix.End[i]; j++) _ix.Removed[j] = false;
                    _ix.Aggregate();
                }
                _options.Log?.Invoke("ContentSelector '" + selector + "' matched " + ElementPath.Of(_ix, i) + ".");
                return new LocatedContent(new List<int> { i }, "content-selector");
            }
            return null;
        }

        /// <summary>Known article containers, most specific tier first; a tier whose best container is too short says "not me".</summary>
        private LocatedContent? FromKnownContainers()
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
                string? cls = el.GetAttribute("class");
                string? id = el.Id;
                string names = (cls ?? string.Empty) + " " + (id ?? string.Empty);
                int tier = HtmlContentPatterns.Tier(el.LocalName, names.Trim().ToLowerInvariant(), cls?.Trim(), id?.Trim(), el.GetAttribute("itemprop"), el.GetAttribute("role"));
                tiers[i] = tier;
                if (tier > 0 && (best[tier] < 0 || Effective(i) > Effective(best[tier]))) best[tier] = i;
                i++;
            }
            for (int t = 1; t <= HtmlContentPatterns.TierCount; t++)
            {
                int b = best[t];
                if (b < 0) continue;
                if (Effective(b) < _minContainerText || _ix.LinkDensity(b) > 0.5)
                {
                    _options.Log?.Invoke("Known-container tier " + t + " (" + ElementPath.Of(_ix, b) + ") holds too little prose; next strategy.");
                    continue;
                }
                // Prefer the innermost known container that still holds nearly all of the prose.
                int chosen = b;
                for (int j = b + 1; j < _ix.End[b]; j++)
                {
                    if (_ix.Removed[j] || tiers[j] == 0 || tiers[j] > t) continue;
                    if (Effective(j) >= 0.9 * Effective(b)) chosen = j;
                }
                var roots = new List<int> { chosen };
                AddSplitSiblings(chosen, tiers, roots);
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
        private void AddSplitSiblings(int chosen, int[] tiers, List<int> roots)
        {
            int node = chosen;
            for (int step = 0; step < 4; step++)
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
                    if (Effective(j) < 20 || HasHeadline(j)) continue;
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
                if (parent == 0 || Effective(parent) > Effective(node) * 1.15 + 50) return;
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

        /// <summary>Readability's grabArticle on the index: paragraphs score their ancestors; the best ancestor and its good siblings win.</summary>
        private LocatedContent? FromParagraphScores()
        {
            int n = _ix.Count;
            var score = new double[n];
            var initialised = new bool[n];
            int i = 1;
            while (i < n)
            {
                if (_ix.Removed[i]) { i = _ix.End[i]; continue; }
                IElement el = _ix.Elements[i];
                string tag = el.LocalName;
                int len;
                int commas;
                if (HtmlTagSets.ScoredParagraphTags.Contains(tag))
                {
                    len = _ix.Text[i] - _ix.LinkText[i];
                    commas = _ix.Commas[i];
                }
                else if ((tag == "div" || tag == "section" || tag == "article" || tag == "span" || tag == "font" || tag == "td") && _ix.OwnText[i] - _ix.OwnLinkText[i] >= HtmlThresholds.MinScoredText)
                {
                    // Text written straight into a div (with <br> breaks, no <p>): the div is its own paragraph.
                    len = _ix.OwnText[i] - _ix.OwnLinkText[i];
                    commas = _ix.OwnCommas[i];
                }
                else
                {
                    i++;
                    continue;
                }
                if (len < HtmlThresholds.MinScoredText) { i++; continue; }
                double s = 1 + commas + Math.Min(len / 85, 3);
                int ancestor = HtmlTagSets.ScoredParagraphTags.Contains(tag) ? _ix.Parent[i] : i;
                for (int level = 0; ancestor >= 0 && level < 5; level++)
                {
                    if (!initialised[ancestor])
                    {
                        score[ancestor] = InitialScore(_ix.Elements[ancestor]);
                        initialised[ancestor] = true;
                    }
                    double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
                    score[ancestor] += s / divider;
                    ancestor = _ix.Parent[ancestor];
                }
                i++;
            }
            int top = -1;
            double topScore = 0;
            for (int c = 0; c < n; c++)
            {
                if (!initialised[c]) continue;
                double final = score[c] * (1 - _ix.LinkDensity(c));
                score[c] = final;
                if (top < 0 || final > topScore) { top = c; topScore = final; }
            }
            if (top < 0) return null;
            // Climb through wrappers that add nothing (a single-child chain).
            while (top > 0 && _ix.Parent[top] >= 0 && Effective(_ix.Parent[top]) <= Effective(top) * 1.05 + 10 && _ix.Parent[top] != 0)
            {
                top = _ix.Parent[top];
            }
            // Story spread over sections with no common wrapper of its own (page builders): climb while an
            // ancestor holds much more paragraph prose and stays low in links.
            while (top > 0 && _ix.Parent[top] > 0)
            {
                int up = _ix.Parent[top];
                if (_ix.ParaText[up] < 1.5 * _ix.ParaText[top] + 100 || _ix.LinkDensity(up) > 0.3) break;
                top = up;
            }
            if (Effective(top) < _minContainerText / 2)
            {
                _options.Log?.Invoke("Paragraph scoring found no container with enough prose.");
                return null;
            }
            var roots = new List<int>();
            int parent = _ix.Parent[top];
            if (parent < 0)
            {
                roots.Add(top);
            }
            else
            {
                double threshold = Math.Max(10, topScore * 0.2);
                string topClass = _ix.Elements[top].GetAttribute("class") ?? string.Empty;
                for (int j = parent + 1; j < _ix.End[parent]; j = _ix.End[j])
                {
                    if (_ix.Removed[j]) continue;
                    if (j == top) { roots.Add(j); continue; }
                    double bonus = topClass.Length > 0 && (_ix.Elements[j].GetAttribute("class") ?? string.Empty) == topClass ? topScore * 0.2 : 0;
                    if (initialised[j] && score[j] + bonus >= threshold) { roots.Add(j); continue; }
                    if (_ix.Elements[j].LocalName == "p")
                    {
                        int len = _ix.Text[j];
                        double ld = _ix.LinkDensity(j);
                        if (len > 70 && ld < 0.25) roots.Add(j);
                        else if (len > 0 && len <= 70 && ld == 0 && EndsSentence(_ix.Elements[j])) roots.Add(j);
                    }
                }
            }
            _options.Log?.Invoke("Paragraph scoring: " + ElementPath.Of(_ix, top) + " (score " + topScore.ToString("F1", System.Globalization.CultureInfo.InvariantCulture) + ")" + (roots.Count > 1 ? " with " + (roots.Count - 1) + " sibling(s)" : string.Empty) + ".");
            return new LocatedContent(roots, "text-density");
        }

        private static bool EndsSentence(IElement p)
        {
            string t = p.TextContent.TrimEnd();
            return t.Length > 0 && (t[t.Length - 1] == '.' || t[t.Length - 1] == '\u3002');
        }

        /// <summary>Readability's initializeNode: tag prior plus class/id weight.</summary>
        private static double InitialScore(IElement el)
        {
            double s;
            switch (el.LocalName)
            {
                case "div": case "article": case "main": s = 5; break;
                case "pre": case "td": case "blockquote": s = 3; break;
                case "address": case "ol": case "ul": case "dl": case "dd": case "dt": case "li": case "form": s = -3; break;
                case "h1": case "h2": case "h3": case "h4": case "h5": case "h6": case "th": s = -5; break;
                default: s = 0; break;
            }
            string? cls = el.GetAttribute("class");
            string? id = el.Id;
            if (!string.IsNullOrEmpty(cls))
            {
                string c = cls!.ToLowerInvariant();
                if (HtmlBoilerplatePatterns.NegativeWeight.IsMatch(c)) s -= 25;
                if (HtmlBoilerplatePatterns.PositiveWeight.IsMatch(c)) s += 25;
            }
            if (!string.IsNullOrEmpty(id))
            {
                string d = id!.ToLowerInvariant();
                if (HtmlBoilerplatePatterns.NegativeWeight.IsMatch(d)) s -= 25;
                if (HtmlBoilerplatePatterns.PositiveWeight.IsMatch(d)) s += 25;
            }
            return s;
        }
    }
}
