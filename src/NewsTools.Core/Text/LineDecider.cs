using System;
using System.Collections.Generic;
using NewsTools.Heuristics;

namespace NewsTools.Text
{
    /// <summary>The fate of one line.</summary>
    internal struct Decision
    {
        public bool Keep;
        public bool Heading;
        public RemovalReason Reason;
        public string? Rule;

        public static Decision Kept(bool heading) => new Decision { Keep = true, Heading = heading };

        public static Decision Dropped(RemovalReason reason, string? rule) => new Decision { Keep = false, Reason = reason, Rule = rule };
    }

    /// <summary>
    /// Decides the fate of each line: inside the story region prose and list items stay, subheadings become headings and
    /// junk goes; outside it every line goes with the finest reason found, the header readers' findings first.
    /// </summary>
    internal static class LineDecider
    {
        /// <summary>Decides the lines of the story region: prose and list items stay, subheadings become headings, junk goes.</summary>
        public static void DecideRegion(List<TextLine> lines, int start, int end, Decision[] decided, ExtractionFocus focus)
        {
            // After a list heading such as "Trending News" or "Related", the short lines that follow
            // are its headline links, up to the next prose line.
            bool inLinkList = false;
            for (int i = start; i <= end; i++)
            {
                TextLine line = lines[i];
                if (line.UserKeep) { decided[i] = Decision.Kept(false); continue; }
                if (line.UserRemove) { decided[i] = Decision.Dropped(RemovalReason.UserRule, "remove-pattern"); continue; }
                // A table row of figures in the story ("2022 | 1,240") is no dateline or byline: only offer and junk phrases drop it.
                if (line.Cells != null && (line.PhraseReason == RemovalReason.Dateline || line.PhraseReason == RemovalReason.Byline))
                {
                    decided[i] = Decision.Kept(false);
                    continue;
                }
                if (line.PhraseReason is RemovalReason reason)
                {
                    decided[i] = Decision.Dropped(reason, line.PhraseRule);
                    if (reason == RemovalReason.Related && line.Words <= 5) inLinkList = true;
                    continue;
                }
                if (line.Class == LineClass.Good || line.Class == LineClass.NearGood)
                {
                    inLinkList = false;
                    decided[i] = Decision.Kept(false);
                    continue;
                }
                if (inLinkList)
                {
                    decided[i] = Decision.Dropped(RemovalReason.Related, "related-list");
                    continue;
                }

                // A short line inside the story.
                bool nextProse = NextIsProse(lines, i, end, focus == ExtractionFocus.Precision ? 1 : 2);
                if (IsHeadingShape(line) && nextProse)
                {
                    decided[i] = Decision.Kept(true);
                }
                else if (focus != ExtractionFocus.Precision && IsListItemShape(line) && (nextProse || PrevKept(decided, i, start)))
                {
                    decided[i] = Decision.Kept(false);
                }
                else if (line.EndsSentence && line.StopWords > 0 && line.Words >= 3)
                {
                    decided[i] = Decision.Kept(false);
                }
                else if (focus != ExtractionFocus.Precision && HasLetters(line.Text, 3))
                {
                    // Inside the story a short line with no junk phrase is most often a table row, a
                    // caption-less label or a one-line answer: measured on the text dumps, keeping
                    // them gains more recall than it costs precision.
                    decided[i] = Decision.Kept(false);
                }
                else
                {
                    decided[i] = Decision.Dropped(RemovalReason.ShortFragment, "short-in-story");
                }
            }
        }

        private static bool PrevKept(Decision[] decided, int i, int start) => i > start && decided[i - 1].Keep && !decided[i - 1].Heading;

        /// <summary>Whether the next <paramref name="reach"/> lines (so one short label may sit between) hold prose or a list item before the region ends.</summary>
        private static bool NextIsProse(List<TextLine> lines, int i, int end, int reach)
        {
            for (int k = i + 1; k <= end && k <= i + reach; k++)
            {
                LineClass c = lines[k].Class;
                if (c == LineClass.Good || c == LineClass.NearGood) return true;
                if (c == LineClass.Junk) return false;
                if (IsListItemShape(lines[k])) return true;
            }
            return false;
        }

