using System.Collections.Generic;
using NewsTools.Heuristics;

namespace NewsTools.Text
{
    /// <summary>Decides the paywall verdict from prompt lines (text and HTML mode alike) and page signals.</summary>
    internal static class PaywallDetector
    {
        /// <summary>Evidence lines kept in a verdict (enough to explain it, without copying a whole offer box).</summary>
        private const int MaxEvidence = 6;

        /// <summary>
        /// A verdict from the lines of the page (kept or removed), paywall evidence found in markup
        /// (containers, classes), and schema.org isAccessibleForFree when declared.
        /// </summary>
        /// <remarks>
        /// A metered prompt wins over a hard one (a limit reached also stops the story); a hard prompt
        /// over a registration one; generic log-in/subscribe prompts, markup evidence or
        /// isAccessibleForFree=false alone give Unknown. Truncated is set when the line just before the
        /// first prompt looks cut ("...", "…", or a long line with no closing punctuation).
        /// </remarks>
        public static PaywallVerdict Detect(IEnumerable<string> lines, IEnumerable<string>? markupEvidence = null, bool? accessibleForFree = null)
        {
            var evidence = new List<string>();
            bool metered = false, hard = false, registration = false;
            int prompts = 0;
            var distinctPrompts = new HashSet<string>(System.StringComparer.Ordinal);
            bool truncated = false;
            string? previous = null;
            bool firstPromptSeen = false;

            if (lines != null)
            {
                foreach (string raw in lines)
                {
                    if (raw is null) continue;
                    string t = raw.Trim();
                    if (t.Length == 0) continue;
                    bool isPrompt = false;
                    string lower = t.Length <= TextThresholds.PhraseMaxLength ? t.ToLowerInvariant() : string.Empty;
                    if (lower.Length > 0 && TextPhrases.PaywallGate.IsMatch(lower))
                    {
                        if (TextPhrases.MeteredGate.IsMatch(lower) && TextPhrases.PaywallMetered.IsMatch(t)) { metered = true; isPrompt = true; }
                        else if (TextPhrases.HardGate.IsMatch(lower) && TextPhrases.PaywallHard.IsMatch(t)) { hard = true; isPrompt = true; }
                        else if (TextPhrases.RegistrationGate.IsMatch(lower) && TextPhrases.PaywallRegistration.IsMatch(t)) { registration = true; isPrompt = true; }
                        else if (TextPhrases.PaywallPrompt.IsMatch(t))
                        {
                            // The same widget printed twice (top and bottom) is one prompt.
                            if (distinctPrompts.Add(lower)) prompts++;
                            isPrompt = true;
                        }
                    }
                    if (isPrompt)
                    {
                        if (evidence.Count < MaxEvidence) evidence.Add(t);
                        if (!firstPromptSeen)
                        {
                            firstPromptSeen = true;
                            truncated = previous != null && LooksCut(previous);
                        }
                    }
                    else if (!firstPromptSeen)
                    {
                        previous = t;
                    }
                }
            }

            bool markup = false;
            if (markupEvidence != null)
            {
                foreach (string m in markupEvidence)
                {
                    if (string.IsNullOrEmpty(m)) continue;
                    markup = true;
                    if (evidence.Count < MaxEvidence) evidence.Add(m);
                }
            }
            if (accessibleForFree == false && evidence.Count < MaxEvidence) evidence.Add("isAccessibleForFree=false");

            PaywallKind kind;
            if (metered) kind = PaywallKind.Metered;
            else if (hard) kind = PaywallKind.Hard;
            else if (registration) kind = PaywallKind.Registration;
            // One "Already a subscriber? Log in" on its own is common page chrome; two prompts, or one
            // with markup or schema evidence, is a wall of some kind.
            else if (prompts >= 2 || markup || accessibleForFree == false) kind = PaywallKind.Unknown;
            else return PaywallVerdict.NoPaywall;
            return new PaywallVerdict(kind, evidence.ToArray(), truncated);
        }

        /// <summary>A teaser cut mid-sentence: ends with an ellipsis, or is long and lacks closing punctuation.</summary>
        public static bool LooksCut(string line)
        {
            string t = line.TrimEnd();
            if (t.Length == 0) return false;
            if (t.EndsWith("...", System.StringComparison.Ordinal) || t.EndsWith("…", System.StringComparison.Ordinal)) return true;
            char c = t[t.Length - 1];
            bool closes = c == '.' || c == '!' || c == '?' || c == '"' || c == '”' || c == '’' || c == ')' || c == ':' || c == '。' || c == '！' || c == '？' || c == '»' || c == '«' || c == '」';
            return !closes && t.Length >= 80;
        }
    }
}
