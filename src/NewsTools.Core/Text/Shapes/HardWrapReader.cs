using System;
using System.Collections.Generic;
using System.Text;
using System.Text.RegularExpressions;
using NewsTools.Heuristics;

namespace NewsTools.Text.Shapes
{
    /// <summary>
    /// Hard-wrapped text (a text browser's dump, a mail body, <c>fmt</c> output): paragraphs cut into lines of at most a
    /// fixed width. A line joins the one before when that one was full (the line's first word would not have fitted
    /// after it) and both sit at the same indentation; a blank line, a change of indentation, a list marker or a short
    /// line ends the block. List items ("*", "+", "o", "-", "•", "1.") are blocks of their own, their continuation lines
    /// indented under the item's text.
    /// </summary>
    internal static class HardWrapReader
    {
        public static List<TextLine> Read(string[] raw, int width)
        {
            var lines = new List<TextLine>();
            var text = new StringBuilder();
            var bulletIndents = new List<int>(); // indents of open list levels, outermost first (no recursion on depth)
            HashSet<string>? vocabulary = null;
            int firstLine = 0, contIndent = -1, lastLength = 0, depth = 0, number = 0;
            BlockKind kind = BlockKind.Paragraph;
            for (int k = 0; k < raw.Length; k++)
            {
                string line = raw[k];
                int length = ShapeDetector.TrimmedLength(line);
                if (length == 0)
                {
                    Flush(lines, text, firstLine, kind, depth, number);
                    contIndent = -1;
                    continue;
                }
                int indent = ShapeDetector.Indent(line);
                string content = line.Substring(indent, length - indent);
                Match bullet = TextShapeThresholds.BulletMarker.Match(content);
                // A form control opens a block of its own: it is never the wrapped tail of a sentence.
                bool control = content.StartsWith("(BUTTON)", StringComparison.Ordinal) || content.StartsWith("_____", StringComparison.Ordinal);
                if (!bullet.Success && !control && text.Length > 0 && indent == contIndent && ShapeDetector.IsFull(lastLength, ShapeDetector.FirstWordLength(content), width))
                {
                    AppendWrapped(text, content, raw, ref vocabulary);
                    lastLength = length;
                    continue;
                }
                Flush(lines, text, firstLine, kind, depth, number);
                firstLine = k + 1;
                lastLength = length;
                if (bullet.Success)
                {
                    while (bulletIndents.Count > 0 && bulletIndents[bulletIndents.Count - 1] >= indent) bulletIndents.RemoveAt(bulletIndents.Count - 1);
                    depth = bulletIndents.Count;
                    bulletIndents.Add(indent);
                    string marker = bullet.Value.TrimEnd();
                    kind = char.IsDigit(marker[0]) ? BlockKind.OrderedListItem : BlockKind.ListItem;
                    number = kind == BlockKind.OrderedListItem && int.TryParse(marker.Substring(0, marker.Length - 1), out int n) ? n : 0;
                    contIndent = indent + bullet.Length;
                    text.Append(content, bullet.Length, content.Length - bullet.Length);
                }
                else
                {
                    if (bulletIndents.Count > 0 && indent <= bulletIndents[0]) bulletIndents.Clear();
                    kind = BlockKind.Paragraph;
                    depth = 0;
                    number = 0;
                    contIndent = indent;
                    text.Append(content);
                }
            }
            Flush(lines, text, firstLine, kind, depth, number);
            return lines;
        }

        /// <summary>
        /// Appends a continuation line. A word broken at a hyphen ("well-" / "known") keeps its hyphen unless the text
        /// spells the joined word elsewhere without one ("inter-" / "national" where "international" occurs): wrappers
        /// break at hyphens that are part of the word far more often than they hyphenate.
        /// </summary>
        private static void AppendWrapped(StringBuilder text, string content, string[] raw, ref HashSet<string>? vocabulary)
        {
            int n = text.Length;
            if (n >= 2 && text[n - 1] == '-' && char.IsLetter(text[n - 2]) && content.Length > 0 && char.IsLower(content[0]))
            {
                int start = n - 2;
                while (start > 0 && char.IsLetter(text[start - 1])) start--;
                int end = 0;
                while (end < content.Length && char.IsLetter(content[end])) end++;
                string joined = (text.ToString(start, n - 1 - start) + content.Substring(0, end)).ToLowerInvariant();
                vocabulary ??= Vocabulary(raw);
                if (vocabulary.Contains(joined)) text.Length = n - 1;
                text.Append(content);
                return;
            }
            text.Append(' ').Append(content);
        }

        /// <summary>The text's words, lower case, as written on one line (hyphenated compounds are one token and not listed).</summary>
        private static HashSet<string> Vocabulary(string[] raw)
        {
            var words = new HashSet<string>(StringComparer.Ordinal);
            var word = new StringBuilder();
            foreach (string line in raw)
            {
                for (int i = 0; i <= line.Length; i++)
                {
                    char c = i < line.Length ? line[i] : ' ';
                    if (char.IsLetter(c))
                    {
                        word.Append(char.ToLowerInvariant(c));
                        continue;
                    }
                    if (word.Length > 0 && c != '-') words.Add(word.ToString());
                    word.Clear();
                    if (c == '-') while (i + 1 < line.Length && char.IsLetter(line[i + 1])) i++; // skip the compound's tail
                }
            }
            return words;
        }

        private static void Flush(List<TextLine> lines, StringBuilder text, int firstLine, BlockKind kind, int depth, int number)
        {
            if (text.Length == 0) return;
            string t = TextRepair.CollapseSpaces(text.ToString());
            text.Clear();
            if (t.Length == 0) return;
            // A text browser prints a form's controls as "(BUTTON) Subscribe" and "____ (BUTTON) Search": the label is
            // what the phrase rules know. A line of controls alone stays as it is, to be removed with a reason.
            if (t.IndexOf("(BUTTON)", StringComparison.Ordinal) >= 0 || t.IndexOf("_____", StringComparison.Ordinal) >= 0)
            {
                string label = TextRepair.CollapseSpaces(TextShapeThresholds.FormControl.Replace(t, " "));
                if (label.Length > 0) t = label;
            }
            lines.Add(new TextLine(t, firstLine) { Kind = kind, Depth = depth, Level = number });
        }
    }
}
