using System;
using System.Collections.Generic;
using NewsTools.Heuristics;

namespace NewsTools.Text
{
    /// <summary>What one piece of paywall evidence says.</summary>
    internal enum PaywallSignal
    {
        /// <summary>A limit of free articles reached ("You've reached your limit of 5 free articles").</summary>
        Metered,
        /// <summary>The story stops at a subscribe wall ("To continue reading, subscribe").</summary>
        Hard,
        /// <summary>Free after registering or logging in.</summary>
        Registration,
        /// <summary>A generic subscribe or log-in prompt ("Already a subscriber? Log in").</summary>
        Prompt,
        /// <summary>Paywall markup (a class or id naming a paywall).</summary>
        Markup,
    }

    /// <summary>One piece of paywall evidence, found by the stage that read it, with where it came from.</summary>
    internal readonly struct PaywallFinding
    {
        public PaywallFinding(PaywallSignal signal, string text)
        {
            Signal = signal;
            Text = text;
        }

        public PaywallSignal Signal { get; }

        /// <summary>The prompt line, or the markup ("class/id: ...") that showed it.</summary>
        public string Text { get; }
    }

    /// <summary>
    /// Paywall prompts and the verdict. <see cref="ReadPrompt(string, PhraseGate)"/> is the one place the prompt phrases run: the
    /// boilerplate classifier calls it for every line or block, and the stage that removed the line records a
    /// <see cref="PaywallFinding"/>. <see cref="Decide"/> turns the findings of a page (HTML or text alike) into a
    /// verdict without reading the lines again.
    /// </summary>
    internal static class PaywallDetector
    {
        /// <summary>Evidence lines kept in a verdict (enough to explain it, without copying a whole offer box).</summary>
        private const int MaxEvidence = 6;

        /// <summary>
        /// The kind of paywall prompt a line is, or null. <paramref name="gates"/> are the keyword gates the line passes
        /// (<see cref="PhraseGates.Scan"/> of it lower-cased), which keep the slow phrases off most lines; a line longer than
        /// a phrase is never a prompt.
        /// </summary>
        public static PaywallSignal? ReadPrompt(string t, PhraseGate gates)
        {
            if (t.Length > TextThresholds.PhraseMaxLength || (gates & PhraseGate.Paywall) == 0) return null;
            if ((gates & PhraseGate.Metered) != 0 && TextPhrases.PaywallMetered.IsMatch(t)) return PaywallSignal.Metered;
            if ((gates & PhraseGate.Hard) != 0 && TextPhrases.PaywallHard.IsMatch(t)) return PaywallSignal.Hard;
            if ((gates & PhraseGate.Registration) != 0 && TextPhrases.PaywallRegistration.IsMatch(t)) return PaywallSignal.Registration;
            if (TextPhrases.PaywallPrompt.IsMatch(t)) return PaywallSignal.Prompt;
            return null;
        }

        /// <summary>As <see cref="ReadPrompt(string, PhraseGate)"/> for a line not yet trimmed or lower-cased.</summary>
        public static PaywallSignal? ReadPrompt(string text)
        {
            string t = text.Trim();
            return t.Length == 0 || t.Length > TextThresholds.PhraseMaxLength ? null : ReadPrompt(t, PhraseGates.Scan(t.ToLowerInvariant()));
        }

        /// <summary>The rule name a prompt kind is reported under in Removed.</summary>
        public static string RuleOf(PaywallSignal signal) => signal switch
        {
            PaywallSignal.Metered => "paywall-metered",
            PaywallSignal.Hard => "paywall-hard",
            PaywallSignal.Registration => "paywall-registration",
            PaywallSignal.Markup => "paywall-name",
            _ => "paywall-prompt",
        };

        /// <summary>The prompt kind a classifier rule names (see <see cref="RuleOf"/>), or null for any other rule.</summary>
        public static PaywallSignal? SignalOfRule(string? rule) => rule switch
        {
            "paywall-metered" => PaywallSignal.Metered,
            "paywall-hard" => PaywallSignal.Hard,
            "paywall-registration" => PaywallSignal.Registration,
            "paywall-prompt" => PaywallSignal.Prompt,
            _ => null,
        };

        /// <summary>
        /// The verdict from a page's findings (in document order), its schema.org isAccessibleForFree when declared, and
        /// the last paragraph of the kept story (to tell a teaser cut short).
        /// </summary>
        /// <remarks>
        /// A metered prompt wins over a hard one (a limit reached also stops the story); a hard prompt over a registration
        /// one; generic log-in/subscribe prompts, markup evidence or isAccessibleForFree=false alone give Unknown. One
        /// generic prompt on its own is common page chrome; two distinct ones, or one with markup or a declaration, is a
        /// wall of some kind.
        /// </remarks>
        public static PaywallVerdict Decide(IReadOnlyList<PaywallFinding> findings, bool? accessibleForFree, string? lastParagraph)
        {
            var evidence = new List<PaywallEvidence>();
            bool metered = false, hard = false, registration = false, markup = false;
            HashSet<string>? prompts = null;
            foreach (PaywallFinding f in findings)
            {
                switch (f.Signal)
                {
                    case PaywallSignal.Metered: metered = true; break;
                    case PaywallSignal.Hard: hard = true; break;
                    case PaywallSignal.Registration: registration = true; break;
                    case PaywallSignal.Markup: markup = true; break;
                    default:
                        // The same widget printed twice (top and bottom) is one prompt.
                        (prompts ??= new HashSet<string>(StringComparer.Ordinal)).Add(f.Text.ToLowerInvariant());
                        break;
                }
            }
            foreach (PaywallFinding f in findings)
            {
                if (f.Signal != PaywallSignal.Markup && evidence.Count < MaxEvidence) evidence.Add(new PaywallEvidence(PaywallEvidenceSource.Prompt, PaywallKind.Unknown, f.Text, string.Empty, true));
            }
            foreach (PaywallFinding f in findings)
            {
                if (f.Signal == PaywallSignal.Markup && evidence.Count < MaxEvidence) evidence.Add(new PaywallEvidence(PaywallEvidenceSource.Markup, PaywallKind.Unknown, f.Text, string.Empty, true));
            }
            if (accessibleForFree == false && evidence.Count < MaxEvidence) evidence.Add(new PaywallEvidence(PaywallEvidenceSource.Declaration, PaywallKind.Declared, "isAccessibleForFree=false", "json-ld", true));

            PaywallKind kind;
            if (metered) kind = PaywallKind.Metered;
            else if (hard) kind = PaywallKind.Hard;
            else if (registration) kind = PaywallKind.Registration;
            else if ((prompts?.Count ?? 0) >= 2 || markup || accessibleForFree == false) kind = PaywallKind.Unknown;
            else return PaywallVerdict.NoPaywall;
            return new PaywallVerdict(kind, evidence.ToArray(), lastParagraph != null && LooksCut(lastParagraph), kind.ToString());
        }

        /// <summary>A teaser cut mid-sentence: ends with an ellipsis, or is long and lacks closing punctuation.</summary>
        public static bool LooksCut(string line)
        {
            string t = line.TrimEnd();
            if (t.Length == 0) return false;
            if (t.EndsWith("...", StringComparison.Ordinal) || t.EndsWith("…", StringComparison.Ordinal)) return true;
            char c = t[t.Length - 1];
            bool closes = c == '.' || c == '!' || c == '?' || c == '"' || c == '”' || c == '’' || c == ')' || c == ':' || c == '。' || c == '！' || c == '？' || c == '»' || c == '«' || c == '」';
            return !closes && t.Length >= 80;
        }
    }
}
