using System;

namespace NewsTools.Metadata
{
    /// <summary>Finds dates written in text ("Published 17 May 2024", "17.05.2024", "17 mai 2024"...).</summary>
    internal static class DateTextParser
    {
        /// <summary>The first plausible date in the text; hasTime says whether a time of day was given.</summary>
        public static DateTimeOffset? FindDate(string text, out bool hasTime)
        {
            hasTime = false;
            return null;
        }
    }
}
