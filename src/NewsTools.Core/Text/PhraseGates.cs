using System;
using System.Collections.Generic;
using NewsTools.Heuristics;

namespace NewsTools.Text
{
    /// <summary>The keyword gates a lower-cased line passes: each one lets its slow phrase regex run.</summary>
    [Flags]
    internal enum PhraseGate
    {
        None = 0,
        /// <summary>Any paywall prompt (<see cref="TextPhrases.PaywallKeys"/>).</summary>
        Paywall = 1 << 0,
        /// <summary><see cref="TextPhrases.MeteredKeys"/>.</summary>
        Metered = 1 << 1,
        /// <summary><see cref="TextPhrases.HardKeys"/>.</summary>
        Hard = 1 << 2,
        /// <summary><see cref="TextPhrases.RegistrationKeys"/>.</summary>
        Registration = 1 << 3,
        /// <summary><see cref="TextPhrases.SubscriptionKeys"/>.</summary>
        Subscription = 1 << 4,
        /// <summary><see cref="TextPhrases.DisclaimerKeys"/>.</summary>
        Disclaimer = 1 << 5,
        /// <summary><see cref="TextPhrases.CookieKeys"/>.</summary>
        Cookie = 1 << 6,
        /// <summary><see cref="TextPhrases.ContactKeys"/>.</summary>
        Contact = 1 << 7,
        /// <summary><see cref="TextPhrases.NewsletterKeys"/>.</summary>
        Newsletter = 1 << 8,
        /// <summary><see cref="TextPhrases.CreditKeys"/>.</summary>
        Credit = 1 << 9,
        /// <summary><see cref="TextPhrases.CommentsKeys"/>.</summary>
        Comments = 1 << 10,
        /// <summary>The first of <see cref="TextPhrases.CommentsTimeKeys"/> (" on ").</summary>
        CommentsOn = 1 << 11,
        /// <summary>The second of <see cref="TextPhrases.CommentsTimeKeys"/> (':').</summary>
        CommentsColon = 1 << 12,
        /// <summary><see cref="TextPhrases.CopyrightKeys"/>.</summary>
        Copyright = 1 << 13,
        /// <summary><see cref="TextPhrases.RelatedKeys"/>.</summary>
        Related = 1 << 14,
        /// <summary><see cref="TextPhrases.CookieWordKeys"/>.</summary>
        CookieWord = 1 << 15,
    }

    /// <summary>
    /// Finds, in one pass over a line, which keyword gates it passes: a gate passes when one of its keys occurs anywhere
    /// in the line lower-cased (the same test as a regex alternation of the escaped keys, which this replaces).
    /// </summary>
    /// <remarks>
    /// Ten alternation regexes cost 4-5 µs a line even compiled (the regex engine tries every key at every position);
    /// here each position costs a bit test on its first two characters and, when some key starts with them, a compare
    /// per such key. The line is lower-cased character by character as it is read (<see cref="Fold"/>, the mapping
    /// <see cref="string.ToLowerInvariant()"/> applies), so no lower-case copy is made. Built once from the key lists;
    /// read-only afterwards, so safe across runspaces.
    /// </remarks>
    internal static class PhraseGates
    {
        private readonly struct Key
        {
            public Key(string text, PhraseGate gates)
            {
                Text = text;
                Gates = gates;
            }

            public string Text { get; }
            public PhraseGate Gates { get; }
        }

        /// <summary>Keys whose first two characters are ASCII, by those two (index c0 * 128 + c1).</summary>
        private static readonly Key[]?[] AsciiPairs = new Key[]?[128 * 128];

        /// <summary>One bit per entry of <see cref="AsciiPairs"/>: set when some key starts with that pair (a 2 KB table, where the 128 KB one would miss the cache).</summary>
        private static readonly ulong[] AsciiPairBits = new ulong[128 * 128 / 64];

        /// <summary>
        /// The keys of <see cref="AsciiPairs"/> three characters or longer, by a hash of their first three (<see cref="Trigram"/>):
        /// common pairs ("re", "co", "in") start many words and several keys, and most of their third characters start none.
        /// </summary>
        private static readonly Key[]?[] TrigramKeys = new Key[]?[TrigramSize];

        /// <summary>Pairs of <see cref="AsciiPairs"/> that hold a two-character key: all their keys are compared, without the trigram look-up.</summary>
        private static readonly bool[] AsciiPairAlways = new bool[128 * 128];

        private const int TrigramSize = 1 << 15;

