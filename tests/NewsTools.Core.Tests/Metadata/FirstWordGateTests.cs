using NewsTools.Heuristics;
using NewsTools.Metadata;
using Xunit;

namespace NewsTools.Core.Tests.Metadata
{
    /// <summary>The first-word gate in front of the page scan's lead-in patterns: it must let through every line they match.</summary>
    public class FirstWordGateTests
    {
        [Theory]
        [InlineData("By Jane Doe")]
        [InlineData("  BY JANE DOE")]
        [InlineData("Written by Jane Doe")]
        [InlineData("This article was written by Jane Doe")]
        [InlineData("View all posts by Jane Doe")]
        [InlineData("More stories by Jane Doe")]
        [InlineData("Von Max Muster")]
        [InlineData("Par Jean Dupont")]
        [InlineData("Door Jan Jansen")]
        [InlineData("Av Kari Nordmann")]
        [InlineData("Автор: Иван Петров")]
        [InlineData("От Ивана Петрова")]
        [InlineData("Author: Jane Doe")]
        [InlineData("Contributors: Jane Doe")]
        [InlineData("Autorin: Erika Muster")]
        [InlineData("Text: Jana Nováková")]
        [InlineData("by jdoe")]
        [InlineData("Article written by:")]
        [InlineData("Author(s):")]
        [InlineData("Writer:")]
        [InlineData("Recipe by")]
        [InlineData("Last updated March 3, 2025 by Jane Doe")]
        [InlineData("Page last modified on 3 March by Jane Doe")]
        public void EveryLeadInThePatternsMatchIsAdmitted(string line)
        {
            bool matched = MetaAuthorWords.BylineStart.IsMatch(line) || MetaAuthorWords.ByUserName.IsMatch(line)
                || MetaAuthorWords.LeadInOnly.IsMatch(line) || MetaAuthorWords.LastUpdatedBy.IsMatch(line);
            Assert.True(matched, "the patterns should match: " + line);
            Assert.True(MetaAuthorWords.LeadInFirstWords.Admits(line, Start(line)));
        }

        [Theory]
        [InlineData("Posted on 15/12/2025")]
        [InlineData("Published: May 3")]
        [InlineData("First published 2 May")]
        [InlineData("Last updated 3 May")]
        [InlineData("Updated 10:42")]
        [InlineData("Publié le 3 mai")]
        [InlineData("Veröffentlicht am 3. Mai")]
        [InlineData("Gepubliceerd op 3 mei")]
        public void EveryPublicationLeadInIsAdmitted(string line)
        {
            Assert.True(MetaSources.PublishedLeadIn.IsMatch(line));
            Assert.True(MetaSources.PublishedFirstWords.Admits(line, Start(line)));
        }

        [Theory]
        [InlineData("Home")]
        [InlineData("Share this story")]
        [InlineData("Bypass the queue")]
        [InlineData("Byline")]
        [InlineData("")]
        [InlineData("123 by Jane")]
        [InlineData("Superlongwordthatnoleadinhas")]
        public void OtherTextIsNotAdmitted(string line)
        {
            Assert.False(MetaAuthorWords.LeadInFirstWords.Admits(line, 0));
        }

        [Fact]
        public void LettersACaseInsensitivePatternFoldsAreFolded()
        {
            // The long s and the dotless i are equal to s and i for a case-insensitive regex: the gate must not be stricter.
            var gate = new FirstWordGate("posted", "writer");
            Assert.True(gate.Admits("Poſted by", 0));
            Assert.True(gate.Admits("WRıTER:", 0));
            Assert.False(gate.Admits("Poster", 0));
        }

        [Fact]
        public void AWordWithANonLetterIsRefused()
        {
            Assert.Throws<System.ArgumentException>(() => new FirstWordGate("author(s)"));
        }

        private static int Start(string line)
        {
            int i = 0;
            while (i < line.Length && char.IsWhiteSpace(line[i])) i++;
            return i;
        }
    }
}
