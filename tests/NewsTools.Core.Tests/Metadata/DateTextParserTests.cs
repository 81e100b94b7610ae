using System;
using NewsTools.Metadata;
using Xunit;

namespace NewsTools.Core.Tests.Metadata
{
    /// <summary>
    /// Dates written in text and in machine fields. Contract (DateTextParser remarks): a time keeps the offset
    /// written next to it, a time without a zone is offset zero, a date alone is midnight UTC with hasTime false,
    /// relative phrases are never dates, years outside 1970-2099 are rejected.
    /// </summary>
    public class DateTextParserTests
    {
        private static DateTimeOffset At(int y, int mo, int d, int h = 0, int mi = 0, int s = 0, double offsetHours = 0)
            => new DateTimeOffset(y, mo, d, h, mi, s, TimeSpan.FromHours(offsetHours));

        private static void AssertDate(string text, DateTimeOffset expected, bool expectedHasTime)
        {
            DateTimeOffset? found = DateTextParser.FindDate(text, out bool hasTime);
            Assert.True(found.HasValue, "no date found in '" + text + "'");
            // Equal instants can differ in offset: compare both.
            Assert.Equal(expected, found!.Value);
            Assert.Equal(expected.Offset, found.Value.Offset);
            Assert.Equal(expectedHasTime, hasTime);
        }

        // ---- ISO 8601 ----

        [Fact]
        public void IsoDateAloneIsMidnightUtcWithoutTime() => AssertDate("2024-05-17", At(2024, 5, 17), false);

        [Fact]
        public void IsoDateTimeInUtc() => AssertDate("2024-05-17T10:30:00Z", At(2024, 5, 17, 10, 30), true);

        [Fact]
        public void IsoDateTimeKeepsAPositiveOffset() => AssertDate("2024-05-17T10:30:00+02:00", At(2024, 5, 17, 10, 30, 0, 2), true);

        [Fact]
        public void IsoDateTimeWithFractionAndNegativeOffset() => AssertDate("2024-05-17T10:30:00.123-05:00", At(2024, 5, 17, 10, 30, 0, -5), true);

        [Fact]
        public void IsoOffsetWithoutColon() => AssertDate("2024-05-17T10:30:00-0500", At(2024, 5, 17, 10, 30, 0, -5), true);

        [Fact]
        public void IsoHalfHourOffsetWithoutSeconds() => AssertDate("2024-05-17T10:30+0530", At(2024, 5, 17, 10, 30, 0, 5.5), true);

        [Fact]
        public void IsoDateTimeWithoutZoneIsOffsetZero() => AssertDate("2024-05-17T10:30:00", At(2024, 5, 17, 10, 30), true);

        [Fact]
        public void SpaceSeparatedDateTimeWithUtcWord() => AssertDate("2024-05-17 10:30:00 UTC", At(2024, 5, 17, 10, 30), true);

        [Fact]
        public void ImpossibleTimeKeepsTheDateOnly() => AssertDate("2024-05-17T25:30:00Z", At(2024, 5, 17), false);

        [Fact]
        public void OffsetBeyondFourteenHoursKeepsTheDateOnly() => AssertDate("2024-05-17T10:30:00+15:00", At(2024, 5, 17), false);

        [Fact(Skip = "Gap: the ISO 8601 basic format (no separators) is not read; FindDate returns null.")]
        public void IsoBasicFormat() => AssertDate("20240517T103000Z", At(2024, 5, 17, 10, 30), true);

        // ---- RFC 1123 and JavaScript Date.toString ----

        [Fact]
        public void Rfc1123InGmt() => AssertDate("Fri, 17 May 2024 10:30:00 GMT", At(2024, 5, 17, 10, 30), true);

        [Fact]
        public void Rfc1123WithNumericOffset() => AssertDate("Fri, 17 May 2024 10:30:00 +0200", At(2024, 5, 17, 10, 30, 0, 2), true);

        [Fact]
        public void JavaScriptDateString() => AssertDate("Fri May 17 2024 10:30:00 GMT+0200 (Central European Summer Time)", At(2024, 5, 17, 10, 30, 0, 2), true);

        // ---- English text forms, 12-hour clock, zone abbreviations ----

        [Fact]
        public void MonthDayYearWithAmAndZone() => AssertDate("May 17, 2024, 10:30 a.m. EDT", At(2024, 5, 17, 10, 30, 0, -4), true);

        [Fact]
        public void TwelveAmIsMidnight() => AssertDate("May 17, 2024 12:15 am", At(2024, 5, 17, 0, 15), true);

        [Fact]
        public void TwelvePmIsNoon() => AssertDate("May 17, 2024 12:15 PM PDT", At(2024, 5, 17, 12, 15, 0, -7), true);

        [Fact]
        public void EuropeanZoneAbbreviations()
        {
            AssertDate("17 May 2024 10:30 CEST", At(2024, 5, 17, 10, 30, 0, 2), true);
            AssertDate("May 17 2024 10:30 BST", At(2024, 5, 17, 10, 30, 0, 1), true);
        }

        [Theory]
        [InlineData("Sept. 3, 2024", 2024, 9, 3)]
        [InlineData("17th of May, 2024", 2024, 5, 17)]
        [InlineData("Published 17 May 2024", 2024, 5, 17)]
        [InlineData("29 Feb 2024", 2024, 2, 29)]
        public void EnglishMonthNames(string text, int y, int mo, int d) => AssertDate(text, At(y, mo, d), false);

        // ---- Other languages ----