        /// <summary>Whether any one-character ASCII key exists (the comments gate's ':').</summary>
        private static readonly bool HasAsciiSingles;

        /// <summary>Keys with an ASCII first character and a non-ASCII second ("déjà", "límite"), by the first.</summary>
        private static readonly Key[]?[] AsciiThenWide = new Key[]?[128];

        /// <summary>One-character ASCII keys (none today), by the character.</summary>
        private static readonly PhraseGate[] AsciiSingles = new PhraseGate[128];

        /// <summary>Keys with a non-ASCII first character (Cyrillic, CJK, Devanagari, Arabic), by that character.</summary>
        private static readonly Dictionary<char, Key[]> WideFirst = new Dictionary<char, Key[]>();

        /// <summary>One bit per UTF-16 code unit: set when some key in <see cref="WideFirst"/> starts with it.</summary>
        private static readonly ulong[] WideFirstBits = new ulong[65536 / 64];

        static PhraseGates()
        {
            var all = new Dictionary<string, PhraseGate>(StringComparer.Ordinal);
            Add(all, TextPhrases.PaywallKeys, PhraseGate.Paywall);
            Add(all, TextPhrases.MeteredKeys, PhraseGate.Metered);
            Add(all, TextPhrases.HardKeys, PhraseGate.Hard);
            Add(all, TextPhrases.RegistrationKeys, PhraseGate.Registration);
            Add(all, TextPhrases.SubscriptionKeys, PhraseGate.Subscription);
            Add(all, TextPhrases.DisclaimerKeys, PhraseGate.Disclaimer);
            Add(all, TextPhrases.CookieKeys, PhraseGate.Cookie);
            Add(all, TextPhrases.ContactKeys, PhraseGate.Contact);
            Add(all, TextPhrases.NewsletterKeys, PhraseGate.Newsletter);
            Add(all, TextPhrases.CreditKeys, PhraseGate.Credit);
            Add(all, TextPhrases.CommentsKeys, PhraseGate.Comments);
            Add(all, TextPhrases.CopyrightKeys, PhraseGate.Copyright);
            Add(all, TextPhrases.RelatedKeys, PhraseGate.Related);
            Add(all, TextPhrases.CookieWordKeys, PhraseGate.CookieWord);
            Add(all, new[] { TextPhrases.CommentsTimeKeys[0] }, PhraseGate.CommentsOn);
            Add(all, new[] { TextPhrases.CommentsTimeKeys[1] }, PhraseGate.CommentsColon);

            var pairs = new Dictionary<int, List<Key>>();
            var wide = new Dictionary<char, List<Key>>();
            foreach (KeyValuePair<string, PhraseGate> kv in all)
            {
                string k = kv.Key;
                var key = new Key(k, kv.Value);
                char c0 = k[0];
                if (c0 >= 128)
                {
                    if (!wide.TryGetValue(c0, out List<Key>? list)) wide[c0] = list = new List<Key>();
                    list.Add(key);
                    WideFirstBits[c0 >> 6] |= 1UL << (c0 & 63);
                }
                else if (k.Length == 1)
                {
                    AsciiSingles[c0] |= kv.Value;
                }
                else
                {
                    // Pairs of ASCII characters index AsciiPairs; an ASCII character then a wide one, 128 + c0.
                    int slot = k[1] < 128 ? c0 * 128 + k[1] : -1 - c0;
                    if (!pairs.TryGetValue(slot, out List<Key>? list)) pairs[slot] = list = new List<Key>();
                    list.Add(key);
                }
            }
            var trigrams = new Dictionary<int, List<Key>>();
            foreach (KeyValuePair<int, List<Key>> kv in pairs)
            {
                if (kv.Key >= 0)
                {
                    AsciiPairs[kv.Key] = kv.Value.ToArray();
                    AsciiPairBits[kv.Key >> 6] |= 1UL << (kv.Key & 63);
                    foreach (Key key in kv.Value)
                    {
                        if (key.Text.Length < 3) AsciiPairAlways[kv.Key] = true;
                        else
                        {
                            int tri = Trigram(kv.Key, key.Text[2]);
                            if (!trigrams.TryGetValue(tri, out List<Key>? list)) trigrams[tri] = list = new List<Key>();
                            list.Add(key);
                        }
                    }
                }
                else AsciiThenWide[-1 - kv.Key] = kv.Value.ToArray();
            }
            foreach (KeyValuePair<int, List<Key>> kv in trigrams) TrigramKeys[kv.Key] = kv.Value.ToArray();
            foreach (PhraseGate g in AsciiSingles) HasAsciiSingles |= g != PhraseGate.None;
            foreach (KeyValuePair<char, List<Key>> kv in wide) WideFirst[kv.Key] = kv.Value.ToArray();
        }

