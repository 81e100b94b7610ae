namespace NewsTools.Heuristics
{
    /// <summary>
    /// Numbers of the scraped-text classifier. Lengths are "effective characters": letters and digits,
    /// with a CJK character counted as <see cref="CjkCharWeight"/> (one Han character carries about as
    /// much as a short Latin word). Values were set by hand against the project's own fixtures, then
    /// checked on the scrapinghub and wcxb-dev text dumps (never tuned to a single page).
    /// </summary>
    internal static class TextThresholds
    {
        /// <summary>Weight of one CJK character in effective length (Chinese words average 1.5-2 characters, English ~5 letters).</summary>
        public const int CjkCharWeight = 3;

        /// <summary>A "good" (story) line has at least this effective length (jusText's length_low is 70 characters).</summary>
        public const int GoodLength = 70;

        /// <summary>Good-line length under Precision focus.</summary>
        public const int GoodLengthPrecision = 100;

        /// <summary>Good-line length under Recall focus.</summary>
        public const int GoodLengthRecall = 50;

        /// <summary>Share of words that must be stop words for a line to read as prose (jusText uses 0.30 with longer lists; ours are shorter).</summary>
        public const double GoodStopDensity = 0.22;

        /// <summary>A line with at least this much stop-word density but short is "near good": prose, maybe a short paragraph.</summary>
        public const double NearStopDensity = 0.15;

        /// <summary>Lines up to this effective length with no sentence punctuation are "short" (menu items, labels, headlines).</summary>
        public const int ShortLength = 40;

        /// <summary>Phrase rules (share, cookie, related...) apply only to blocks up to this many characters: a long paragraph is story even if it mentions them.</summary>
        public const int PhraseMaxLength = 220;

        /// <summary>Longest line that can be a subheading kept between story paragraphs.</summary>
        public const int HeadingMaxLength = 120;

        /// <summary>Longest line read as a headline (title) above the story.</summary>
        public const int TitleMaxLength = 200;

        /// <summary>Title choice: words count up to this many (headlines run 6-12 words; longer lines are standfirsts).</summary>
        public const int TitleWordCap = 12;

        /// <summary>
        /// Title choice: cost per line of distance from the story: a headline is usually a few lines above the story,
        /// but bylines, share bars and captions can stand between (measurements: TUNING.md, "Text metadata logs").
        /// </summary>
        public const double TitleDistanceCost = 0.5;

        /// <summary>
        /// Title choice: bonus, times the share of a line's content words (four letters or more, not stop words) that the
        /// story's first lines use. A headline names what the story is about; "Book a Demo", "Report this article" or a
        /// teaser for another story do not (measurements: TUNING.md, "Text metadata logs").
        /// </summary>
        public const double TitleStoryWordsBonus = 40;

        /// <summary>Longest line read as a byline that opens with "By" in text mode (a byline with its date, section and tags).</summary>
        public const int BylineLineMaxLength = 160;

        /// <summary>
        /// Title choice: how far above the story a header (headline with a byline or date under it) is looked for when
        /// none is near; 400 lines keeps the look-back bounded on pages of thousands of lines (measurements: TUNING.md).
        /// </summary>
        public const int FarHeaderWindow = 400;

        /// <summary>Title choice: the least story-word share of a far header's headline (half its content words; measurements: TUNING.md).</summary>
        public const double FarHeaderMinShare = 0.5;

        /// <summary>
        /// Title choice: a line shaped like a name ("Why Cheap SEO Doesn't Work", five capitalised words) is still a headline
        /// candidate when at least this share of its content words are the story's (a name's rarely are).
        /// </summary>
        public const double HeadlineNotNameShare = 0.5;

        /// <summary>Title choice: how many lines of the story give the words of <see cref="TitleStoryWordsBonus"/>.</summary>
        public const int TitleStoryLines = 40;

        /// <summary>Title choice: bonus for a line printed twice before the story (page title and heading).</summary>
        public const int TitleRepeatBonus = 8;

        /// <summary>Title choice: bonus for Title Case, the usual headline style in English.</summary>
        public const int TitleCaseBonus = 3;

        /// <summary>Title choice: bonus for a line followed within three lines by a byline or a date (the article header).</summary>
        public const int TitleBylineBonus = 20;

        /// <summary>
        /// How many lines above the story the title, byline and dateline are looked for; the distance cost keeps far
        /// lines from winning without a byline or repeat to back them (measurements: TUNING.md).
        /// </summary>
        public const int HeaderWindow = 60;

        /// <summary>Region score: penalty of a non-story line (a menu run of 10 items costs about one short paragraph).</summary>
        public const int ShortLinePenalty = 25;

        /// <summary>Region score: extra penalty of a line a phrase rule marked as junk (so a long cookie or offer block cannot become the story).</summary>
        public const int JunkLinePenalty = 60;

        /// <summary>A second block of story lines joins the region when its score is at least this share of the main block's score.</summary>
        public const double SecondaryBlockShare = 0.3;

        /// <summary>A block scoring this much (one sentence of prose) joins the region whatever the main block's size, if it outweighs the gap before it.</summary>
        public const int SecondaryBlockMinScore = 50;

        /// <summary>Comment markers ("X said:", "Reply", "N Comments") from a line to the story's end that prove a comment section starts there.</summary>
        public const int CommentMarkersToCut = 3;

        /// <summary>Most neighbouring blocks joined to the story on each side (a story is rarely split into more than a few blocks; the cap bounds the work).</summary>
        public const int MaxRegionExtensions = 16;

        /// <summary>An input of at most this many lines with no story line is kept as it is (minus junk): someone piped in a short note, not a page.</summary>
        public const int TinyInputLines = 3;

        /// <summary>Duplicates are only checked for blocks at least this long: short headings legitimately repeat.</summary>
        public const int DuplicateMinLength = 25;
    
        /// <summary>For a language with no stop-word list, this many of the document's commonest words stand in (our lists hold ~100; the top 40 of a text cover its function words).</summary>
        public const int DocumentStopWordCount = 40;

        /// <summary>Only words up to this length can be stand-in stop words (function words are short in every alphabetic language).</summary>
        public const int DocumentStopWordMaxLength = 5;

        /// <summary>A stand-in stop word must occur at least this often in the document.</summary>
        public const int DocumentStopWordMinCount = 4;

        /// <summary>In a short text (fewer short words than <see cref="ShortTextWords"/>), twice is enough: a three-paragraph story says its "and" and "the" only a few times.</summary>
        public const int DocumentStopWordMinCountShort = 2;

        /// <summary>Below this many words of at most <see cref="DocumentStopWordMaxLength"/> letters a text is short for the stand-in stop-word count.</summary>
        public const int ShortTextWords = 400;

        /// <summary>
        /// A comment section starts only after this many prose blocks: a comment-count link ("33 Comments") sits in many
        /// article headers, under a newsletter promo that reads as one prose block.
        /// </summary>
        public const int StoryLinesBeforeComments = 2;

        /// <summary>A Markdown image is shown before a kept block only when at most this many blocks lie between them.</summary>
        public const int ImageToKeptLineMaxGap = 3;

        /// <summary>A comment count this many blocks or fewer under a date line is the header's comment link (byline, date, count).</summary>
        public const int CommentCountDateReach = 3;

        /// <summary>A date line is short: at most this many letters and digits ("Published: Tuesday, 19 August 2025, 10:42 am").</summary>
        public const int DateLineMaxLength = 60;

        /// <summary>Two code-like lines at most this many lines apart are one code block, with the lines between them.</summary>
        public const int CodeLineReach = 2;

        /// <summary>A label repeated back to back on one line is image alt and title text: checked for up to this many copies.</summary>
        public const int RepeatedLabelMaxCopies = 4;

        /// <summary>The repeated unit is at least this long and holds a space (two words): "Home Home" is a menu's business.</summary>
        public const int RepeatedLabelMinLength = 8;

        /// <summary>The prose fallback (no story region found) keeps lines of at least this many words that end as sentences.</summary>
        public const int FallbackProseWords = 8;

        /// <summary>With no stop-word list, a sentence of at least this many words that mostly opens in lower case is prose.</summary>
        public const int ProseShapeMinWords = 10;

        /// <summary>
        /// Headline over a standfirst (TitleReader.IsDekUnderHeadline): the line above has at least this many words, the
        /// chosen line at least DekExtraWords more, the line above at least DekHeadlineMinShare of its content words in
        /// the story and at most DekShareSlack less than the chosen line (measurements: TUNING.md).
        /// </summary>
        public const int DekHeadlineMinWords = 4;

        public const int DekExtraWords = 3;

        public const double DekHeadlineMinShare = 0.5;

        public const double DekShareSlack = 0.2;
    
        /// <summary>Characters of the blocks' text the language is told from (the detector reads no more than this either).</summary>
        public const int LanguageSampleChars = 20000;

        /// <summary>At most this much of one block goes into the language sample.</summary>
        public const int LanguageSampleLineChars = 2000;
    }
}
