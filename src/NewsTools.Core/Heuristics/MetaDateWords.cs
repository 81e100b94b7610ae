using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace NewsTools.Heuristics
{
    /// <summary>
    /// Month names and time-zone abbreviations that dates on news pages are written with. Pattern caught:
    /// bylines and datelines written in the page's language ("17. Mai 2024", "17 mai 2024",
    /// "17 de mayo de 2024", "17 maggio 2024", "17 мая 2024"), in full or abbreviated.
    /// </summary>
    internal static class MetaDateWords
    {
        /// <summary>
        /// English month names and abbreviations, by month: dates are read with them, and a "May" or "Dec" left over
        /// from a date is no part of a name (<see cref="MetaAuthorWords.CalendarWords"/>).
        /// </summary>
        public static readonly string[][] EnglishMonths =
        {
            new[] { "january", "jan" }, new[] { "february", "feb" }, new[] { "march", "mar" }, new[] { "april", "apr" },
            new[] { "may" }, new[] { "june", "jun" }, new[] { "july", "jul" }, new[] { "august", "aug" },
            new[] { "september", "sep", "sept" }, new[] { "october", "oct" }, new[] { "november", "nov" }, new[] { "december", "dec" },
        };

        /// <summary>
        /// The three-letter stems of the English months as a regex alternation, "jan|feb|...|dec" (capitalised when
        /// <paramref name="capitalised"/>): with no word edge after them they match the full names too.
        /// </summary>
        public static string EnglishMonthStems(bool capitalised)
            => string.Join("|", EnglishMonths.Select(m => capitalised ? char.ToUpperInvariant(m[0][0]) + m[0].Substring(1, 2) : m[0].Substring(0, 3)));

        /// <summary>Every English month name and abbreviation as a regex alternation, longest first ("september|sept|sep").</summary>
        public static string EnglishMonthAlternation()
            => string.Join("|", EnglishMonths.SelectMany(m => m).OrderByDescending(n => n.Length).Select(Regex.Escape));

        // Month number → the names and abbreviations used for it beside English. Languages: de, fr, es, pt, it, nl, ru
        // (nominative and genitive, the form dates use), pl (genitive), sv/da/no, tr, id.
        private static readonly string[][] MonthNames =
        {
            new[] { "januar", "jänner", "jän", "janvier", "janv", "enero", "ene", "janeiro", "gennaio", "gen", "januari", "январь", "января", "янв", "stycznia", "ocak", "januari" },
            new[] { "febr", "februar", "février", "fevrier", "févr", "fevr", "febrero", "fevereiro", "fev", "febbraio", "februari", "февраль", "февраля", "фев", "лютого", "lutego", "şubat", "subat", "februari" },
            new[] { "märz", "maerz", "mär", "mars", "marzo", "março", "marco", "maart", "mrt", "март", "марта", "мар", "marca", "mart", "maret" },
            new[] { "avril", "avr", "abril", "abr", "aprile", "апрель", "апреля", "апр", "kwietnia", "nisan" },
            new[] { "mai", "mayo", "maio", "maggio", "mag", "mei", "май", "мая", "maja", "mayıs", "mayis", "maj" },
            new[] { "juni", "juin", "junio", "junho", "giugno", "giu", "июнь", "июня", "июн", "czerwca", "haziran" },
            new[] { "juli", "juillet", "juil", "julio", "julho", "luglio", "lug", "июль", "июля", "июл", "lipca", "temmuz" },
            new[] { "août", "aout", "agosto", "ago", "augustus", "август", "августа", "авг", "sierpnia", "ağustos", "agustus" },
            new[] { "septembre", "septiembre", "setiembre", "setembro", "set", "settembre", "сентябрь", "сентября", "сен", "сент", "września", "wrzesnia", "eylül", "eylul" },
            new[] { "oktober", "okt", "octobre", "octubre", "outubro", "out", "ottobre", "ott", "октябрь", "октября", "окт", "października", "pazdziernika", "ekim" },
            new[] { "novembre", "noviembre", "novembro", "ноябрь", "ноября", "ноя", "listopada", "kasım", "kasim", "nopember" },
            new[] { "dezember", "dez", "décembre", "decembre", "déc", "diciembre", "dic", "dezembro", "dicembre", "декабрь", "декабря", "дек", "grudnia", "aralık", "aralik", "desember" },
        };

        private static readonly Dictionary<string, int> MonthByName = BuildMonthIndex();

        // Zone abbreviations written after times on English- and European-language pages. Ambiguous ones
        // (IST, CST in Asia) are left out: a wrong offset is worse than offset zero.
        private static readonly Dictionary<string, int> ZoneMinutes = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
        {
            ["UTC"] = 0, ["GMT"] = 0, ["Z"] = 0, ["WET"] = 0, ["WEST"] = 60, ["BST"] = 60,
            ["CET"] = 60, ["CEST"] = 120, ["EET"] = 120, ["EEST"] = 180, ["MSK"] = 180,
            ["EST"] = -300, ["EDT"] = -240, ["CST"] = -360, ["CDT"] = -300,
            ["MST"] = -420, ["MDT"] = -360, ["PST"] = -480, ["PDT"] = -420,
        };

        /// <summary>A regex alternation of every month name, longest first so "sept" wins over "sep".</summary>
        /// <summary>
        /// Where a scraper glued a date to what stood before or after it in another element: a lower-case letter then an
        /// English month ("GiuffridaMar 5, 2025", "KeeganAugust 5, 2024"), or a year then a time or a count
        /// ("October 17, 20236:01 PM", "Mar 27, 20255 mins"). A space goes there (see DateTextParser callers in text mode).
        /// </summary>
        public static readonly TieredRegex GluedDate = new TieredRegex(
            @"(?<=\p{Ll})(?=(?:" + EnglishMonthStems(true) + @")[a-z]*\.?\s+\d)|(?<=\b(?:19|20)\d\d)(?=\d)",
            RegexOptions.Compiled | RegexOptions.CultureInvariant);

        public static string BuildMonthAlternation()
            => string.Join("|", MonthByName.Keys.OrderByDescending(k => k.Length).Select(Regex.Escape));

        /// <summary>1-12 for a month name or abbreviation (any case, trailing dot allowed), else -1.</summary>
        public static int MonthNumber(string name)
        {
            string key = name.Trim().TrimEnd('.').ToLowerInvariant();
            return MonthByName.TryGetValue(key, out int m) ? m : -1;
        }

        /// <summary>The offset of a zone abbreviation, zero when unknown.</summary>
        public static TimeSpan ZoneOffset(string abbreviation)
            => ZoneMinutes.TryGetValue(abbreviation, out int minutes) ? TimeSpan.FromMinutes(minutes) : TimeSpan.Zero;

        private static Dictionary<string, int> BuildMonthIndex()
        {
            var index = new Dictionary<string, int>(StringComparer.Ordinal);
            for (int m = 0; m < MonthNames.Length; m++)
            {
                foreach (string n in EnglishMonths[m])
                {
                    if (!index.ContainsKey(n)) index[n] = m + 1;
                }
                foreach (string n in MonthNames[m])
                {
                    if (!index.ContainsKey(n)) index[n] = m + 1;
                }
            }
            return index;
        }
    }
}
