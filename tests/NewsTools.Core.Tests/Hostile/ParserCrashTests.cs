using Xunit;

namespace NewsTools.Core.Tests.Hostile
{
    /// <summary>Inputs on which the HTML parser itself threw, kept as regression tests (found by <see cref="FuzzTests"/>).</summary>
    public class ParserCrashTests
    {
        [Fact]
        public void AnXmpInsideASelectDoesNotThrow()
        {
            // Fuzzer seed 15, input 12887: a mutated error page; AngleSharp 1.10.3 threw NullReferenceException in InSelect.
            string html = "<!DOCTYPE html>\n" +
                "<html lang=\"en\">\n" +
                "<head>\n" +
                "<meta charset=\"utf-8\">\n" +
                "<title>Page not found | Riverside Gazette</title>\n" +
                "</head>\n" +
                "<body>\n" +
                "<header class=\"masthead\"><a href=\"/\">Riverside Gazette</a>\n" +
                "<nav><ul><li><a href=\"/news/\">News</a></li><li><a href=\"/sport/\">Sport</a></li><li><a href=\"/opinion/\">Opinion</a></li></ul></header>\n" +
                "<main>\n" +
                "<h1>Sorry, we couldn't find that page</h1>\n" +
                "<p>The page you were loo<select>ki<xmp>ng for may have moved, or the address may be mistyped. Try the sear><input type=\"search\" name=\"q\"><button>Search</button></form>\n" +
                "<p><a href=\"/\">Back to the front page</a></p>\n" +
                "</main>\n" +
                "<footer><p>&copy; Riverside Gazette</p></footer>\n" +
                "</body>\n" +
                "</html>\n";
            ExtractionResult r = new ArticleExtractor(new ExtractionOptions { InputFormat = InputFormat.Html }).Extract(new ArticleInput(html, "fuzz", null));
            Assert.NotNull(r.Article);
        }
    }
}
