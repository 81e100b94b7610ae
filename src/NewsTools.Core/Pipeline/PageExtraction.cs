using System.Collections.Generic;
using NewsTools.Metadata;
using NewsTools.Text;
using NewsTools.Walls;

namespace NewsTools.Pipeline
{
    /// <summary>
    /// What the content stages found on one page, HTML or text alike: the kept blocks and everything removed with
    /// its reason, the metadata, and the paywall evidence. The pipeline's last stages (paywall verdict, language,
    /// render) read only this, so they are written once for both paths.
    /// </summary>
    internal sealed class PageExtraction
    {
        public List<ContentBlock> Blocks { get; } = new List<ContentBlock>();
        public List<RemovedBlock> Removed { get; } = new List<RemovedBlock>();
        public List<string> Captions { get; } = new List<string>();
        public List<string> Comments { get; } = new List<string>();

        /// <summary>Paywall prompts and markup, in document order, as the stages that read them found them.</summary>
        public List<PaywallFinding> Paywall { get; } = new List<PaywallFinding>();

        /// <summary>HTML: the first paywall vendor's script the page loads ("Piano script https://..."), or null.</summary>
        public string? PaywallScript { get; set; }

        /// <summary>Title, authors, dates, site, language as declared... (HTML: the metadata stage; text: the header readers).</summary>
        public ArticleMetadata Metadata { get; set; } = new ArticleMetadata();

        /// <summary>Which content strategy found the story ("article-container", "text-classifier"...).</summary>
        public string Strategy { get; set; } = "baseline";

        /// <summary>What kind of page this is, as the page-type stage decided (or the caller's hint).</summary>
        public PageType PageType { get; set; } = PageType.Article;

        /// <summary>The shape the text path read its input as; None for HTML.</summary>
        public TextShape Shape { get; set; } = TextShape.None;

        /// <summary>A story image the content stage found (text mode: a Markdown image), used when metadata has none.</summary>
        public string? Image { get; set; }

        /// <summary>Text mode: the language detected on the whole input, which stands in when the kept text is too thin to tell.</summary>
        public string? InputLanguage { get; set; }

        /// <summary>The page's address (the URL it was given, else its base or canonical), or null.</summary>
        public string? Address { get; set; }

        /// <summary>Adds one stage's findings after those already here.</summary>
        public void Add(ContentFindings found)
        {
            Blocks.AddRange(found.Blocks);
            Removed.AddRange(found.Removed);
            Captions.AddRange(found.Captions);
            Comments.AddRange(found.Comments);
            Paywall.AddRange(found.Paywall);
        }

        /// <summary>Non-whitespace characters in the kept blocks.</summary>
        public int TextLength()
        {
            int n = 0;
            foreach (ContentBlock b in Blocks)
            {
                foreach (char c in b.Text)
                {
                    if (!char.IsWhiteSpace(c)) n++;
                }
            }
            return n;
        }

        /// <summary>What the paywall verdict needs of the kept story: its paragraphs, its length, its last paragraph.</summary>
        public StoryShape Story()
        {
            int paragraphs = 0;
            foreach (ContentBlock b in Blocks) if (b.Kind == BlockKind.Paragraph) paragraphs++;
            return new StoryShape(paragraphs, TextLength(), LastParagraph());
        }

        /// <summary>The last kept paragraph (a teaser cut short ends the story there), or null.</summary>
        public string? LastParagraph()
        {
            for (int i = Blocks.Count - 1; i >= 0; i--)
            {
                if (Blocks[i].Kind == BlockKind.Paragraph) return Blocks[i].Text;
            }
            return null;
        }
    }
}
