using NewsTools.Pipeline;
using Xunit;

namespace NewsTools.Core.Tests.Pipeline
{
    /// <summary>The page's name cache in front of the memo: the memo's answers, each name computed once.</summary>
    public class NameCacheTests
    {
        [Fact]
        public void ARepeatedNameIsAnsweredWithoutTheMemo()
        {
            var memo = new NameMemo<int>();
            int calls = 0;
            var cache = new NameCache<int>(memo, s => { calls++; return s.Length; });
            Assert.Equal(13, cache.Get("entry-content"));
            // A copy of the string (each element's attribute is its own string) finds the same slot and value.
            Assert.Equal(13, cache.Get(new string("entry-content".ToCharArray())));
            Assert.Equal(1, calls);
        }

        [Fact]
        public void NamesThatShareASlotTakeTurnsAndKeepTheirOwnValues()
        {
            var memo = new NameMemo<string>();
            var cache = new NameCache<string>(memo, s => s.ToUpperInvariant());
            // Find two names with one slot: the second takes it, and the first is then answered (right) by the memo.
            string first = "menu-item", second = string.Empty;
            for (int i = 0; i < 100_000; i++)
            {
                string candidate = "name-" + i;
                if (NameCache<string>.Slot(candidate) == NameCache<string>.Slot(first)) { second = candidate; break; }
            }
            Assert.NotEqual(string.Empty, second);
            Assert.Equal("MENU-ITEM", cache.Get(first));
            Assert.Equal(second.ToUpperInvariant(), cache.Get(second));
            Assert.Equal("MENU-ITEM", cache.Get(first));
        }

        [Fact]
        public void SlotsSpreadTheNamesOfAPage()
        {
            // Names that differ only in a number or a word in the middle should not all fall in a few slots.
            var used = new System.Collections.Generic.HashSet<int>();
            foreach (string n in new[] { "menu-item", "menu-item-has-children", "nav-link", "entry-content", "post-title", "site-footer", "share-buttons",
                "widget", "widget_text", "sidebar", "related-posts", "comment-body", "byline", "post-date", "col-md-4", "col-md-8", "row", "container" })
            {
                used.Add(NameCache<int>.Slot(n));
            }
            Assert.True(used.Count >= 14, used.Count + " slots for 18 names");
        }
    }
}
