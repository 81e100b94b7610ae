using System;
using System.Collections.Generic;
using NewsTools.Text;
using Xunit;

namespace NewsTools.Core.Tests
{
    /// <summary>
    /// CharKeyTable, the word look-up by characters in a buffer behind the stop-word and language-profile tables: it finds
    /// exactly the listed words (any slice of a buffer, colliding hashes, words that are prefixes of others) and no other.
    /// </summary>
    public class CharKeyTableTests
    {
        private static CharKeyTable<int> Table(params string[] words)
        {
            var entries = new List<KeyValuePair<string, int>>();
            for (int i = 0; i < words.Length; i++) entries.Add(new KeyValuePair<string, int>(words[i], i + 1));
            return new CharKeyTable<int>(entries);
        }

        [Fact]
        public void FindsEachListedWordInAnySliceOfABuffer()
        {
            string[] words = { "the", "they", "th", "l'", "und", "и", "في", "der", "a" };
            CharKeyTable<int> table = Table(words);
            Assert.Equal(words.Length, table.Count);
            for (int i = 0; i < words.Length; i++)
            {
                char[] buffer = ("xx" + words[i] + "yy").ToCharArray();
                Assert.True(table.TryGetValue(buffer, 2, words[i].Length, out int value), words[i]);
                Assert.Equal(i + 1, value);
            }
        }

        [Theory]
        [InlineData("t")]
        [InlineData("thee")]
        [InlineData("The")]
        [InlineData("l")]
        [InlineData("")]
        [InlineData("unde")]
        public void MissesWordsNotListed(string word)
        {
            CharKeyTable<int> table = Table("the", "they", "th", "l'", "und");
            Assert.False(table.TryGetValue(word.ToCharArray(), 0, word.Length, out int value));
            Assert.Equal(0, value);
        }

        [Fact]
        public void AgreesWithADictionaryOnManyKeys()
        {
            // Enough keys for collisions and wrap-around in the probe sequence.
            var dictionary = new Dictionary<string, int>(StringComparer.Ordinal);
            for (int i = 0; i < 3000; i++) dictionary["w" + (i * 7919 % 10007).ToString(System.Globalization.CultureInfo.InvariantCulture)] = i;
            var table = new CharKeyTable<int>(dictionary);
            for (int i = 0; i < 12000; i++)
            {
                string probe = "w" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
                bool inDictionary = dictionary.TryGetValue(probe, out int expected);
                Assert.Equal(inDictionary, table.TryGetValue(probe.ToCharArray(), 0, probe.Length, out int actual));
                Assert.Equal(expected, actual);
            }
        }

        [Fact]
        public void RejectsADuplicateKey()
        {
            Assert.Throws<ArgumentException>(() => Table("und", "und"));
        }
    }
}
