using System;
using System.Collections.Generic;
using NewsTools.Heuristics;

namespace NewsTools.Text
{
    /// <summary>How a line of scraped text reads on its own, before context is applied.</summary>
    internal enum LineClass
    {
        /// <summary>Long, punctuated prose rich in stop words: story.</summary>
        Good,
        /// <summary>Prose, but short: a short paragraph, a list item or a standfirst.</summary>
        NearGood,
        /// <summary>Short or unpunctuated: a menu item, label, headline or subheading.</summary>
        Short,
        /// <summary>A phrase rule named it junk (share, cookie, paywall...).</summary>
        Junk,
    }

    /// <summary>One non-blank line of the input with the features the classifier reads.</summary>
    internal sealed class TextLine
    {
        public TextLine(string text, int lineNumber)
        {
            Text = text;
            LineNumber = lineNumber;
        }

        /// <summary>The repaired, space-collapsed text.</summary>
        public string Text { get; set; }

        /// <summary>1-based line number in the input (the first line when lines were joined).</summary>
        public int LineNumber { get; }

        /// <summary>Letters and digits, a CJK character weighing <see cref="TextThresholds.CjkCharWeight"/>.</summary>
        public int EffectiveLength { get; set; }

        public int Words { get; set; }
        public int StopWords { get; set; }
        public int CjkChars { get; set; }

        /// <summary>Ends as a sentence does (. ! ? … and closing quotes, CJK full stops).</summary>
        public bool EndsSentence { get; set; }

        /// <summary>Holds sentence punctuation inside (". ", ", ", "; ", CJK commas).</summary>
        public bool HasInnerPunctuation { get; set; }

        public LineClass Class { get; set; }
        public RemovalReason? PhraseReason { get; set; }
        public string? PhraseRule { get; set; }
        public bool UserKeep { get; set; }
        public bool UserRemove { get; set; }

        /// <summary>What the input's markup says the block is (a Markdown heading, list item...); Paragraph when it says nothing.</summary>
        public BlockKind Kind { get; set; }

        /// <summary>Heading level of a Markdown heading (1-6), or the number of an ordered list item.</summary>
        public int Level { get; set; }

        /// <summary>Nesting depth of a list item (0 = top level).</summary>
        public int Depth { get; set; }

        /// <summary>The block's inline Markdown (emphasis kept) when the input was Markdown; null otherwise.</summary>
        public string? InlineMarkdown { get; set; }

        /// <summary>A comment count printed in the article's header ("May 2, 2025 / 33 Comments"): removed, but no comment section starts there.</summary>
        public bool HeaderCommentLink { get; set; }

        /// <summary>The cells of a Markdown table row; null for other lines.</summary>
        public string[]? Cells { get; set; }

        public double StopDensity => Words == 0 ? 0 : (double)StopWords / Words;

        /// <summary>Words that open with a lower-case letter ("the", "mesto"); with <see cref="CasedWords"/>, tells running prose from Title Case labels.</summary>
        public int LowerWords { get; set; }

        /// <summary>Words that open with a cased letter (0 in scripts without case).</summary>
        public int CasedWords { get; set; }
    }

    /// <summary>Computes per-line features (length, stop-word density, punctuation) and the context-free class.</summary>
    internal static class LineClassifier
    {
        /// <summary>Fills the features of a line in one pass over its characters.</summary>
        public static void Measure(TextLine line, int languageMask, HashSet<string>? documentStopWords)
            => Measure(line, languageMask, documentStopWords, new char[ShortWordLength]);

        /// <summary>The longest word looked up in the stop-word lists.</summary>
        internal const int ShortWordLength = 12;