        /// <summary>A subheading: a few words, no trailing comma or colon-less fragment of a menu, not all digits.</summary>
        private static bool IsHeadingShape(TextLine line)
        {
            string t = line.Text;
            if (t.Length > TextThresholds.HeadingMaxLength || line.EffectiveLength < 3) return false;
            char last = t[t.Length - 1];
            if (last == ',' || last == ';' || last == '|' || last == '»' || last == '>' || last == '→') return false;
            if (!char.IsLetter(t[0]) && t[0] != '"' && t[0] != '“' && !char.IsDigit(t[0]) && t[0] != '¿' && t[0] != '¡') return false;
            if (t.IndexOf('@') >= 0 || t.StartsWith("http", StringComparison.OrdinalIgnoreCase)) return false;
            // "Population: 4,200" is a fact-box row, not a heading.
            if (char.IsDigit(last) && t.IndexOf(':') > 0) return false;
            return line.Words >= 1 || line.CjkChars >= 2;
        }

        /// <summary>A list item: several words, some of them function words, or a long enough phrase.</summary>
        private static bool IsListItemShape(TextLine line)
        {
            if (line.Class == LineClass.Junk) return false;
            if (line.CjkChars >= 8) return true;
            return line.Words >= 4 && (line.StopWords >= 1 || line.EffectiveLength >= 30);
        }

        /// <summary>
        /// Applies the header readers' findings in the order they were found (a later finding on the same line wins): the
        /// title, byline and date lines go with their reasons, also on the story's first lines. Returns which lines have one.
        /// </summary>
        public static bool[] ApplyHeader(IReadOnlyList<LineFinding> findings, Decision[] decided)
        {
            var found = new bool[decided.Length];
            foreach (LineFinding finding in findings)
            {
                decided[finding.Index] = Decision.Dropped(finding.Reason, finding.Rule);
                found[finding.Index] = true;
            }
            return found;
        }

        /// <summary>
        /// Lines before the region and after its end are removed, each with the finest reason found; a line a header reader
        /// found (<paramref name="headerFound"/>, see <see cref="ApplyHeader"/>) keeps that finding.
        /// </summary>
        public static void DecideOutside(List<TextLine> lines, int start, int end, bool[] headerFound, Decision[] decided)
        {
            bool afterPaywall = false, afterPromotion = false;
            for (int i = 0; i < lines.Count; i++)
            {
                if (i >= start && i <= end) continue;
                if (headerFound[i]) continue;
                TextLine line = lines[i];
                if (line.UserKeep) { decided[i] = Decision.Kept(false); continue; }
                if (line.UserRemove) { decided[i] = Decision.Dropped(RemovalReason.UserRule, "remove-pattern"); continue; }
                bool trailing = i > end;
                if (line.PhraseReason is RemovalReason reason)
                {
                    // Inside an offer box a "delivered to your inbox" or "share" feature is part of the offer.
                    bool offerPart = reason == RemovalReason.Paywall || reason == RemovalReason.Subscription || reason == RemovalReason.Promotion || reason == RemovalReason.Disclaimer || reason == RemovalReason.Copyright;
                    if (trailing && (afterPromotion || afterPaywall) && !offerPart)
                    {
                        decided[i] = Decision.Dropped(afterPromotion ? RemovalReason.Promotion : RemovalReason.Subscription, afterPromotion ? "offer-feature-list" : "offer-after-paywall");
                        continue;
                    }
                    if (trailing && (reason == RemovalReason.Paywall || reason == RemovalReason.Subscription)) afterPaywall = true;
                    if (trailing && reason == RemovalReason.Promotion) afterPromotion = true;
                    decided[i] = Decision.Dropped(reason, line.PhraseRule);
                    continue;
                }
                if (trailing && afterPromotion) decided[i] = Decision.Dropped(RemovalReason.Promotion, "offer-feature-list");
                else if (trailing && afterPaywall) decided[i] = Decision.Dropped(RemovalReason.Subscription, "offer-after-paywall");
                else if (line.Class == LineClass.Short) decided[i] = Decision.Dropped(trailing ? RemovalReason.ShortFragment : RemovalReason.Navigation, trailing ? "short-after-story" : "short-before-story");
                else decided[i] = Decision.Dropped(RemovalReason.Boilerplate, trailing ? "outside-story-after" : "outside-story-before");
            }
        }

        private static bool HasLetters(string t, int min)
        {
            int n = 0;
            foreach (char c in t)
            {
                if (char.IsLetter(c) && ++n >= min) return true;
            }
            return false;
        }
    }
}
