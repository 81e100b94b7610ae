using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using NewsTools.Html;
using Xunit;

namespace NewsTools.Core.Tests.Html
{
    /// <summary>
    /// The fast paths of the HTML side (the one-pass attribute reader, class+id names, the walkers that follow the index's
    /// order, the bounded text, the index sized by a bound, one-pass line normalising): each gives what the slower
    /// form it replaced gave.
    /// </summary>
    public class DomReadingTests
    {
        private static IElement Parse(string bodyHtml, string selector)
            => new HtmlParser().ParseDocument("<html><body>" + bodyHtml + "</body></html>").QuerySelector(selector)!;

        [Theory]
        [InlineData("<div id=x CLASS='Story Main' Role=Navigation itemprop=author rel=me href=/a style='display:none' aria-hidden=true hidden>t</div>")]
        [InlineData("<a class=one class=two href=/first href=/second id=x>t</a>")]
        [InlineData("<svg><g class=icon id=g1 role=img></g></svg>")]
        [InlineData("<p>t</p>")]
        [InlineData("<span data-class=no xlink:href=no>t</span>")]
        public void GivesWhatGetAttributeGives(string html)
        {
            IElement el = Parse(html, html.StartsWith("<svg") ? "g" : "body > *");
            KeyAttributes a = KeyAttributes.Of(el);

            Assert.Equal(el.GetAttribute("class"), a.Class);
            Assert.Equal(el.GetAttribute("id"), a.Id); // el.Id gives "" for none; every reader treats null and "" alike
            Assert.Equal(el.GetAttribute("role"), a.Role);
            Assert.Equal(el.GetAttribute("itemprop"), a.ItemProp);
            Assert.Equal(el.GetAttribute("rel"), a.Rel);
            Assert.Equal(el.GetAttribute("href"), a.Href);
            Assert.Equal(el.GetAttribute("style"), a.Style);
            Assert.Equal(el.GetAttribute("aria-hidden"), a.AriaHidden);
            Assert.Equal(el.HasAttribute("hidden"), a.Hidden);
        }

        [Fact]
        public void ReadsEveryKeyAttribute()
        {
            KeyAttributes a = KeyAttributes.Of(Parse("<div id=x class='story' role=main itemprop=author rel=me href=/a style='color:red' aria-hidden=true hidden>t</div>", "div"));
            Assert.Equal(("story", "x", "main", "author", "me", "/a", "color:red", "true", true), (a.Class, a.Id, a.Role, a.ItemProp, a.Rel, a.Href, a.Style, a.AriaHidden, a.Hidden));
        }

        [Theory]
        [InlineData("story-body main", null, "story-body main")]
        [InlineData(null, "top", "top")]
        [InlineData("Story-Body", null, "story-body")]
        [InlineData(" story ", null, "story")]
        [InlineData("story", "Top", "story top")]
        [InlineData("caf\u00C9", null, "caf\u00E9")]
        [InlineData(null, null, "")]
        [InlineData("", "", "")]
        public void ClassAndIdIsLowerCasedTrimmedAndJoined(string? cls, string? id, string expected)
        {
            Assert.Equal(expected, TextUtil.ClassAndId(cls, id));
        }

        [Fact]
        public void ALowerCaseClassComesBackAsItIs()
        {
            string cls = "entry-content";
            Assert.Same(cls, TextUtil.ClassAndId(cls, null));
            Assert.True(TextUtil.IsTrimmedLowerAscii("a-b c"));
            Assert.False(TextUtil.IsTrimmedLowerAscii("a-B"));
            Assert.False(TextUtil.IsTrimmedLowerAscii("a "));
            Assert.False(TextUtil.IsTrimmedLowerAscii("\u00E9"));
            Assert.False(TextUtil.IsTrimmedLowerAscii(""));
        }

