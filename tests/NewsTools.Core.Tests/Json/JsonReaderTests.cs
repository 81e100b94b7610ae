using System.Linq;
using NewsTools.Json;
using Xunit;

namespace NewsTools.Core.Tests.Json
{
    /// <summary>
    /// The JSON-LD reader: standard JSON, the mistakes of publishers' templates it forgives, and its limits
    /// (no recursion on input depth, never throws). The contract is in JsonReader's summary.
    /// </summary>
    public class JsonReaderTests
    {
        [Fact]
        public void ReadsAnObjectWithMembersInDocumentOrder()
        {
            JsonNode? node = JsonReader.Parse("{\"@type\": \"NewsArticle\", \"headline\": \"Ferry\", \"wordCount\": 420}");

            Assert.NotNull(node);
            Assert.Equal(JsonKind.Object, node!.Kind);
            Assert.Equal(new[] { "@type", "headline", "wordCount" }, node.Members.Select(m => m.Key));
            Assert.Equal("NewsArticle", node["@type"]!.Text);
            Assert.Equal(JsonKind.Number, node["wordCount"]!.Kind);
            Assert.Equal("420", node["wordCount"]!.Text);
        }

        [Fact]
        public void ReadsArraysAndNesting()
        {
            JsonNode? node = JsonReader.Parse("{\"@graph\": [{\"@type\": \"Person\", \"name\": \"Jane Doe\"}, [1, 2, []], {}]}");

            JsonNode graph = node!["@graph"]!;
            Assert.Equal(JsonKind.Array, graph.Kind);
            Assert.Equal(3, graph.Items.Count);
            Assert.Equal("Jane Doe", graph.Items[0]["name"]!.Text);
            Assert.Equal(JsonKind.Array, graph.Items[1].Kind);
            Assert.Equal(new[] { "1", "2" }, graph.Items[1].Items.Take(2).Select(i => i.Text));
            Assert.Empty(graph.Items[1].Items[2].Items);
            Assert.Equal(JsonKind.Object, graph.Items[2].Kind);
            Assert.Empty(graph.Items[2].Members);
        }

        [Theory]
        [InlineData("[\"a\\\"b\"]", "a\"b")]
        [InlineData("[\"back\\\\slash\"]", "back\\slash")]
        [InlineData("[\"a\\/b\"]", "a/b")]
        [InlineData("[\"line\\nbreak\\ttab\\rret\"]", "line\nbreak\ttab\rret")]
        [InlineData("[\"\\b\\f\"]", "\b\f")]
        [InlineData("[\"caf\\u00e9\"]", "café")]
        [InlineData("[\"\\u00C9t\\u00E9\"]", "Été")]
        [InlineData("[\"no escapes at all\"]", "no escapes at all")]
        [InlineData("[\"\"]", "")]
        public void DecodesStringEscapes(string json, string expected)
        {
            Assert.Equal(expected, JsonReader.Parse(json)!.Items[0].Text);
        }

        [Fact]
        public void JoinsASurrogatePairIntoOneCharacter()
        {
            // U+1F600 is written in JSON as its UTF-16 pair.
            string text = JsonReader.Parse("[\"smile \\ud83d\\ude00!\"]")!.Items[0].Text!;

            Assert.Equal("smile \U0001F600!", text);
            Assert.True(char.IsSurrogatePair(text, 6));
        }

        [Fact]
        public void KeepsRawNonAsciiText()
        {
            Assert.Equal("Zürich 東京 \U0001F600", JsonReader.Parse("[\"Zürich 東京 \U0001F600\"]")!.Items[0].Text);
        }

        [Theory]
        [InlineData("0")]
        [InlineData("-12")]
        [InlineData("3.25")]
        [InlineData("1.5e3")]
        [InlineData("-2E-4")]
        public void KeepsNumbersAsTheirSourceText(string number)
        {
            JsonNode item = JsonReader.Parse("[" + number + "]")!.Items[0];

            Assert.Equal(JsonKind.Number, item.Kind);
            Assert.Equal(number, item.Text);
        }

