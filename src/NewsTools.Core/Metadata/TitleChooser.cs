using System;
using System.Collections.Generic;
using NewsTools.Heuristics;
using NewsTools.Text;
using static NewsTools.Metadata.TitleWording;

namespace NewsTools.Metadata
{
    /// <summary>A headline candidate and where it came from.</summary>
    internal readonly struct TitleCandidate
    {
        public TitleCandidate(string text, string source)
        {
            Text = text;
            Source = source;
        }

        public string Text { get; }

        public string Source { get; }
    }

    /// <summary>
    /// Chooses the article's headline among the page's headings, meta titles and &lt;title&gt;.
    /// A heading that some meta title (or one of its segments) confirms is the best evidence: it is the
    /// headline as shown, and the confirmation proves it is not a logo or a section name. Without one,
    /// the most trusted meta title is used with its site-name prefix or suffix cut off. Each strategy is one
    /// method, tried in order; each returns null ("not me") or the headline and the heading it used.
    /// </summary>
    internal static class TitleChooser
    {
        /// <summary>
        /// Chooses the headline among <paramref name="headings"/> (texts, with whether each is an h1 outside
        /// teaser regions, and whether it counts only when it is a meta title as a whole), meta titles and the
        /// &lt;title&gt;. <paramref name="chosenHeading"/> is the index of the heading used, or -1.
        /// </summary>
        public static TitleCandidate? Choose(
            IReadOnlyList<(string Text, bool IsMainH1, bool MatchOnly)> headings,
            IReadOnlyList<TitleCandidate> metaTitles,
            string? titleElement,
            IReadOnlyList<string> siteNames,
            out int chosenHeading,
            Func<string, bool>? isShown = null)
        {
            var evidence = new TitleEvidence(metaTitles, titleElement, siteNames);
            TitleCandidate? chosen = HeadingIsMetaTitle(headings, evidence, out chosenHeading)
                ?? HeadingIsMetaSegment(headings, evidence, out chosenHeading)
                ?? MainHeadingOnTopic(headings, evidence, isShown, out chosenHeading)
                ?? SubHeadingCoveringMeta(headings, evidence, out chosenHeading)
                ?? MostTrustedMetaTitle(evidence, out chosenHeading)
                ?? FirstHeading(headings, out chosenHeading);
            return chosen.HasValue ? new TitleCandidate(Finish(chosen.Value.Text, siteNames), chosen.Value.Source) : chosen;
        }

        /// <summary>
        /// Last cuts on the chosen headline: a known site name still glued on ("Headline – Site", which
        /// headings repeat from the CMS title), a link aggregator's source label ("Headline (example.com) 87"),
        /// and a tagline after a pipe ("Best Movers 2025 | Top 19
        /// Companies"): headlines do not use " | " as punctuation, templates use it to append a tagline.
        /// </summary>
        private static string Finish(string title, IReadOnlyList<string> siteNames)
        {
            string t = TextRepair.RepairDoubleEncoding(title);
            foreach (string sep in MetaTitleSeparators.Separators)
            {
                int last = t.LastIndexOf(sep, StringComparison.Ordinal);
                if (last > 0 && sep.Trim() != ":" && IsSite(t.Substring(last + sep.Length), siteNames)) t = t.Substring(0, last).Trim();
            }
            t = MetaTitleSeparators.AggregatorSource.Replace(t, string.Empty);
            int pipe = t.IndexOf(" | ", StringComparison.Ordinal);
            if (pipe > 0 && TextKeys.WordCount(t.Substring(0, pipe)) >= 2) t = t.Substring(0, pipe).Trim();
            return t;
        }

