using System;
using System.Collections.Generic;
using NewsTools.Heuristics;

namespace NewsTools.Text
{
    /// <summary>
    /// Lookup over the stop-word lists of <see cref="TextStopWords"/>: which languages list a word.
    /// Built once, read-only afterwards (safe to share between runspaces).
    /// </summary>
    internal static class StopWords
    {
        /// <summary>The languages with a list, in bit order of the masks returned by <see cref="Languages(string)"/>.</summary>
        public static readonly string[] LanguageTags = { "en", "de", "fr", "es", "pt", "it", "nl", "ru", "hi", "ar" };

        private static readonly Dictionary<string, int> Masks = Build();

        /// <summary><see cref="Masks"/> looked up by a word in a buffer (no string per word).</summary>
        private static readonly CharKeyTable<int> MaskTable = new CharKeyTable<int>(Masks);

        /// <summary>The longest listed word: a longer one needs no look-up.</summary>
        public static readonly int MaxLength = LongestWord();

        private static int LongestWord()
        {
            int max = 0;
            foreach (string w in Masks.Keys) max = Math.Max(max, w.Length);
            return max;
        }

        private static Dictionary<string, int> Build()
        {
            string[] lists = { TextStopWords.En, TextStopWords.De, TextStopWords.Fr, TextStopWords.Es, TextStopWords.Pt, TextStopWords.It, TextStopWords.Nl, TextStopWords.Ru, TextStopWords.Hi, TextStopWords.Ar };
            var map = new Dictionary<string, int>(StringComparer.Ordinal);
            for (int i = 0; i < lists.Length; i++)
            {
                foreach (string w in lists[i].Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries))
                {
                    map.TryGetValue(w, out int m);
                    map[w] = m | (1 << i);
                }
            }
            return map;
        }

        /// <summary>Bit mask of the languages (index into <see cref="LanguageTags"/>) listing this lower-case word; 0 when none.</summary>
        public static int Languages(string lowerWord)
        {
            return Masks.TryGetValue(lowerWord, out int m) ? m : 0;
        }

        /// <summary>As <see cref="Languages(string)"/> for the lower-case word in <paramref name="chars"/>[<paramref name="start"/>..+<paramref name="length"/>].</summary>
        public static int Languages(char[] chars, int start, int length)
        {
            return length <= MaxLength && MaskTable.TryGetValue(chars, start, length, out int m) ? m : 0;
        }

        /// <summary>The mask bit of a language tag, or 0 when it has no list (then any list counts).</summary>
        public static int MaskOf(string? tag)
        {
            if (tag is null) return 0;
            int i = Array.IndexOf(LanguageTags, tag);
            return i < 0 ? 0 : 1 << i;
        }
    }
}
