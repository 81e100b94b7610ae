using System;
using System.Collections.Concurrent;
using System.Threading;

namespace NewsTools.Pipeline
{
    /// <summary>
    /// Remembers what the name rules said of a class/id string, across the pages one extractor cleans. Sites and
    /// themes repeat the same class strings on every page ("entry-content", "share-buttons", "site-footer"), and each
    /// verdict costs a dozen regex matches. The memo holds the value of a pure function of the string: whatever it
    /// holds, every answer is the same as without it, so sharing it across threads and runspaces is safe. It stops
    /// growing at <see cref="MaxEntries"/> (a crawl of a million sites must not grow it without end): then it is emptied
    /// and fills again with the names of the pages being cleaned now.
    /// </summary>
    internal sealed class NameMemo<T>
    {
        /// <summary>Distinct class strings remembered before the memo is emptied and starts again.</summary>
        private const int MaxEntries = 100_000;

        private readonly ConcurrentDictionary<string, T> _values = new ConcurrentDictionary<string, T>(StringComparer.Ordinal);

        /// <summary>Entries added (ConcurrentDictionary.Count takes every lock: too slow to ask per page).</summary>
        private int _count;

        /// <summary>Whether names holding two adjacent digits are computed every time instead of stored.</summary>
        private readonly bool _skipNumbered;

        /// <summary>Whether each run of two or more digits in a name is read as "00" (see <see cref="FoldDigits"/>).</summary>
        private readonly bool _foldDigits;

        /// <summary>
        /// A memo; with <paramref name="skipNumbered"/>, names holding two adjacent digits are not stored. With
        /// <paramref name="foldDigits"/>, the name is looked up (and computed) with each run of two or more ASCII digits folded
        /// to "00", so "post-48213" and "post-912" share one entry: only for a function whose answer does not depend on how
        /// many digits such a run has, nor on which (patterns without \d, \w, \b, "." or counted repeats, and no two digits
        /// side by side in a rule word: the tests check the patterns of both memos that fold).
        /// </summary>
        public NameMemo(bool skipNumbered = false, bool foldDigits = false)
        {
            _skipNumbered = skipNumbered;
            _foldDigits = foldDigits;
        }

        /// <summary>The value for this name, computed once.</summary>
        public T Get(string name, Func<string, T> compute)
        {
            if (_foldDigits) name = FoldDigits(name);
            if (_values.TryGetValue(name, out T? value)) return value;
            value = compute(name);
            // A name with a number in it ("post-48213", "ad-slot-17") is mostly one page's own: stored, it would crowd the
            // site-wide names out of the memo. Only for a cheap verdict (TUNING.md, section of branch speed).
            if (_skipNumbered && HasDigitPair(name)) return value;
            if (_values.TryAdd(name, value) && Interlocked.Increment(ref _count) >= MaxEntries)
            {
                // Full: start again rather than stop remembering. A crawl's ids ("post-48213") are one-off and would
                // fill the memo for good; after a reset the names of the pages now being cleaned are remembered again.
                _values.Clear();
                Interlocked.Exchange(ref _count, 0);
            }
            return value;
        }

        /// <summary>
        /// The name with each run of two or more ASCII digits replaced by "00" (a lone digit stays: rule words such as
        /// "mc4wp" hold one); the same instance when no two digits stand side by side.
        /// </summary>
        internal static string FoldDigits(string name)
        {
            int first = -1;
            for (int i = 1; i < name.Length; i++)
            {
                if (IsDigit(name[i]) && IsDigit(name[i - 1])) { first = i - 1; break; }
            }
            if (first < 0) return name;
            var sb = new System.Text.StringBuilder(name.Length);
            sb.Append(name, 0, first);
            int k = first;
            while (k < name.Length)
            {
                if (!IsDigit(name[k])) { sb.Append(name[k++]); continue; }
                int run = k;
                while (k < name.Length && IsDigit(name[k])) k++;
                if (k - run >= 2) sb.Append("00");
                else sb.Append(name[run]);
            }
            return sb.ToString();
        }

        private static bool IsDigit(char c) => c >= '0' && c <= '9';

        /// <summary>Whether two digits stand side by side in the name.</summary>
        private static bool HasDigitPair(string name)
        {
            for (int i = 1; i < name.Length; i++)
            {
                if (name[i] >= '0' && name[i] <= '9' && name[i - 1] >= '0' && name[i - 1] <= '9') return true;
            }
            return false;
        }
    }

    /// <summary>The memos one extractor shares across its pages (see <see cref="NameMemo{T}"/>).</summary>
    internal sealed class ExtractorMemos
    {
        /// <summary>The cleaner's verdict on a class+id string.</summary>
        public NameMemo<Html.NameVerdict> CleanerNames { get; } = new NameMemo<Html.NameVerdict>(foldDigits: true);

        /// <summary>The page scan's flags for a class or id string.</summary>
        public NameMemo<byte> ScanNames { get; } = new NameMemo<byte>(foldDigits: true);

        /// <summary>Readability's class/id weight for a lower-cased class or id.</summary>
        public NameMemo<double> Weights { get; } = new NameMemo<double>();
    }
}

namespace NewsTools
{
    /// <summary>
    /// What the class/id name rules said on earlier pages, shareable across <see cref="ArticleExtractor"/>s: a session
    /// that cleans one file per command run keeps the memo warm from run to run. It holds only values of pure functions
    /// of a class string (bounded in size), so sharing it, across threads and runspaces too, changes no result.
    /// </summary>
    public sealed class ExtractionMemo
    {
        internal Pipeline.ExtractorMemos Memos { get; } = new Pipeline.ExtractorMemos();
    }
}
