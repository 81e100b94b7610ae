using System;
using System.Globalization;
using System.Management.Automation;

namespace NewsTools.Commands
{
    /// <summary>
    /// Culture-free forms of the article's dates for Export-Csv and ConvertTo-Json, added to each
    /// written article as note properties (the model's own class belongs to the object model, not to the cmdlet):
    /// <list type="bullet">
    /// <item><c>PublishedIso</c>, <c>ModifiedIso</c>: ISO 8601, "2024-05-17" when the page gave a day only (no invented
    /// midnight), "2024-05-17T06:30:00+01:00" with the page's own offset otherwise; empty when there is no date. A
    /// DateTimeOffset in a CSV cell follows the culture ("17.05.2024 06:30:00 +01:00" under de-DE).</item>
    /// </list>
    /// The reading time needs no note property: the object carries it as a number (<see cref="Article.ReadingTimeSeconds"/>),
    /// and <see cref="ArticleMembers.ReadingTime"/> gives PowerShell the TimeSpan.
    /// A note property cannot replace a CLR property for ConvertTo-Json: it writes the base object's public properties
    /// by reflection first and adds a note property only under a name it has not written yet
    /// (PowerShell/PowerShell JsonObject.cs, ProcessCustomObject and AppendPsProperties).
    /// </summary>
    internal static class ArticleExportForms
    {
        /// <summary>The article wrapped with its export forms, ready for WriteObject.</summary>
        public static PSObject Decorate(Article article)
        {
            var wrapped = PSObject.AsPSObject(article);
            wrapped.Properties.Add(new PSNoteProperty("PublishedIso", IsoDate(article.Published, article.PublishedHasTime)));
            wrapped.Properties.Add(new PSNoteProperty("ModifiedIso", IsoDate(article.Modified, article.ModifiedHasTime)));
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

    /// <summary>
    /// Code behind the members NewsTools.Types.ps1xml adds to NewsTools.Article (PowerShell calls them with the
    /// article wrapped in a PSObject).
    /// </summary>
    public static class ArticleMembers
    {
        /// <summary>The hidden <c>ReadingTime</c> property: <see cref="Article.ReadingTimeSeconds"/> as a TimeSpan.</summary>
        public static TimeSpan ReadingTime(PSObject instance)
        {
            if (instance?.BaseObject is Article article) return article.GetReadingTime();
            throw new ArgumentException("ReadingTime is defined for NewsTools.Article objects only.", nameof(instance));
        }
    }
}
