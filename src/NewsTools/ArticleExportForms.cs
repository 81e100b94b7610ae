using System;
using System.Globalization;
using System.Management.Automation;

namespace NewsTools.Commands
{
    /// <summary>
    /// Culture-free forms of the article's dates and reading time for Export-Csv and ConvertTo-Json, added to each
    /// written article as note properties (the model's own class belongs to the object model, not to the cmdlet):
    /// <list type="bullet">
    /// <item><c>PublishedIso</c>, <c>ModifiedIso</c>: ISO 8601, "2024-05-17" when the page gave a day only (no invented
    /// midnight), "2024-05-17T06:30:00+01:00" with the page's own offset otherwise; empty when there is no date. A
    /// DateTimeOffset in a CSV cell follows the culture ("17.05.2024 06:30:00 +01:00" under de-DE).</item>
    /// <item><c>ReadingTimeSeconds</c>: whole seconds, where ConvertTo-Json writes a TimeSpan as an object of 15 fields.</item>
    /// </list>
    /// </summary>
    internal static class ArticleExportForms
    {
        /// <summary>The article wrapped with its export forms, ready for WriteObject.</summary>
        public static PSObject Decorate(Article article)
        {
            var wrapped = PSObject.AsPSObject(article);
            wrapped.Properties.Add(new PSNoteProperty("PublishedIso", IsoDate(article.Published, article.PublishedHasTime)));
            wrapped.Properties.Add(new PSNoteProperty("ModifiedIso", IsoDate(article.Modified, article.ModifiedHasTime)));
            wrapped.Properties.Add(new PSNoteProperty("ReadingTimeSeconds", (int)Math.Round(article.ReadingTime.TotalSeconds, MidpointRounding.AwayFromZero)));
            return wrapped;
        }

        /// <summary>"2024-05-17" for a day only, "2024-05-17T06:30:00+01:00" with a time, null for no date.</summary>
        public static string? IsoDate(DateTimeOffset? date, bool hasTime)
        {
            if (date is null) return null;
            return hasTime
                ? date.Value.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture)
                : date.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }
    }
}
