using System;
using System.Collections.Generic;
using NewsTools.Heuristics;
using NewsTools.Text;

namespace NewsTools.Metadata
{
    /// <summary>
    /// How titles are compared: whether two wordings say the same, what one adds to another, which segments of a
    /// title name the site, and the damage marks (capitals, lost characters) that tell a styled heading from its meta title.
    /// </summary>
    internal static class TitleWording
    {
        /// <summary>Whether the text is written in capitals (at least 8 letters, no lower-case one).</summary>
        internal static bool IsShouted(string s)
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
        internal static bool HasInnerQuestionMark(string s)
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
        internal static bool SameWording(string a, string b)
        {
            HashSet<string> wa = Words(a), wb = Words(b);
            if (wa.Count < 3 || wb.Count < 3) return false;
            int common = 0;
            foreach (string w in wa) if (wb.Contains(w)) common++;
            return wa.Count - common <= 1 && wb.Count - common <= 1 && SharedInOrder(a, wb, b, wa);
        }

        /// <summary>Whether the words of <paramref name="a"/> found in <paramref name="b"/> come in the same order as those of b found in a.</summary>
        internal static bool SharedInOrder(string a, HashSet<string> wordsOfB, string b, HashSet<string> wordsOfA)
        {
            var sa = new List<string>();
            foreach (string w in TextKeys.Normalize(a).Split(' ')) { string k = TextKeys.Alnum(w); if (k.Length >= 3 && wordsOfB.Contains(k) && !sa.Contains(k)) sa.Add(k); }
            int i = 0;
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (string w in TextKeys.Normalize(b).Split(' '))
            {
                string k = TextKeys.Alnum(w);
                if (k.Length < 3 || !wordsOfA.Contains(k) || !seen.Add(k)) continue;
                if (i >= sa.Count || sa[i] != k) return false;
                i++;
            }
            return i == sa.Count;
        }

        /// <summary>Whether the text is a bare four-digit year ("2025").</summary>
        internal static bool IsYear(string s)
        {
            string t = s.Trim();
            return t.Length == 4 && (t[0] == '1' || t[0] == '2') && char.IsDigit(t[1]) && char.IsDigit(t[2]) && char.IsDigit(t[3]);
        }

        internal static bool HasDigit(string s)
        {
            foreach (char c in s) if (char.IsDigit(c)) return true;
            return false;
        }

        /// <summary>Whether the heading shows replacement marks ("?", U+FFFD) where the meta title has a character.</summary>
        /// <remarks>A '?' that ends the heading is the question's own mark ("What's Next in 2025?"), which meta titles often drop; it is not counted.</remarks>
        internal static bool LostCharacters(string heading, string meta)
            => (heading.IndexOf('\uFFFD') >= 0 && meta.IndexOf('\uFFFD') < 0) || (CountOf(heading.TrimEnd('?', ' '), '?') > CountOf(meta, '?'));

        internal static int CountOf(string s, char c)
        {
            int n = 0;
            foreach (char x in s) if (x == c) n++;
            return n;
        }

        /// <summary>What <paramref name="whole"/> has beyond <paramref name="part"/> when it starts or ends with it, separators trimmed; else empty.</summary>
        internal static string Remainder(string whole, string part)
        {
            if (part.Length < 8 || whole.Length <= part.Length) return string.Empty;
            string rest;
            if (whole.EndsWith(part, StringComparison.OrdinalIgnoreCase)) rest = whole.Substring(0, whole.Length - part.Length);
            else if (whole.StartsWith(part, StringComparison.OrdinalIgnoreCase)) rest = whole.Substring(part.Length);
            else return string.Empty;
            return rest.Trim(' ', '|', '-', '\u2013', '\u2014', ':', '\u00B7', '\u2022', '/', '~', ',', '\u00BB', '\u00AB');
        }

        internal static void AddVariants(string t, HashSet<string> variants)
        {
            variants.Add(TextKeys.Alnum(t));
            // "The Fold-and-Cut Problem (Jane Doe)": a bracketed credit or site after the headline.
            int open = t.LastIndexOf(" (", StringComparison.Ordinal);
            if (open > 0 && t.EndsWith(")", StringComparison.Ordinal) && TextKeys.WordCount(t.Substring(open)) <= 4) variants.Add(TextKeys.Alnum(t.Substring(0, open)));
            foreach (string sep in MetaTitleSeparators.Separators)
            {
                int at = t.IndexOf(sep, StringComparison.Ordinal);
                int guard = 0;
                while (at > 0 && guard++ < 6)
                {
                    variants.Add(TextKeys.Alnum(t.Substring(0, at)));
                    variants.Add(TextKeys.Alnum(t.Substring(at + sep.Length)));
                    at = t.IndexOf(sep, at + sep.Length, StringComparison.Ordinal);
                }
            }
        }

        internal static HashSet<string> Words(string s)
        {
            var set = new HashSet<string>(StringComparer.Ordinal);
            foreach (string w in TextKeys.Normalize(s).Split(' '))
            {
                string k = TextKeys.Alnum(w);
                if (k.Length >= 3) set.Add(k);
            }
            return set;
        }

        /// <summary>
        /// Whether the heading shares a word (of 3+ letters) with a meta title: a heading about the same story,
        /// however reworded, rather than a slogan or a section name (measurements: TUNING.md).
        /// </summary>
        internal static bool SharesWords(string heading, List<HashSet<string>> coreWords)
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
        internal static bool CoversMeta(string heading, List<HashSet<string>> coreWords)
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
            if (space > 4 && t.IndexOf('.', 0, space) > 0 && TextKeys.WordCount(t) >= 3 && IsSite(t.Substring(0, space), siteNames))
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
                        if (head.Length > 0 && (IsSite(tail, siteNames) || (!colon && TextKeys.WordCount(tail) <= 4 && TextKeys.WordCount(head) >= TextKeys.WordCount(tail) && TextKeys.WordCount(head) >= 3)))
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
            string n = TextKeys.Normalize(segment);
            if (n.Length == 0) return false;
            foreach (string s in siteNames)
            {
                string sn = TextKeys.Normalize(s);
                if (sn.Length == 0) continue;
                if (n == sn) return true;
                string cn = n.Replace(" ", string.Empty), cs = sn.Replace(" ", string.Empty);
                if (cn == cs || (cs.Length >= 4 && cn.StartsWith(cs, StringComparison.Ordinal) && cn.Length - cs.Length <= 4)) return true;
            }
            return false;
        }
    }
}
