using System.Text.RegularExpressions;

namespace NewsTools.Heuristics
{
    /// <summary>
    /// Separators that glue a site or section name to a headline in &lt;title&gt; and og:title
    /// ("Headline | Site", "Headline - Site", "Headline – Section – Site", "Site: Headline", "Headline · Site").
    /// Written with their spaces, so hyphenated words and times ("10:30") are not split.
    /// </summary>
    internal static class MetaTitleSeparators
    {
        /// <summary>Most specific first; the colon last because headlines use it too ("Review: ...").</summary>
        public static readonly string[] Separators =
        {
            " | ", " || ", " \u2013 ", " \u2014 ", " - ", " \u00B7 ", " \u2022 ", " :: ", " // ", " \u00BB ", " \u00AB ", " / ", " ~ ", "| ", " |", ": ",
        };

        /// <summary>
        /// What link aggregators print after a submitted story's title: the source's domain in brackets, then the
        /// comment count ("Headline (example.com) 87", as Slashdot, Hacker News and Lobsters lay out a post).
        /// </summary>
        public static readonly TieredRegex AggregatorSource = new TieredRegex(
            @"\s+\((?:[a-z0-9\-]+\.)+[a-z]{2,}\)(?:\s+\d{1,6})?\s*$", RegexOptions.Compiled | RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);
    }
}
