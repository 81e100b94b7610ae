using NewsTools.Pipeline;
using Xunit;

namespace NewsTools.Core.Tests.Pipeline
{
    /// <summary>The class-name memo: each name computed once, and still so after a crawl's worth of one-off names.</summary>
    public class NameMemoTests
    {
        [Fact]
        public void ANameIsComputedOnce()
        {
            var memo = new NameMemo<int>();
            int calls = 0;
            int Compute(string s) { calls++; return s.Length; }
            Assert.Equal(13, memo.Get("entry-content", Compute));
            Assert.Equal(13, memo.Get("entry-content", Compute));
            Assert.Equal(1, calls);
        }

        [Fact]
        public void AfterManyOneOffNamesNewNamesAreRememberedAgain()
        {
            // A crawl's unique ids ("post-48213") fill the memo; it must not stop remembering the names of later pages.
            var memo = new NameMemo<int>();
            for (int i = 0; i < 250_000; i++) memo.Get("post-" + i, s => s.Length);
            int calls = 0;
            int Compute(string s) { calls++; return s.Length; }
            memo.Get("share-buttons", Compute);
            memo.Get("share-buttons", Compute);
            memo.Get("share-buttons", Compute);
            Assert.Equal(1, calls);
        }
    }
}
