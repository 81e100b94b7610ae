using System;
using System.Collections.Generic;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using NewsTools.Heuristics;

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
    /// the most trusted meta title is used with its site-name prefix or suffix cut off.
    /// </summary>
    internal static class TitleChooser
    {
        private static readonly Regex Spaces = new Regex(@"\s+", RegexOptions.Compiled | RegexOptions.CultureInvariant);

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
            TitleCandidate? chosen = ChooseRaw(headings, metaTitles, titleElement, siteNames, out chosenHeading, isShown);
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
            string t = RepairDoubleEncoding(title);
            foreach (string sep in MetaTitleSeparators.Separators)
            {
                int last = t.LastIndexOf(sep, StringComparison.Ordinal);
                if (last > 0 && sep.Trim() != ":" && IsSite(t.Substring(last + sep.Length), siteNames)) t = t.Substring(0, last).Trim();
            }
            t = MetaTitleSeparators.AggregatorSource.Replace(t, string.Empty);
            int pipe = t.IndexOf(" | ", StringComparison.Ordinal);
            if (pipe > 0 && WordCount(t.Substring(0, pipe)) >= 2) t = t.Substring(0, pipe).Trim();
            return t;
        }

        private static TitleCandidate? ChooseRaw(
            IReadOnlyList<(string Text, bool IsMainH1, bool MatchOnly)> headings,
            IReadOnlyList<TitleCandidate> metaTitles,
            string? titleElement,
            IReadOnlyList<string> siteNames,
            out int chosenHeading,
            Func<string, bool>? isShown)
        {
            chosenHeading = -1;
            var all = new List<TitleCandidate>(metaTitles);
            if (!string.IsNullOrWhiteSpace(titleElement)) all.Add(new TitleCandidate(titleElement!, "title-element"));

            // Segments that name the site rather than the story: the ones cut off as site suffixes, and
            // what one title adds to another ("Blog Name: " + og:title). A heading equal to one is a logo.
            var sites = new List<string>(siteNames);
            var cores = new List<(string Key, string Text, string Source)>();
            var variants = new HashSet<string>(StringComparer.Ordinal);
            var coreWords = new List<HashSet<string>>();
            foreach (TitleCandidate m in all)
            {
                string t = Clean(m.Text);
                if (t.Length == 0) continue;
                var removed = new List<string>();
                string core = StripSiteName(t, siteNames, removed);
                sites.AddRange(removed);
                cores.Add((AlnumKey(core), core, m.Source));
                coreWords.Add(Words(core));
                AddVariants(t, variants);
            }
            foreach (TitleCandidate a in all)
            {
                foreach (TitleCandidate b in all)
                {
                    string extra = Remainder(Clean(b.Text), Clean(a.Text));
                    if (extra.Length > 0 && WordCount(extra) <= 5) sites.Add(extra);
                }
            }

            // 1. A heading that is a meta title without its site name: the strongest evidence. When they
            //    differ only in punctuation the heading's is kept (meta titles carry Markdown marks and
            //    decorations), unless the heading lost characters to a broken encoding.
            // 2. A heading that is some segment of a meta title (and is not the site's name).
            for (int pass = 0; pass < 2; pass++)
            {
                for (int i = 0; i < headings.Count; i++)
                {
                    string text = Clean(headings[i].Text);
                    string key = AlnumKey(text);
                    if (key.Length == 0 || IsSite(text, sites)) continue;
                    if (headings[i].MatchOnly && (pass > 0 || WordCount(text) < 3 || !MatchesWhole(key, all))) continue;
                    if (pass == 0)
                    {
                        // The heading is a meta title as a whole, series or site label included ("Weekly News: Headline"
                        // in both the h1 and og:title): that is the headline as shown.
                        if (MatchesWhole(key, all))
                        {
                            chosenHeading = i;
                            return new TitleCandidate(text, "heading");
                        }
                        // A heading in capitals ("BEST DRIP COFFEE MAKER IN 2026") or with characters lost to a broken
                        // encoding ("Beginner? Guide") is the meta title's headline styled or damaged: the meta title
                        // that says the same keeps its real letters.
                        if (IsShouted(text) || HasInnerQuestionMark(text))
                        {
                            foreach (var c in cores)
                            {
                                if (c.Text.Length == 0 || IsShouted(c.Text) || !SameWording(text, c.Text)) continue;
                                chosenHeading = i;
                                return new TitleCandidate(c.Text, c.Source);
                            }
                        }
                        foreach (var c in cores)
                        {
                            if (c.Key != key) continue;
                            chosenHeading = i;
                            return LostCharacters(text, c.Text) ? new TitleCandidate(c.Text, c.Source) : new TitleCandidate(text, "heading");
                        }
                        // A heading that is a short label plus a meta title ("Blog: Headline", "Dec 18 2025 Headline").
                        foreach (var c in cores)
                        {
                            if (c.Key.Length >= 12 && key.Length > c.Key.Length && key.EndsWith(c.Key, StringComparison.Ordinal))
                            {
                                string label = Remainder(text, c.Text);
                                // A bare year is part of the headline ("2025 Price Guide"), not a date label.
                                if (label.Length > 0 && WordCount(label) <= 3 && (text.Substring(0, text.Length - c.Text.Length).TrimEnd().EndsWith(":", StringComparison.Ordinal) || (HasDigit(label) && !IsYear(label))))
                                {
                                    chosenHeading = i;
                                    return new TitleCandidate(c.Text, c.Source);
                                }
                            }
                        }
                    }
                    else if (variants.Contains(key) && WordCount(text) >= 2)
                    {
                        chosenHeading = i;
                        return new TitleCandidate(text, "heading");
                    }
                }
            }

            // 3. The visible headline even when the meta titles word it differently (SEO titles often
            //    differ from the display headline): the first h1 outside teasers that is not the site name,
            //    has at least two words and shares a word with a meta title (or there is no meta title).
            for (int i = 0; i < headings.Count; i++)
            {
                if (!headings[i].IsMainH1) continue;
                string t = Clean(headings[i].Text);
                int words = WordCount(t);
                if (words < 2 || words > 40 || IsSite(t, sites)) continue;
                if (coreWords.Count == 0 || SharesWords(t, coreWords))
                {
                    chosenHeading = i;
                    return ShownWording(t, cores, isShown) ?? new TitleCandidate(t, "heading");
                }
            }

            // 3b. No h1 outside teasers: a sub-heading that carries most of a meta title's words is the headline as
            //     shown, worded as the page shows it ("7 Ways to Help You Transition to a Plant Based Diet" for an
            //     og:title "7 Ways to Transition to a Plant-Based Diet").
            bool anyMainH1 = false;
            foreach (var h in headings) anyMainH1 |= h.IsMainH1;
            if (!anyMainH1)
            {
                for (int i = 0; i < headings.Count; i++)
                {
                    if (headings[i].MatchOnly) continue;
                    string t = Clean(headings[i].Text);
                    int words = WordCount(t);
                    if (words < 3 || words > 40 || IsSite(t, sites)) continue;
                    if (CoversMeta(t, coreWords))
                    {
                        chosenHeading = i;
                        return new TitleCandidate(t, "heading");
                    }
                }
            }

            // 4. The most trusted meta title, then the <title> element, site name cut off.
            foreach (var c in cores)
            {
                if (c.Text.Length > 0) return new TitleCandidate(c.Text, c.Source);
            }

            // 5. The first heading, unconfirmed.
            for (int i = 0; i < headings.Count; i++)
            {
                if (headings[i].MatchOnly) continue;
                string t = Clean(headings[i].Text);
                if (t.Length > 0)
                {
                    chosenHeading = i;
                    return new TitleCandidate(t, "heading");
                }
            }
            return null;
        }

        /// <summary>Whether a meta title other than the &lt;title&gt; element has exactly this key.</summary>
        private static bool MatchesWhole(string key, List<TitleCandidate> all)
        {
            foreach (TitleCandidate m in all)
            {
                if (m.Source != "title-element" && AlnumKey(Clean(m.Text)) == key) return true;
            }
            return false;
        }

        /// <summary>
        /// When the h1 and the page's social or page title word the story differently, and that title's wording
        /// is also shown in the page's body (a hero line, a breadcrumb, a summary heading), the page shows both
        /// wordings and the title is the one the site chose for the story: it is used. A wording found only in
        /// the metadata is not shown, and the h1 stays. (Measured on wcxb-dev pages where the two differ and
        /// neither contains the other: with the title's wording shown, the truth is the title 44 times and the
        /// h1 7; without, the h1 95 times and the title 41. Most of those pages other rules already got right:
        /// the net gain was two pages.)
        /// </summary>
        private static TitleCandidate? ShownWording(string heading, List<(string Key, string Text, string Source)> cores, Func<string, bool>? isShown)
        {
            if (isShown is null) return null;
            string hk = AlnumKey(heading);
            foreach (var c in cores)
            {
                if (c.Source == "json-ld" || c.Source == "microdata" || c.Text.Length == 0) continue;
                // One wording inside the other ("Best Tutors in 2025" and "Best Tutors in 2025, Reviewed"): the h1 is
                // the headline with or without its tail, and the shorter one is "shown" only as part of the h1.
                if (c.Key.Length == 0 || hk.Contains(c.Key) || c.Key.Contains(hk) || WordCount(c.Text) < 3) return null;
                return isShown(c.Text) ? new TitleCandidate(c.Text, c.Source) : null;
            }
            return null;
        }

        /// <summary>
        /// Undoes UTF-8 that was read as Latin-1 and encoded again ("Investorâ\u0080\u0099s" for "Investor’s"):
        /// C1 control characters (U+0080-U+009F) never occur in real text, so their presence marks the
        /// damage. The text is kept as it is unless every character fits in one byte and the bytes are valid UTF-8.
        /// </summary>
        internal static string RepairDoubleEncoding(string s)
        {
            bool c1 = false;
            foreach (char c in s)
            {
                if (c > '\u00FF') return s;
                if (c >= '\u0080' && c <= '\u009F') c1 = true;
            }
            if (!c1) return s;
            var bytes = new byte[s.Length];
            for (int i = 0; i < s.Length; i++) bytes[i] = (byte)s[i];
            try
            {
                return StrictUtf8.GetString(bytes);
            }
            catch (DecoderFallbackException)
            {
                return s;
            }
        }

        private static readonly UTF8Encoding StrictUtf8 = new UTF8Encoding(false, true);

        /// <summary>Whether the text is written in capitals (at least 8 letters, no lower-case one).</summary>
        private static bool IsShouted(string s)
        {
            int letters = 0;
            foreach (char c in s)
            {
                if (char.IsLower(c)) return false;
                if (char.IsUpper(c)) letters++;
            }
            return letters >= 8;
        }

        /// <summary>A '?' between words ("Beginner? Guide"), where a broken encoding dropped an apostrophe or a dash; a final '?' is the question's.</summary>
        private static bool HasInnerQuestionMark(string s)
        {
            string t = s.TrimEnd('?', ' ', '"', '\u201D');
            int q = t.IndexOf('?');
            return q > 0 && q < t.Length - 1 && char.IsLetter(t[q - 1]);
        }

        /// <summary>
        /// Whether two titles say the same: at most one word (of 3+ letters) of either is missing from the other,
        /// and the shared words come in the same order ("BEGINNER MARATHON PLAN" is not "Marathon Beginner Plan":
        /// the site wrote the two differently, and the heading is the one shown).
        /// </summary>
        private static bool SameWording(string a, string b)
        {
            HashSet<string> wa = Words(a), wb = Words(b);
            if (wa.Count < 3 || wb.Count < 3) return false;
            int common = 0;
            foreach (string w in wa) if (wb.Contains(w)) common++;
            return wa.Count - common <= 1 && wb.Count - common <= 1 && SharedInOrder(a, wb, b, wa);
        }

        /// <summary>Whether the words of <paramref name="a"/> found in <paramref name="b"/> come in the same order as those of b found in a.</summary>
        private static bool SharedInOrder(string a, HashSet<string> wordsOfB, string b, HashSet<string> wordsOfA)
        {
            var sa = new List<string>();
            foreach (string w in Normalize(a).Split(' ')) { string k = AlnumKey(w); if (k.Length >= 3 && wordsOfB.Contains(k) && !sa.Contains(k)) sa.Add(k); }
            int i = 0;
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (string w in Normalize(b).Split(' '))
            {
                string k = AlnumKey(w);
                if (k.Length < 3 || !wordsOfA.Contains(k) || !seen.Add(k)) continue;
                if (i >= sa.Count || sa[i] != k) return false;
                i++;
            }
            return i == sa.Count;
        }

        /// <summary>Whether the text is a bare four-digit year ("2025").</summary>
        private static bool IsYear(string s)
        {
            string t = s.Trim();
            return t.Length == 4 && (t[0] == '1' || t[0] == '2') && char.IsDigit(t[1]) && char.IsDigit(t[2]) && char.IsDigit(t[3]);
        }

        private static bool HasDigit(string s)
        {
            foreach (char c in s) if (char.IsDigit(c)) return true;
            return false;
        }

        /// <summary>Whether the heading shows replacement marks ("?", U+FFFD) where the meta title has a character.</summary>
        /// <remarks>A '?' that ends the heading is the question's own mark ("What's Next in 2025?"), which meta titles often drop; it is not counted.</remarks>
        private static bool LostCharacters(string heading, string meta)
            => (heading.IndexOf('\uFFFD') >= 0 && meta.IndexOf('\uFFFD') < 0) || (CountOf(heading.TrimEnd('?', ' '), '?') > CountOf(meta, '?'));

        private static int CountOf(string s, char c)
        {
            int n = 0;
            foreach (char x in s) if (x == c) n++;
            return n;
        }

        /// <summary>What <paramref name="whole"/> has beyond <paramref name="part"/> when it starts or ends with it, separators trimmed; else empty.</summary>
        private static string Remainder(string whole, string part)
        {
            if (part.Length < 8 || whole.Length <= part.Length) return string.Empty;
            string rest;
            if (whole.EndsWith(part, StringComparison.OrdinalIgnoreCase)) rest = whole.Substring(0, whole.Length - part.Length);
            else if (whole.StartsWith(part, StringComparison.OrdinalIgnoreCase)) rest = whole.Substring(part.Length);
            else return string.Empty;
            return rest.Trim(' ', '|', '-', '\u2013', '\u2014', ':', '\u00B7', '\u2022', '/', '~', ',', '\u00BB', '\u00AB');
        }

        private static void AddVariants(string t, HashSet<string> variants)
        {
            variants.Add(AlnumKey(t));
            // "The Fold-and-Cut Problem (Jane Doe)": a bracketed credit or site after the headline.
            int open = t.LastIndexOf(" (", StringComparison.Ordinal);
            if (open > 0 && t.EndsWith(")", StringComparison.Ordinal) && WordCount(t.Substring(open)) <= 4) variants.Add(AlnumKey(t.Substring(0, open)));
            foreach (string sep in MetaTitleSeparators.Separators)
            {
                int at = t.IndexOf(sep, StringComparison.Ordinal);
                int guard = 0;
                while (at > 0 && guard++ < 6)
                {
                    variants.Add(AlnumKey(t.Substring(0, at)));
                    variants.Add(AlnumKey(t.Substring(at + sep.Length)));
                    at = t.IndexOf(sep, at + sep.Length, StringComparison.Ordinal);
                }
            }
        }

        /// <summary>Letters and digits only, lower case: "Mobile UX Design: The Guide" equals "Mobile UX Design - The Guide".</summary>
        public static string AlnumKey(string? s)
        {
            if (string.IsNullOrEmpty(s)) return string.Empty;
            string t = s!.IndexOf('&') >= 0 ? WebUtility.HtmlDecode(s) : s;
            var sb = new StringBuilder(t.Length);
            foreach (char c in t)
            {
                if (char.IsLetterOrDigit(c)) sb.Append(char.ToLowerInvariant(c));
            }
            return sb.ToString();
        }

        private static HashSet<string> Words(string s)
        {
            var set = new HashSet<string>(StringComparer.Ordinal);
            foreach (string w in Normalize(s).Split(' '))
            {
                string k = AlnumKey(w);
                if (k.Length >= 3) set.Add(k);
            }
            return set;
        }

        /// <summary>
        /// Whether the heading shares a word (of 3+ letters) with a meta title: a heading about the same story,
        /// however reworded, rather than a slogan or a section name. (On the wcxb-dev pages a stricter
        /// "a third of the words" rule and no rule at all both chose worse.)
        /// </summary>
        private static bool SharesWords(string heading, List<HashSet<string>> coreWords)
        {
            HashSet<string> hw = Words(heading);
            if (hw.Count == 0) return false;
            foreach (HashSet<string> cw in coreWords)
            {
                int common = 0;
                foreach (string w in hw) if (cw.Contains(w)) common++;
                if (common >= 1) return true;
            }
            return false;
        }

        /// <summary>Whether the heading holds at least three quarters (and three) of some meta title's words of 3+ letters.</summary>
        private static bool CoversMeta(string heading, List<HashSet<string>> coreWords)
        {
            HashSet<string> hw = Words(heading);
            foreach (HashSet<string> cw in coreWords)
            {
                if (cw.Count < 3) continue;
                int common = 0;
                foreach (string w in cw) if (hw.Contains(w)) common++;
                if (common >= 3 && common * 4 >= cw.Count * 3) return true;
            }
            return false;
        }

        /// <summary>Whitespace collapsed, entities decoded, trimmed.</summary>
        public static string Clean(string s)
        {
            if (s.IndexOf('&') >= 0) s = WebUtility.HtmlDecode(s);
            return Spaces.Replace(s, " ").Trim();
        }

        /// <summary>Comparison key: case-folded, quotes and dashes folded, whitespace collapsed, outer punctuation trimmed.</summary>
        public static string Normalize(string? s)
        {
            if (string.IsNullOrEmpty(s)) return string.Empty;
            string t = s!.IndexOf('&') >= 0 ? WebUtility.HtmlDecode(s) : s;
            var sb = new StringBuilder(t.Length);
            bool space = false;
            foreach (char c0 in t)
            {
                char c = c0;
                if (char.IsWhiteSpace(c) || c == '\u200B') { space = sb.Length > 0; continue; }
                switch (c)
                {
                    case '\u2018': case '\u2019': case '\u201A': case '\u201B': case '\u2032': case '`': case '\u00B4': c = '\''; break;
                    case '\u201C': case '\u201D': case '\u201E': case '\u201F': case '\u00AB': case '\u00BB': c = '"'; break;
                    case '\u2010': case '\u2011': case '\u2012': case '\u2013': case '\u2014': case '\u2015': case '\u2212': c = '-'; break;
                }
                if (space) { sb.Append(' '); space = false; }
                sb.Append(char.ToLower(c, CultureInfo.InvariantCulture));
            }
            return sb.ToString().Trim(' ', '.', ':', '|', '-', '!', '?', ',', ';', '"', '\'');
        }

        /// <summary>
        /// Cuts a site name off a title: "Headline | Site", "Headline - Section - Site", "Site: Headline".
        /// A segment is cut when it is a known site name, or when it is a short (≤ 4 words) end segment
        /// after a pipe, dash or bullet and what remains is at least as long (the usual "Headline | Brand").
        /// </summary>
        public static string StripSiteName(string title, IReadOnlyList<string> siteNames, List<string>? removed = null)
        {
            string t = title;
            // "example.com Headline": a host name set before the headline with a space only.
            int space = t.IndexOf(' ');
            if (space > 4 && t.IndexOf('.', 0, space) > 0 && WordCount(t) >= 3 && IsSite(t.Substring(0, space), siteNames))
            {
                removed?.Add(t.Substring(0, space));
                t = t.Substring(space + 1).Trim();
            }
            for (int round = 0; round < 3; round++)
            {
                bool changed = false;
                foreach (string sep in MetaTitleSeparators.Separators)
                {
                    int last = t.LastIndexOf(sep, StringComparison.Ordinal);
                    if (last > 0)
                    {
                        string head = t.Substring(0, last).Trim(), tail = t.Substring(last + sep.Length).Trim();
                        bool colon = sep.Trim() == ":";
                        if (head.Length > 0 && (IsSite(tail, siteNames) || (!colon && WordCount(tail) <= 4 && WordCount(head) >= WordCount(tail) && WordCount(head) >= 3)))
                        {
                            t = head;
                            removed?.Add(tail);
                            changed = true;
                            break;
                        }
                    }
                    int first = t.IndexOf(sep, StringComparison.Ordinal);
                    if (first > 0)
                    {
                        string head = t.Substring(0, first).Trim(), tail = t.Substring(first + sep.Length).Trim();
                        if (tail.Length > 0 && IsSite(head, siteNames))
                        {
                            t = tail;
                            removed?.Add(head);
                            changed = true;
                            break;
                        }
                    }
                }
                if (!changed) break;
            }
            return t;
        }

        /// <summary>Whether a heading or title segment is one of the site's names (or the name with a short suffix).</summary>
        public static bool IsSite(string segment, IReadOnlyList<string> siteNames)
        {
            string n = Normalize(segment);
            if (n.Length == 0) return false;
            foreach (string s in siteNames)
            {
                string sn = Normalize(s);
                if (sn.Length == 0) continue;
                if (n == sn) return true;
                string cn = n.Replace(" ", string.Empty), cs = sn.Replace(" ", string.Empty);
                if (cn == cs || (cs.Length >= 4 && cn.StartsWith(cs, StringComparison.Ordinal) && cn.Length - cs.Length <= 4)) return true;
            }
            return false;
        }

        /// <summary>Number of whitespace-separated words.</summary>
        public static int WordCount(string s)
        {
            int n = 0;
            bool inWord = false;
            foreach (char c in s)
            {
                bool w = !char.IsWhiteSpace(c);
                if (w && !inWord) n++;
                inWord = w;
            }
            return n;
        }
    }
}
