using System;
using System.Collections.Generic;
using NewsTools.Heuristics;

namespace NewsTools.Walls
{
    /// <summary>What the verdict needs of the kept story: is it a teaser?</summary>
    internal readonly struct StoryShape
    {
        public StoryShape(int paragraphs, int textLength, string? lastParagraph)
        {
            Paragraphs = paragraphs;
            TextLength = textLength;
            LastParagraph = lastParagraph;
        }

        public int Paragraphs { get; }
        public int TextLength { get; }
        public string? LastParagraph { get; }

        /// <summary>The last paragraph stops mid-sentence (an ellipsis, or no closing punctuation on a long line).</summary>
        public bool Cut => LastParagraph != null && PaywallDecider.LooksCut(LastParagraph);

        /// <summary>Short enough to be the teaser a wall leaves.</summary>
        public bool Short => Paragraphs <= PaywallThresholds.TeaserMaxParagraphs || TextLength <= PaywallThresholds.TeaserMaxChars;
    }

    /// <summary>
    /// The paywall verdict from every piece of evidence a page gave (HTML or text alike), each recorded with whether it
    /// counted. Prompts speak first (a metered, registration or hard prompt names its kind); a generic log-in or subscribe
    /// prompt where a short or cut story stops is a hard wall; a declaration with the full text here is Declared; markup
    /// counts only beside a declaration or a prompt, since it sits on free pages too.
    /// </summary>
    internal static class PaywallDecider
    {
        public static PaywallVerdict Decide(IReadOnlyList<PaywallFinding> found, IReadOnlyList<PaywallFinding> declarations, string? vendorScript, StoryShape story)
        {
            bool metered = false, hard = false, registration = false, notFree = false, free = false, markedProse = false, markup = false, hidden = false;
            var generic = new HashSet<string>(StringComparer.Ordinal);
            foreach (PaywallFinding f in found)
            {
                switch (f.Signal)
                {
                    case PaywallSignal.Metered: if (Counts(f)) metered = true; break;
                    case PaywallSignal.Hard: if (Counts(f)) hard = true; break;
                    case PaywallSignal.Registration: if (Counts(f)) registration = true; break;
                    // The same widget printed twice (top and bottom) is one prompt.
                    case PaywallSignal.Prompt: if (Counts(f)) generic.Add(f.Text.ToLowerInvariant()); break;
                    case PaywallSignal.MarkedProse: markedProse = true; break;
                    case PaywallSignal.Markup: markup = true; break;
                    case PaywallSignal.HiddenProse: if (f.Near) hidden = true; break;
                }
            }
            foreach (PaywallFinding d in declarations)
            {
                if (d.Signal == PaywallSignal.NotFree) notFree = true;
                else if (d.Signal == PaywallSignal.Free) free = true;
                else if (d.Signal == PaywallSignal.Markup) markup = true;
            }
            markup |= vendorScript != null;
            // A page that declares itself free is not made paid by a class name on its prose.
            if (free && !notFree) markedProse = false;
            bool prompted = metered || hard || registration || generic.Count > 0;

            PaywallKind kind;
            string reason;
            bool truncated;
            if (metered) { kind = PaywallKind.Metered; reason = "a prompt about a limit of free articles"; truncated = story.Cut; }
            else if (registration) { kind = PaywallKind.Registration; reason = "a prompt to register or log in to read on"; truncated = story.Cut || story.Short; }
            else if (hard) { kind = PaywallKind.Hard; reason = "a prompt to subscribe to read on"; truncated = story.Cut || story.Short; }
            else if (generic.Count > 0 && (story.Cut || hidden || (story.Short && (notFree || markedProse || markup || generic.Count >= 2))))
            {
                // The wall hides the rest by CSS: the page holds it, and so does the text returned (not a teaser then).
                kind = PaywallKind.Hard;
                reason = story.Cut || story.Short ? "a log-in or subscribe prompt where a " + (story.Cut ? "cut" : "short") + " story stops" : "a log-in or subscribe prompt beside story prose hidden by CSS";
                truncated = story.Cut || story.Short;
            }
            else if (notFree || markedProse)
            {
                kind = PaywallKind.Declared;
                reason = notFree ? "declared not free; the full text is here and no wall shows" : "the story sits in an element marked as paywalled; no wall shows";
                truncated = story.Cut;
            }
            else if (generic.Count >= 2 || (generic.Count == 1 && markup))
            {
                kind = PaywallKind.Unknown;
                reason = generic.Count >= 2 ? "two log-in or subscribe prompts that do not say the kind of wall" : "a log-in or subscribe prompt beside paywall markup";
                truncated = story.Cut;
            }
            else
            {
                kind = PaywallKind.None;
                bool dismissed = false, far = false;
                foreach (PaywallFinding f in found)
                {
                    if (!f.IsPrompt) continue;
                    if (f.Near && f.Dismissable) dismissed = true;
                    else if (!f.Near) far = true;
                }
                reason = dismissed ? "a prompt in a box that offers to dismiss it: a soft overlay, not a wall"
                    : generic.Count == 1 ? "one generic subscribe prompt, which is page chrome"
                    : markup ? "paywall markup alone, which free pages carry too"
                    : far ? "prompts far from the story: templates the page carries, not a wall"
                    : free ? "declared free" : "no paywall evidence";
                truncated = false;
            }
            if (kind == PaywallKind.None && found.Count == 0 && declarations.Count == 0 && vendorScript is null) return PaywallVerdict.NoPaywall;

            // Evidence: prompts (they explain the verdict), the shape, the declarations, then the markup.
            bool paywalled = kind != PaywallKind.None;
            var evidence = new List<PaywallEvidence>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (PaywallFinding f in found)
            {
                if (f.IsPrompt && seen.Add(f.Text)) Add(evidence, PaywallEvidenceSource.Prompt, PointsOf(f.Signal), f.Text, f.Where, paywalled && Counts(f));
            }
            if (paywalled && (story.Cut || (truncated && story.Short)))
            {
                Add(evidence, PaywallEvidenceSource.Shape, PaywallKind.Hard, story.Cut ? "the story stops mid-sentence" : "the story is a teaser of " + story.Paragraphs + " paragraph(s)", string.Empty, truncated);
            }
            foreach (PaywallFinding f in found)
            {
                if (f.Signal == PaywallSignal.HiddenProse) Add(evidence, PaywallEvidenceSource.Shape, PaywallKind.Unknown, f.Text, f.Where, paywalled && f.Near);
            }
            foreach (PaywallFinding d in declarations)
            {
                bool says = d.Signal == PaywallSignal.NotFree;
                bool counted = d.Signal == PaywallSignal.Markup ? paywalled && prompted : says ? paywalled : !paywalled;
                Add(evidence, PaywallEvidenceSource.Declaration, says ? PaywallKind.Declared : d.Signal == PaywallSignal.Markup ? PaywallKind.Metered : PaywallKind.None, d.Text, d.Where, counted);
            }
            foreach (PaywallFinding f in found)
            {
                if (f.Signal == PaywallSignal.MarkedProse) Add(evidence, PaywallEvidenceSource.Markup, PaywallKind.Declared, f.Text + " (holds story prose)", f.Where, paywalled && !(free && !notFree));
                else if (f.Signal == PaywallSignal.Markup) Add(evidence, PaywallEvidenceSource.Markup, PaywallKind.Unknown, f.Text, f.Where, paywalled && (notFree || prompted));
                else if (f.Signal == PaywallSignal.EmptyMarkup) Add(evidence, PaywallEvidenceSource.Markup, PaywallKind.Unknown, f.Text + " (empty)", f.Where, false);
            }
            if (vendorScript != null) Add(evidence, PaywallEvidenceSource.Markup, PaywallKind.Unknown, vendorScript, "script", paywalled && (notFree || prompted));
            return new PaywallVerdict(kind, evidence.ToArray(), truncated, reason);
        }

