using System;
using System.Text.RegularExpressions;
using NewsTools.Heuristics;
using NewsTools.Walls;

namespace NewsTools.Text
{
    /// <summary>Classifies one line or block of text as a kind of junk, or null when it may be story.</summary>
    internal static class BoilerplateClassifier
    {
        /// <summary>The reason this block is junk (share prompt, newsletter, "Also read"...), or null. Context-free: phrases and shapes only.</summary>
        public static RemovalReason? ClassifyBlock(string text)
        {
            return Classify(text, out _);
        }

        /// <summary>As <see cref="ClassifyBlock"/>, also naming the rule that fired (for Removed.Rule and -Verbose).</summary>
        public static RemovalReason? Classify(string text, out string? rule)
        {
            rule = null;
            if (string.IsNullOrEmpty(text)) return null;
            string t = text.Trim();
            if (t.Length == 0) return null;
            int len = t.Length;
            // One scan of the line (up to four phrases long) for the keywords of every gate that keeps a slow regex off most lines.
            PhraseGate gates = len <= TextThresholds.PhraseMaxLength * 4 ? PhraseGates.Scan(t) : PhraseGate.None;

            // Paywall prompts first: a limit prompt may also hold a placeholder ("{{free_limit}} free articles").
            if (len <= TextThresholds.PhraseMaxLength)
            {
                PaywallSignal? prompt = PaywallDetector.ReadPrompt(t, gates);
                if (prompt.HasValue) { rule = PaywallDetector.RuleOf(prompt.Value); return RemovalReason.Paywall; }
                if (TextPhrases.PriceLine.IsMatch(t)) { rule = "price"; return RemovalReason.Subscription; }
                if (TextPhrases.PeriodLine.IsMatch(t)) { rule = "billing-period"; return RemovalReason.Subscription; }
                if ((gates & PhraseGate.Subscription) != 0 && TextPhrases.SubscriptionTerms.IsMatch(t)) { rule = "subscription-terms"; return RemovalReason.Subscription; }
                if (TextPhrases.Promotion.IsMatch(t)) { rule = "promotion"; return RemovalReason.Promotion; }
            }

            // A placeholder is junk at any length: a filled story never holds "{{name}}".
            if (t.IndexOfAny(PlaceholderChars) >= 0 && TextPhrases.Placeholder.IsMatch(t)) { rule = "template-placeholder"; return RemovalReason.TemplatePlaceholder; }

            if (len <= 300 && (t[len - 1] == ')' || t[len - 1] == ']' || t.IndexOf('|') >= 0))
            {
                if (TextPhrases.CaptionWithCredit.IsMatch(t)) { rule = "caption-credit"; return RemovalReason.Caption; }
            }
            if (len <= TextThresholds.PhraseMaxLength * 4 && (gates & PhraseGate.Disclaimer) != 0 && TextPhrases.Disclaimer.IsMatch(t)) { rule = "disclaimer"; return RemovalReason.Disclaimer; }
            if (IsCookieText(t, gates)) { rule = "cookie"; return RemovalReason.Cookie; }
            if (IsContactFooter(t, gates)) { rule = "contact"; return RemovalReason.Boilerplate; }
            if (len > TextThresholds.PhraseMaxLength) return null;
            if (IsRepeatedLabel(t)) { rule = "repeated-label"; return RemovalReason.Boilerplate; }

            if ((gates & PhraseGate.Newsletter) != 0 && TextPhrases.Newsletter.IsMatch(t)) { rule = "newsletter"; return RemovalReason.Newsletter; }
            if (TextPhrases.Advertisement.IsMatch(t)) { rule = "advertisement"; return RemovalReason.Advertisement; }
            if (PhraseGates.MayBeComments(gates) && TextPhrases.Comments.IsMatch(t)) { rule = "comments"; return RemovalReason.Comments; }
            if (TextPhrases.Share.IsMatch(t)) { rule = "share"; return RemovalReason.Share; }
            if (PhraseGates.MayBeRelated(gates) && TextPhrases.Related.IsMatch(t)) { rule = "related"; return RemovalReason.Related; }
            if (len <= 160 && PhraseGates.MayBeCopyright(gates) && TextPhrases.Copyright.IsMatch(t)) { rule = "copyright"; return RemovalReason.Copyright; }
            if (len <= 120 && (gates & PhraseGate.Credit) != 0 && TextPhrases.Credit.IsMatch(t)) { rule = "credit"; return RemovalReason.Credit; }
            if (len <= 60 && TextPhrases.FormLabel.IsMatch(t)) { rule = "form-label"; return RemovalReason.Boilerplate; }
            if (len <= 60 && !HasDigit(t) && TextPhrases.Navigation.IsMatch(t)) { rule = "navigation"; return RemovalReason.Navigation; }
            if (len <= 120 && TextPhrases.Byline.IsMatch(t) && !EndsLikeSentence(t)) { rule = "byline"; return RemovalReason.Byline; }
            if (len <= 90 && (TextPhrases.TimestampLabel.IsMatch(t) && HasDigit(t) || TextPhrases.RelativeTime.IsMatch(t) || IsBareDate(t))) { rule = "dateline"; return RemovalReason.Dateline; }
            return null;
        }

