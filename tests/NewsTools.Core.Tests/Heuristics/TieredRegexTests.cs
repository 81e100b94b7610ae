using System;
using System.Diagnostics;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading;
using NewsTools.Heuristics;
using Xunit;

namespace NewsTools.Core.Tests
{
    /// <summary>
    /// TieredRegex, the phrase pattern that runs interpreted until it has been used often enough and long enough to be
    /// worth compiling: it answers exactly as a plain Regex before and after the swap, it is not compiled before its use
    /// count, and a pattern that has not used up its time budget stays interpreted however often it runs.
    /// </summary>
    public class TieredRegexTests
    {
        private const string Pattern = @"\b(?:subscribe|sign up|abonnieren)\b.{0,20}?(?<what>newsletter|updates)|(?<date>\d{1,2})\.?\s*(?:mai|may)\b";
        private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled;

        private static readonly string[] Inputs =
        {
            "Subscribe to our newsletter", "SIGN UP for daily updates and more updates", "Jetzt abonnieren: der Newsletter",
            "17. Mai 2024", "on 3 May the board met; on 4 may it voted", "nothing to see here", string.Empty, "subscribers newsletter",
        };

        /// <summary>Every answer of the wrapper, as one string, to compare with a plain Regex's.</summary>
        private static string Answers(Func<string, bool> isMatch, Func<string, Match> match, Func<string, int, Match> matchFrom,
            Func<string, MatchCollection> matches, Func<string, string> replace, Func<string, string[]> split)
        {
            return string.Join("\n", Inputs.Select(s =>
                isMatch(s) + "|" + Show(match(s)) + "|" + Show(matchFrom(s, Math.Min(5, s.Length))) + "|" +
                string.Join(",", matches(s).Cast<Match>().Select(Show)) + "|" + replace(s) + "|" + string.Join("/", split(s))));
        }

        private static string Show(Match m) => m.Success ? m.Index + ":" + m.Value + ":" + m.Groups["what"].Value + ":" + m.Groups["date"].Value : "-";

        private static string Expected()
        {
            var plain = new Regex(Pattern, Options & ~RegexOptions.Compiled);
            return Answers(plain.IsMatch, plain.Match, plain.Match, plain.Matches, s => plain.Replace(s, "<$0>"), plain.Split);
        }

        private static string Actual(TieredRegex r) => Answers(r.IsMatch, r.Match, r.Match, r.Matches, s => r.Replace(s, "<$0>"), r.Split);

        private static bool WaitCompiled(TieredRegex r)
        {
            var sw = Stopwatch.StartNew();
            while (!r.IsCompiled && sw.Elapsed < TimeSpan.FromSeconds(60)) Thread.Sleep(20);
            return r.IsCompiled;
        }

        [Fact]
        public void AnswersTheSameBeforeAndAfterPromotion()
        {
            var r = new TieredRegex(Pattern, Options, 0);
            Assert.False(r.IsCompiled);
            string expected = Expected();
            Assert.Equal(expected, Actual(r));
            for (int i = 0; i < TieredRegex.PromoteAfterUses; i++) r.IsMatch(Inputs[i % Inputs.Length]);
            Assert.True(WaitCompiled(r));
            Assert.Equal(expected, Actual(r));
        }

        [Fact]
        public void IsNotCompiledBeforeItsUseCount()
        {
            var r = new TieredRegex(Pattern, Options, 0);
            for (int i = 0; i < TieredRegex.PromoteAfterUses - 1; i++) r.IsMatch(Inputs[i % Inputs.Length]);
            Assert.False(r.PromotionStarted);
            r.IsMatch(Inputs[0]);
            Assert.True(r.PromotionStarted);
            Assert.True(WaitCompiled(r));
        }

        [Fact]
        public void StaysInterpretedUntilItsTimeBudgetIsSpent()
        {
            // A budget of a day: however many uses, the interpreter has not yet spent what compiling would cost.
            var r = new TieredRegex(Pattern, Options, 86_400_000);
            for (int i = 0; i < 20 * TieredRegex.PromoteAfterUses; i++) r.Match(Inputs[i % Inputs.Length]);
            Assert.False(r.PromotionStarted);
            Assert.False(r.IsCompiled);
        }

        [Fact]
        public void TheDefaultBudgetGrowsWithThePattern()
        {
            // A long alternation (the costly kind to compile) must have spent more interpreted time than a short one.
            // The short one backtracks over the whole line at each start (slow per use); the long one fails fast on its
            // common prefix: the short one has spent its budget after a few uses, the long one not after all of them.
            var shortOne = new TieredRegex(@"\w+\d", Options);
            var longOne = new TieredRegex(string.Join("|", Enumerable.Range(0, 200).Select(i => "phrase" + i)), Options);
            string line = new string('x', 300);
            for (int i = 0; i < 4 * TieredRegex.PromoteAfterUses; i++)
            {
                shortOne.IsMatch(line);
                longOne.IsMatch(line);
            }
            Assert.True(WaitCompiled(shortOne));
            Assert.False(longOne.PromotionStarted);
        }
    }
}
