using System.Collections.Generic;
using NewsTools.Heuristics;
using NewsTools.Pipeline;

namespace NewsTools.Html.Locating
{
    /// <summary>
    /// Finds the main content with a cascade of strategies, each of which may answer "not me": the user's content
    /// container, then known article containers and paragraph scoring (arbitrated when both answer), then the whole
    /// body as baseline. Around a container found by content, a standfirst and (with images) a lead image printed
    /// just before it join the story.
    /// </summary>
    internal sealed class MainContentLocator
    {
        private readonly PageContext _page;
        private readonly DomIndex _ix;
        private readonly ExtractionOptions _options;

        private readonly ExtractionProfile _profile;

        public MainContentLocator(PageContext page, ExtractionProfile? profile = null)
        {
            _profile = profile ?? ExtractionProfile.For(PageType.Article);
            _page = page;
            _ix = page.Index;
            _options = page.Options;
        }

        public LocatedContent Locate()
        {
            LocatedContent? chosen = new UserContainerStrategy(_page).Locate();
            if (chosen != null) return chosen;
            int minText = _options.Focus == ExtractionFocus.Recall ? HtmlThresholds.MinContainerText * 3 / 4
                : _options.Focus == ExtractionFocus.Precision ? HtmlThresholds.MinContainerText * 3 / 2
                : HtmlThresholds.MinContainerText;
            LocatedContent? known = new KnownContainerStrategy(_ix, _options, minText).Locate();
            LocatedContent? scored = new ParagraphScoreStrategy(_ix, _options, minText, _page.Memos.Weights).Locate();
            chosen = known != null && scored != null ? Arbitrate(known, scored) : known ?? scored;
            // A page that is not an article: its profile's strategy may find the content elsewhere (all the posts, all the cards).
            if (!_profile.IsArticle)
            {
                chosen = new RepeatedItemsStrategy(_ix, _options, _profile).Refine(chosen);
                chosen = new SectionsStrategy(_ix, _options, _profile).Refine(chosen);
            }
            if (chosen is null)
            {
                _options.Log?.Invoke("No container strategy applied; using the whole body (baseline).");
                return new LocatedContent(new List<int> { 0 }, "baseline");
            }
            int lead = FindStandfirst(chosen.Roots);
            if (lead >= 0) chosen.Roots.Insert(0, lead);
            if (_options.IncludeImages)
            {
                int image = FindLeadImage(chosen.Roots);
                if (image >= 0) chosen.Roots.Insert(0, image);
            }
            return chosen;
        }

        /// <summary>
        /// Known container vs. scored candidate. The known container wins unless the scored one holds much
        /// more prose and contains it (the known wrapper caught only the lead, as on pages whose body is split).
        /// </summary>
        private LocatedContent Arbitrate(LocatedContent known, LocatedContent scored)
        {
            int k = known.Prose(_ix);
            int s = scored.Prose(_ix);
            _options.Log?.Invoke("Arbitrate: known " + k + " vs scored " + s + ".");
            // Recall keeps the whole named container; Precision accepts a smaller scored core.
            double share = _options.Focus == ExtractionFocus.Precision ? HtmlThresholds.ScoredInsideShare - 0.1 : HtmlThresholds.ScoredInsideShare;
            if (_options.Focus != ExtractionFocus.Recall && known.Roots.Count == 1 && AllInside(scored.Roots, known.Roots[0]) && s >= share * k)
            {
                // A named container also holds teasers, widgets and meta lines; the scored block inside it that
                // carries most of its prose is the story proper.
                _options.Log?.Invoke("Known container (tier " + known.Tier + "); the scored candidate inside it holds " + s + " of " + k + " characters: using it.");
                return scored;
            }
            if (s > 2 * k + HtmlThresholds.ScoredOutsideMargin)
            {
                _options.Log?.Invoke("Known container holds " + k + " characters, scored candidate " + s + ": using the scored candidate.");
                return scored;
            }
            return known;
        }

        private bool AllInside(List<int> roots, int container)
        {
            foreach (int r in roots)
            {
                if (!_ix.Contains(container, r)) return false;
            }
            return true;
        }

        /// <summary>
        /// A standfirst printed just before the chosen container (a preceding sibling of the container or of
        /// one of its near ancestors), or -1. Short, prose-like, few links, named like a standfirst.
        /// </summary>
        private int FindStandfirst(List<int> roots)
        {
            if (roots.Count == 0 || roots[0] == 0) return -1;
            int node = roots[0];
            for (int level = 0; level < HtmlThresholds.LeadSearchLevels && node > 0; level++)
            {
                int parent = _ix.Parent[node];
                if (parent < 0) break;
                for (int j = parent + 1; j < node; j = _ix.End[j])
                {
                    if (_ix.Removed[j] || _ix.Text[j] == 0 || _ix.Text[j] > HtmlThresholds.StandfirstMaxSubtreeText) continue;
                    for (int k = j; k < _ix.End[j]; k++)
                    {
                        if (_ix.Removed[k]) { k = _ix.End[k] - 1; continue; }
                        int len = _ix.Text[k];
                        if (len < HtmlThresholds.StandfirstMinText || len > HtmlThresholds.StandfirstMaxText || _ix.LinkDensity(k) > HtmlThresholds.StandfirstMaxLinkDensity) continue;
                        if (HtmlTagSets.HeadingLevel(_ix.Elements[k].LocalName) == 1) continue;
                        string names = _ix.Names(k);
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
            for (int level = 0; level < HtmlThresholds.LeadSearchLevels && node > 0; level++)
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
    }
}