        /// <summary>
        /// The same label printed two to four times on one line ("Digital Marketing Definition Digital Marketing Definition"):
        /// a text browser or DOM dump prints an image's alt text beside its title, or a linked image's alt beside the link's
        /// text. Prose never repeats a whole line back to back. Linear for each count of copies.
        /// </summary>
        private static bool IsRepeatedLabel(string t)
        {
            int n = t.Length;
            for (int copies = 2; copies <= TextThresholds.RepeatedLabelMaxCopies; copies++)
            {
                if ((n - (copies - 1)) % copies != 0) continue;
                int unit = (n - (copies - 1)) / copies;
                if (unit < TextThresholds.RepeatedLabelMinLength || t.IndexOf(' ', 0, unit) < 0) continue;
                bool same = true;
                for (int c = 1; c < copies && same; c++)
                {
                    int at = c * (unit + 1);
                    same = t[at - 1] == ' ' && string.CompareOrdinal(t, 0, t, at, unit) == 0;
                }
                if (same) return true;
            }
            return false;
        }

        /// <summary>Characters a bare date line never holds (percentages, prices, table cells).</summary>
        private static readonly char[] NotInDates = { '%', '$', '€', '£', '₹', '+', '\t', '|', '(', '=' };

        /// <summary>Characters that every template placeholder holds.</summary>
        private static readonly char[] PlaceholderChars = { '{', '%', '[', '<', '$' };

        /// <summary>A cookie banner: a cookie phrase in a short block, or any block that names cookies twice (policy text runs long).</summary>
        private static bool IsCookieText(string t, PhraseGate gates)
        {
            if (t.Length <= TextThresholds.PhraseMaxLength * 2 && (gates & PhraseGate.Cookie) != 0 && TextPhrases.Cookie.IsMatch(t)) return true;
            if (t.Length > 2000) return false;
            // A line short enough to be scanned for the gates names cookies only if it opened the cookie-word gate.
            if (t.Length <= TextThresholds.PhraseMaxLength * 4 && (gates & PhraseGate.CookieWord) == 0) return false;
            Match m = TextPhrases.CookieWord.Match(t);
            return m.Success && m.NextMatch().Success;
        }

