using System;

namespace NewsTools.Metadata
{
    /// <summary>Keeps the first acceptable date offered for one field.</summary>
    internal sealed class DatePick
    {
        /// <summary>Dates before this are placeholders, birth dates or wrong fields.</summary>
        internal static readonly DateTimeOffset Earliest = new DateTimeOffset(1990, 1, 1, 0, 0, 0, TimeSpan.Zero);

        private readonly string _field;
        private readonly DateTimeOffset _latest;

        public DatePick(string field, DateTimeOffset now)
        {
            _field = field;
            _latest = now.AddDays(2);
        }

        public DateTimeOffset? Value { get; private set; }

        public bool HasTime { get; private set; }

        public string Source { get; private set; } = string.Empty;

        public void Offer(string? raw, string source)
        {
            if (Value.HasValue || string.IsNullOrWhiteSpace(raw)) return;
            Accept(DateTextParser.ParseMachineDate(raw, out bool hasTime), hasTime, source);
        }

        public void OfferText(string text, string source)
        {
            if (Value.HasValue) return;
            Accept(DateTextParser.FindDate(text, out bool hasTime), hasTime, source);
        }

        private void Accept(DateTimeOffset? value, bool hasTime, string source)
        {
            // Before 1990 or beyond two days ahead: a placeholder, a birth date or a wrong field.
            if (!value.HasValue || value.Value < Earliest || value.Value > _latest) return;
            Value = value;
            HasTime = hasTime;
            Source = source;
        }

        /// <summary>
        /// A time given in UTC (offset zero) that falls on the day after or before the permalink's date:
        /// the page was published in a zone behind or ahead of UTC, and the day as written on the page is
        /// the permalink's. The day is kept as written; the time, no longer meaningful, is dropped.
        /// </summary>
        public void PreferLocalDay(string isoDay)
        {
            if (!Value.HasValue || !HasTime || Value.Value.Offset != TimeSpan.Zero) return;
            DateTimeOffset? day = DateTextParser.ParseMachineDate(isoDay, out _);
            if (!day.HasValue) return;
            double gap = Math.Abs((Value.Value.UtcDateTime.Date - day.Value.UtcDateTime.Date).TotalDays);
            if (gap != 1) return;
            Value = day;
            HasTime = false;
            Source = "url";
        }

        public void Replace(DateTimeOffset value, bool hasTime, string source)
        {
            Value = value;
            HasTime = hasTime;
            Source = source;
        }

        public void CopyFrom(DatePick other)
        {
            Value = other.Value;
            HasTime = other.HasTime;
            Source = other.Source;
        }

        public void ApplyPublished(ArticleMetadata meta)
        {
            if (!Value.HasValue) return;
            meta.Published = Value;
            meta.PublishedHasTime = HasTime;
            meta.SetSource(_field, Source);
        }

        public void ApplyModified(ArticleMetadata meta)
        {
            if (!Value.HasValue) return;
            meta.Modified = Value;
            meta.ModifiedHasTime = HasTime;
            meta.SetSource(_field, Source);
        }
    }
}