        /// <summary>
        /// 1. A heading that is a meta title without its site name: the strongest evidence. When they differ only in
        /// punctuation the heading's is kept (meta titles carry Markdown marks and decorations), unless the heading
        /// lost characters to a broken encoding.
        /// </summary>
        private static TitleCandidate? HeadingIsMetaTitle(IReadOnlyList<(string Text, bool IsMainH1, bool MatchOnly)> headings, TitleEvidence ev, out int chosenHeading)
        {
            chosenHeading = -1;
            for (int i = 0; i < headings.Count; i++)
            {
                string text = TextKeys.Clean(headings[i].Text);
                string key = TextKeys.Alnum(text);
                if (key.Length == 0 || IsSite(text, ev.Sites)) continue;
                if (headings[i].MatchOnly && (TextKeys.WordCount(text) < 3 || !ev.MatchesWhole(key))) continue;
                // The heading is a meta title as a whole, series or site label included ("Weekly News: Headline"
                // in both the h1 and og:title): that is the headline as shown.
                if (ev.MatchesWhole(key))
                {
                    chosenHeading = i;
                    return new TitleCandidate(text, "heading");
                }
                // A heading in capitals ("BEST DRIP COFFEE MAKER IN 2026") or with characters lost to a broken
                // encoding ("Beginner? Guide") is the meta title's headline styled or damaged: the meta title
                // that says the same keeps its real letters.
                if (IsShouted(text) || HasInnerQuestionMark(text))
                {
                    foreach (var c in ev.Cores)
                    {
                        if (c.Text.Length == 0 || IsShouted(c.Text) || !SameWording(text, c.Text)) continue;
                        chosenHeading = i;
                        return new TitleCandidate(c.Text, c.Source);
                    }
                }
                foreach (var c in ev.Cores)
                {
                    if (c.Key != key) continue;
                    chosenHeading = i;
                    return LostCharacters(text, c.Text) ? new TitleCandidate(c.Text, c.Source) : new TitleCandidate(text, "heading");
                }
                // A heading that is a short label plus a meta title ("Blog: Headline", "Dec 18 2025 Headline").
                foreach (var c in ev.Cores)
                {
                    if (c.Key.Length >= 12 && key.Length > c.Key.Length && key.EndsWith(c.Key, StringComparison.Ordinal))
                    {
                        string label = Remainder(text, c.Text);
                        // A bare year is part of the headline ("2025 Price Guide"), not a date label.
                        if (label.Length > 0 && TextKeys.WordCount(label) <= 3 && (text.Substring(0, text.Length - c.Text.Length).TrimEnd().EndsWith(":", StringComparison.Ordinal) || (HasDigit(label) && !IsYear(label))))
                        {
                            chosenHeading = i;
                            return new TitleCandidate(c.Text, c.Source);
                        }
                    }
                }
            }
            return null;
        }

        /// <summary>2. A heading that is some segment of a meta title (and is not the site's name).</summary>
        private static TitleCandidate? HeadingIsMetaSegment(IReadOnlyList<(string Text, bool IsMainH1, bool MatchOnly)> headings, TitleEvidence ev, out int chosenHeading)
        {
            chosenHeading = -1;
            for (int i = 0; i < headings.Count; i++)
            {
                if (headings[i].MatchOnly) continue;
                string text = TextKeys.Clean(headings[i].Text);
                string key = TextKeys.Alnum(text);
                if (key.Length == 0 || IsSite(text, ev.Sites)) continue;
                if (ev.Variants.Contains(key) && TextKeys.WordCount(text) >= 2)
                {
                    chosenHeading = i;
                    return new TitleCandidate(text, "heading");
                }
            }
            return null;
        }

        /// <summary>
        /// 3. The visible headline even when the meta titles word it differently (SEO titles often differ from the
        /// display headline): the first h1 outside teasers that is not the site name, has at least two words and
        /// shares a word with a meta title (or there is no meta title).
        /// </summary>
        private static TitleCandidate? MainHeadingOnTopic(IReadOnlyList<(string Text, bool IsMainH1, bool MatchOnly)> headings, TitleEvidence ev, Func<string, bool>? isShown, out int chosenHeading)
        {
            chosenHeading = -1;
            for (int i = 0; i < headings.Count; i++)
            {
                if (!headings[i].IsMainH1) continue;
                string t = TextKeys.Clean(headings[i].Text);
                int words = TextKeys.WordCount(t);
                if (words < 2 || words > 40 || IsSite(t, ev.Sites)) continue;
                if (ev.CoreWords.Count == 0 || SharesWords(t, ev.CoreWords))
                {
                    chosenHeading = i;
                    return ShownWording(t, ev.Cores, isShown) ?? new TitleCandidate(t, "heading");
                }
            }
            return null;
        }

