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

        [Theory]
        [InlineData("post-48213", true, 2)]
        [InlineData("post-48213", false, 1)]
        [InlineData("col-md-6", true, 1)]
        [InlineData("share-buttons", true, 1)]
        public void ANumberedNameIsStoredOnlyWhenAsked(string name, bool skipNumbered, int expectedCalls)
        {
            // Two adjacent digits mark a page's own name ("post-48213"): a memo told to skip them computes them each time.
            var memo = new NameMemo<int>(skipNumbered);
            int calls = 0;
            int Compute(string s) { calls++; return s.Length; }
            Assert.Equal(name.Length, memo.Get(name, Compute));
            Assert.Equal(name.Length, memo.Get(name, Compute));
            Assert.Equal(expectedCalls, calls);
        }
    }
}
