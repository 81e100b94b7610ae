namespace NewsTools.Commands
{
    // The cmdlet's parameter types live in this assembly, not in NewsTools.Core: PowerShell inspects the
    // cmdlet classes (attributes, value-type fields) while importing, before the module initializer has
    // hooked up the private load context that NewsTools.Core is loaded into. They map 1:1 to the core's enums.

    /// <summary>How to read the input: Auto decides between an HTML page, Markdown and already-scraped text.</summary>
    public enum InputFormat
    {
        /// <summary>Decide from the content.</summary>
        Auto = 0,
        /// <summary>An HTML page.</summary>
        Html = 1,
        /// <summary>Already-scraped text; its shape (one block per line, hard-wrapped, Markdown, soup dump) is detected.</summary>
        Text = 2,
        /// <summary>Markdown: parsed as CommonMark with GFM tables.</summary>
        Markdown = 3,
    }

    /// <summary>Trade-off between keeping junk and losing story.</summary>
    public enum ExtractionFocus
    {
        /// <summary>The default balance.</summary>
        Balanced = 0,
        /// <summary>Drop anything doubtful.</summary>
        Precision = 1,
        /// <summary>Keep anything that may be story.</summary>
        Recall = 2,
    }
}
