using System;
using System.Collections.Generic;
using System.Text;
using NewsTools.Heuristics;

namespace NewsTools.Text
{
    /// <summary>
    /// Detects the language of a text from its script (CJK, Cyrillic, Arabic, Devanagari...) and, for
    /// Latin-script text, from the function words and marked letters of <see cref="LanguageProfiles"/>.
    /// One pass over at most <see cref="SampleChars"/> characters; the lookup tables are built once.
    /// </summary>
    internal static class LanguageDetector
    {
        /// <summary>Characters read: 20,000 is several paragraphs in any language, enough for a clear majority.</summary>
        private const int SampleChars = 20000;

        /// <summary>Fewest letters of an alphabetic script before any guess (a word or two is too thin).</summary>
        private const int MinLetters = 20;

        /// <summary>Fewest Han, kana or Hangul characters before a guess: each is a syllable or a word, so a headline has plenty.</summary>
        private const int MinIdeographs = 5;

        /// <summary>
        /// A word listed by k profiles scores <see cref="WordWeight"/> / k for each: "the" (English only) scores 12,
        /// "de" (six lists) 2. Shared words then hardly move the ranking and distinctive ones decide it.
        /// </summary>
        private const int WordWeight = 12;

        /// <summary>A letter one profile lists (ř, ő, ğ) adds this per occurrence: a quarter of a distinctive word, as letters are many.</summary>
        private const int UniqueLetterWeight = 3;

        /// <summary>A letter two profiles list (æ ø for Danish and Norwegian) adds this to each.</summary>
        private const int SharedLetterWeight = 1;

        /// <summary>Least Latin score for a guess: one distinctive function word, or two shared ones and a marked letter.</summary>
        private const int MinLatinScore = 12;

        /// <summary>Least lead over the runner-up: half a distinctive word. Below it the text is as much one language as the other.</summary>
        private const int MinLatinLead = 6;

        /// <summary>
        /// Where Lorem ipsum outscores every language, a language still wins with this score (five distinctive words)...
        /// </summary>
        private const int MinScoreBesidePlaceholder = 60;

        /// <summary>...and at least 1/10 of the placeholder's score: a real story beside a template's Lorem ipsum teasers scores a fair share of theirs.</summary>
        private const int PlaceholderShareDivisor = 10;

        private static readonly ProfileTable Latin = new ProfileTable(LanguageProfiles.Latin);

        /// <summary>A BCP 47 primary tag ("en", "de", "zh"...), or null when the evidence is too thin or the text is a placeholder.</summary>
        public static string? Detect(string text)
        {
            if (string.IsNullOrEmpty(text)) return null;
            var tally = new Tally();
            tally.Add(text, 0, text.Length);
            return tally.Finish();
        }

        /// <summary>
        /// The counts <see cref="Detect"/> decides on, fed a text in pieces (the first <see cref="SampleChars"/> characters
        /// of their concatenation count): a caller with the text in lines need not join them first.
        /// </summary>
        internal sealed class Tally
        {
            private int latin, han, kana, hangul, cyr, ukr, arabic, persian, deva, thai, greek, hebrew;
            private readonly int[] scores = new int[Latin.Count];

            /// <summary>The current word, lower-cased; only its first letters are kept (a longer word is not looked up).</summary>
            private readonly char[] word = new char[Latin.MaxWordLength + 1];
            private int wordLength;
            private int _read;

            /// <summary>Whether the sample is complete (more text would not be read).</summary>
            public bool Full => _read >= SampleChars;

            /// <summary>Reads <paramref name="count"/> characters of <paramref name="text"/> from <paramref name="start"/>, as far as the sample goes.</summary>
            public void Add(string text, int start, int count)
            {
                int n = Math.Min(count, SampleChars - _read);
                if (n <= 0) return;
                _read += n;
                for (int i = start; i < start + n; i++) Step(text[i]);
            }

            /// <summary>Reads one character, if the sample goes on.</summary>
            public void Add(char c)
            {
                if (_read >= SampleChars) return;
                _read++;
                Step(c);
            }

