using System;
using System.Collections.Generic;
using NewsTools.Metadata;
using Xunit;

namespace NewsTools.Core.Tests.Metadata
{
    /// <summary>
    /// Raw bylines to people's names: no lead-in, dates, roles, handles, e-mails, links, placeholders or site name.
    /// "Page text" is a byline read from the page (declared: false); "declared" is an author field (JSON-LD, meta).
    /// </summary>
    public class AuthorCleanerTests
    {
        private static readonly string[] Site = { "Example Times" };

        private static List<string> FromPage(string raw) => AuthorCleaner.Clean(raw, Site);

        private static List<string> Declared(string raw) => AuthorCleaner.Clean(raw, Site, declared: true);

        [Theory]
        [InlineData("By Jane Doe")]
        [InlineData("by Jane Doe")]
        [InlineData("BY Jane Doe")]
        [InlineData("Written by Jane Doe")]
        [InlineData("Author: Jane Doe")]
        [InlineData("ByJane Doe")]
        [InlineData("By By Jane Doe")]
        [InlineData("Dr. Jane Doe")]
        [InlineData("  By   Jane\u00A0Doe  ")]
        public void StripsTheLeadInAndHonorific(string raw)
        {
            Assert.Equal(new[] { "Jane Doe" }, FromPage(raw));
        }

        [Theory]
        [InlineData("Von Max Muster, Redakteur", "Max Muster")]
        [InlineData("Par Jean Dupont le 17 mai 2024", "Jean Dupont")]
        public void LeadInsAndTailsInOtherLanguages(string raw, string expected)
        {
            Assert.Equal(new[] { expected }, FromPage(raw));
        }

        [Theory]
        [InlineData("By Jane Doe and John Roe")]
        [InlineData("Jane Doe & John Roe")]
        [InlineData("Jane Doe; John Roe")]
        [InlineData("By JANE DOE and John Roe | Staff Writers | Updated 3 minutes ago")]
        [InlineData("Jane Doe and John Roe, The Example Appeal")]
        public void SplitsTwoNames(string raw)
        {
            Assert.Equal(new[] { "Jane Doe", "John Roe" }, FromPage(raw));
        }

        [Fact]
        public void SplitsAListOfThreeKeepingTheOrder()
        {
            Assert.Equal(new[] { "Jane Doe", "John Roe", "Mary Major" }, FromPage("Jane Doe, John Roe and Mary Major"));
        }

        [Fact]
        public void ANameTwiceIsKeptOnce()
        {
            Assert.Equal(new[] { "Jane Doe" }, FromPage("By Jane Doe and Jane Doe"));
        }

        [Theory]
        [InlineData("By Jane Doe | Staff")]
        [InlineData("Jane Doe, Staff Writer")]
        [InlineData("Jane Doe Staff Writer")]
        [InlineData("Senior Editor Jane Doe")]
        [InlineData("Jane Doe, PhD")]
        [InlineData("Jane Doe, MD")]
        [InlineData("Jane Doe, Head of Marketing and Community Development")]
        public void DropsRolesAndCredentials(string raw)
        {
            Assert.Equal(new[] { "Jane Doe" }, FromPage(raw));
        }

        [Theory]
        [InlineData("By Jane Doe, Reuters")]
        [InlineData("By Jane Doe (Reuters)")]
        [InlineData("By Jane Doe, Associated Press")]
        [InlineData("Jane Doe, Associated Press Writer")]
        public void AnAgencyAfterTheNameIsNotAPersonInPageText(string raw)
        {
            Assert.Equal(new[] { "Jane Doe" }, FromPage(raw));
        }

        [Theory(Skip = "Bug: declared \"Associated Press\" gives the person \"Associated\" (role word \"Press\" stripped, one declared word kept).")]
        [InlineData("Jane Doe, Associated Press")]
        [InlineData("Associated Press")]
        public void AnAgencyNameIsNeverCutToAFakePersonInADeclaredField(string raw)
        {
            // "Press" is a role word and is stripped from the end, leaving "Associated": a one-word
            // declared name, which is then accepted. Neither half of an agency's name is a person.
            Assert.DoesNotContain("Associated", Declared(raw));
        }

        [Theory]
        [InlineData("By Jane Doe jane.doe@example.com")]
        [InlineData("By Jane Doe (jane@example.com)")]
        [InlineData("By Jane Doe https://twitter.com/janedoe")]
        [InlineData("By Jane Doe @janedoe")]
        public void DropsEmailsLinksAndHandles(string raw)
        {
            Assert.Equal(new[] { "Jane Doe" }, FromPage(raw));
        }

        [Theory]
        [InlineData("jane.doe@example.com")]
        [InlineData("https://example.com/author/jane-doe")]
        public void AnEmailOrUrlAloneIsNoName(string raw)
        {
            Assert.Empty(FromPage(raw));
            Assert.Empty(Declared(raw));
        }

        [Theory]
        [InlineData("Jane Doe Updated May 17, 2024")]
        [InlineData("By Jane Doe on May 17, 2024")]
        [InlineData("May 17, 2024 · Jane Doe")]
        [InlineData("By Jane Doe. Reviewed by John Roe")]
        public void DropsDatesAndOtherCredits(string raw)
        {
            Assert.Equal(new[] { "Jane Doe" }, FromPage(raw));
        }