        [Fact]
        public void ReadsTrueFalseAndNull()
        {
            JsonNode node = JsonReader.Parse("{\"free\": true, \"paid\": false, \"image\": null}")!;

            Assert.Equal(JsonKind.Boolean, node["free"]!.Kind);
            Assert.Equal("true", node["free"]!.Text);
            Assert.Equal("false", node["paid"]!.Text);
            Assert.Equal(JsonKind.Null, node["image"]!.Kind);
            Assert.Null(node["image"]!.Text);
        }

        [Fact]
        public void ForgivesTemplateMistakes()
        {
            // Single quotes, a bare key, a trailing comma, a doubled comma, comments, a raw newline in a string.
            string json = "{ /* generated */ 'headline': 'Ferry', author: \"Jane\nDoe\",, // note\n \"tags\": [\"a\", \"b\",], }";

            JsonNode node = JsonReader.Parse(json)!;

            Assert.Equal("Ferry", node["headline"]!.Text);
            Assert.Equal("Jane\nDoe", node["author"]!.Text);
            Assert.Equal(new[] { "a", "b" }, node["tags"]!.Items.Select(i => i.Text));
            Assert.Equal(3, node.Members.Count);
        }

        [Fact]
        public void SkipsAnHtmlCommentWrapper()
        {
            JsonNode? node = JsonReader.Parse("<!--\n{\"@type\": \"Article\"}\n-->");

            Assert.Equal("Article", node!["@type"]!.Text);
        }

        [Fact]
        public void KeepsTheObjectInsideACdataWrapperReachable()
        {
            // The "[" of "<![CDATA[" opens an array, so the object comes back nested in it (["CDATA", [{...}]]):
            // JsonLdGraph walks arrays, so the article is still found.
            var roots = JsonReader.ParseAll("//<![CDATA[\n{\"@type\": \"Article\"}\n//]]>");

            Assert.Contains(Flatten(roots), n => n.IsObject && n["@type"]?.Text == "Article");
        }

        [Fact]
        public void ClosesATruncatedBlockKeepingWhatWasRead()
        {
            JsonNode node = JsonReader.Parse("{\"headline\": \"Ferry\", \"author\": {\"name\": \"Jane Doe\", \"url\": \"https://exa")!;

            Assert.Equal("Ferry", node["headline"]!.Text);
            Assert.Equal("Jane Doe", node["author"]!["name"]!.Text);
            // The unterminated string keeps the characters read.
            Assert.Equal("https://exa", node["author"]!["url"]!.Text);
        }

        [Fact]
        public void IgnoresTrailingGarbageAfterTheFirstValue()
        {
            JsonNode node = JsonReader.Parse("{\"a\": 1} this is not json")!;

            Assert.Equal("1", node["a"]!.Text);
            Assert.Single(node.Members);
        }

        [Fact]
        public void SalvagesTheOuterObjectAtASyntaxError()
        {
            // A key without its colon: what was read before stays.
            JsonNode node = JsonReader.Parse("{\"a\": 1, \"b\" 2, \"c\": 3}")!;

            Assert.Equal("1", node["a"]!.Text);
            Assert.Null(node["c"]);
        }

        [Theory]
        [InlineData(null)]
        [InlineData("")]
        [InlineData("   ")]
        [InlineData("no json here")]
        [InlineData("42")]
        [InlineData("\"just a string\"")]
        public void ReturnsNullWhenThereIsNoObjectOrArray(string? text)
        {
            Assert.Null(JsonReader.Parse(text));
            Assert.Empty(JsonReader.ParseAll(text));
        }

        [Fact]
        public void ReadsEveryTopLevelValueOfABlock()
        {
            var roots = JsonReader.ParseAll("{\"@type\": \"Organization\"}\n{\"@type\": \"NewsArticle\"} [1]");

            Assert.Equal(new[] { JsonKind.Object, JsonKind.Object, JsonKind.Array }, roots.Select(r => r.Kind));
            Assert.Equal("NewsArticle", roots[1]["@type"]!.Text);
        }

