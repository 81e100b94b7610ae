using System;
using System.Globalization;
using System.Text.RegularExpressions;
using NewsTools.Heuristics;

namespace NewsTools.Metadata
{
    /// <summary>
    /// Finds dates written in text ("Published 17 May 2024", "17.05.2024", "May 17, 2024",
    /// "2024-05-17T10:30:00+02:00", "17. Mai 2024", "17 de mayo de 2024", "17 мая 2024", "2024年5月17日").
    /// </summary>
    /// <remarks>
    /// A date with a time keeps the offset written next to it (numeric, Z/UTC/GMT, or a common North
    /// American/European abbreviation); a time without any zone is taken as offset zero. A date alone
    /// comes back as midnight with offset zero and <c>hasTime = false</c>: only its calendar day means
    /// anything. Relative phrases ("5 hours ago") are never read as dates: without a reference time they
    /// would turn into today's date. Years outside 1970-2099 are rejected here; callers judge recency.
    /// </remarks>
    internal static class DateTextParser
    {
        private const RegexOptions Opts = RegexOptions.Compiled | RegexOptions.CultureInvariant | RegexOptions.IgnoreCase;

        private static readonly string MonthAlternation = MetaDateWords.BuildMonthAlternation();

        // 2024-05-17, 2024/05/17, 2024.05.17 (also the date part of ISO 8601 date-times).
        private static readonly TieredRegex YearFirst = new TieredRegex(@"(?<![\w.])(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?!\d)", Opts);

        // 17.05.2024, 05/17/2024, 17-05-2024: day/month order decided in FromNumeric. Not after a letter ("v1.2.2024").
        private static readonly TieredRegex NumericDayOrMonthFirst = new TieredRegex(@"(?<![\w.])(\d{1,2})([-/.])(\d{1,2})\2(\d{4})(?![\d])", Opts);

        // 17 May 2024, 17th of May, 2024, 17. Mai 2024, 17 de mayo de 2024, 1er mai 2024, 17 мая 2024 г.
        private static readonly TieredRegex DayMonthName = new TieredRegex(
            @"(?<!\d)(\d{1,2})(?:st|nd|rd|th|er|e|º|°|ᵉʳ)?\.?\s*(?:of\s+|de\s+|-)?(" + MonthAlternation + @")(?!\p{L})\.?,?\s*(?:de\s+|del\s+|-)?(\d{4})(?!\d)", Opts);

        // May 17, 2024, Sept. 3 2024, Mai 17 2024 (also the date part of "Fri May 17 2024 10:30:00 GMT+0200").
        private static readonly TieredRegex MonthNameDay = new TieredRegex(
            @"(?<!\p{L})(" + MonthAlternation + @")(?!\p{L})\.?\s*(\d{1,2})(?:st|nd|rd|th)?(?!\d)\s*,?\s*(\d{4})(?!\d)", Opts);

        // 2024年5月17日 (Chinese, Japanese) and 2024년 5월 17일 (Korean).
        private static readonly TieredRegex CjkDate = new TieredRegex(@"(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]?", Opts);

