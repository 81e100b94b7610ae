using System;

namespace NewsTools
{
    /// <summary>What kind of paywall an article sits behind.</summary>
    public enum PaywallKind
    {
        /// <summary>No paywall: no evidence, or only evidence that sits on free pages too (vendor markup alone, a newsletter box).</summary>
        None = 0,
        /// <summary>A limit of free articles ("You've reached your limit of 5 free articles").</summary>
        Metered = 1,
        /// <summary>The story stops at a subscribe wall: the text here is a teaser.</summary>
        Hard = 2,
        /// <summary>Free, but only after logging in or registering.</summary>
        Registration = 3,
        /// <summary>Signs of a wall that say neither its kind nor that the page is not free (two distinct log-in or subscribe prompts).</summary>
        Unknown = 4,
        /// <summary>The page declares itself not free (schema.org isAccessibleForFree=false, a locked content tier, a story container marked as paywalled), but the full text is here and no wall shows.</summary>
        Declared = 5,
    }

    /// <summary>Where a piece of paywall evidence was read.</summary>
    public enum PaywallEvidenceSource
    {
        /// <summary>What the page says of itself: schema.org isAccessibleForFree (with hasPart/cssSelector), a content tier meta.</summary>
        Declaration = 0,
        /// <summary>Paywall markup: a vendor's widget (Piano, Poool, Pelcro, LaterPay, Zephr, Evolok, Steady) or a class/id naming a paywall.</summary>
        Markup = 1,
        /// <summary>A visible prompt: a line or box the reader sees ("Subscribe to continue reading").</summary>
        Prompt = 2,
        /// <summary>The shape of the text: a teaser cut short before a wall, content hidden by CSS.</summary>
        Shape = 3,
    }

    /// <summary>One piece of paywall evidence: what was seen, where, what it points to, and whether the verdict counted it.</summary>
    public sealed class PaywallEvidence
    {
        /// <summary>Creates a piece of evidence.</summary>
        public PaywallEvidence(PaywallEvidenceSource source, PaywallKind points, string text, string where, bool counted)
        {
            Source = source;
            Points = points;
            Text = text ?? string.Empty;
            Where = where ?? string.Empty;
            Counted = counted;
        }

        /// <summary>Where it was read: Declaration, Markup, Prompt or Shape.</summary>
        public PaywallEvidenceSource Source { get; }

        /// <summary>The kind of wall this piece points to on its own (Unknown for a generic prompt or markup, None for a sign against a wall such as isAccessibleForFree=true).</summary>
        public PaywallKind Points { get; }

        /// <summary>The prompt line, the markup, or the declaration ("isAccessibleForFree=false").</summary>
        public string Text { get; }

        /// <summary>Where on the page: "json-ld", "meta article:content_tier", an element path, "line 42".</summary>
        public string Where { get; }

        /// <summary>False when the verdict set this piece aside (vendor markup alone, an empty paywall modal, a prompt with a dismiss link).</summary>
        public bool Counted { get; }

        /// <summary>Renders as "Source: text", so a joined list or a CSV cell reads well.</summary>
        public override string ToString() => Source + ": " + Text;
    }

    /// <summary>A paywall verdict with the evidence behind it.</summary>
    /// <remarks>
    /// A verdict compares as its <see cref="Kind"/>: it equals a verdict of the same kind, that
    /// <see cref="PaywallKind"/>, or the kind's name in any case. PowerShell's <c>-eq</c> (and so
    /// <c>Where-Object Paywall -eq 'None'</c>, <c>-ne</c>, <c>-in</c>, <c>-contains</c>) calls
    /// <see cref="Equals(object)"/> with the right-hand value as typed, so no conversion is needed.
    /// Truthiness cannot follow: PowerShell treats every object but null, false, zero, an empty string or
    /// an empty list as true and asks the object nothing, so filter with <c>Where-Object Paywall -ne None</c>
    /// or <c>Where-Object { $_.Paywall.IsPaywalled }</c>.
    /// </remarks>
    public sealed class PaywallVerdict : IEquatable<PaywallVerdict>, IEquatable<PaywallKind>, IEquatable<string>
    {
        /// <summary>The verdict for an article with no paywall evidence.</summary>
        public static PaywallVerdict NoPaywall { get; } = new PaywallVerdict(PaywallKind.None, Array.Empty<PaywallEvidence>(), false, "no paywall evidence");

        /// <summary>Creates a verdict.</summary>
        public PaywallVerdict(PaywallKind kind, PaywallEvidence[] evidence, bool truncated, string reason)
        {
            Kind = kind;
            Evidence = evidence ?? Array.Empty<PaywallEvidence>();
            Truncated = truncated;
            Reason = reason ?? string.Empty;
        }

        /// <summary>The kind of paywall.</summary>
        public PaywallKind Kind { get; }

        /// <summary>True for every kind but None.</summary>
        public bool IsPaywalled => Kind != PaywallKind.None;

        /// <summary>Every piece of evidence seen, in the order the verdict weighs them (prompts, shape, declarations, markup); see <see cref="PaywallEvidence.Counted"/>.</summary>
        public PaywallEvidence[] Evidence { get; }

        /// <summary>True when the text returned is a teaser: the story stops before a wall.</summary>
        public bool Truncated { get; }

        /// <summary>One sentence on how the evidence gave the kind ("a metered prompt", "declared not free; full text present").</summary>
        public string Reason { get; }

        /// <summary>Renders as the kind alone, so a CSV cell or a table column reads "Metered".</summary>
        public override string ToString() => Kind.ToString();

        /// <summary>True when <paramref name="other"/> has the same kind (evidence and reason aside).</summary>
        public bool Equals(PaywallVerdict? other) => other is not null && other.Kind == Kind;

        /// <summary>True when this verdict is of kind <paramref name="other"/>.</summary>
        public bool Equals(PaywallKind other) => Kind == other;

        /// <summary>True when <paramref name="other"/> names this verdict's kind ("None", "hard"; case and surrounding spaces ignored).</summary>
        public bool Equals(string? other) =>
            other is not null && string.Equals(other.Trim(), Kind.ToString(), StringComparison.OrdinalIgnoreCase);

        /// <summary>Compares as the kind: a verdict, a <see cref="PaywallKind"/> or the kind's name.</summary>
        public override bool Equals(object? obj) => obj switch
        {
            PaywallVerdict verdict => Equals(verdict),
            PaywallKind kind => Equals(kind),
            string name => Equals(name),
            _ => false,
        };

        /// <summary>The kind's hash, so verdicts of one kind group together.</summary>
        public override int GetHashCode() => (int)Kind;
    }
}
