using System;
using System.Text.RegularExpressions;

namespace NewsTools.Heuristics
{
    /// <summary>One language's phrases of a <see cref="PhraseGroups"/>, with the words one of which each phrase holds.</summary>
    internal sealed class PhraseGroup
    {
        /// <param name="keys">Words (any case) one of which every phrase of <paramref name="pattern"/> contains.</param>
        /// <param name="pattern">The phrases, an alternation.</param>
        public PhraseGroup(string[] keys, string pattern)
        {
            if (keys.Length == 0) throw new ArgumentException("A group needs a key, or it runs on every line.", nameof(keys));
            Keys = keys;
            Pattern = pattern;
        }

        public string[] Keys { get; }

        public string Pattern { get; }
    }

    /// <summary>
    /// A phrase pattern split by language, each part run only on a line that holds one of its keys: what one regex of
    /// the same alternatives would match, at a fraction of the cost.
    /// </summary>
    /// <remarks>
    /// One alternation of a hundred unanchored phrases in ten languages has no literal prefix to search for, so the engine
    /// tries every phrase at almost every position (measured on the bench dumps: 30-100 µs a gated line, against 1-5 µs
    /// for the same phrases split by language behind their keys). A key test is a vectorised ordinal search.
    /// </remarks>
    internal sealed class PhraseGroups
    {
        private readonly string[][] _keys;
        private readonly TieredRegex[] _regexes;
        private readonly string _pattern;

        public PhraseGroups(RegexOptions options, params PhraseGroup[] groups)
        {
            _keys = new string[groups.Length][];
            _regexes = new TieredRegex[groups.Length];
            var patterns = new string[groups.Length];
            for (int i = 0; i < groups.Length; i++)
            {
                _keys[i] = groups[i].Keys;
                _regexes[i] = new TieredRegex(groups[i].Pattern, options);
                patterns[i] = groups[i].Pattern;
            }
            _pattern = string.Join("|", patterns);
        }

        /// <summary>Whether a phrase of some group whose key <paramref name="input"/> holds (ignoring case) occurs in it.</summary>
        /// <summary>As <see cref="IsMatch(string)"/> when the caller has the line lower-cased already: the keys are looked up in it ordinally.</summary>
        public bool IsMatch(string input, string lower)
        {
            for (int i = 0; i < _regexes.Length; i++)
            {
                if (HoldsLowerKey(lower, _keys[i]) && _regexes[i].IsMatch(input)) return true;
            }
            return false;
        }

        public bool IsMatch(string input)
        {
            for (int i = 0; i < _regexes.Length; i++)
            {
                if (HoldsKey(input, _keys[i]) && _regexes[i].IsMatch(input)) return true;
            }
            return false;
        }

        /// <summary>The first phrase found, in group order (a failed match when none).</summary>
        public Match Match(string input)
        {
            for (int i = 0; i < _regexes.Length; i++)
            {
                if (!HoldsKey(input, _keys[i])) continue;
                Match m = _regexes[i].Match(input);
                if (m.Success) return m;
            }
            return System.Text.RegularExpressions.Match.Empty;
        }

        /// <summary>All the groups' phrases as one alternation (for reading, not for matching).</summary>
        public override string ToString() => _pattern;

        private static bool HoldsLowerKey(string lower, string[] keys)
        {
            foreach (string k in keys)
            {
                if (lower.IndexOf(k, StringComparison.Ordinal) >= 0) return true;
            }
            return false;
        }

        private static bool HoldsKey(string input, string[] keys)
        {
            foreach (string k in keys)
            {
                if (input.IndexOf(k, StringComparison.OrdinalIgnoreCase) >= 0) return true;
            }
            return false;
        }
    }
}
