using System;
using System.Collections.Generic;
using NewsTools.Heuristics;
using NewsTools.Metadata;

namespace NewsTools.Text
{
    /// <summary>
    /// Reads the publication date from header lines: the date a line holds (also when a scraper glued it to its
    /// neighbours), recorded as the publication date when none is known yet.
    /// </summary>
    internal static class DatelineReader
    {
        /// <summary>
        /// The date a header line holds; when none reads, the line with spaces put back where a scraper glued the date to
        /// its neighbours ("ByJane DoeMar 5, 2025", "October 17, 20236:01 PM ET"; <see cref="MetaDateWords.GluedDate"/>).
        /// </summary>
        public static DateTimeOffset? FindLineDate(string text, out bool hasTime)
        {
            DateTimeOffset? date = DateTextParser.FindDate(text, out hasTime);
            if (date != null) return date;
            string spaced = MetaDateWords.GluedDate.Replace(text, " ");
            return spaced.Length == text.Length ? null : DateTextParser.FindDate(spaced, out hasTime);
        }

        /// <summary>
        /// Notes a header line that holds a date (line <paramref name="index"/>): a byline it shares ("Published
        /// August 7, 2023 by Jane Doe", "By Jane Doe December 2, 2025") gives the authors when none are known, and
        /// the date is the publication when none is known. Returns whether it set the publication date.
        /// </summary>
        public static bool RecordDateLine(int index, string text, DateTimeOffset date, bool hasTime, List<int> dateLines, ArticleMetadata metadata)
        {
            dateLines.Add(index);
            if (metadata.Authors.Count == 0)
            {
                int at = text.StartsWith("by ", StringComparison.OrdinalIgnoreCase) ? 0 : text.IndexOf(" by ", StringComparison.OrdinalIgnoreCase);
                if (at >= 0) BylineReader.AddCleanedNames(text.Substring(at).Trim(), metadata);
            }
            if (metadata.Published != null) return false;
            metadata.Published = date;
            metadata.PublishedHasTime = hasTime;
            metadata.SetSource("Published", "text");
            return true;
        }

        /// <summary>The date a byline line carries ("By Jane Doe • December 17, 2025 • 11 min read"), noted when no publication date is known.</summary>
        public static void NoteBylineDate(int i, string text, List<int> dateLines, ArticleMetadata metadata)
        {
            if (metadata.Published is null && HasDigit(text) && FindLineDate(text, out bool hasTime) is DateTimeOffset date)
            {
                RecordDateLine(i, text, date, hasTime, dateLines, metadata);
            }
        }

        /// <summary>Whether the text holds an ASCII digit: a cheap test before a date is looked for.</summary>
        public static bool HasDigit(string t)
        {
            foreach (char c in t) if (c >= '0' && c <= '9') return true;
            return false;
        }
    }
}
