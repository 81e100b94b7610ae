using System.Linq;
using NewsTools.Json;
using Xunit;

namespace NewsTools.Core.Tests.Json
{
    /// <summary>The read-only JSON DOM: lookups and the JSON-LD conveniences AsString and AsSequence.</summary>
    public class JsonNodeTests
    {
        [Fact]
        public void LookupPrefersTheExactKeyThenIgnoresCase()
        {
            JsonNode node = JsonReader.Parse("{\"Name\": \"upper\", \"name\": \"exact\"}")!;

            Assert.Equal("exact", node["name"]!.Text);
            Assert.Equal("upper", node["NAME"]!.Text);
            Assert.Null(node["missing"]);
        }

        [Fact]
        public void DuplicateKeysAreKeptAndTheFirstWins()
        {
            JsonNode node = JsonReader.Parse("{\"a\": 1, \"a\": 2}")!;

            Assert.Equal(2, node.Members.Count);
            Assert.Equal("1", node["a"]!.Text);
        }

        [Fact]
        public void IndexerOnANonObjectIsNull()
        {
            Assert.Null(JsonReader.Parse("[1]")!["a"]);
        }

        [Theory]
        [InlineData("[\"Jane\"]", "Jane")]
        [InlineData("[12]", "12")]
        [InlineData("[true]", "true")]
        [InlineData("[[\"first\", \"second\"]]", "first")]
        [InlineData("[{\"@value\": \"2024-05-17\", \"name\": \"n\"}]", "2024-05-17")]
        [InlineData("[{\"@type\": \"Person\", \"name\": \"Jane Doe\"}]", "Jane Doe")]
        [InlineData("[{\"url\": \"https://example.com/a.jpg\"}]", "https://example.com/a.jpg")]
        [InlineData("[{\"@id\": \"#author\"}]", "#author")]
        [InlineData("[[{\"name\": [\"Jane Doe\"]}]]", "Jane Doe")]
        public void AsStringFollowsJsonLdValueShapes(string json, string expected)
        {
            Assert.Equal(expected, JsonReader.Parse(json)!.Items[0].AsString());
        }

        [Theory]
        [InlineData("[null]")]
        [InlineData("[[]]")]
        [InlineData("[{\"@type\": \"Person\"}]")]
        public void AsStringIsNullWhenThereIsNoScalar(string json)
        {
            Assert.Null(JsonReader.Parse(json)!.Items[0].AsString());
        }

        [Fact]
        public void AsStringGivesUpOnAValueBuriedTooDeep()
        {
            // A scalar is never far in JSON-LD; five levels of wrappers is junk.
            Assert.Null(JsonReader.Parse("[[[[[\"deep\"]]]]]")!.AsString());
            Assert.Equal("near", JsonReader.Parse("[[[\"near\"]]]")!.AsString());
        }

        [Fact]
        public void AsSequenceTreatsOneValueAndAnArrayAlike()
        {
            JsonNode node = JsonReader.Parse("{\"one\": {\"name\": \"A\"}, \"many\": [{\"name\": \"B\"}, {\"name\": \"C\"}], \"none\": null}")!;

            Assert.Equal(new[] { "A" }, node["one"]!.AsSequence().Select(n => n.AsString()));
            Assert.Equal(new[] { "B", "C" }, node["many"]!.AsSequence().Select(n => n.AsString()));
            Assert.Empty(node["none"]!.AsSequence());
        }
    }
}