        [Fact]
        public void StopsAfterThirtyTwoTopLevelValues()
        {
            var roots = JsonReader.ParseAll(string.Concat(Enumerable.Repeat("{} ", 100)));

            Assert.Equal(32, roots.Count);
        }

        [Fact]
        public void KeepsControlCharactersInsideStringsAndDoesNotThrow()
        {
            // A template that pasted a tab, a NUL and a bell into a value: the reader is lenient, the text keeps them.
            JsonNode node = JsonReader.Parse("{\"a\": \"x\ty\u0000z\u0007\"}")!;

            Assert.Equal("x\ty\u0000z\u0007", node["a"]!.Text);
        }

        [Fact]
        public void ReadsEscapedUnicodeLeftIncompleteAsPlainCharacters()
        {
            // "\u12" at the end of the input: no four hex digits, so no character is made up.
            JsonNode node = JsonReader.Parse("[\"ab\\u12")!;

            Assert.Equal("ab12", node.Items[0].Text);
        }

        [Fact]
        public void NeverRecursesOnDepth_AMillionOpenBracketsAreCutAtMaxDepth()
        {
            // The parser keeps nesting on an explicit stack: a stack overflow here would kill the test host.
            string deep = new string('[', 1_000_000);

            JsonNode? node = JsonReader.Parse(deep);

            Assert.Equal(JsonReader.MaxDepth, Depth(node));
        }

        [Fact]
        public void DeepButBalancedInputIsCutAtMaxDepthAndBoundedInRoots()
        {
            // Each cut restarts at the next bracket; MaxRoots bounds the work on hostile input.
            var roots = JsonReader.ParseAll(new string('[', 10_000) + new string(']', 10_000));

            Assert.Equal(JsonReader.MaxDepth, Depth(roots[0]));
            Assert.Equal(32, roots.Count);
        }

        [Fact]
        public void AValueAfterAnOverDeepOneIsStillRead()
        {
            // 70 levels: cut at 64, the remaining 6 come back as a second root, then the object after them.
            var roots = JsonReader.ParseAll(new string('[', 70) + new string(']', 70) + " {\"after\": true}");

            Assert.Equal(JsonReader.MaxDepth, Depth(roots[0]));
            Assert.Equal("true", roots[roots.Count - 1]["after"]?.Text);
        }

        [Fact]
        public void NestingUpToMaxDepthIsKeptWhole()
        {
            string json = new string('[', JsonReader.MaxDepth) + "7" + new string(']', JsonReader.MaxDepth);

            JsonNode? node = JsonReader.Parse(json);

            Assert.Equal(JsonReader.MaxDepth, Depth(node));
            JsonNode inner = node!;
            while (inner.Items.Count > 0 && inner.Items[0].IsArray) inner = inner.Items[0];
            Assert.Equal("7", inner.Items[0].Text);
        }

        /// <summary>Every node under the roots, without recursion.</summary>
        private static System.Collections.Generic.List<JsonNode> Flatten(System.Collections.Generic.IEnumerable<JsonNode> roots)
        {
            var all = new System.Collections.Generic.List<JsonNode>();
            var stack = new System.Collections.Generic.Stack<JsonNode>(roots);
            while (stack.Count > 0)
            {
                JsonNode n = stack.Pop();
                all.Add(n);
                foreach (JsonNode item in n.Items) stack.Push(item);
                foreach (var m in n.Members) stack.Push(m.Value);
            }
            return all;
        }

        /// <summary>Nesting depth of containers, measured without recursion.</summary>
        private static int Depth(JsonNode? node)
        {
            int depth = 0;
            while (node != null && (node.IsArray || node.IsObject))
            {
                depth++;
                node = node.IsArray
                    ? node.Items.FirstOrDefault(i => i.IsArray || i.IsObject)
                    : node.Members.Select(m => m.Value).FirstOrDefault(v => v.IsArray || v.IsObject);
            }
            return depth;
        }
    }
}
