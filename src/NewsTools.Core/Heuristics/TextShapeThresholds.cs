using System.Text.RegularExpressions;

namespace NewsTools.Heuristics
{
    /// <summary>
    /// What tells the shapes of scraped text apart, and how a hard-wrapped or soup dump is re-joined. Measured on the
    /// line lengths of the four dump shapes of both benchmark sets (tests/Benchmarks/TUNING.md, "Text shapes").
    /// </summary>
    internal static class TextShapeThresholds
    {
        /// <summary>
        /// Hard-wrapping tools wrap at 60-100 columns (lynx and w3m at 79, mail at 72-78, fmt at 75); a page dumped one
        /// block per line has paragraphs of several hundred characters. Lines longer than this are not wrapped lines.
        /// </summary>
        public const int MaxWrapWidth = 100;

        /// <summary>The wrap width is this percentile of the lengths of lines wide enough to have been wrapped.</summary>
        public const double WrapWidthPercentile = 0.9;

        /// <summary>Narrowest wrap width believed: below it the "lines" are a column of labels, not wrapped prose.</summary>
        public const int MinWrapWidth = 30;

        /// <summary>Share of breakable lines allowed over <see cref="MaxWrapWidth"/> in a wrapped dump (a URL, a table row): 1 in 50.</summary>
        public const int MaxOverlongPerFifty = 1;

        /// <summary>
        /// A wrapped line is "full": the next line's first word would not have fitted after it. Two columns of slack for
        /// wrappers that count a trailing space or a soft hyphen.
        /// </summary>
        public const int WrapSlack = 2;

        /// <summary>A line that ends a wrapped paragraph's line is at least this close to the width (the detector's evidence).</summary>
        public const int NearFullMargin = 12;

        /// <summary>Fewest full-line continuations before a text is called hard-wrapped: one wrapped paragraph of four lines.</summary>
        public const int MinWrapJoins = 3;

        /// <summary>Fewest inline splits ("At \nAcme\n, we...") before a text is called a soup dump.</summary>
        public const int MinSoupSplits = 3;

        /// <summary>Markdown evidence: links and images with targets, ATX headings, table separators, strong emphasis.</summary>
        public static readonly TieredRegex MarkdownLink = new TieredRegex(@"!?\[[^\]\n]*\]\((?:https?:|/|\.|#|mailto:|www\.)[^)\s]*(?:\s+""[^""\n]*"")?\)", RegexOptions.Compiled | RegexOptions.CultureInvariant);

        /// <summary>An ATX heading: one to six '#' then a space ("#hashtag" is no heading).</summary>
        public static readonly TieredRegex AtxHeading = new TieredRegex(@"^ {0,3}#{1,6}[ \t]+\S", RegexOptions.Compiled | RegexOptions.CultureInvariant);

        /// <summary>A GFM table's separator row: "| --- | :---: |".</summary>
        public static readonly TieredRegex TableSeparator = new TieredRegex(@"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)+\|?\s*$", RegexOptions.Compiled | RegexOptions.CultureInvariant);

        /// <summary>Strong emphasis around words: "**Also Read:**", "__Note__".</summary>
        public static readonly TieredRegex StrongEmphasis = new TieredRegex(@"(\*\*|__)\S[^*_\n]{0,200}?\S?\1", RegexOptions.Compiled | RegexOptions.CultureInvariant);

        /// <summary>
        /// A list item's marker at the start of a hard-wrapped line: '*', '+', '-', '•', '·', 'o' (lynx's third level) or
        /// "1." / "1)", then a space.
        /// </summary>
        public static readonly TieredRegex BulletMarker = new TieredRegex(@"^(?:[*+\-\u2022\u00B7\u25E6\u25AA]|o(?= )|\d{1,3}[.)])[ ]+(?=\S)", RegexOptions.Compiled | RegexOptions.CultureInvariant);

        /// <summary>A text browser's rendering of a form control: a button "(BUTTON)", a text field of underscores.</summary>
        public static readonly TieredRegex FormControl = new TieredRegex(@"\(BUTTON\)|_{5,}", RegexOptions.Compiled | RegexOptions.CultureInvariant);

        /// <summary>Characters that cannot open a new block in a soup dump: the text node after an inline element (", we keep").</summary>
        public const string SoupContinuationStarts = ",.;:!?)]}\u00BB\u201D";

        /// <summary>
        /// This many spaces left at text nodes' edges make a text a DOM dump even when its lines also look wrapped (the
        /// page's source text was wrapped); text browsers' dumps have next to none (measurements: TUNING.md).
        /// </summary>
        public const int StrongSoupSplits = 10;

        /// <summary>A DOM dump leaves blank or whitespace-only lines between blocks: at least one line in ten (2 in 793 one-block-per-line dumps have that many).</summary>
        public const int SoupBlankLineShare = 10;
    }
}
