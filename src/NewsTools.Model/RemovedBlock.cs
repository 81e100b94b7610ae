namespace NewsTools
{
    /// <summary>Why a block was removed.</summary>
    public enum RemovalReason
    {
        /// <summary>Generic page chrome that fits no finer class.</summary>
        Boilerplate = 0,
        /// <summary>Menus, breadcrumbs, section lists.</summary>
        Navigation,
        /// <summary>Advertisements and sponsored slots.</summary>
        Advertisement,
        /// <summary>"Also read", "Related", "Recommended" lists.</summary>
        Related,
        /// <summary>Share and follow prompts.</summary>
        Share,
        /// <summary>Newsletter and app sign-up prompts.</summary>
        Newsletter,
        /// <summary>Cookie and consent notices.</summary>
        Cookie,
        /// <summary>Paywall and log-in prompts.</summary>
        Paywall,
        /// <summary>Subscription plans, prices and periods.</summary>
        Subscription,
        /// <summary>Promotions and feature lists.</summary>
        Promotion,
        /// <summary>Syndication and legal disclaimers.</summary>
        Disclaimer,
        /// <summary>Unfilled template placeholders such as {{free_limit}}.</summary>
        TemplatePlaceholder,
        /// <summary>Image captions.</summary>
        Caption,
        /// <summary>Photo and agency credits.</summary>
        Credit,
        /// <summary>Reader comments.</summary>
        Comments,
        /// <summary>Bylines (kept as metadata).</summary>
        Byline,
        /// <summary>Datelines and timestamps (kept as metadata).</summary>
        Dateline,
        /// <summary>Copyright footers.</summary>
        Copyright,
        /// <summary>A block that repeats an earlier one.</summary>
        Duplicate,
        /// <summary>The headline repeated at the top of the body.</summary>
        Title,
        /// <summary>Removed by a user's -RemovePattern or -RemoveSelector.</summary>
        UserRule,
        /// <summary>Hidden markup (display:none, hidden, aria-hidden).</summary>
        Hidden,
        /// <summary>Short lines outside the story with no other class.</summary>
        ShortFragment,
    }

    /// <summary>One removed block: its text, why, and where it stood.</summary>
    public sealed class RemovedBlock
    {
        /// <summary>Creates a record.</summary>
        public RemovedBlock(string text, RemovalReason reason, string location, string? rule = null)
        {
            Text = text;
            Reason = reason;
            Location = location;
            Rule = rule;
        }

        /// <summary>The removed text (whitespace collapsed).</summary>
        public string Text { get; }

        /// <summary>The reason category.</summary>
        public RemovalReason Reason { get; }

        /// <summary>Where it stood: "line 12" in text mode, an element path in HTML mode.</summary>
        public string Location { get; }

        /// <summary>The rule that fired, for -Verbose and debugging.</summary>
        public string? Rule { get; }

        /// <inheritdoc />
        public override string ToString() => Reason + ": " + Text;
    }
}