        [Theory]
        [InlineData("Reviewed by John Roe")]
        [InlineData("admin")]
        [InlineData("Staff")]
        [InlineData("Example Times")]
        [InlineData("Example Times Staff")]
        [InlineData("Click here to subscribe")]
        [InlineData("Share this article")]
        [InlineData("")]
        [InlineData("   ")]
        public void JunkPlaceholdersAndTheSiteAreNoName(string raw)
        {
            Assert.Empty(FromPage(raw));
            Assert.Empty(Declared(raw));
        }

        [Fact]
        public void ABioParagraphIsNotAByline()
        {
            Assert.Empty(FromPage("By Jane Doe " + new string('x', 400)));
        }

        [Theory]
        [InlineData("JANE DOE", "Jane Doe")]
        [InlineData("By JEAN-PIERRE DUPONT", "Jean-Pierre Dupont")]
        [InlineData("By MARY O'NEIL", "Mary O'Neil")]
        [InlineData("Ludwig van Beethoven", "Ludwig van Beethoven")]
        [InlineData("Mary-Jane O'Neil", "Mary-Jane O'Neil")]
        public void CasingIsFixedOnlyWhenShouted(string raw, string expected)
        {
            Assert.Equal(new[] { expected }, FromPage(raw));
        }

        [Fact]
        public void LowerCaseNamesCountOnlyInDeclaredFields()
        {
            Assert.Empty(FromPage("jane doe"));
            Assert.Equal(new[] { "jane doe" }, Declared("jane doe"));
        }

        [Fact]
        public void OneWordNeedsAnExplicitByOrADeclaredField()
        {
            // In page text a lone capitalised word is a label more often than a name.
            Assert.Empty(FromPage("David"));
            Assert.Equal(new[] { "David" }, FromPage("By David"));
            Assert.Equal(new[] { "David" }, Declared("David"));
        }

        [Fact]
        public void AUserNameCountsAfterByOrWhenDeclaredUnlessItIsTheHost()
        {
            Assert.Empty(FromPage("jdoe"));
            Assert.Equal(new[] { "jdoe" }, FromPage("By jdoe"));
            Assert.Equal(new[] { "jdoe" }, Declared("jdoe"));
            Assert.Empty(AuthorCleaner.Clean("examplenews", Site, declared: true, hostNames: new[] { "examplenews" }));
            Assert.Empty(Declared("mdoe6vk2ma0ci"));
        }

        [Fact(Skip = "Bug: the date cut (TailStart, a digit not after a letter) cuts \"user12345\" to \"user1\" before the three-digit machine-id check, so \"user1\" is returned.")]
        public void AMachineAccountIdIsNoName()
        {
            // CountDigits' own example: three or more digits make a user name a machine account id.
            Assert.Empty(Declared("user12345"));
        }

        [Fact]
        public void AMonthIsASurnameOnlyInADeclaredField()
        {
            Assert.Equal(new[] { "Tom May" }, Declared("Tom May"));
            Assert.Empty(FromPage("Posted Friday"));
        }

        [Fact]
        public void AddNamesAppendsOnlyNewNamesAndCountsThem()
        {
            var names = new List<string> { "Jane Doe" };

            int added = AuthorCleaner.AddNames("By JANE DOE and John Roe", names, Site);

            Assert.Equal(1, added);
            Assert.Equal(new[] { "Jane Doe", "John Roe" }, names);
            Assert.Equal(0, AuthorCleaner.AddNames(null, names, Site));
        }

        [Theory]
        [InlineData("Jane Doe", true)]
        [InlineData("Mary-Jane O'Neil", true)]
        [InlineData("Jane", false)]
        [InlineData("The Organized Mama", false)]
        [InlineData("Jane's Kitchen", false)]
        [InlineData("Acme Solutions", false)]
        [InlineData("Staff Writer", false)]
        [InlineData("Five Books", false)]
        [InlineData("jane doe", false)]
        [InlineData("Jane Doe Smith Jones", false)]
        public void IsPersonShaped(string text, bool expected)
        {
            Assert.Equal(expected, AuthorCleaner.IsPersonShaped(text));
        }

        [Fact]
        public void IsPersonShapedAnyCaseAcceptsLowerAndUpperCase()
        {
            Assert.True(AuthorCleaner.IsPersonShapedAnyCase("jane doe"));
            Assert.True(AuthorCleaner.IsPersonShapedAnyCase("JANE DOE"));
            Assert.False(AuthorCleaner.IsPersonShapedAnyCase("staff writer"));
        }

        [Fact]
        public void IsSiteNameComparesWholeNamesOnly()
        {
            Assert.True(AuthorCleaner.IsSiteName("EXAMPLE TIMES", Site));
            Assert.True(AuthorCleaner.IsSiteName("ExampleTimes", Site));
            Assert.False(AuthorCleaner.IsSiteName("Jane Doe", new[] { "Jane Doe Photography" }));
            Assert.False(AuthorCleaner.IsSiteName("Jane Doe", Array.Empty<string>()));
        }
    }
}