            private void Step(char c)
            {
                bool apostrophe = (c == '\'' || c == '\u2019') && wordLength > 0;
                if (char.IsLetter(c))
                {
                    if (c >= 'A' && c <= 'z' || c >= '\u00C0' && c <= '\u024F' || c >= '\u1E00' && c <= '\u1EFF')
                    {
                        latin++;
                        if (c >= '\u00C0') Latin.AddLetter(char.ToLowerInvariant(c), scores);
                    }
                    else if (TextScripts.IsHan(c)) han++;
                    else if (TextScripts.IsKana(c)) kana++;
                    else if (c >= '\uAC00' && c <= '\uD7AF' || c >= '\u1100' && c <= '\u11FF') hangul++;
                    else if (c >= '\u0400' && c <= '\u04FF')
                    {
                        cyr++;
                        if (c == 'і' || c == 'ї' || c == 'є' || c == 'ґ' || c == 'І' || c == 'Ї' || c == 'Є') ukr++;
                    }
                    else if (c >= '\u0600' && c <= '\u06FF')
                    {
                        arabic++;
                        // Persian's own letters, and its ye and keheh, which Arabic writes as ي and ك.
                        if (c == 'پ' || c == 'چ' || c == 'ژ' || c == 'گ' || c == 'ی' || c == 'ک') persian++;
                    }
                    else if (c >= '\u0900' && c <= '\u097F') deva++;
                    else if (c >= '\u0E00' && c <= '\u0E7F') thai++;
                    else if (c >= '\u0370' && c <= '\u03FF') greek++;
                    else if (c >= '\u0590' && c <= '\u05FF') hebrew++;
                    if (wordLength < word.Length) word[wordLength] = char.ToLowerInvariant(c);
                    wordLength++;
                    return;
                }
                if (IsMark(c) && wordLength > 0)
                {
                    if (wordLength < word.Length) word[wordLength] = c;
                    wordLength++;
                    return;
                }
                // An apostrophe ends an elided article or preposition ("l'", "dell'", "qu'"), which is looked up with it.
                if (apostrophe)
                {
                    if (wordLength < word.Length) word[wordLength] = '\'';
                    wordLength++;
                }
                if (wordLength > 0)
                {
                    Latin.AddWord(word, wordLength, scores);
                    wordLength = 0;
                }
            }

            /// <summary>A BCP 47 primary tag for what was read, or null (see <see cref="Detect"/>).</summary>
            public string? Finish()
            {
                Step(' ');
                int letters = latin + han + kana + hangul + cyr + arabic + deva + thai + greek + hebrew;
                int ideographs = han + kana + hangul;
                if (letters < MinLetters && ideographs < MinIdeographs) return null;
                // Japanese mixes kana into Han text; Chinese has none. 5% kana is far above stray quotes.
                if (kana * 20 >= letters) return "ja";
                if (han * 10 >= letters * 3) return "zh";
                if (hangul * 10 >= letters * 3) return "ko";
                if (letters < MinLetters) return null;
                if (cyr * 2 >= letters) return ukr * 50 >= cyr ? "uk" : "ru";
                if (arabic * 2 >= letters) return persian * 30 >= arabic ? "fa" : "ar";
                if (deva * 2 >= letters) return "hi";
                if (thai * 2 >= letters) return "th";
                if (greek * 2 >= letters) return "el";
                if (hebrew * 2 >= letters) return "he";
                if (latin * 2 < letters) return null;

                // The best and second-best languages; the placeholder profile (Lorem ipsum) is weighed apart.
                int best = -1, second = -1, placeholder = 0;
                for (int b = 0; b < scores.Length; b++)
                {
                    if (Latin.Tag(b) is null) { placeholder = Math.Max(placeholder, scores[b]); continue; }
                    if (best < 0 || scores[b] > scores[best]) { second = best; best = b; }
                    else if (second < 0 || scores[b] > scores[second]) second = b;
                }
                if (best < 0 || scores[best] < MinLatinScore) return null;
                if (placeholder >= scores[best] && (scores[best] < MinScoreBesidePlaceholder || scores[best] * PlaceholderShareDivisor < placeholder)) return null;
                if (second >= 0 && scores[best] - scores[second] < MinLatinLead) return null;
                return Latin.Tag(best);
            }
        }

