using System.Collections.Generic;
using System.Text.RegularExpressions;
using NewsTools.Heuristics;
using NewsTools.Text;

namespace NewsTools.Pages
{
    /// <summary>
    /// The page type of scraped text, where the text shows it: many post headers ("Reply", "#12"), among them an author's ("jdoe wrote:",
    /// "Posted by", "Posts: 120"), make a thread, many code lines a manual, a run of short headline lines with hardly a story paragraph a listing. Anything
    /// else stays an article: a scraped story carries menus and teasers too, so each rule asks for much.
    /// </summary>
    internal static class TextPageTypeReader
    {
        /// <summary>The text's type, from its classified lines; <paramref name="evidence"/> says which rule and what it counted.</summary>
        public static PageType Read(IReadOnlyList<TextLine> lines, out string evidence)
        {
            int posts = 0, code = 0, headlines = 0, story = 0;
            bool postHeader = false;
            foreach (TextLine line in lines)
            {
                string text = line.Text;
                if (line.Class == LineClass.Good) story++;
                if (line.Kind == BlockKind.Preformatted) code++;
                else if (text.Length <= 120 && PageTypeSignals.CodeLine.IsMatch(text)) code++;
                if (text.Length <= 60 && PageTypeSignals.PostHeaderLine.Match(text) is Match m && m.Success)
                {
                    posts++;
                    postHeader |= m.Groups["author"].Success || m.Groups["said"].Success || m.Groups["count"].Success;
                }
                if (IsHeadline(line)) headlines++;
            }
            int n = lines.Count;
            if (posts >= PageTypeSignals.TextMinPostHeaders && postHeader)
            {
                evidence = "text:post headers " + posts;
                return PageType.Forum;
            }
            if (code >= PageTypeSignals.TextMinCodeLines && code >= PageTypeSignals.TextMinCodeShare * n)
            {
                evidence = "text:code lines " + code + " of " + n;
                return PageType.Documentation;
            }
            if (story <= PageTypeSignals.TextMaxStoryLines && headlines >= PageTypeSignals.TextMinHeadlines && headlines >= PageTypeSignals.TextMinHeadlineShare * n)
            {
                evidence = "text:headlines " + headlines + " of " + n + ", story paragraphs " + story;
                return PageType.Listing;
            }
            evidence = "text:default";
            return PageType.Article;
        }

        /// <summary>A headline: four to sixteen words, no sentence end, not a story line (a teaser's title in a list).</summary>
        private static bool IsHeadline(TextLine line) =>
            line.Class != LineClass.Good && !line.EndsSentence && line.Words >= 4 && line.Words <= 16 && line.EffectiveLength >= 20;
    }
}
