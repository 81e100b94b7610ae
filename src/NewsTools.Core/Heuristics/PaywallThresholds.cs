namespace NewsTools.Heuristics
{
    /// <summary>The numbers of the paywall verdict (HTML and text alike). Tuning log: tests/Benchmarks/TUNING.md.</summary>
    internal static class PaywallThresholds
    {
        /// <summary>
        /// A wall sits where the story stops: a prompt counts when at most this much text (characters) lies between the
        /// story's end and it (share bars, tags, an author box). A prompt further off is a template the page carries
        /// everywhere (a modal for other pages, a footer offer) and is recorded, not counted.
        /// </summary>
        public const int NearAfterStory = 1500;

        /// <summary>As <see cref="NearAfterStory"/> before the story: a meter or wall banner above the headline. Generic log-in prompts before the story are the masthead's and never count.</summary>
        public const int NearBeforeStory = 600;

        /// <summary>A story of at most this many paragraphs is a teaser when a wall follows it.</summary>
        public const int TeaserMaxParagraphs = 3;

        /// <summary>A story of at most this much text (characters) is a teaser when a wall follows it.</summary>
        public const int TeaserMaxChars = 1200;

        /// <summary>Evidence pieces kept in a verdict: enough to explain it without copying a whole offer box.</summary>
        public const int MaxEvidence = 10;

        /// <summary>A paragraph at least this long that ends without closing punctuation is cut mid-sentence.</summary>
        public const int CutMinLength = 80;
    }
}