        /// <summary>A combining mark (Devanagari vowel signs, Arabic harakat, decomposed accents): part of the word it follows.</summary>
        private static bool IsMark(char c)
        {
            // No combining mark lies below U+0300 (Combining Diacritical Marks): Latin text needs no category look-up.
            if (c < '\u0300') return false;
            System.Globalization.UnicodeCategory u = char.GetUnicodeCategory(c);
            return u == System.Globalization.UnicodeCategory.NonSpacingMark || u == System.Globalization.UnicodeCategory.SpacingCombiningMark || u == System.Globalization.UnicodeCategory.EnclosingMark;
        }

        /// <summary>
        /// The Latin profiles as lookups: word → (profiles listing it, weight) and letter → (profiles, weight).
        /// Built once in the static initialiser, read-only afterwards (safe to share between runspaces).
        /// </summary>
        private sealed class ProfileTable
        {
            private readonly string?[] _tags;
            private readonly Dictionary<string, Entry> _words = new Dictionary<string, Entry>(StringComparer.Ordinal);
            private readonly Dictionary<char, Entry> _letters = new Dictionary<char, Entry>();
            private readonly int _maxWordLength;
            private readonly CharKeyTable<Entry> _wordTable;

            public ProfileTable(LanguageProfile[] profiles)
            {
                if (profiles.Length > 64) throw new ArgumentException("At most 64 profiles fit a mask.", nameof(profiles));
                _tags = new string?[profiles.Length];
                var wordMasks = new Dictionary<string, ulong>(StringComparer.Ordinal);
                var letterMasks = new Dictionary<char, ulong>();
                for (int p = 0; p < profiles.Length; p++)
                {
                    _tags[p] = profiles[p].Tag;
                    ulong bit = 1UL << p;
                    foreach (string w in profiles[p].Words.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries))
                    {
                        wordMasks.TryGetValue(w, out ulong m);
                        wordMasks[w] = m | bit;
                        _maxWordLength = Math.Max(_maxWordLength, w.Length);
                    }
                    foreach (char l in profiles[p].Letters)
                    {
                        letterMasks.TryGetValue(l, out ulong m);
                        letterMasks[l] = m | bit;
                    }
                }
                foreach (KeyValuePair<string, ulong> kv in wordMasks) _words[kv.Key] = new Entry(kv.Value, Math.Max(1, WordWeight / BitCount(kv.Value)));
                _wordTable = new CharKeyTable<Entry>(_words);
                foreach (KeyValuePair<char, ulong> kv in letterMasks) _letters[kv.Key] = new Entry(kv.Value, BitCount(kv.Value) == 1 ? UniqueLetterWeight : SharedLetterWeight);
            }

            public int Count => _tags.Length;

            public string? Tag(int profile) => _tags[profile];

            public void AddWord(char[] word, int length, int[] scores)
            {
                // Longer than any listed word: no lookup.
                if (length > _maxWordLength) return;
                if (_wordTable.TryGetValue(word, 0, length, out Entry e)) e.AddTo(scores);
            }

            /// <summary>The longest listed word.</summary>
            public int MaxWordLength => _maxWordLength;

            public void AddLetter(char lower, int[] scores)
            {
                if (_letters.TryGetValue(lower, out Entry e)) e.AddTo(scores);
            }

            private static int BitCount(ulong m)
            {
                int k = 0;
                for (; m != 0; m &= m - 1) k++;
                return k;
            }

            private readonly struct Entry
            {
                private readonly ulong _mask;
                private readonly int _weight;

                public Entry(ulong mask, int weight)
                {
                    _mask = mask;
                    _weight = weight;
                }

                public void AddTo(int[] scores)
                {
                    ulong m = _mask;
                    for (int p = 0; m != 0; p++, m >>= 1)
                    {
                        if ((m & 1) != 0) scores[p] += _weight;
                    }
                }
            }
        }
    }
}
