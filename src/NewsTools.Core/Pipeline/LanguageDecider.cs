using System;
using NewsTools.Text;

namespace NewsTools.Pipeline
{
    /// <summary>
    /// The language stage: one decision per page, with its source. The declared language (html lang, meta, JSON-LD)
    /// wins where the text agrees; otherwise the text's own language. The detector runs once: on the kept story in
    /// HTML mode; in text mode the cleaner already detected the input's language (it needs the stop words) and that
    /// detection is the text's language.
    /// </summary>
    internal static class LanguageDecider
    {
        /// <summary>The page's language and where it came from ("declared" or "text"), or (null, null).</summary>
        public static (string? Language, string? Source) Decide(PageExtraction page, string keptText)
        {
            string? detected = page.Shape == TextShape.None ? LanguageDetector.Detect(keptText) : page.InputLanguage;
            string? declared = page.Metadata.DeclaredLanguage;
            if (declared != null && (detected is null || declared.StartsWith(detected, StringComparison.OrdinalIgnoreCase))) return (declared, "declared");
            return detected != null ? (detected, "text") : ((string?)null, (string?)null);
        }
    }
}
