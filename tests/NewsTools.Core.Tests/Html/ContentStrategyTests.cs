using System;
using Xunit;
using static NewsTools.Core.Tests.Pages;

namespace NewsTools.Core.Tests.Html
{
    /// <summary>
    /// Each content strategy of the HTML path, through the public API: which strategy answered (Article.Strategy)
    /// and what the text holds and leaves out. Strategy names: content-selector, article-container, text-density,
    /// baseline (each may end in "-relaxed" after the relaxed retry), and json-ld.
    /// </summary>
    public class ContentStrategyTests
    {
        [Fact]
        public void ContentSelectorTakesTheNamedContainerWhole()
        {
            // The user's container is called "story-sidebar", which the cleaner's name rules would remove.
            string html = "<html><body>" + Menu
                + "<div class=\"story-sidebar\" id=\"mystory\"><h2>Ferry timetable</h2>" + Paragraphs(0, 1) + "</div>"
                + "<div class=\"main-text\">" + Paragraphs(2, 6) + "</div></body></html>";

            Article a = Extract(html, new ExtractionOptions { ContentSelectors = new[] { "#mystory" } });

            Assert.Equal("content-selector", a.Strategy);
            Assert.Contains(Story[0], a.Text);
            Assert.Contains(Story[1], a.Text);
            Assert.DoesNotContain(Story[2], a.Text);
        }

        [Fact]
        public void WithoutTheSelectorTheSamePageIsScored()
        {
            string html = "<html><body>" + Menu
                + "<div class=\"story-sidebar\" id=\"mystory\"><h2>Ferry timetable</h2>" + Paragraphs(0, 1) + "</div>"
                + "<div class=\"main-text\">" + Paragraphs(2, 6) + "</div></body></html>";

            Article a = Extract(html);

            Assert.NotEqual("content-selector", a.Strategy);
            Assert.DoesNotContain(Story[0], a.Text);
            Assert.Contains(Story[2], a.Text);
        }

        [Fact]
        public void AnInvalidOrUnmatchedSelectorFallsThroughToTheCascade()
        {
            string html = "<html><body>" + Menu + "<div>" + Paragraphs(0, 5) + "</div></body></html>";
            var logged = new System.Collections.Generic.List<string>();

            Article a = Extract(html, new ExtractionOptions { ContentSelectors = new[] { "div[", "#missing" }, Log = logged.Add });

            Assert.NotEqual("content-selector", a.Strategy);
            Assert.Contains(Story[5], a.Text);
            Assert.Contains(logged, l => l.Contains("not a valid CSS selector", StringComparison.Ordinal));
        }

        [Fact]
        public void ArticleContainerIsAKnownBodyWrapper()
        {
            // The scored candidate takes the unclassed intro beside the body, so it is not inside the named
            // container: the known container stands.
            string html = "<html><head><title>Ferry timetable</title></head><body>" + Menu
                + "<article><h1>Ferry timetable gains three evening crossings</h1>"
                + "<p>An intro paragraph that sits outside the body container and reads as a plain sentence of prose.</p>"
                + "<div class=\"article-body\">" + Paragraphs(0, 4) + "</div></article>"
                + "<div class=\"sidebar\"><h3>Most read</h3><p>Sidebar teaser about a different topic that nobody should see in the story.</p></div>"
                + "</body></html>";

            Article a = Extract(html);

            Assert.Equal("article-container", a.Strategy);
            foreach (string p in Story[..5]) Assert.Contains(p, a.Text);
            Assert.DoesNotContain("Sidebar teaser", a.Text);
            Assert.DoesNotContain("Sport", a.Text);
        }

        [Fact]
        public void TextDensityScoresParagraphsWhenNoContainerIsNamed()
        {
            string html = "<html><body>" + Menu
                + "<div id=\"x1\"><div class=\"col\">" + Paragraphs(0, 4) + "</div></div>"
                + "<div class=\"promo-box\"><p>Subscribe to our weekly digest for more harbour news and exclusive offers every week.</p></div>"
                + "<footer><p>Copyright Harbour Gazette. All rights reserved. Contact us for syndication.</p></footer>"
                + "</body></html>";

            Article a = Extract(html);

            Assert.Equal("text-density", a.Strategy);
            foreach (string p in Story[..5]) Assert.Contains(p, a.Text);
            Assert.DoesNotContain("weekly digest", a.Text);
            Assert.DoesNotContain("All rights reserved", a.Text);
        }

        [Fact]
        public void BaselineTakesTheWholeBodyWhenNoStrategyApplies()
        {
            Article a = Extract("<html><body><h1>Ferry note</h1><span>Short note.</span></body></html>");

            Assert.Equal("baseline", a.Strategy);
            Assert.Equal("Short note.", a.Text);
        }

        [Fact]
        public void JsonLdArticleBodyStandsInForAScriptRenderedPage()
        {
            string body = string.Join("\\n", Story[..5]).Replace("'", "\\u0027", StringComparison.Ordinal);
            string html = "<html><head><title>Ferry timetable</title><script type=\"application/ld+json\">"
                + "{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",\"headline\":\"Ferry timetable gains three evening crossings\",\"articleBody\":\"" + body + "\"}"
                + "</script></head><body>" + Menu
                + "<div id=\"app\"><h1>Ferry timetable gains three evening crossings</h1><p>Loading the story, please wait a moment.</p></div></body></html>";

            Article a = Extract(html);

            Assert.Equal("json-ld", a.Strategy);
            foreach (string p in Story[..5]) Assert.Contains(p, a.Text);
            Assert.DoesNotContain("Loading the story", a.Text);
            Assert.Equal(5, a.Paragraphs.Count);
        }

        [Fact]
        public void JsonLdArticleBodyIsNotUsedWhenTheMarkupHoldsTheStory()
        {
            string html = "<html><head><script type=\"application/ld+json\">"
                + "{\"@type\":\"NewsArticle\",\"articleBody\":\"A short summary that differs from the page.\"}"
                + "</script></head><body><div class=\"article-body\">" + Paragraphs(0, 5) + "</div></body></html>";

            Article a = Extract(html);

            Assert.NotEqual("json-ld", a.Strategy);
            Assert.DoesNotContain("short summary", a.Text);
            Assert.Contains(Story[5], a.Text);
        }

        [Fact]
        public void RecallKeepsTheWholeNamedContainer()
        {
            // The same page as ArbitrationTests.ScoredBlockInsideTheNamedContainerIsTheStory: Recall never swaps the
            // named container for the scored block inside it.
            Article a = Extract(ArbitrationPages.FiledUnderInsideEntryContent, new ExtractionOptions { Focus = ExtractionFocus.Recall });

            Assert.Equal("article-container", a.Strategy);
            Assert.Contains("Filed under", a.Text);
            Assert.Contains(Story[4], a.Text);
        }
    }
}
