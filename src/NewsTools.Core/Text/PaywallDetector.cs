using System.Collections.Generic;
using NewsTools.Heuristics;
using NewsTools.Walls;

namespace NewsTools.Text
{
    /// <summary>
    /// Paywall prompts. <see cref="ReadPrompt(string, PhraseGate)"/> is the one place the prompt phrases run: the boilerplate
    /// classifier calls it for every line or block, <see cref="ReadBox"/> for the lines of a removed box, and the stage that
    /// removed the line records a <see cref="PaywallFinding"/>. <see cref="PaywallDecider"/> turns a page's findings into the verdict.
    /// </summary>
    internal static class PaywallDetector
    {
        /// <summary>Evidence lines kept in a verdict (enough to explain it, without copying a whole offer box).</summary>
        private const int MaxEvidence = 6;

        /// <summary>
        /// The kind of paywall prompt a trimmed line is, or null. <paramref name="gates"/> are the keyword gates the line
        /// passes (<see cref="PhraseGates.Scan"/>), which keep the slow phrases off most lines; a line longer than a phrase
        /// is never a prompt.
        /// </summary>
        public static PaywallSignal? ReadPrompt(string t, PhraseGate gates)
        {
            if (t.Length > TextThresholds.PhraseMaxLength || (gates & PhraseGate.Paywall) == 0) return null;
            // The kinds' phrase groups look their keys up in the line lower-cased; few lines get that far.
            string? lower = null;
            if ((gates & PhraseGate.Metered) != 0 && TextPhrases.PaywallMetered.IsMatch(t, lower ??= t.ToLowerInvariant())) return PaywallSignal.Metered;
            if ((gates & PhraseGate.Hard) != 0 && TextPhrases.PaywallHard.IsMatch(t, lower ??= t.ToLowerInvariant())) return PaywallSignal.Hard;
            if ((gates & PhraseGate.Registration) != 0 && TextPhrases.PaywallRegistration.IsMatch(t, lower ??= t.ToLowerInvariant())) return PaywallSignal.Registration;
            if (TextPhrases.PaywallPrompt.IsMatch(t)) return PaywallSignal.Prompt;
            return null;
        }

        /// <summary>As <see cref="ReadPrompt(string, PhraseGate)"/> for a line not yet trimmed.</summary>
        public static PaywallSignal? ReadPrompt(string text)
        {
            string t = text.Trim();
            if (t.Length == 0 || t.Length > TextThresholds.PhraseMaxLength) return null;
            return ReadPrompt(t, PhraseGates.Scan(t));
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
        /// Removed boxes a wall may sit in, read line by line for prompts: paywall, offer and promotion boxes, unnamed
        /// blocks, newsletter-like sign-up boxes, overlays, modals and dialogs (hidden by their name or role until a script shows them), and
        /// what the user removed (the verdict needs every prompt). Menus, ads and markup hidden by an attribute or an inline
        /// style are not read: a hidden box shows nothing.
        /// </summary>
        public static bool MayHoldWall(RemovalReason reason, string rule) => reason == RemovalReason.Paywall || reason == RemovalReason.Subscription
            || reason == RemovalReason.Promotion || reason == RemovalReason.Boilerplate || reason == RemovalReason.Newsletter || reason == RemovalReason.UserRule
            || (reason == RemovalReason.Hidden && rule != "hidden-style" && rule != "hidden-attribute");

        /// <summary>
        /// Reads a box's lines (<paramref name="lines"/>, one block per line) for prompts, each one a finding at
        /// <paramref name="position"/>. A box that also shows a dismiss link ("No thanks", "Continue reading") is a soft
        /// overlay: its prompts are recorded as dismissable.
        /// </summary>
        public static void ReadBox(string lines, string where, int position, List<PaywallFinding> into)
        {
            int first = into.Count;
            ForEachLine(lines, (t, found) =>
            {
                if (ReadPrompt(t) is PaywallSignal signal) found.Add(new PaywallFinding(signal, t, where, position));
                return false;
            }, into);
            // Only a box that shows a prompt is read again for a dismiss link (most boxes show none).
            if (into.Count == first || !ForEachLine(lines, (t, _) => IsDismiss(t), into)) return;
            for (int k = first; k < into.Count; k++)
            {
                PaywallFinding f = into[k];
                into[k] = new PaywallFinding(f.Signal, f.Text, f.Where, f.Position, dismissable: true);
            }
        }

        /// <summary>Calls <paramref name="visit"/> on each non-empty line (collapsed, at most a phrase long) until it returns true; whether one did.</summary>
        private static bool ForEachLine(string lines, System.Func<string, List<PaywallFinding>, bool> visit, List<PaywallFinding> into)
        {
            int start = 0;
            while (start <= lines.Length)
            {
                int end = lines.IndexOf('\n', start);
                if (end < 0) end = lines.Length;
                if (end > start && end - start <= 4 * TextThresholds.PhraseMaxLength)
                {
                    string t = Html.TextUtil.Collapse(lines, start, end);
                    if (t.Length > 0 && t.Length <= TextThresholds.PhraseMaxLength && visit(t, into)) return true;
                }
                start = end + 1;
            }
            return false;
        }

        /// <summary>A whole line that dismisses an overlay ("No thanks", "Maybe later", "Continue reading").</summary>
        public static bool IsDismiss(string line) => line.Length <= 40 && TextPhrases.PaywallDismiss.IsMatch(line.Trim());
    }
}
