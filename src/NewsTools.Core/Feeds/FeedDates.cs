using System;
using System.Globalization;
using System.Text.RegularExpressions;
using NewsTools.Heuristics;

namespace NewsTools.Feeds
{
    /// <summary>
    /// Reads the dates feeds write: RFC 822 (RSS: "Tue, 03 Jun 2008 09:39:21 +0200", zone names such as GMT or EST, two-digit
    /// years) and RFC 3339 / ISO 8601 (Atom, JSON Feed, sitemaps, dc:date). The offset is kept as written; a date with no
    /// zone is taken as UTC.
    /// </summary>
    internal static class FeedDates
    {
        /// <summary>RFC 822 with its common deviations: no weekday, full month names, no seconds, a lower-case zone, "+02:00".</summary>
        private static readonly Heuristics.TieredRegex Rfc822 = new Heuristics.TieredRegex(
            @"^(?:[A-Za-z]{2,9},?\s*)?(\d{1,2})[\s-]+([A-Za-z]{3,9})\.?[\s-]+(\d{2,4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?\s*(?:([+-])(\d{2}):?(\d{2})|([A-Za-z]{1,5}))?$",
            RegexOptions.CultureInvariant | RegexOptions.Compiled);

        private static readonly string[] Months = { "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec" };

        /// <summary>
        /// The date in <paramref name="text"/>; null when there is none. <paramref name="bad"/> is true when a date was
        /// written but could not be read (the caller counts it for the warning).
        /// </summary>
        public static DateTimeOffset? Parse(string? text, out bool bad)
        {
            bad = false;
            if (string.IsNullOrWhiteSpace(text)) return null;
            string s = text!.Trim();
            Match m = Rfc822.Match(s);
            if (m.Success)
            {
                DateTimeOffset? rfc = FromRfc822(m);
                if (rfc.HasValue) return rfc;
            }
            else if (DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces | DateTimeStyles.AssumeUniversal, out DateTimeOffset iso))
            {
                return iso;
            }
            bad = true;
            return null;
        }

        private static DateTimeOffset? FromRfc822(Match m)
        {
            int day = int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
            string monthText = m.Groups[2].Value.Substring(0, 3).ToLowerInvariant();
            int month = Array.IndexOf(Months, monthText) + 1;
            int year = int.Parse(m.Groups[3].Value, CultureInfo.InvariantCulture);
            // RFC 822 allows two-digit years; RFC 2822 reads 00-49 as 20xx and 50-99 as 19xx.
            if (m.Groups[3].Value.Length == 2) year += year < 50 ? 2000 : 1900;
            int hour = int.Parse(m.Groups[4].Value, CultureInfo.InvariantCulture);
            int minute = int.Parse(m.Groups[5].Value, CultureInfo.InvariantCulture);
            int second = m.Groups[6].Success ? int.Parse(m.Groups[6].Value, CultureInfo.InvariantCulture) : 0;
            TimeSpan offset = TimeSpan.Zero;
            if (m.Groups[7].Success)
            {
                offset = new TimeSpan(int.Parse(m.Groups[8].Value, CultureInfo.InvariantCulture), int.Parse(m.Groups[9].Value, CultureInfo.InvariantCulture), 0);
                if (m.Groups[7].Value == "-") offset = offset.Negate();
            }
            else if (m.Groups[10].Success)
            {
                offset = MetaDateWords.ZoneOffset(m.Groups[10].Value.ToUpperInvariant());
            }
            if (month < 1 || year < 1 || year > 9999 || day < 1 || day > DateTime.DaysInMonth(year, month) ||
                hour > 23 || minute > 59 || second > 60 || offset.Duration() > TimeSpan.FromHours(14))
            {
                return null;
            }
            // A leap second (":60") is read as the last second of its minute.
            return new DateTimeOffset(year, month, day, hour, minute, Math.Min(second, 59), offset);
        }
    }
}
