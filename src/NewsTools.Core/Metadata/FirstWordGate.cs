using System;
using System.Collections.Generic;

namespace NewsTools.Metadata
{
    /// <summary>
    /// A cheap test in front of anchored lead-in patterns ("^\s*(?:by|written|posted...)"): the line's first run of letters
    /// must be one of the words such a pattern can start with, compared without case. Most short texts a page scan meets
    /// ("Home", "Share", "Read the story") start with no such word, so their patterns are never run. The gate lets through
    /// every line the patterns could match (a superset): a pattern whose first word is a whole run of letters, followed by
    /// a space, punctuation or the end, can match only where that run is one of its words. The letters a case-insensitive
    /// regex holds equal to an ASCII one (long s, the Kelvin sign, dotted and dotless i) are folded to it.
    /// </summary>
    internal sealed class FirstWordGate
    {
        /// <summary>The words by length (index = length), lower-case.</summary>
        private readonly string[][] _byLength;

        /// <summary>A gate for the given words (letters only).</summary>
        public FirstWordGate(params string[] words)
        {
            int longest = 0;
            foreach (string w in words) longest = Math.Max(longest, w.Length);
            var lists = new List<string>[longest + 1];
            foreach (string w in words)
            {
                foreach (char c in w)
                {
                    if (!char.IsLetter(c)) throw new ArgumentException("A gate word holds letters only: " + w, nameof(words));
                }
                (lists[w.Length] ??= new List<string>()).Add(w.ToLowerInvariant());
            }
            _byLength = new string[longest + 1][];
            for (int n = 0; n <= longest; n++) _byLength[n] = lists[n]?.ToArray() ?? Array.Empty<string>();
        }

        /// <summary>
        /// Whether the first run of letters of <paramref name="text"/> at or after <paramref name="start"/> (where its
        /// leading whitespace has been skipped) is one of the words.
        /// </summary>
        public bool Admits(string text, int start)
        {
            int end = start;
            while (end < text.Length && char.IsLetter(text[end]))
            {
                end++;
                if (end - start >= _byLength.Length) return false;
            }
            int length = end - start;
            if (length == 0) return false;
            foreach (string word in _byLength[length])
            {
                int k = 0;
                while (k < length && Fold(text[start + k]) == word[k]) k++;
                if (k == length) return true;
            }
            return false;
        }

        /// <summary>A letter lower-cased, with the letters a case-insensitive regex holds equal to an ASCII letter folded to it.</summary>
        private static char Fold(char c)
        {
            if (c < 0x80) return c >= 'A' && c <= 'Z' ? (char)(c + 32) : c;
            switch (c)
            {
                case '\u017F': return 's'; // long s
                case '\u212A': return 'k'; // Kelvin sign
                case '\u0130': // dotted capital I
                case '\u0131': // dotless i
                    return 'i';
                default: return char.ToLowerInvariant(c);
            }
        }
    }
}
