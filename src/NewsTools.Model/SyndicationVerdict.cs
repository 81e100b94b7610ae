using System;

namespace NewsTools
{
    /// <summary>Whether an article is a copy of a story first published elsewhere, and what kind of copy.</summary>
    public enum SyndicationKind
    {
        /// <summary>No sign of a copy: the site's own story (or nothing on the page says otherwise).</summary>
        None = 0,
        /// <summary>Taken from a syndicated feed or a partner: a syndication disclaimer, a syndication-source meta, a canonical address on another site.</summary>
        Syndicated = 1,
        /// <summary>A news agency's story run as it came: an agency dateline ("WASHINGTON (AP) —"), a credit ("— PTI", "© 2024 Reuters"), an agency byline, JSON-LD naming an agency.</summary>
        WireCopy = 2,
        /// <summary>Republished from another publication: "This story originally appeared on ...", "Republished with permission", an original-source meta.</summary>
        Republished = 3,
    }

    /// <summary>Where a piece of syndication evidence was read.</summary>
    public enum SyndicationEvidenceSource
    {
        /// <summary>A syndication disclaimer ("auto-generated from a syndicated feed", "No ... journalist was involved").</summary>
        Disclaimer = 0,
        /// <summary>An agency dateline opening the story ("BERLIN (dpa) -", "New Delhi, May 3 (PTI)").</summary>
        Dateline = 1,
        /// <summary>An agency credit closing the story or on a line of its own ("— PTI", "(With inputs from IANS)", "© 2024 Reuters").</summary>
        Credit = 2,
        /// <summary>A byline (an author) that is an agency's name.</summary>
        Byline = 3,
        /// <summary>A rel=canonical address on another site.</summary>
        Canonical = 4,
        /// <summary>JSON-LD isBasedOn, sourceOrganization or copyrightHolder.</summary>
        JsonLd = 5,
        /// <summary>A syndication-source or original-source meta.</summary>
        Meta = 6,
        /// <summary>A republication note ("This story originally appeared on ...", "Republished with permission").</summary>
        Republication = 7,
    }

    /// <summary>One piece of syndication evidence: what was seen, where, what it points to and the source it names.</summary>
    public sealed class SyndicationEvidence
    {
        /// <summary>Creates a piece of evidence.</summary>
        public SyndicationEvidence(SyndicationEvidenceSource source, SyndicationKind points, string text, string? names)
        {
            Source = source;
            Points = points;
            Text = text ?? string.Empty;
            Names = string.IsNullOrWhiteSpace(names) ? null : names;
        }

        /// <summary>Where it was read: Disclaimer, Dateline, Credit, Byline, Canonical, JsonLd, Meta or Republication.</summary>
        public SyndicationEvidenceSource Source { get; }

        /// <summary>The kind of copy this piece points to on its own.</summary>
        public SyndicationKind Points { get; }

        /// <summary>The line, the markup value or the address that says so ("WASHINGTON (AP) —", "https://other.example/story").</summary>
        public string Text { get; }

        /// <summary>The agency or original publisher it names ("AP", "PTI", "example.org"), or null when it names none.</summary>
        public string? Names { get; }

        /// <summary>Renders as "Source: text", so a joined list or a CSV cell reads well.</summary>
        public override string ToString() => Source + ": " + Text;
    }

    /// <summary>A syndication verdict with the evidence behind it.</summary>
    /// <remarks>
    /// A verdict compares as its <see cref="Kind"/>, as <see cref="PaywallVerdict"/> does: it equals a verdict of the same
    /// kind, that <see cref="SyndicationKind"/>, or the kind's name in any case, so <c>Where-Object Syndication -eq 'WireCopy'</c>,
    /// <c>-ne 'None'</c> and <c>-in</c> work with no conversion. Truthiness cannot follow: PowerShell treats every object
    /// but null, false, zero, an empty string or an empty list as true and asks the object nothing, so filter with
    /// <c>Where-Object Syndication -ne None</c> or <c>Where-Object { $_.Syndication.IsSyndicated }</c>.
    /// </remarks>
    public sealed class SyndicationVerdict : IEquatable<SyndicationVerdict>, IEquatable<SyndicationKind>, IEquatable<string>
    {
        /// <summary>The verdict for an article with no syndication evidence.</summary>
        public static SyndicationVerdict None { get; } = new SyndicationVerdict(SyndicationKind.None, null, Array.Empty<SyndicationEvidence>(), "no syndication evidence");

        /// <summary>Creates a verdict.</summary>
        public SyndicationVerdict(SyndicationKind kind, string? source, SyndicationEvidence[] evidence, string reason)
        {
            Kind = kind;
            Source = string.IsNullOrWhiteSpace(source) ? null : source;
            Evidence = evidence ?? Array.Empty<SyndicationEvidence>();
            Reason = reason ?? string.Empty;
        }

        /// <summary>The kind of copy.</summary>
        public SyndicationKind Kind { get; }

        /// <summary>The agency or original publisher, when the page states it ("Reuters", "AP", "PTI", "example.org"); several are joined with ", ".</summary>
        public string? Source { get; }

        /// <summary>True for every kind but None.</summary>
        public bool IsSyndicated => Kind != SyndicationKind.None;

        /// <summary>The lines or markup that say so, in the order they were read.</summary>
        public SyndicationEvidence[] Evidence { get; }

        /// <summary>One sentence on how the evidence gave the kind ("an agency dateline", "the agency's own site").</summary>
        public string Reason { get; }

        /// <summary>Renders as the kind alone, so a CSV cell or a table column reads "WireCopy".</summary>
        public override string ToString() => Kind.ToString();

        /// <summary>True when <paramref name="other"/> has the same kind (evidence and source aside).</summary>
        public bool Equals(SyndicationVerdict? other) => other is not null && other.Kind == Kind;

        /// <summary>True when this verdict is of kind <paramref name="other"/>.</summary>
        public bool Equals(SyndicationKind other) => Kind == other;

        /// <summary>True when <paramref name="other"/> names this verdict's kind ("None", "wirecopy"; case and surrounding spaces ignored).</summary>
        public bool Equals(string? other) =>
            other is not null && string.Equals(other.Trim(), Kind.ToString(), StringComparison.OrdinalIgnoreCase);

        /// <summary>Compares as the kind: a verdict, a <see cref="SyndicationKind"/> or the kind's name.</summary>
        public override bool Equals(object? obj) => obj switch
        {
            SyndicationVerdict verdict => Equals(verdict),
            SyndicationKind kind => Equals(kind),
            string name => Equals(name),
            _ => false,
        };

        /// <summary>The kind's hash, so verdicts of one kind group together.</summary>
        public override int GetHashCode() => (int)Kind;
    }
}