        [Theory]
        [InlineData("17. Mai 2024", 2024, 5, 17)]             // German
        [InlineData("17 de mayo de 2024", 2024, 5, 17)]       // Spanish
        [InlineData("1er mai 2024", 2024, 5, 1)]              // French ordinal
        [InlineData("17 мая 2024 г.", 2024, 5, 17)]           // Russian genitive
        [InlineData("17 de maio de 2024", 2024, 5, 17)]       // Portuguese
        [InlineData("17 maart 2024", 2024, 3, 17)]            // Dutch
        [InlineData("3 października 2024", 2024, 10, 3)]      // Polish genitive
        [InlineData("2024年5月17日", 2024, 5, 17)]              // Chinese / Japanese
        [InlineData("2024년 5월 17일", 2024, 5, 17)]           // Korean
        public void MonthNamesInSeveralLanguages(string text, int y, int mo, int d) => AssertDate(text, At(y, mo, d), false);

        [Fact]
        public void GermanTimeWithUm() => AssertDate("17. Mai 2024 um 14:30 Uhr", At(2024, 5, 17, 14, 30), true);

        [Fact]
        public void FrenchTimeWithH() => AssertDate("17 mai 2024 à 14h30", At(2024, 5, 17, 14, 30), true);

        [Fact]
        public void ItalianTimeWithAlle() => AssertDate("17 maggio 2024 alle 14:30", At(2024, 5, 17, 14, 30), true);

        [Fact(Skip = "Gap: 'alle ore' (two words before the time, common in Italian) loses the time; only one lead word is allowed.")]
        public void ItalianTimeWithAlleOre() => AssertDate("17 maggio 2024 alle ore 14:30", At(2024, 5, 17, 14, 30), true);

        // ---- Numeric dates: day/month order ----

        [Fact]
        public void DottedDatesAreDayFirst()
        {
            AssertDate("17.05.2024", At(2024, 5, 17), false);
            AssertDate("03.05.2024", At(2024, 5, 3), false);
        }

        [Fact]
        public void AmbiguousSlashDateIsMonthFirstUnlessDayFirstIsAsked()
        {
            Assert.Equal(At(2024, 3, 5), DateTextParser.FindDate("03/05/2024", out _));
            Assert.Equal(At(2024, 5, 3), DateTextParser.FindDate("03/05/2024", out _, dayFirst: true));
        }

        [Fact]
        public void APartAboveTwelveDecidesTheOrder()
        {
            Assert.Equal(At(2024, 5, 17), DateTextParser.FindDate("17/05/2024", out _));
            Assert.Equal(At(2024, 5, 17), DateTextParser.FindDate("05/17/2024", out _, dayFirst: true));
        }

        [Fact]
        public void TheFirstValidDateInReadingOrderWins()
        {
            // "2024-13-45" is not a date; the search goes on to the next one.
            AssertDate("Room 2024-13-45 then 2024-05-17", At(2024, 5, 17), false);
            AssertDate("Updated 18 May 2024, first published 17 May 2024", At(2024, 5, 18), false);
        }

        // ---- Rejected ----

        [Theory]
        [InlineData("5 hours ago")]
        [InlineData("yesterday")]
        [InlineData("3 days ago")]
        [InlineData("Updated 2 minutes ago")]
        [InlineData("hello world")]
        [InlineData("v1.2.2024")]
        [InlineData("Call 555-1234")]
        [InlineData("13/13/2024")]
        [InlineData("31 February 2024")]
        [InlineData("29 Feb 2023")]
        [InlineData("1969-12-31")]
        [InlineData("2100-01-01")]
        [InlineData("")]
        public void RelativeImpossibleOrJunkTextIsNoDate(string text)
        {
            Assert.Null(DateTextParser.FindDate(text, out bool hasTime));
            Assert.False(hasTime);
        }

        // ---- Machine fields ----

        [Theory]
        [InlineData("1715941800")]
        [InlineData("1715941800000")]
        [InlineData("  1715941800  ")]
        public void MachineDateReadsUnixSecondsAndMilliseconds(string value)
        {
            DateTimeOffset? found = DateTextParser.ParseMachineDate(value, out bool hasTime);

            Assert.Equal(At(2024, 5, 17, 10, 30), found);
            Assert.True(hasTime);
        }

        [Fact]
        public void UnixTimeIsNotADateInRunningText()
        {
            Assert.Null(DateTextParser.FindDate("1715941800", out _));
        }

        [Fact]
        public void MachineDateFallsBackToTextForms()
        {
            Assert.Equal(At(2024, 5, 17, 10, 30, 0, 2), DateTextParser.ParseMachineDate("2024-05-17T10:30:00+02:00", out bool hasTime));
            Assert.True(hasTime);
            Assert.Equal(At(2024, 5, 17), DateTextParser.ParseMachineDate("May 17, 2024", out hasTime));
            Assert.False(hasTime);
        }

        [Theory]
        [InlineData(null)]
        [InlineData("")]
        [InlineData("   ")]
        [InlineData("not a date")]
        public void MachineDateOfNothingIsNull(string? value)
        {
            Assert.Null(DateTextParser.ParseMachineDate(value, out bool hasTime));
            Assert.False(hasTime);
        }

        [Fact]
        public void MachineDateReadsOnlyTheFirst200Characters()
        {
            Assert.Null(DateTextParser.ParseMachineDate(new string('x', 200) + " 2024-05-17", out _));
            Assert.NotNull(DateTextParser.ParseMachineDate(new string('x', 180) + " 2024-05-17", out _));
        }
    }
}
