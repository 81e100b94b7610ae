using System;
using System.Collections.Generic;
using NewsTools.Text;
using static NewsTools.Metadata.TitleWording;

namespace NewsTools.Metadata
{
    /// <summary>
    /// What the meta titles and the &lt;title&gt; say, read once for the title strategies: each title's core (its
    /// site name cut off), the segments that name the site, every segment as a key, and each core's words.
    /// </summary>
    internal sealed class TitleEvidence
    {
        public TitleEvidence(IReadOnlyList<TitleCandidate> metaTitles, string? titleElement, IReadOnlyList<string> siteNames)
        {
            All = new List<TitleCandidate>(metaTitles);
            if (!string.IsNullOrWhiteSpace(titleElement)) All.Add(new TitleCandidate(titleElement!, "title-element"));

            // Segments that name the site rather than the story: the ones cut off as site suffixes, and
            // what one title adds to another ("Blog Name: " + og:title). A heading equal to one is a logo.
            Sites = new List<string>(siteNames);
            foreach (TitleCandidate m in All)
            {
                string t = TextKeys.Clean(m.Text);
                if (t.Length == 0) continue;
                var removed = new List<string>();
                string core = StripSiteName(t, siteNames, removed);
                Sites.AddRange(removed);
                Cores.Add((TextKeys.Alnum(core), core, m.Source));
                CoreWords.Add(Words(core));
                AddVariants(t, Variants);
            }
            foreach (TitleCandidate a in All)
            {
                foreach (TitleCandidate b in All)
                {
                    string extra = Remainder(TextKeys.Clean(b.Text), TextKeys.Clean(a.Text));
                    if (extra.Length > 0 && TextKeys.WordCount(extra) <= 5) Sites.Add(extra);
                }
            }
        }

        /// <summary>The meta titles, most trusted first, then the &lt;title&gt; element.</summary>
        public List<TitleCandidate> All { get; }

        /// <summary>The site's names and the title segments that name it.</summary>
        public List<string> Sites { get; }

        /// <summary>Each title without its site name: key, text, source.</summary>
        public List<(string Key, string Text, string Source)> Cores { get; } = new List<(string, string, string)>();

        /// <summary>Keys of every title, of each of its segments and of it without a closing bracket.</summary>
        public HashSet<string> Variants { get; } = new HashSet<string>(StringComparer.Ordinal);

        /// <summary>The words (3+ letters) of each core.</summary>
        public List<HashSet<string>> CoreWords { get; } = new List<HashSet<string>>();

        /// <summary>Whether a meta title other than the &lt;title&gt; element has exactly this key.</summary>
        public bool MatchesWhole(string key)
        {
            foreach (TitleCandidate m in All)
            {
                if (m.Source != "title-element" && TextKeys.Alnum(TextKeys.Clean(m.Text)) == key) return true;
            }
            return false;
        }
    }
}