        /// <summary>A publisher's contact footer: at least three contact labels, numbers or addresses in one block.</summary>
        private static bool IsContactFooter(string t, PhraseGate gates)
        {
            // A block over four phrases long was not scanned for the gates: it is not read as a footer.
            if (t.Length > TextThresholds.PhraseMaxLength * 4) return false;
            if (t.IndexOf('@') < 0 && (gates & PhraseGate.Contact) == 0) return false;
            // Labels alone ("email marketing", "by fax") occur in prose; a footer pairs them with numbers or addresses.
            int labels = 0, values = 0;
            for (Match m = TextPhrases.ContactLabel.Match(t); m.Success; m = m.NextMatch())
            {
                if (char.IsLetter(m.Value[0]) && m.Value.IndexOf('@') < 0) labels++;
                else values++;
                if (labels + values >= 3 && values >= 1 && labels >= 1) return true;
            }
            return false;
        }

        /// <summary>True when the line is only a date and/or time ("Nov. 19, 2019 8:03 am ET", "17.05.2024, 10:30 Uhr").</summary>
        public static bool IsBareDate(string t)
        {
            if (t.Length > 60 || !HasDigit(t) || t.IndexOfAny(NotInDates) >= 0) return false;
            // A table row of figures ("4.7/5", "(800) 268-2833") is not a date: ask for a year, a time or a month name.
            if (!TextPhrases.DateAnchor.IsMatch(t)) return false;
            string rest = TextPhrases.DateWords.Replace(t, " ");
            int letters = 0, digits = 0;
            foreach (char c in rest)
            {
                if (char.IsLetter(c)) letters++;
                else if (char.IsDigit(c)) digits++;
            }
            // Nothing but digits and separators left, and enough digits for a day+year or a time.
            return letters == 0 && digits >= 3;
        }

        private static bool HasDigit(string t)
        {
            foreach (char c in t) if (c >= '0' && c <= '9') return true;
            return false;
        }

        /// <summary>A line ending as a sentence does (so "By the end of the day, ... ." is story, not a byline).</summary>
        private static bool EndsLikeSentence(string t)
        {
            char c = t[t.Length - 1];
            return c == '.' && !(t.Length > 2 && char.IsUpper(t[t.Length - 2]) && (t.Length < 4 || !char.IsLetter(t[t.Length - 3])));
        }

        /// <summary>
        /// A teaser card flattened by a scraper: a Title Case headline glued to its summary with no
        /// space ("Council Approves New Bus RoutesThe city council voted..."). The glue is a run of
        /// three lower-case letters followed by a capital and a lower-case letter, after a headline of
        /// at least four words and 25 characters, every word of four letters or more capitalised, with
        /// no comma or parenthesis (checked against benchmark truth lines: brand names such as
        /// "PlayStation" inside ordinary sentences do not qualify).
        /// </summary>
        public static bool IsGluedTeaser(string t)
        {
            int limit = Math.Min(t.Length - 20, TextThresholds.TitleMaxLength);
            for (int k = 12; k < limit; k++)
            {
                if (!char.IsUpper(t[k]) || !char.IsLower(t[k + 1])) continue;
                char a = t[k - 1];
                bool glue = char.IsLower(a) && char.IsLower(t[k - 2]) && char.IsLower(t[k - 3]) || (a == '?' || a == '!' || a == '’' || a == '”' || a == '"' || a == ')') && char.IsLetter(t[k - 2]);
                if (!glue) continue;
                if (k < 25 || CountWords(t, k) < 4) return false;
                string head = t.Substring(0, k);
                if (head.IndexOf('(') >= 0 || head.IndexOf('@') >= 0 || head.IndexOf(',') >= 0) return false;
                foreach (string w in head.Split(' '))
                {
                    if (w.Length >= 4 && !char.IsUpper(w[0]) && !char.IsDigit(w[0])) return false;
                }
                return true;
            }
            return false;
        }

        private static int CountWords(string t, int end)
        {
            int n = 0;
            bool inWord = false;
            for (int i = 0; i < end; i++)
            {
                bool letter = char.IsLetterOrDigit(t[i]);
                if (letter && !inWord) n++;
                inWord = letter;
            }
            return n;
        }
    }
}