        private static void Add(Dictionary<string, PhraseGate> all, string[] keys, PhraseGate gate)
        {
            foreach (string k in keys)
            {
                if (k.Length == 0) throw new ArgumentException("An empty gate key would pass every line.");
                // Keys are compared with the line folded one UTF-16 unit at a time: a key must be lower case already.
                foreach (char c in k)
                {
                    if (char.IsSurrogate(c) || Fold(c) != c) throw new ArgumentException("A gate key must be lower case, without surrogates: " + k);
                }
                all.TryGetValue(k, out PhraseGate gates);
                all[k] = gates | gate;
            }
        }

        /// <summary>
        /// The gates <paramref name="text"/> passes: those whose keys occur in it lower-cased (the line need not be
        /// lower-cased first; an empty line passes none).
        /// </summary>
        public static PhraseGate Scan(string text)
        {
            PhraseGate found = PhraseGate.None;
            int n = text.Length;
            if (n == 0) return found;
            char c1 = Fold(text[0]);
            for (int i = 0; i < n; i++)
            {
                char c0 = c1;
                c1 = i + 1 < n ? Fold(text[i + 1]) : '\0';
                if (c0 < 128)
                {
                    if (HasAsciiSingles) found |= AsciiSingles[c0];
                    if (i + 1 == n) break;
                    if (c1 < 128)
                    {
                        int pair = c0 * 128 + c1;
                        if ((AsciiPairBits[pair >> 6] & (1UL << (pair & 63))) != 0)
                        {
                            if (AsciiPairAlways[pair]) found |= Match(text, i, AsciiPairs[pair]!);
                            else if (i + 2 < n)
                            {
                                // Only the keys that share the first three characters' hash are compared.
                                Key[]? keys = TrigramKeys[Trigram(pair, Fold(text[i + 2]))];
                                if (keys != null) found |= Match(text, i, keys);
                            }
                        }
                    }
                    else
                    {
                        Key[]? keys = AsciiThenWide[c0];
                        if (keys != null) found |= Match(text, i, keys);
                    }
                }
                else if ((WideFirstBits[c0 >> 6] & (1UL << (c0 & 63))) != 0)
                {
                    found |= Match(text, i, WideFirst[c0]);
                }
            }
            return found;
        }

        private static int Trigram(int pair, char c2) => (pair * 131 + c2) & (TrigramSize - 1);

        /// <summary>
        /// <paramref name="c"/> lower-cased as <see cref="string.ToLowerInvariant()"/> lower-cases it (ASCII inline, the
        /// rest by <see cref="char.ToLowerInvariant"/>, the same simple case mapping).
        /// </summary>
        internal static char Fold(char c)
        {
            if (c < 128) return (uint)(c - 'A') <= 'Z' - 'A' ? (char)(c | 0x20) : c;
            return char.ToLowerInvariant(c);
        }

        /// <summary>Whether <see cref="TextPhrases.Comments"/> may match a line that passes <paramref name="gates"/>.</summary>
        public static bool MayBeComments(PhraseGate gates)
            => (gates & PhraseGate.Comments) != 0 || (gates & (PhraseGate.CommentsOn | PhraseGate.CommentsColon)) == (PhraseGate.CommentsOn | PhraseGate.CommentsColon);

        /// <summary>Whether <see cref="TextPhrases.Copyright"/> may match a line that passes <paramref name="gates"/>.</summary>
        public static bool MayBeCopyright(PhraseGate gates) => (gates & PhraseGate.Copyright) != 0;

        /// <summary>Whether <see cref="TextPhrases.Related"/> may match a line that passes <paramref name="gates"/>.</summary>
        public static bool MayBeRelated(PhraseGate gates) => (gates & PhraseGate.Related) != 0;

        /// <summary>The gates of the keys that occur in <paramref name="s"/> (folded) at <paramref name="at"/>.</summary>
        private static PhraseGate Match(string s, int at, Key[] keys)
        {
            PhraseGate found = PhraseGate.None;
            foreach (Key k in keys)
            {
                string key = k.Text;
                if (at + key.Length > s.Length) continue;
                int j = 0;
                while (j < key.Length && Fold(s[at + j]) == key[j]) j++;
                if (j == key.Length) found |= k.Gates;
            }
            return found;
        }
    }
}