        /// <summary>
        /// As <see cref="Measure(TextLine, int, HashSet{string})"/>, with <paramref name="word"/> (at least
        /// <see cref="ShortWordLength"/> long) to lower-case each short word in, one buffer for all the lines of a page.
        /// </summary>
        public static void Measure(TextLine line, int languageMask, HashSet<string>? documentStopWords, char[] word)
        {
            string t = line.Text;
            int eff = 0, words = 0, stops = 0, cjk = 0, lower = 0, cased = 0;
            int wordStart = -1;
            bool inner = false;
            for (int i = 0; i <= t.Length; i++)
            {
                char c = i < t.Length ? t[i] : ' ';
                bool isCjk = TextScripts.IsCjk(c);
                bool wordChar = !isCjk && (char.IsLetterOrDigit(c) || IsMark(c) || (c == '\'' || c == '\u2019') && wordStart >= 0);
                if (wordChar)
                {
                    if (wordStart < 0) wordStart = i;
                    if (!IsMark(c)) eff++;
                    continue;
                }
                if (wordStart >= 0)
                {
                    words++;
                    char first = t[wordStart];
                    if (char.IsLower(first)) { lower++; cased++; }
                    else if (char.IsUpper(first)) cased++;
                    int len = i - wordStart;
                    if (len <= ShortWordLength)
                    {
                        // The word lower-cased (as string.ToLowerInvariant does it, one UTF-16 unit at a time: a word
                        // holds no surrogates), with the typographic apostrophe folded to the ASCII one.
                        for (int k = 0; k < len; k++)
                        {
                            char lc = PhraseGates.Fold(t[wordStart + k]);
                            word[k] = lc == '\u2019' ? '\'' : lc;
                        }
                        int mask = StopWords.Languages(word, 0, len);
                        // Arabic writes "and", "so", "with", "for" as one-letter prefixes (و ف ب ل): "وفي" is "and in".
                        char w0 = word[0];
                        if (mask == 0 && len > 2 && (w0 == 'و' || w0 == 'ف' || w0 == 'ب' || w0 == 'ل')) mask = StopWords.Languages(word, 1, len - 1);
                        if (mask != 0 && (languageMask == 0 || (mask & languageMask) != 0) || documentStopWords != null && documentStopWords.Contains(new string(word, 0, len))) stops++;
                    }
                    wordStart = -1;
                }
                if (isCjk)
                {
                    cjk++;
                    eff += TextThresholds.CjkCharWeight;
                }
                else if (i + 1 < t.Length && (c == ',' || c == '.' || c == ';' || c == ':') && t[i + 1] == ' ' || c == '，' || c == '、' || c == '。' || c == '،')
                {
                    inner = true;
                }
            }
            line.LowerWords = lower;
            line.CasedWords = cased;
            line.EffectiveLength = eff;
            line.Words = words;
            line.StopWords = stops;
            line.CjkChars = cjk;
            line.HasInnerPunctuation = inner;
            line.EndsSentence = EndsSentence(t);
        }

        /// <summary>The features <see cref="Measure(TextLine, int, HashSet{string})"/> gave a line with the same text, copied to another.</summary>
        public static void CopyMeasures(TextLine from, TextLine to)
        {
            to.LowerWords = from.LowerWords;
            to.CasedWords = from.CasedWords;
            to.EffectiveLength = from.EffectiveLength;
            to.Words = from.Words;
            to.StopWords = from.StopWords;
            to.CjkChars = from.CjkChars;
            to.HasInnerPunctuation = from.HasInnerPunctuation;
            to.EndsSentence = from.EndsSentence;
        }

        /// <summary>
        /// Stop words for a language we have no list for: the commonest short words of this document
        /// (function words dominate any prose text). Linear in the text plus a sort of distinct words.
        /// </summary>
        public static HashSet<string> DocumentStopWords(List<TextLine> lines)
        {
            var counts = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (TextLine line in lines)
            {
                string t = line.Text;
                int start = -1;
                for (int i = 0; i <= t.Length; i++)
                {
                    char c = i < t.Length ? t[i] : ' ';
                    if (char.IsLetter(c) || IsMark(c))
                    {
                        if (start < 0) start = i;
                        continue;
                    }
                    if (start >= 0 && i - start <= TextThresholds.DocumentStopWordMaxLength)
                    {
                        string w = t.Substring(start, i - start).ToLowerInvariant();
                        counts.TryGetValue(w, out int n);
                        counts[w] = n + 1;
                    }
                    start = -1;
                }
            }
            int total = 0;
            foreach (int n in counts.Values) total += n;
            int minCount = total < TextThresholds.ShortTextWords ? TextThresholds.DocumentStopWordMinCountShort : TextThresholds.DocumentStopWordMinCount;
            var list = new List<KeyValuePair<string, int>>(counts);
            list.Sort((a, b) => b.Value.CompareTo(a.Value));
            var set = new HashSet<string>(StringComparer.Ordinal);
            for (int i = 0; i < list.Count && set.Count < TextThresholds.DocumentStopWordCount; i++)
            {
                if (list[i].Value >= minCount) set.Add(list[i].Key);
            }
            return set;
        }

