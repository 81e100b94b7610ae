using Xunit;
using static NewsTools.Core.Tests.Pages;

namespace NewsTools.Core.Tests
{
    /// <summary>Pages for the Arbitrate step, shared with the Recall test.</summary>
    internal static class ArbitrationPages
    {
        /// <summary>
        /// A named container ("entry-content") whose story sits in an inner block, beside a "Filed under" line of
        /// section labels: the scored block inside ("prose", as Tailwind typography names it) holds nearly all the prose.
        /// </summary>
        public static readonly string FiledUnderInsideEntryContent = "<html><body>" + Menu
            + "<h1>Ferry timetable gains three evening crossings</h1>"
            + "<div class=\"entry-content\">"
            + "<div><span>Filed under</span> <span>Transport</span> <span>Islands</span> <span>Harbour</span> <span>Local politics</span> <span>Weather</span> <span>Tourism</span></div>"
            + "<div class=\"prose\">" + Paragraphs(0, 4) + "</div>"
            + "</div></body></html>";
    }

    /// <summary>
    /// The four branches the review of issue 13 found that no test failed without (see BRANCHES.md, which records
    /// each one disabled and the test that then failed). Each page is one where the branch decides the result.
    /// </summary>
    public class UnguardedBranchTests
    {
        // ---- (a) the relaxed retry (HtmlArticleExtractor.Extract, RetryBelowText) ----

        [Fact]
        public void RelaxedRetryRecoversAStoryThatTheNameRulesAte()
        {
            // A theme that calls its story box "widget" (a sidebar-widget name), between three link menus:
            // the first attempt keeps nothing (menus are link lists), the relaxed one ignores names.
            string html = "<html><body>" + LinkList("a", "Section link number") + "<div class=\"widget\"><h2>Ferry timetable</h2>" + Paragraphs(0, 1) + "</div>"
                + LinkList("b", "Popular story number") + LinkList("c", "Partner site number") + "</body></html>";

            Article a = Extract(html);

            Assert.Contains(Story[0], a.Text);
            Assert.Contains(Story[1], a.Text);
            Assert.DoesNotContain("Section link number", a.Text);
            Assert.Equal("text-density-relaxed", a.Strategy);
        }

        [Fact(Skip = "Bug: the retry fires only when index.Text[0] (text left AFTER cleaning) exceeds 4x what was found; when the name rules ate the whole story nothing is left, so there is no retry and the article is empty.")]
        public void RelaxedRetryRecoversAStoryWhenNothingElseIsOnThePage()
        {
            string html = "<html><body><div class=\"widget\"><h2>Ferry timetable</h2>" + Paragraphs(0, 1) + "</div></body></html>";

            Article a = Extract(html);

            Assert.EndsWith("-relaxed", a.Strategy);
            Assert.Contains(Story[0], a.Text);
        }

        // ---- (b) the split-sibling join (MainContentLocator.AddSplitSiblings) ----

        [Fact]
        public void BodySplitAroundAnAdIsJoinedFromBothContainers()
        {
            string html = "<html><body>" + Menu + "<h1>Ferry timetable gains three evening crossings</h1><div class=\"wrap\">"
                + "<div class=\"article-body\">" + Paragraphs(0, 2) + "</div>"
                + "<div class=\"ad-slot\"><p>Advertisement: buy the new harbour cruise package today with a discount for early birds.</p></div>"
                + "<div class=\"article-body\">" + Paragraphs(3, 4) + "</div>"
                + "</div><footer>Footer text</footer></body></html>";

            Article a = Extract(html);

            Assert.Equal("article-container", a.Strategy);
            foreach (string p in Story[..5]) Assert.Contains(p, a.Text);
            Assert.DoesNotContain("Advertisement", a.Text);
            // In document order.
            Assert.True(a.Text.IndexOf(Story[2], System.StringComparison.Ordinal) < a.Text.IndexOf(Story[3], System.StringComparison.Ordinal));
        }

        [Fact]
        public void ASiblingContainerWithItsOwnHeadlineIsAnotherStory()
        {
            // Infinite scroll: the next story has the same wrapper and its own h1; it is not joined.
            string html = "<html><body>" + Menu + "<div class=\"wrap\">"
                + "<div class=\"article-body\"><h1>Ferry timetable gains three evening crossings</h1>" + Paragraphs(0, 4) + "</div>"
                + "<div class=\"article-body\"><h1>Bus routes change</h1>" + Paragraphs(9, 9) + "</div>"
                + "</div></body></html>";

            Article a = Extract(html);

            Assert.Contains(Story[4], a.Text);
            Assert.DoesNotContain(Story[9], a.Text);
        }

        // ---- (c) Arbitrate (MainContentLocator.Arbitrate) ----