        /// <summary>A prompt counts where a wall sits (in or next to the story) and when no dismiss link makes it a soft overlay.</summary>
        private static bool Counts(PaywallFinding f) => f.Near && !f.Dismissable;

        private static PaywallKind PointsOf(PaywallSignal s) => s switch
        {
            PaywallSignal.Metered => PaywallKind.Metered,
            PaywallSignal.Hard => PaywallKind.Hard,
            PaywallSignal.Registration => PaywallKind.Registration,
            _ => PaywallKind.Unknown,
        };

        private static void Add(List<PaywallEvidence> evidence, PaywallEvidenceSource source, PaywallKind points, string text, string where, bool counted)
        {
            if (evidence.Count < PaywallThresholds.MaxEvidence) evidence.Add(new PaywallEvidence(source, points, text, where, counted));
        }

        /// <summary>A teaser cut mid-sentence: ends with an ellipsis, or is long and lacks closing punctuation.</summary>
        public static bool LooksCut(string line)
        {
            string t = line.TrimEnd();
            if (t.Length == 0) return false;
            if (t.EndsWith("...", StringComparison.Ordinal) || t.EndsWith("…", StringComparison.Ordinal)) return true;
            char c = t[t.Length - 1];
            bool closes = c == '.' || c == '!' || c == '?' || c == '"' || c == '”' || c == '’' || c == ')' || c == ':' || c == '。' || c == '！' || c == '？' || c == '»' || c == '«' || c == '」';
            return !closes && t.Length >= PaywallThresholds.CutMinLength;
        }
    }
}
