using System;
using System.Collections.Generic;
using AngleSharp.Dom;
using NewsTools.Heuristics;
using NewsTools.Pipeline;

namespace NewsTools.Html.Locating
{
    /// <summary>
    /// Readability's grabArticle on the index: each paragraph scores its ancestors (commas and length, less with
    /// distance), link density discounts the totals, and the best ancestor wins with its good siblings.
    /// </summary>
    internal sealed class ParagraphScoreStrategy : IContentStrategy
    {
        private readonly DomIndex _ix;
        private readonly ExtractionOptions _options;
        private readonly int _minContainerText;
        private readonly NameMemo<double> _weights;

        public ParagraphScoreStrategy(DomIndex index, ExtractionOptions options, int minContainerText, NameMemo<double> weights)
        {
            _weights = weights;
            _ix = index;
            _options = options;
            _minContainerText = minContainerText;
        }

        public LocatedContent? Locate()
        {
            int n = _ix.Count;
            var score = new double[n];
            var initialised = new bool[n];
            int i = 1;
            while (i < n)
            {
                if (_ix.Removed[i]) { i = _ix.End[i]; continue; }
                string tag = _ix.Elements[i].LocalName;
                bool paragraph = HtmlTagSets.ScoredParagraphTags.Contains(tag);
                int len;
                int commas;
                if (paragraph)
                {
                    len = _ix.Prose(i);
                    commas = _ix.Commas[i];
                }
                else if (HtmlTagSets.TextHoldingWrappers.Contains(tag) && _ix.OwnText[i] - _ix.OwnLinkText[i] >= HtmlThresholds.MinScoredText)
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
                double s = 1 + commas + Math.Min(len / HtmlThresholds.ScoreCharsPerPoint, HtmlThresholds.ScoreLengthCap);
                int ancestor = paragraph ? _ix.Parent[i] : i;
                for (int level = 0; ancestor >= 0 && level < HtmlThresholds.ScoredAncestorLevels; level++)
                {
                    if (!initialised[ancestor])
                    {
                        score[ancestor] = InitialScore(ancestor);
                        initialised[ancestor] = true;
                    }
                    // Readability's dividers: the parent gets the full score, the grandparent half, then a third per level.
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
            while (top > 0 && _ix.Parent[top] > 0 && _ix.Prose(_ix.Parent[top]) <= _ix.Prose(top) * HtmlThresholds.PassThroughWrapperFactor + 10)
            {
                top = _ix.Parent[top];
            }
            // Story spread over sections with no common wrapper of its own (page builders): climb while an
            // ancestor holds much more paragraph prose and stays low in links.
            while (top > 0 && _ix.Parent[top] > 0)
            {
                int up = _ix.Parent[top];
                if (_ix.ParaText[up] < HtmlThresholds.SpreadStoryParaFactor * _ix.ParaText[top] + 100 || _ix.LinkDensity(up) > HtmlThresholds.SpreadStoryMaxLinkDensity) break;
                top = up;
            }
            if (_ix.Prose(top) < _minContainerText / 2)
            {
                _options.Log?.Invoke("Paragraph scoring found no container with enough prose.");
                return null;
            }
            List<int> roots = WithSiblings(top, topScore, score, initialised);
            _options.Log?.Invoke("Paragraph scoring: " + ElementPath.Of(_ix, top) + " (score " + topScore.ToString("F1", System.Globalization.CultureInfo.InvariantCulture) + ")" + (roots.Count > 1 ? " with " + (roots.Count - 1) + " sibling(s)" : string.Empty) + ".");
            return new LocatedContent(roots, "text-density");
        }

        /// <summary>Readability: the top candidate and the siblings that score well, share its class, or are prose paragraphs.</summary>
        private List<int> WithSiblings(int top, double topScore, double[] score, bool[] initialised)
        {
            var roots = new List<int>();
            int parent = _ix.Parent[top];
            if (parent < 0)
            {
                roots.Add(top);
                return roots;
            }
            double threshold = Math.Max(10, topScore * HtmlThresholds.SiblingScoreShare);
            string topClass = _ix.Elements[top].GetAttribute("class") ?? string.Empty;
            for (int j = parent + 1; j < _ix.End[parent]; j = _ix.End[j])
            {
                if (_ix.Removed[j]) continue;
                if (j == top) { roots.Add(j); continue; }
                double bonus = topClass.Length > 0 && (_ix.Elements[j].GetAttribute("class") ?? string.Empty) == topClass ? topScore * HtmlThresholds.SiblingScoreShare : 0;
                if (initialised[j] && score[j] + bonus >= threshold) { roots.Add(j); continue; }
                if (_ix.Elements[j].LocalName == "p")
                {
                    int len = _ix.Text[j];
                    double ld = _ix.LinkDensity(j);
                    if (len > HtmlThresholds.SiblingParagraphMinText && ld < HtmlThresholds.SiblingParagraphMaxLinkDensity) roots.Add(j);
                    else if (len > 0 && len <= HtmlThresholds.SiblingParagraphMinText && ld == 0 && EndsSentence(_ix.Elements[j])) roots.Add(j);
                }
            }
            return roots;
        }

        private static bool EndsSentence(IElement p)
        {
            string t = p.TextContent.TrimEnd();
            return t.Length > 0 && (t[t.Length - 1] == '.' || t[t.Length - 1] == '\u3002');
        }

        /// <summary>Readability's initializeNode: tag prior plus class/id weight.</summary>
        private double InitialScore(int i)
        {
            IElement el = _ix.Elements[i];
            double s;
            switch (el.LocalName)
            {
                case "div": case "article": case "main": s = 5; break;
                case "pre": case "td": case "blockquote": s = 3; break;
                case "address": case "ol": case "ul": case "dl": case "dd": case "dt": case "li": case "form": s = -3; break;
                case "h1": case "h2": case "h3": case "h4": case "h5": case "h6": case "th": s = -5; break;
                default: s = 0; break;
            }
            // Class and id are weighed separately (Readability's getClassWeight): each can add or take the weight.
            string? cls = el.GetAttribute("class");
            string? id = el.Id;
            if (!string.IsNullOrEmpty(cls)) s += _weights.Get(cls!, NameWeight);
            if (!string.IsNullOrEmpty(id)) s += _weights.Get(id!, NameWeight);
            return s;
        }

        private static double NameWeight(string raw)
        {
            string name = raw.ToLowerInvariant();
            double w = 0;
            if (HtmlBoilerplatePatterns.NegativeWeight.IsMatch(name)) w -= HtmlThresholds.NameWeight;
            if (HtmlBoilerplatePatterns.PositiveWeight.IsMatch(name)) w += HtmlThresholds.NameWeight;
            return w;
        }
    }
}