        // A time right after a date: "T10:30:00.000Z", ", 10:30 a.m. EDT", " um 14:30 Uhr", " à 14h30", " | 10:30".
        private static readonly TieredRegex TimeAfterDate = new TieredRegex(
            @"\G[\s,|•·\-–—T@]*(?:(?:at|um|à|a\s+las|às|alle|ore|в|kl\.?|o)\s+)?(\d{1,2})[:h](\d{2})(?::(\d{2}))?(?:[.,]\d{1,9})?" +
            @"(?:\s*([ap])\.?\s?m\b\.?)?(?:\s*(?:uhr|h)\b)?" +
            @"(?:\s*(?:(?-i:(Z))(?!\p{L})|(?:UTC|GMT)?\s*([+-])(\d{1,2})(?::?(\d{2}))?(?!\d)|(?-i:(UTC|GMT|[ECMP][SD]T|BST|CES?T|EES?T|MSK|WES?T)\b)))?",
            RegexOptions.Compiled | RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

        // A Unix time in seconds or milliseconds, as some <meta> tags and data attributes carry.
        private static readonly TieredRegex UnixTime = new TieredRegex(@"^\s*(\d{10})(\d{3})?\s*$", RegexOptions.Compiled | RegexOptions.CultureInvariant);

        /// <summary>The first plausible date in the text; hasTime says whether a time of day was given.</summary>
        public static DateTimeOffset? FindDate(string text, out bool hasTime) => FindDate(text, out hasTime, false);

        /// <summary>
        /// As <see cref="FindDate(string, out bool)"/>; <paramref name="dayFirst"/> decides an all-numeric
        /// date with slashes or dashes whose two parts are both 12 or less ("03/05/2024").
        /// Dotted numeric dates are always read day first (the European convention).
        /// </summary>
        public static DateTimeOffset? FindDate(string text, out bool hasTime, bool dayFirst)
        {
            hasTime = false;
            if (string.IsNullOrEmpty(text)) return null;

            // Try each shape from the earliest position: the first date in reading order wins.
            int searchFrom = 0;
            for (int guard = 0; guard < 8 && searchFrom < text.Length; guard++)
            {
                Match? best = null;
                int kind = -1;
                Match[] found =
                {
                    YearFirst.Match(text, searchFrom),
                    NumericDayOrMonthFirst.Match(text, searchFrom),
                    DayMonthName.Match(text, searchFrom),
                    MonthNameDay.Match(text, searchFrom),
                    CjkDate.Match(text, searchFrom),
                };
                for (int k = 0; k < found.Length; k++)
                {
                    if (found[k].Success && (best is null || found[k].Index < best.Index)) { best = found[k]; kind = k; }
                }
                if (best is null) return null;

                int y, mo, d;
                switch (kind)
                {
                    case 0:
                        y = Int(best.Groups[1].Value); mo = Int(best.Groups[3].Value); d = Int(best.Groups[4].Value);
                        break;
                    case 1:
                        FromNumeric(best, dayFirst, out y, out mo, out d);
                        break;
                    case 2:
                        d = Int(best.Groups[1].Value); mo = MetaDateWords.MonthNumber(best.Groups[2].Value); y = Int(best.Groups[3].Value);
                        break;
                    case 3:
                        mo = MetaDateWords.MonthNumber(best.Groups[1].Value); d = Int(best.Groups[2].Value); y = Int(best.Groups[3].Value);
                        break;
                    default:
                        y = Int(best.Groups[1].Value); mo = Int(best.Groups[2].Value); d = Int(best.Groups[3].Value);
                        break;
                }

                if (IsValidDay(y, mo, d))
                {
                    return WithTime(text, best.Index + best.Length, y, mo, d, out hasTime);
                }
                searchFrom = best.Index + 1;
            }
            return null;
        }

        /// <summary>
        /// Reads a machine-written date (a meta content, a &lt;time datetime&gt;, a JSON-LD value):
        /// a Unix time, ISO 8601, RFC 1123, or anything <see cref="FindDate(string, out bool)"/> reads.
        /// </summary>
        public static DateTimeOffset? ParseMachineDate(string? value, out bool hasTime)
        {
            hasTime = false;
            if (string.IsNullOrWhiteSpace(value)) return null;
            string v = value!.Trim();
            if (v.Length > 200) v = v.Substring(0, 200);
            Match unix = UnixTime.Match(v);
            if (unix.Success && long.TryParse(unix.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out long seconds))
            {
                hasTime = true;
                return DateTimeOffset.FromUnixTimeSeconds(seconds);
            }
            return FindDate(v, out hasTime, false);
        }

        private static void FromNumeric(Match m, bool dayFirst, out int y, out int mo, out int d)
        {
            int a = Int(m.Groups[1].Value), b = Int(m.Groups[3].Value);
            y = Int(m.Groups[4].Value);
            bool first = m.Groups[2].Value == "." || dayFirst;
            if (a > 12 && b <= 12) first = true;
            else if (b > 12 && a <= 12) first = false;
            if (first) { d = a; mo = b; }
            else { mo = a; d = b; }
        }

        private static DateTimeOffset? WithTime(string text, int at, int y, int mo, int d, out bool hasTime)
        {
            hasTime = false;
            Match t = at < text.Length ? TimeAfterDate.Match(text, at) : Match.Empty;
            if (t.Success && t.Groups[1].Success)
            {
                int h = Int(t.Groups[1].Value), mi = Int(t.Groups[2].Value), s = t.Groups[3].Success ? Int(t.Groups[3].Value) : 0;
                if (t.Groups[4].Success)
                {
                    bool pm = char.ToLowerInvariant(t.Groups[4].Value[0]) == 'p';
                    if (h == 12) h = pm ? 12 : 0;
                    else if (pm) h += 12;
                }
                TimeSpan offset = TimeSpan.Zero;
                if (t.Groups[6].Success)
                {
                    int oh = Int(t.Groups[7].Value), om = t.Groups[8].Success ? Int(t.Groups[8].Value) : 0;
                    offset = new TimeSpan(oh, om, 0);
                    if (t.Groups[6].Value == "-") offset = offset.Negate();
                }
                else if (t.Groups[9].Success)
                {
                    offset = MetaDateWords.ZoneOffset(t.Groups[9].Value);
                }
                if (h < 24 && mi < 60 && s < 60 && offset.Duration() <= TimeSpan.FromHours(14))
                {
                    hasTime = true;
                    return new DateTimeOffset(y, mo, d, h, mi, s, offset);
                }
            }
            return new DateTimeOffset(y, mo, d, 0, 0, 0, TimeSpan.Zero);
        }

        private static bool IsValidDay(int y, int mo, int d)
            => y >= 1970 && y <= 2099 && mo >= 1 && mo <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, mo);

        private static int Int(string s)
            => int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out int v) ? v : -1;
    }
}
