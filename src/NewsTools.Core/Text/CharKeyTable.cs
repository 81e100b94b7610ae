using System;
using System.Collections.Generic;

namespace NewsTools.Text
{
    /// <summary>
    /// A read-only map from words to values that is looked up by a run of characters in a buffer, so a word read from a
    /// line needs no string of its own (the stop-word and language-profile look-ups make one per word otherwise: most of
    /// the text path's allocations). Open addressing over a power-of-two table; built once, safe across runspaces.
    /// </summary>
    internal sealed class CharKeyTable<TValue>
    {
        private readonly string?[] _keys;
        private readonly TValue[] _values;
        private readonly int _mask;

        /// <summary>A table of <paramref name="entries"/> (distinct keys).</summary>
        public CharKeyTable(IEnumerable<KeyValuePair<string, TValue>> entries)
        {
            var list = new List<KeyValuePair<string, TValue>>(entries);
            int size = 16;
            while (size < list.Count * 2) size *= 2;
            _keys = new string?[size];
            _values = new TValue[size];
            _mask = size - 1;
            foreach (KeyValuePair<string, TValue> kv in list)
            {
                string key = kv.Key;
                int slot = Hash(key, key.Length) & _mask;
                while (_keys[slot] != null)
                {
                    if (string.Equals(_keys[slot], key, StringComparison.Ordinal)) throw new ArgumentException("Duplicate key: " + key, nameof(entries));
                    slot = (slot + 1) & _mask;
                }
                _keys[slot] = key;
                _values[slot] = kv.Value;
            }
        }

        /// <summary>Number of keys.</summary>
        public int Count
        {
            get
            {
                int n = 0;
                foreach (string? k in _keys) if (k != null) n++;
                return n;
            }
        }

        /// <summary>The value of the key spelled by <paramref name="chars"/>[<paramref name="start"/>..+<paramref name="length"/>], if listed.</summary>
        public bool TryGetValue(char[] chars, int start, int length, out TValue value)
        {
            int slot = Hash(chars, start, length) & _mask;
            while (true)
            {
                string? key = _keys[slot];
                if (key is null) break;
                if (key.Length == length && SameChars(key, chars, start))
                {
                    value = _values[slot];
                    return true;
                }
                slot = (slot + 1) & _mask;
            }
            value = default!;
            return false;
        }

        private static bool SameChars(string key, char[] chars, int start)
        {
            for (int i = 0; i < key.Length; i++)
            {
                if (key[i] != chars[start + i]) return false;
            }
            return true;
        }

        private static int Hash(string s, int length)
        {
            uint h = 2166136261;
            for (int i = 0; i < length; i++) h = (h ^ s[i]) * 16777619;
            return (int)(h ^ (h >> 15));
        }

        private static int Hash(char[] s, int start, int length)
        {
            uint h = 2166136261;
            for (int i = start; i < start + length; i++) h = (h ^ s[i]) * 16777619;
            return (int)(h ^ (h >> 15));
        }
    }
}
