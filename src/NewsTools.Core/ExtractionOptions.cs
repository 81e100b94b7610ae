using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace NewsTools
{
    /// <summary>Everything a caller can set for one extraction run. Built once (e.g. in BeginProcessing), shared read-only.</summary>
    public sealed class ExtractionOptions
    {
        /// <summary>The defaults.</summary>
        public static ExtractionOptions Default { get; } = new ExtractionOptions();

        /// <summary>How to read the input.</summary>
        public InputFormat InputFormat { get; set; } = InputFormat.Auto;

        /// <summary>Precision/recall trade-off.</summary>
        public ExtractionFocus Focus { get; set; } = ExtractionFocus.Balanced;

        /// <summary>Return reader comments in <see cref="Article.Comments"/>.</summary>
        public bool IncludeComments { get; set; }

        /// <summary>Keep tables in the body (on by default).</summary>
        public bool IncludeTables { get; set; } = true;

        /// <summary>Keep images in Markdown and Html.</summary>
        public bool IncludeImages { get; set; }

        /// <summary>Keep links in Markdown and Html.</summary>
        public bool IncludeLinks { get; set; }

        /// <summary>CSS selectors whose elements are removed before extraction.</summary>
        public IReadOnlyList<string> RemoveSelectors { get; set; } = Array.Empty<string>();

        /// <summary>CSS selectors that name the content container; the first that matches wins.</summary>
        public IReadOnlyList<string> ContentSelectors { get; set; } = Array.Empty<string>();

        /// <summary>Lines or blocks matching any of these are always kept (text and HTML).</summary>
        public IReadOnlyList<Regex> KeepPatterns { get; set; } = Array.Empty<Regex>();

        /// <summary>Lines or blocks matching any of these are always removed (reason UserRule).</summary>
        public IReadOnlyList<Regex> RemovePatterns { get; set; } = Array.Empty<Regex>();

        /// <summary>
        /// Treat every page as this type instead of classifying it (null, the default: classify). For a caller that knows
        /// what its pages are, and for measuring each type's extraction profile apart from the classifier.
        /// </summary>
        public PageType? PageTypeHint { get; set; }

        /// <summary>Receives one line per decision (strategy chosen, block dropped); the cmdlet maps it to WriteVerbose.</summary>
        public Action<string>? Log { get; set; }

        /// <summary>
        /// Largest input cleaned, in characters; a longer one fails with <see cref="ExtractionFailure.InputTooLarge"/>
        /// (cutting it silently would return a story that stops mid-page as if it were whole). 0 = no limit.
        /// </summary>
        public int MaxInputChars { get; set; } = DefaultMaxInputChars;

        /// <summary>64 Mi characters: far above a real news page (a few MB even with inline images), and still cleaned in
        /// well under a minute at the speed measured in issue 15 (50 MB in 27 s).</summary>
        public const int DefaultMaxInputChars = 64 * 1024 * 1024;

        /// <summary>A copy of these options, e.g. to give one document its own <see cref="Log"/>.</summary>
        public ExtractionOptions Clone() => (ExtractionOptions)MemberwiseClone();
    }
}