        [Fact]
        public void ScoredBlockInsideTheNamedContainerIsTheStory()
        {
            Article a = Extract(ArbitrationPages.FiledUnderInsideEntryContent);

            Assert.DoesNotContain("Filed under", a.Text);
            foreach (string p in Story[..5]) Assert.Contains(p, a.Text);
            Assert.Equal("text-density", a.Strategy);
        }

        [Fact]
        public void ScoredCandidateWinsWhenTheNamedContainerCaughtOnlyTheLead()
        {
            // The "article-body" wrapper holds the first two paragraphs; the rest of the story follows in an unnamed block.
            string html = "<html><body>" + Menu + "<h1>Ferry timetable gains three evening crossings</h1>"
                + "<div class=\"article-body\">" + Paragraphs(0, 1) + "</div>"
                + "<div class=\"more\">" + Paragraphs(2, 11) + "</div></body></html>";

            Article a = Extract(html);

            Assert.Contains(Story[11], a.Text);
            Assert.Contains(Story[0], a.Text);
            Assert.Equal("text-density", a.Strategy);
        }

        // ---- (d) MarkCommentSection (Text/StoryRegionFinder) ----

        [Fact]
        public void ALongCommentSectionCannotOutscoreAShortStory()
        {
            Article a = Extract(CommentedBrief, new ExtractionOptions { InputFormat = InputFormat.Text });

            Assert.DoesNotContain("twenty years", a.Text);
            Assert.Contains(Story[0], a.Text);
            Assert.Contains(Story[1], a.Text);
            Assert.DoesNotContain("the election", a.Text);
            Assert.Contains(a.Removed, r => r.Reason == RemovalReason.Comments && r.Text.StartsWith("I have been taking", System.StringComparison.Ordinal));
        }

        /// <summary>
        /// A two-paragraph brief under a headline, then a discussion ten times as long: without the comment section
        /// marked, the discussion is the best-scoring run and the brief, under a third of it and three lines away, does not join it.
        /// </summary>
        internal const string CommentedBrief =
            "Ferry timetable gains three evening crossings\n"
            + "The harbour authority approved the new ferry timetable on Tuesday, adding three evening crossings to the island route.\n"
            + "Officials said the change follows a year of complaints from commuters who missed the last boat after late shifts at the port.\n"
            + "12 Comments\n"
            + "Leave a Reply\n"
            + "Margaret Hill says:\n"
            + "I have been taking this ferry for twenty years and I can tell you that the evening service has always been a problem for those of us who work late at the port, because the last boat leaves before the shifts end and we are left waiting on the pier in the cold with nowhere to go and nothing to do but wait for a taxi that never comes.\n"
            + "Reply\n"
            + "Tom Baker says:\n"
            + "The council has known about this for years and only acted now because of the election, which is typical of the way things are done around here, and I would not be surprised if the extra crossings are quietly cancelled again in the autumn once the votes have been counted and everyone has gone back to sleep.\n"
            + "Reply\n"
            + "Ann Lee says:\n"
            + "My daughter works nights at the hospital on the mainland and this change will make a real difference to her, so I am grateful to whoever pushed for it, although I do wonder why it took so long and why nobody asked the people who actually use the service what times would suit them best before now.\n"
            + "Reply\n"
            + "Peter Wong says:\n"
            + "Good news for once, but what about the parking at the pier, which is already full most evenings, and the bus that is supposed to meet the boat but never waits if the crossing is a few minutes late, leaving passengers stranded at the terminal late at night with their luggage and their children?\n"
            + "Reply\n"
            + "Sarah Jones says:\n"
            + "As someone who runs a small cafe near the terminal, I can say that the late boats will bring us more evening trade, but the council should also think about the noise for the people who live along the harbour road, since the cars queue there with their engines running while they wait to board.\n"
            + "Reply\n"
            + "David Clarke says:\n"
            + "I remember when there was a night boat every hour in the summer and nobody thought it was anything special, so it is strange to see three crossings a week being sold to us as a great victory, when really it is just a small part of what we had before the service was cut back.\n"
            + "Reply\n"
            + "Linda Grant says:\n"
            + "Please could someone tell me whether the new crossings will take bicycles, because the current evening boat refuses them after seven o'clock and I have had to leave mine chained at the pier more than once, which is not something I want to keep doing through the winter months.\n"
            + "Reply\n"
            + "Kevin Shaw says:\n"
            + "The article does not mention the cost of all this, and I would like to know who is paying for the extra crew and fuel, because if it ends up on our council tax bills then a lot of people who never use the ferry are going to be very unhappy about it by the end of the year.\n"
            + "Reply\n";

        private static string LinkList(string path, string label)
        {
            var sb = new System.Text.StringBuilder("<ul>");
            for (int i = 1; i <= 8; i++) sb.Append("<li><a href=\"/").Append(path).Append('/').Append(i).Append("\">").Append(label).Append(' ').Append(i).Append("</a></li>");
            return sb.Append("</ul>\n").ToString();
        }
    }
}