        /// <summary>
        /// 3b. No h1 outside teasers: a sub-heading that carries most of a meta title's words is the headline as
        /// shown, worded as the page shows it ("7 Ways to Help You Transition to a Plant Based Diet" for an
        /// og:title "7 Ways to Transition to a Plant-Based Diet").
        /// </summary>
        private static TitleCandidate? SubHeadingCoveringMeta(IReadOnlyList<(string Text, bool IsMainH1, bool MatchOnly)> headings, TitleEvidence ev, out int chosenHeading)
        {
            chosenHeading = -1;
            foreach (var h in headings) if (h.IsMainH1) return null;
            for (int i = 0; i < headings.Count; i++)
            {
                if (headings[i].MatchOnly) continue;
                string t = TextKeys.Clean(headings[i].Text);
                int words = TextKeys.WordCount(t);
                if (words < 3 || words > 40 || IsSite(t, ev.Sites)) continue;
                if (CoversMeta(t, ev.CoreWords))
                {
                    chosenHeading = i;
                    return new TitleCandidate(t, "heading");
                }
            }
            return null;
        }

        /// <summary>4. The most trusted meta title, then the &lt;title&gt; element, site name cut off.</summary>
        private static TitleCandidate? MostTrustedMetaTitle(TitleEvidence ev, out int chosenHeading)
        {
            chosenHeading = -1;
            foreach (var c in ev.Cores)
            {
                if (c.Text.Length > 0) return new TitleCandidate(c.Text, c.Source);
            }
            return null;
        }

        /// <summary>5. The first heading, unconfirmed.</summary>
        private static TitleCandidate? FirstHeading(IReadOnlyList<(string Text, bool IsMainH1, bool MatchOnly)> headings, out int chosenHeading)
        {
            chosenHeading = -1;
            for (int i = 0; i < headings.Count; i++)
            {
                if (headings[i].MatchOnly) continue;
                string t = TextKeys.Clean(headings[i].Text);
                if (t.Length > 0)
                {
                    chosenHeading = i;
                    return new TitleCandidate(t, "heading");
                }
            }
            return null;
        }

        /// <summary>
        /// When the h1 and the page's social or page title word the story differently, and that title's wording
        /// is also shown in the page's body (a hero line, a breadcrumb, a summary heading), the page shows both
        /// wordings and the title is the one the site chose for the story: it is used. A wording found only in
        /// the metadata is not shown, and the h1 stays (measurements: tests/Benchmarks/TUNING.md).
        /// </summary>
        private static TitleCandidate? ShownWording(string heading, List<(string Key, string Text, string Source)> cores, Func<string, bool>? isShown)
        {
            if (isShown is null) return null;
            string hk = TextKeys.Alnum(heading);
            foreach (var c in cores)
            {
                if (c.Source == "json-ld" || c.Source == "microdata" || c.Text.Length == 0) continue;
                // One wording inside the other ("Best Tutors in 2025" and "Best Tutors in 2025, Reviewed"): the h1 is
                // the headline with or without its tail, and the shorter one is "shown" only as part of the h1.
                if (c.Key.Length == 0 || hk.Contains(c.Key) || c.Key.Contains(hk) || TextKeys.WordCount(c.Text) < 3) return null;
                return isShown(c.Text) ? new TitleCandidate(c.Text, c.Source) : null;
            }
            return null;
        }

        /// <summary>Whitespace collapsed, entities decoded, trimmed (<see cref="TextKeys.Clean"/>).</summary>
        public static string Clean(string s) => TextKeys.Clean(s);

        /// <summary>Whether a heading or title segment is one of the site's names (<see cref="TitleWording.IsSite"/>).</summary>
        public static bool IsSite(string segment, IReadOnlyList<string> siteNames) => TitleWording.IsSite(segment, siteNames);
    }
}
