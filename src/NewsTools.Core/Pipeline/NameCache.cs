using System;

namespace NewsTools.Pipeline
{
    /// <summary>
    /// A small cache of one page's class/id verdicts in front of the extractor's <see cref="NameMemo{T}"/>. A page repeats
    /// a few hundred class strings on thousands of elements ("menu-item", "entry-content" on every paragraph's wrapper), and
    /// each lookup in the shared memo hashes the whole string in a table of up to 100,000 names (a cache miss each time),
    /// folds its digit runs into a new string, and on a miss takes a lock to add it. Here a name is looked for in one slot
    /// of a small array, chosen by its length and a few of its characters, and compared as it stands; a name that is not
    /// there goes to the memo and takes the slot. The values are those of a pure function of the name, so the answers are
    /// the same with or without it. One instance serves one walk of one page (it is not shared between threads).
    /// </summary>
    internal sealed class NameCache<T>
    {
        /// <summary>Slots (a power of two): about the number of distinct class and id strings of a large page.</summary>
        private const int Slots = 256;

        private readonly string?[] _names = new string?[Slots];
        private readonly T[] _values = new T[Slots];
        private readonly NameMemo<T> _memo;
        private readonly Func<string, T> _compute;

        /// <summary>A cache in front of <paramref name="memo"/>, whose values <paramref name="compute"/> gives.</summary>
        public NameCache(NameMemo<T> memo, Func<string, T> compute)
        {
            _memo = memo;
            _compute = compute;
        }

        /// <summary>The value for this name (a non-empty string).</summary>
        public T Get(string name)
        {
            int slot = Slot(name);
            string? held = _names[slot];
            if (held != null && string.Equals(held, name, StringComparison.Ordinal)) return _values[slot];
            T value = _memo.Get(name, _compute);
            _names[slot] = name;
            _values[slot] = value;
            return value;
        }

        /// <summary>The slot of a name: its length and five characters spread over it (names that differ only elsewhere share a slot, and take turns).</summary>
        internal static int Slot(string name)
        {
            int n = name.Length;
            if (n == 0) return 0;
            uint h = (uint)n;
            h = h * 31 + name[0];
            h = h * 31 + name[n - 1];
            h = h * 31 + name[n >> 1];
            h = h * 31 + name[n >> 2];
            h = h * 31 + name[n - 1 - (n >> 2)];
            h ^= h >> 11;
            h *= 0x9E3779B1;
            return (int)(h >> 24) & (Slots - 1);
        }
    }
}
