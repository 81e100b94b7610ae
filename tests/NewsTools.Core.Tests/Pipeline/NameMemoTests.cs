using NewsTools.Heuristics;
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
        [Theory]
        [InlineData("post-48213", "post-00")]
        [InlineData("menu-item menu-item-type-post_type menu-item-4512 col-12 h2", "menu-item menu-item-type-post_type menu-item-00 col-00 h2")]
        [InlineData("mc4wp-form x1y22z", "mc4wp-form x1y00z")]
        [InlineData("no-digits", "no-digits")]
        [InlineData("2024", "00")]
        public void FoldDigitsReadsEachRunOfDigitsAsTwoZeros(string name, string folded)
        {
            Assert.Equal(folded, NameMemo<int>.FoldDigits(name));
        }

        [Fact]
        public void AFoldingMemoComputesNumberedNamesOnce()
        {
            var memo = new NameMemo<int>(foldDigits: true);
            var seen = new System.Collections.Generic.List<string>();
            int Compute(string s) { seen.Add(s); return s.Length; }
            memo.Get("post-48213", Compute);
            memo.Get("post-77", Compute);
            memo.Get("post-912", Compute);
            Assert.Equal(new[] { "post-00" }, seen);
            string plain = "entry-content col-3";
            Assert.Same(plain, NameMemo<int>.FoldDigits(plain));
        }

        private static readonly string[] NumberedNames =
        {
            "post-48213 related-22", "sidebar33", "footer-12", "post123footer", "date-2024-05-01", "author99 byline", "byline-77x", "nav22 menu-item-4512",
            "postFooter22", "article-99-footer", "metadata-11", "x99author", "Author12Name", "mc4wp-form-1234", "mc44wp", "widget_mc4wp_form_widget-22",
            "share-22 social", "ad-slot-17", "widget-22 mc4wp-form", "post-12 mc4wp", "comment-4521 comments-area", "tags-2024", "col-12 related-posts-33", "cookie-banner-99", "hidden-12",
        };

        [Fact]
        public void ThePageScanVerdictDoesNotDependOnDigitRuns()
        {
            foreach (var pattern in new[] { Heuristics.MetaSources.ExcludedRegion, Heuristics.MetaSources.BylineMarker, Heuristics.MetaSources.BylineMarkerCamel,
                Heuristics.MetaSources.DateMarker, Heuristics.MetaSources.MetadataPanel })
            {
                AssertFoldSafe(pattern.ToString());
            }
            foreach (string name in NumberedNames)
            {
                Assert.Equal(NewsTools.Metadata.PageScan.ComputeFlags(name), NewsTools.Metadata.PageScan.ComputeFlags(NameMemo<byte>.FoldDigits(name)));
            }
        }

        [Fact]
        public void TheCleanerVerdictDoesNotDependOnDigitRuns()
        {
            foreach (var pattern in new[] { HtmlBoilerplatePatterns.Paywall, HtmlBoilerplatePatterns.StrongContent, HtmlBoilerplatePatterns.Comments, HtmlBoilerplatePatterns.Cookie,
                HtmlBoilerplatePatterns.Newsletter, HtmlBoilerplatePatterns.Share, HtmlBoilerplatePatterns.Advertisement, HtmlBoilerplatePatterns.Related,
                HtmlBoilerplatePatterns.Promotion, HtmlBoilerplatePatterns.Navigation, HtmlBoilerplatePatterns.Footer, HtmlBoilerplatePatterns.Hidden,
                HtmlBoilerplatePatterns.Credit, HtmlBoilerplatePatterns.Caption, HtmlBoilerplatePatterns.Byline, HtmlBoilerplatePatterns.Dateline })
            {
                AssertFoldSafe(pattern.ToString());
            }
            foreach (string name in NumberedNames)
            {
                string lower = name.ToLowerInvariant();
                Assert.Equal(NewsTools.Html.DomCleaner.ComputeVerdict(lower), NewsTools.Html.DomCleaner.ComputeVerdict(NameMemo<byte>.FoldDigits(lower)));
            }
        }

        /// <summary>
        /// A memo that folds runs of digits needs patterns that never count or single out digits: no \d, \w, \b, "." or
        /// counted repeat, and no two digits side by side in a rule word (a lone digit, "mc4wp", is left alone by the fold).
        /// </summary>
        private static void AssertFoldSafe(string pattern)
        {
            foreach (string banned in new[] { "\\d", "\\w", "\\b", "\\D", "\\W", "{" })
            {
                Assert.False(pattern.Contains(banned), pattern + " holds " + banned);
            }
            string outsideRanges = pattern.Replace("0-9", "");
            for (int i = 0; i < outsideRanges.Length; i++)
            {
                Assert.False(outsideRanges[i] == '.' && (i == 0 || outsideRanges[i - 1] != '\\'), pattern + " holds an unescaped dot");
                Assert.False(i > 0 && char.IsDigit(outsideRanges[i]) && char.IsDigit(outsideRanges[i - 1]), pattern + " holds two digits side by side");
            }
        }
    }
}