        /// <summary>The context-free class of a measured line under the given good-line length.</summary>
        public static LineClass ClassOf(TextLine line, int goodLength, bool noStopWordList)
        {
            if (line.PhraseReason != null) return LineClass.Junk;
            int eff = line.EffectiveLength;
            // CJK prose has no stop words we list: punctuation is the prose signal.
            if (line.CjkChars * 2 >= eff / TextThresholds.CjkCharWeight && line.CjkChars > 0)
            {
                bool prose = line.EndsSentence || line.HasInnerPunctuation;
                if (eff >= goodLength && prose) return LineClass.Good;
                if (eff >= TextThresholds.ShortLength && prose) return LineClass.NearGood;
                return LineClass.Short;
            }
            double density = line.StopDensity;
            bool punctuated = line.EndsSentence || line.HasInnerPunctuation;
            // A language we have no stop-word list for (Czech, Vietnamese, Swahili, Tagalog, placeholder Latin...): the
            // stand-in list of a short text is thin, so prose is also told by its shape, a sentence of several words that
            // mostly open in lower case (menus and headlines are Title Case or one or two words).
            if (noStopWordList && line.EndsSentence && IsRunningText(line))
            {
                if (eff >= goodLength && line.Words >= TextThresholds.ProseShapeMinWords) return LineClass.Good;
                if (eff >= TextThresholds.ShortLength && line.Words >= TextThresholds.ProseShapeMinWords / 2) return LineClass.NearGood;
            }
            if (eff >= goodLength && density >= TextThresholds.GoodStopDensity && punctuated) return LineClass.Good;
            if (eff >= goodLength * 2 && density >= TextThresholds.NearStopDensity) return LineClass.Good;
            if (eff >= TextThresholds.ShortLength && density >= TextThresholds.NearStopDensity && punctuated) return LineClass.NearGood;
            return LineClass.Short;
        }

        /// <summary>Most words open in lower case (in a script with case; any line in one without).</summary>
        private static bool IsRunningText(TextLine line) => line.CasedWords == 0 || line.LowerWords * 2 >= line.CasedWords;

        /// <summary>Ends with sentence punctuation, allowing closing quotes and brackets after it.</summary>
        public static bool EndsSentence(string t)
        {
            int i = t.Length - 1;
            while (i >= 0 && (t[i] == '"' || t[i] == '”' || t[i] == '’' || t[i] == '\'' || t[i] == ')' || t[i] == '»' || t[i] == '」' || t[i] == '』' || t[i] == ' ')) i--;
            if (i < 0) return false;
            char c = t[i];
            return c == '.' || c == '!' || c == '?' || c == '…' || c == '。' || c == '！' || c == '？' || c == '؟' || c == '।';
        }

        /// <summary>A combining mark (Devanagari vowel signs, Arabic harakat): part of the word it follows.</summary>
        private static bool IsMark(char c)
        {
            // No combining mark lies below U+0300 (Combining Diacritical Marks): Latin text needs no category look-up.
            if (c < '\u0300') return false;
            System.Globalization.UnicodeCategory u = char.GetUnicodeCategory(c);
            return u == System.Globalization.UnicodeCategory.NonSpacingMark || u == System.Globalization.UnicodeCategory.SpacingCombiningMark || u == System.Globalization.UnicodeCategory.EnclosingMark;
        }
    }
}
