using System;
using System.Collections.Generic;
using System.Globalization;
using NewsTools.Heuristics;
using NewsTools.Text;
using Xunit;

namespace NewsTools.Core.Tests
{
    /// <summary>
    /// PhraseGates.Scan against its definition: a gate passes when one of its keys occurs in the line lower-cased
    /// (string.ToLowerInvariant, then an ordinal search). The scan folds case as it reads, so it must agree with the
    /// definition on lines in any case, at every position, in every script the keys use, and never skip a line a key is in.
    /// </summary>
    public class PhraseGateTests
    {
        private static readonly (string[] Keys, PhraseGate Gate)[] Lists =
        {
            (TextPhrases.PaywallKeys, PhraseGate.Paywall),
            (TextPhrases.MeteredKeys, PhraseGate.Metered),
            (TextPhrases.HardKeys, PhraseGate.Hard),
            (TextPhrases.RegistrationKeys, PhraseGate.Registration),
            (TextPhrases.SubscriptionKeys, PhraseGate.Subscription),
            (TextPhrases.DisclaimerKeys, PhraseGate.Disclaimer),
            (TextPhrases.CookieKeys, PhraseGate.Cookie),
            (TextPhrases.ContactKeys, PhraseGate.Contact),
            (TextPhrases.NewsletterKeys, PhraseGate.Newsletter),
            (TextPhrases.CreditKeys, PhraseGate.Credit),
            (TextPhrases.CommentsKeys, PhraseGate.Comments),
            (TextPhrases.CopyrightKeys, PhraseGate.Copyright),
            (TextPhrases.RelatedKeys, PhraseGate.Related),
            (TextPhrases.CookieWordKeys, PhraseGate.CookieWord),
            (new[] { TextPhrases.CommentsTimeKeys[0] }, PhraseGate.CommentsOn),
            (new[] { TextPhrases.CommentsTimeKeys[1] }, PhraseGate.CommentsColon),
        };

        /// <summary>The definition: the gates whose keys occur in the lower-cased line.</summary>
        private static PhraseGate Reference(string line)
        {
            string lower = line.ToLowerInvariant();
            PhraseGate found = PhraseGate.None;
            foreach ((string[] keys, PhraseGate gate) in Lists)
            {
                foreach (string k in keys)
                {
                    if (lower.IndexOf(k, StringComparison.Ordinal) >= 0) { found |= gate; break; }
                }
            }
            return found;
        }

        private static IEnumerable<string> Lines()
        {
            TextInfo invariant = CultureInfo.InvariantCulture.TextInfo;
            foreach ((string[] keys, PhraseGate _) in Lists)
            {
                foreach (string k in keys)
                {
                    yield return k;
                    yield return k.ToUpperInvariant();
                    yield return invariant.ToTitleCase(k);
                    yield return "Xy " + k.ToUpperInvariant() + " zz";
                    yield return "Ab" + k;
                    yield return k + "!";
                    // One character short, at the end of the line: must not open the key's own gate.
                    if (k.Length > 1) yield return "..." + k.Substring(0, k.Length - 1);
                    if (k.Length > 1) yield return k.Substring(1);
                }
            }
            // Characters whose lower case is ASCII or that have none, surrogate pairs, the line's first and last position.
            yield return "\u0130STANBUL READ";
            yield return "COO\u212AIE policy";
            yield return "STRA\u1E9E\u00C9 ABO";
            yield return "\u03A3\u039F\u03A6\u0399\u0391 \u041F\u041E\u0414\u041F\u0418\u0428\u0418\u0422\u0415\u0421\u042C";
            yield return "\U0001F600 read \U0001D400\U00010400";
            yield return "\U00010400subscri";
            yield return "(C) 2024 Example";
            yield return "\u00A9";
            yield return "\u56FE";
            yield return ":";
            yield return "a";
            yield return "Jane on May 2, 2025 at 10:42 am";
            yield return "R";
            yield return "Re";
            yield return "The quick brown fox jumps over the lazy dog, and nothing else happens here at all.";
        }

        [Fact]
        public void ScanAgreesWithTheLowerCasedDefinition()
        {
            int lines = 0;
            foreach (string line in Lines())
            {
                Assert.True(Reference(line) == PhraseGates.Scan(line), "line: " + line + " expected " + Reference(line) + " got " + PhraseGates.Scan(line));
                lines++;
            }
            Assert.True(lines > 1000, "the corpus holds every key: " + lines);
        }

        [Fact]
        public void EveryKeyOpensItsGateInAnyCase()
        {
            foreach ((string[] keys, PhraseGate gate) in Lists)
            {
                foreach (string k in keys)
                {
                    Assert.True((PhraseGates.Scan("Some words " + k.ToUpperInvariant() + " more") & gate) != 0, k + " opens " + gate);
                }
            }
        }

        [Fact]
        public void AnEmptyOrPlainLinePassesNoKeyGate()
        {
            Assert.Equal(PhraseGate.None, PhraseGates.Scan(string.Empty));
            Assert.Equal(PhraseGate.None, PhraseGates.Scan("Tuesday 14 jumps"));
        }

        [Theory]
        [InlineData("We use COOKIES on this site")]
        [InlineData("Cookie settings")]
        [InlineData("COO\u212AIE")]
        [InlineData("Мы используем КУКИ")]
        [InlineData("クッキーを使用")]
        [InlineData("cookie")]
        public void TheCookieWordGateOpensOnEveryLineTheCookieWordMatches(string line)
        {
            Assert.True(TextPhrases.CookieWord.IsMatch(line));
            Assert.True((PhraseGates.Scan(line) & PhraseGate.CookieWord) != 0, line);
        }

        [Fact]
        public void TheCookieWordKeysAreTheCookieWordsAlternatives()
        {
            Assert.Equal(string.Join("|", TextPhrases.CookieWordKeys), TextPhrases.CookieWord.ToString());
        }

        [Theory]
        [InlineData('A', 'a')]
        [InlineData('Z', 'z')]
        [InlineData('a', 'a')]
        [InlineData('@', '@')]
        [InlineData('\u00C9', '\u00E9')]
        [InlineData('\u041F', '\u043F')]
        [InlineData('\u212A', 'k')]
        public void FoldIsTheInvariantLowerCase(char c, char lower)
        {
            Assert.Equal(lower, PhraseGates.Fold(c));
            Assert.Equal(c.ToString().ToLowerInvariant(), PhraseGates.Fold(c).ToString());
        }
    }
}
