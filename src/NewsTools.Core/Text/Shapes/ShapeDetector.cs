using System;
using System.Collections.Generic;
using NewsTools.Heuristics;

namespace NewsTools.Text.Shapes
{
    /// <summary>
    /// Tells the shape of scraped text from its lines, before any line is judged: Markdown (links with targets, ATX
    /// headings, tables), hard-wrapped (every line within a fixed width, paragraphs running on full lines), a soup dump
    /// (inline elements split over lines) or one block per line. One pass over the lines per test; no regex on a line
    /// longer than the wrap test needs.
    /// </summary>
    internal static class ShapeDetector
    {
        /// <summary>
        /// The shape of <paramref name="lines"/> (the text split at '\n', tabs already spaces), and the wrap width when the
        /// text is hard-wrapped (Markdown included), else 0. Markdown is tested first: its tables and link lines are long.
        /// </summary>
        public static TextShape Detect(string[] lines, bool markdown, out int wrapWidth)
        {
            wrapWidth = WrapWidth(lines);
            if (markdown || LooksMarkdown(lines)) return TextShape.Markdown;
            bool soup = LooksSoup(lines, out int spaceSplits);
            // A DOM dump of a page whose source text was wrapped by its author's editor looks wrapped too; many spaces left
            // at text nodes' edges say it is a DOM dump (text browsers trim their lines).
            if (wrapWidth > 0 && !(soup && spaceSplits >= TextShapeThresholds.StrongSoupSplits)) return TextShape.HardWrapped;
            if (soup) return TextShape.Soup;
            return TextShape.Lines;
        }

        /// <summary>
        /// Markdown when links or images with targets recur, or a heading comes with other Markdown: a plain dump has
        /// neither "](http" nor "# " openings, and one stray bracket is not enough.
        /// </summary>
        public static bool LooksMarkdown(string[] lines)
        {
            int links = 0, headings = 0, tables = 0, strong = 0;
            foreach (string line in lines)
            {
                if (line.Length == 0) continue;
                if (line.IndexOf("](", StringComparison.Ordinal) >= 0) links += TextShapeThresholds.MarkdownLink.Matches(line).Count;
                if (line.IndexOf('#') >= 0 && TextShapeThresholds.AtxHeading.IsMatch(line)) headings++;
                if (line.IndexOf("---", StringComparison.Ordinal) >= 0 && TextShapeThresholds.TableSeparator.IsMatch(line)) tables++;
                if ((line.IndexOf("**", StringComparison.Ordinal) >= 0 || line.IndexOf("__", StringComparison.Ordinal) >= 0) && TextShapeThresholds.StrongEmphasis.IsMatch(line)) strong++;
                if (links >= 3) return true;
            }
            int other = links + tables + strong;
            return links >= 2 || headings >= 1 && other >= 1 || tables >= 1 && other + headings >= 2;
        }

        /// <summary>
        /// The wrap width of a hard-wrapped text, or 0 when the text is not hard-wrapped: nearly every breakable line fits
        /// in at most <see cref="TextShapeThresholds.MaxWrapWidth"/> columns, and paragraphs run on over full lines (a line
        /// close to the width whose next line's first word would not have fitted) at least
        /// <see cref="TextShapeThresholds.MinWrapJoins"/> times.
        /// </summary>
        public static int WrapWidth(string[] lines)
        {
            int nonBlank = 0, overlong = 0, wide = 0;
            var widths = new List<int>();
            foreach (string raw in lines)
            {
                int len = TrimmedLength(raw);
                if (len == 0) continue;
                nonBlank++;
                int space = raw.IndexOf(' ', Indent(raw));
                if (space < 0 || space >= len) continue; // one unbreakable token (a URL) wraps nowhere
                if (len < TextShapeThresholds.MinWrapWidth) continue;
                wide++;
                if (len > TextShapeThresholds.MaxWrapWidth) overlong++;
                else widths.Add(len);
            }
            if (nonBlank < 4 || widths.Count == 0) return 0;
            // The width is a high percentile of the wide lines, not their maximum: a wrapper lets a heading or a line
            // that cannot break run a few columns over, and one such line must not make every other line look short.
            widths.Sort();
            int width = widths[(int)((widths.Count - 1) * TextShapeThresholds.WrapWidthPercentile)];
            if (width < TextShapeThresholds.MinWrapWidth) return 0;
            // Counted against the lines wide enough to have been wrapped: a menu's hundred short labels say nothing.
            if (overlong * 50 > wide * TextShapeThresholds.MaxOverlongPerFifty) return 0;
            int joins = 0;
            for (int i = 0; i + 1 < lines.Length; i++)
            {
                int len = TrimmedLength(lines[i]);
                if (len < width - TextShapeThresholds.NearFullMargin) continue;
                string next = lines[i + 1];
                if (TrimmedLength(next) == 0 || Indent(next) != Indent(lines[i])) continue;
                if (TextShapeThresholds.BulletMarker.IsMatch(next.Substring(Indent(next)))) continue;
                // The evidence is a wrap inside a sentence: a dump's paragraph lines end with their full stop.
                if (IsFull(len, FirstWordLength(next), width) && !EndsSentence(lines[i], len)) joins++;
            }
            return joins >= TextShapeThresholds.MinWrapJoins ? width : 0;
        }

