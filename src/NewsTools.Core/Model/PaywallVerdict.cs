using System;

namespace NewsTools
{
    /// <summary>What kind of paywall an article sits behind.</summary>
    public enum PaywallKind
    {
        /// <summary>No sign of a paywall.</summary>
        None = 0,
        /// <summary>A limit of free articles ("You've reached your limit of 5 free articles").</summary>
        Metered = 1,
        /// <summary>The story stops at a subscribe wall.</summary>
        Hard = 2,
        /// <summary>Free, but only after logging in or registering.</summary>
        Registration = 3,
        /// <summary>Signs of a paywall that do not say which kind.</summary>
        Unknown = 4,
    }

    /// <summary>A paywall verdict with the evidence behind it.</summary>
    public sealed class PaywallVerdict
    {
        /// <summary>The verdict for an article with no paywall evidence.</summary>
        public static PaywallVerdict NoPaywall { get; } = new PaywallVerdict(PaywallKind.None, Array.Empty<string>(), false);

        /// <summary>Creates a verdict.</summary>
        public PaywallVerdict(PaywallKind kind, string[] evidence, bool truncated)
        {
            Kind = kind;
            Evidence = evidence ?? Array.Empty<string>();
            Truncated = truncated;
        }

        /// <summary>The kind of paywall.</summary>
        public PaywallKind Kind { get; }

        /// <summary>The lines, markup or metadata that led to the verdict.</summary>
        public string[] Evidence { get; }

        /// <summary>True when the story looks cut short (a teaser).</summary>
        public bool Truncated { get; }

        /// <summary>Renders as the kind alone, so a CSV cell or a table column reads "Metered".</summary>
        public override string ToString() => Kind.ToString();
    }
}
