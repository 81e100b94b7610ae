namespace NewsTools.Walls
{
    /// <summary>What one piece of paywall evidence says.</summary>
    internal enum PaywallSignal
    {
        /// <summary>Prompt: a limit of free articles reached ("You've reached your limit of 5 free articles").</summary>
        Metered,
        /// <summary>Prompt: the story stops at a subscribe wall ("To continue reading, subscribe").</summary>
        Hard,
        /// <summary>Prompt: free after registering or logging in.</summary>
        Registration,
        /// <summary>Prompt: a generic subscribe or log-in prompt ("Already a subscriber? Log in").</summary>
        Prompt,
        /// <summary>Markup: a vendor widget or a class/id naming a paywall, holding no story.</summary>
        Markup,
        /// <summary>Markup: a paywall element with no text (a modal the script fills on paywalled pages only).</summary>
        EmptyMarkup,
        /// <summary>Markup: an element named as paywalled that holds story prose (the paid part, marked).</summary>
        MarkedProse,
        /// <summary>Declaration: the page says it is not free (isAccessibleForFree=false, a locked content tier).</summary>
        NotFree,
        /// <summary>Declaration: the page says it is free (isAccessibleForFree=true, content tier free).</summary>
        Free,
        /// <summary>Shape: story prose hidden by CSS (display:none, the hidden attribute) inside the story.</summary>
        HiddenProse,
    }

    /// <summary>One piece of paywall evidence, as the stage that read it found it.</summary>
    internal readonly struct PaywallFinding
    {
        public PaywallFinding(PaywallSignal signal, string text, string where = "", int position = -1, bool dismissable = false, bool near = false)
        {
            Signal = signal;
            Text = text;
            Where = where;
            Position = position;
            Dismissable = dismissable;
            Near = near;
        }

        public PaywallSignal Signal { get; }

        /// <summary>The prompt line, the markup ("class/id: ..."), or the declaration ("isAccessibleForFree=false").</summary>
        public string Text { get; }

        /// <summary>Where it was read ("json-ld", "meta article:content_tier", an element path, "line 12"), when known.</summary>
        public string Where { get; }

        /// <summary>HTML: the element's index in the body's DomIndex; text: the line's index; -1 when it has no place (declarations).</summary>
        public int Position { get; }

        /// <summary>A prompt shown in the same box as a dismiss link ("No thanks", "Continue reading"): a soft overlay, not a wall.</summary>
        public bool Dismissable { get; }

        /// <summary>A prompt inside the story or next to it (where a wall sits), not a template far off in the page.</summary>
        public bool Near { get; }

        public bool IsPrompt => Signal <= PaywallSignal.Prompt;

        public PaywallFinding WithNear(bool near) => new PaywallFinding(Signal, Text, Where, Position, Dismissable, near);
    }
}
