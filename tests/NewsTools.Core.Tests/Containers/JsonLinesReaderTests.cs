using System.Collections.Generic;
using System.IO;
using System.Linq;
using NewsTools.Containers;
using Xunit;

namespace NewsTools.Core.Tests.Containers
{
    /// <summary>JSON Lines input: which field gives the content and its format, ids and urls, and one error per bad line.</summary>
    public class JsonLinesReaderTests
    {
        private static List<ContainerEntry> Read(string text, JsonLinesFields? fields = null)
            => new JsonLinesReader(new StringReader(text), fields, 1000).Read().ToList();

        [Fact]
        public void EachObjectIsAPageWithItsFormatUrlAndId()
        {
            string text = "{\"id\": \"a1\", \"url\": \"https://example.com/a\", \"html\": \"<html><body><p>One</p></body></html>\"}\n"
                + "\n"
                + "{\"id\": 42, \"text\": \"Two\\nlines\"}\r\n"
                + "{\"markdown\": \"# Three\\n\\nBody \\u00e9\"}\n";
            List<ContainerPage> pages = Read(text).Select(e => e.Page!).ToList();
            Assert.Equal(3, pages.Count);
            Assert.Equal((InputFormat.Html, "a1", "https://example.com/a"), (pages[0].Format, pages[0].RecordId, pages[0].Url));
            Assert.Equal((InputFormat.Text, "42", "Two\nlines"), (pages[1].Format, pages[1].RecordId, pages[1].Content));
            Assert.Equal((InputFormat.Markdown, "line 4", "# Three\n\nBody é"), (pages[2].Format, pages[2].RecordId, pages[2].Content));
        }

        [Fact]
        public void ABadLineIsOneErrorAndTheRestGoOn()
        {
            string text = "{\"text\": \"good\"}\n{not json\n[1,2]\n{\"title\": \"no content\", \"id\": \"x\"}\n" + "{\"text\": \"" + new string('a', 2000) + "\"}\n{\"text\": \"also good\"}\n";
            List<ContainerEntry> entries = Read(text);
            Assert.Equal(new[] { "good", null, null, null, null, "also good" }, entries.Select(e => e.Page?.Content));
            Assert.Equal(new long[] { 2, 3, 4, 5 }, entries.Where(e => e.Error != null).Select(e => e.Error!.Position));
            Assert.Equal("x", entries[3].Error!.RecordId);
        }

        [Fact]
        public void FieldNamesCanBeChosen()
        {
            var fields = new JsonLinesFields { Html = "raw_content", Url = "warc_url", Id = "doc" };
            ContainerPage page = Read("{\"doc\": \"d7\", \"warc_url\": \"https://example.com/x\", \"raw_content\": \"<p>Hi</p>\"}", fields).Single().Page!;
            Assert.Equal(("d7", "https://example.com/x", InputFormat.Html), (page.RecordId, page.Url, page.Format));
        }
    }
}