        [Fact]
        public void VisibleTextLeavesRemovedSubtreesOutFollowingTheIndex()
        {
            // Removed elements at several depths, a skipped script with elements-looking text, and an svg subtree (no text):
            // the walk must stay in step with the index after each skipped subtree.
            IElement body = Parse("<div id=root><p>one <b>two</b></p><script>var x = '<i>no</i>';</script><div id=gone><p>three</p><span>four</span></div>"
                + "<svg><g><text>svg</text></g></svg><p>five <i id=gone2>six</i> seven</p><ul><li>eight</li><li id=gone3>nine</li></ul></div>", "body");
            DomIndex ix = DomIndex.Build(body);
            int root = ix.IndexOf(body.QuerySelector("#root")!);
            foreach (string id in new[] { "#gone", "#gone2", "#gone3" }) ix.MarkRemoved(ix.IndexOf(body.QuerySelector(id)!));

            string text = TextUtil.Collapse(TextUtil.VisibleText(ix, root, true));
            Assert.Equal("one two five seven eight", text);
            string lines = TextUtil.VisibleLines(ix, root, true);
            Assert.DoesNotContain("three", lines);
            Assert.DoesNotContain("nine", lines);
            Assert.Contains("eight", lines);
            Assert.Contains("seven", lines);
        }
        [Theory]
        [InlineData("<div id=t>Posted <b>May 3, <i>2024</i></b><!-- no --><script>x</script> by Jane</div>", 1000)]
        [InlineData("<div id=t>Posted <b>May 3, <i>2024</i></b> by Jane</div>", 10)]
        [InlineData("<div id=t></div>", 5)]
        [InlineData("<div id=t><p>abc</p><p>def</p></div>", 6)]
        [InlineData("<div id=t><p>abc</p><p>def</p></div>", 5)]
        public void TextContentUpToGivesTheTextContentOrNullPastTheBound(string html, int max)
        {
            IElement el = Parse(html, "#t");
            string whole = el.TextContent;
            Assert.Equal(whole.Length <= max ? whole : null, TextUtil.TextContentUpTo(el, max));
        }

        [Fact]
        public void TheIndexIsTheSameWhateverItsFirstSize()
        {
            // More elements than the smallest first size (64), so the arrays grow during the walk.
            var html = new System.Text.StringBuilder("<div>");
            for (int i = 0; i < 150; i++) html.Append("<p>Para, ").Append(i).Append(" <a href=#>link</a> \u4E2D\u6587</p>");
            IElement body = Parse(html.Append("</div>").ToString(), "body");
            DomIndex small = DomIndex.Build(body, 0), exact = DomIndex.Build(body, 302), large = DomIndex.Build(body, 5000);
            Assert.Equal(302, small.Count);
            foreach (DomIndex other in new[] { exact, large })
            {
                Assert.Equal(small.Count, other.Count);
                for (int i = 0; i < small.Count; i++)
                {
                    Assert.Same(small.Elements[i], other.Elements[i]);
                    Assert.Equal((small.Parent[i], small.End[i], small.Text[i], small.LinkText[i], small.Commas[i], small.ParaText[i]),
                        (other.Parent[i], other.End[i], other.Text[i], other.LinkText[i], other.Commas[i], other.ParaText[i]));
                }
            }
            Assert.Equal(150 * (5 + 4 + 4) + 340, small.Text[0]); // "Para," + "link" + two CJK characters counted double, and the numbers' 340 digits
            Assert.Equal(150 * 4, small.LinkText[0]);
            Assert.Equal(150, small.Commas[0]);
        }
        [Theory]
        [InlineData("one\ntwo")]
        [InlineData("  one  \n\n  two \t three \n")]
        [InlineData("\n\n\u200Bone\u00A0two\r\n\uFEFF\nthree\n")]
        [InlineData("\n \n")]
        [InlineData("a\n\nb \n c")]
        [InlineData("no newline  here ")]
        public void NormalizeLinesCollapsesEachLineAndDropsEmptyOnes(string s)
        {
            // The reference: split at '\n', collapse each line, drop the empty ones, join with '\n'.
            var lines = new System.Collections.Generic.List<string>();
            foreach (string line in s.Split('\n'))
            {
                string l = TextUtil.Collapse(line);
                if (l.Length > 0) lines.Add(l);
            }
            Assert.Equal(string.Join("\n", lines), TextUtil.NormalizeLines(s));
        }
        [Fact]
        public void ElementPathNamesTheInnermostSixSteps()
        {
            IElement body = Parse("<div id=' main '><section class='  story\tbody'><div><article class='" + new string('x', 41) + "'><div id=a><div><p class='lead more'>t</p></div></div></article></div></section></div>", "body");
            DomIndex ix = DomIndex.Build(body);
            Assert.Equal("\u2026>section.story>div>article>div#a>div>p.lead", ElementPath.Of(ix, ix.IndexOf(body.QuerySelector("p")!)));
            Assert.Equal("body>div#main", ElementPath.Of(ix, 1));
        }
    }
}