        /// <summary>
        /// A soup dump (a DOM's text nodes one per line): inline elements split a sentence over lines, so lines end with a
        /// single space before a link's text, or open with the punctuation or space that followed it.
        /// </summary>
        public static bool LooksSoup(string[] lines, out int spaceSplits)
        {
            int punctuationSplits = 0, blank = 0;
            spaceSplits = 0;
            for (int i = 0; i < lines.Length; i++)
            {
                if (TrimmedLength(lines[i]) == 0) { blank++; continue; }
                if (i + 1 >= lines.Length) break;
                int split = Split(lines[i], lines[i + 1]);
                if (split == 1) spaceSplits++;
                else if (split == 2) punctuationSplits++;
            }
            // A space left at a text node's edge is the dump's own mark; punctuation opening a line is weaker evidence (a
            // "..." teaser, a "%" column), believed only with the blank-line runs a DOM dump leaves between blocks.
            return spaceSplits >= TextShapeThresholds.MinSoupSplits
                || spaceSplits + punctuationSplits >= TextShapeThresholds.MinSoupSplits && blank * TextShapeThresholds.SoupBlankLineShare >= lines.Length;
        }

        /// <summary>
        /// Whether <paramref name="next"/> continues the text node of <paramref name="prev"/> across an inline element:
        /// prev ends with one space ("At "), or next opens with one space (" service makes it") or with punctuation that
        /// cannot start a block (", we keep").
        /// </summary>
        public static bool InlineContinues(string prev, string next) => Split(prev, next) != 0;

        /// <summary>0: no inline split; 1: split at a space left at a text node's edge; 2: the next line opens with closing punctuation.</summary>
        private static int Split(string prev, string next)
        {
            int pl = prev.Length, nl = next.Length;
            if (nl == 0 || TrimmedLength(prev) == 0 || TrimmedLength(next) == 0) return 0;
            bool prevEndsInWord = prev[pl - 1] != ' ';
            if (!prevEndsInWord && pl >= 2 && prev[pl - 2] != ' ' && next[0] != ' ') return 1;
            if (prevEndsInWord && next[0] == ' ' && nl >= 2 && next[1] != ' ' && char.IsLetterOrDigit(next[1])) return 1;
            if (!prevEndsInWord || TextShapeThresholds.SoupContinuationStarts.IndexOf(next[0]) < 0) return 0;
            // ", we keep" or a lone ".": not "..." (a teaser's ellipsis) or ".5%".
            return nl == 1 || next[1] == ' ' || char.IsLetter(next[1]) ? 2 : 0;
        }

        /// <summary>Whether a line of <paramref name="length"/> columns was full: the next word (plus a space) would have passed the width.</summary>
        public static bool IsFull(int length, int nextWordLength, int width) => length + 1 + nextWordLength > width - TextShapeThresholds.WrapSlack;

        /// <summary>Whether the line's last visible character closes a sentence or a quote.</summary>
        private static bool EndsSentence(string line, int trimmedLength)
        {
            char c = line[trimmedLength - 1];
            return c == '.' || c == '!' || c == '?' || c == ':' || c == ';' || c == '"' || c == '\u201D' || c == '\u3002' || c == ')';
        }

        /// <summary>Length without trailing whitespace (0 for a blank line).</summary>
        public static int TrimmedLength(string s)
        {
            int n = s.Length;
            while (n > 0 && char.IsWhiteSpace(s[n - 1])) n--;
            return n;
        }

        /// <summary>Leading spaces.</summary>
        public static int Indent(string s)
        {
            int i = 0;
            while (i < s.Length && s[i] == ' ') i++;
            return i;
        }

        /// <summary>Length of the first word after the indentation.</summary>
        public static int FirstWordLength(string s)
        {
            int i = Indent(s), j = i;
            while (j < s.Length && !char.IsWhiteSpace(s[j])) j++;
            return j - i;
        }
    }
}
