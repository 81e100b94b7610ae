using System.Collections.Generic;
using System.Text;

namespace NewsTools.Text.Shapes
{
    /// <summary>
    /// A DOM text dump (BeautifulSoup's <c>get_text('\n')</c> and the like): every text node on a line of its own, so a
    /// sentence with two links arrives as five lines ("At ", "Acme", ", we keep"...), between runs of blank or
    /// whitespace-only lines. Lines that continue a text node across an inline element are joined back
    /// (<see cref="ShapeDetector.InlineContinues"/>), and so are the lines of a text node the page's source had wrapped;
    /// block boundaries stay.
    /// </summary>
    internal static class SoupReader
    {
        public static List<TextLine> Read(string[] raw)
        {
            var lines = new List<TextLine>();
            var current = new StringBuilder();
            int firstLine = 0;
            string? prev = null;
            for (int k = 0; k < raw.Length; k++)
            {
                string line = raw[k];
                if (ShapeDetector.TrimmedLength(line) == 0)
                {
                    Flush(lines, current, firstLine);
                    prev = null;
                    continue;
                }
                if (prev != null && (ShapeDetector.InlineContinues(prev, line) || SourceWrapContinues(prev, line)))
                {
                    current.Append(line);
                }
                else
                {
                    Flush(lines, current, firstLine);
                    current.Append(line);
                    firstLine = k + 1;
                }
                prev = line;
            }
            Flush(lines, current, firstLine);
            return lines;
        }

        /// <summary>
        /// A text node whose source was wrapped by its author's editor: the line before stops inside a sentence (a letter or
        /// a comma) and this one goes on in lower case ("The setup process is documented on the" / "workflow and..."), or
        /// indented (at least as deep as it), as editors indent a wrapped text node's continuation lines.
        /// </summary>
        private static bool SourceWrapContinues(string prev, string line)
        {
            int end = ShapeDetector.TrimmedLength(prev);
            int start = ShapeDetector.Indent(line);
            if (end == 0 || start >= line.Length) return false;
            char last = prev[end - 1], first = line[start];
            if (!char.IsLetter(last) && last != ',') return false;
            // Lower case goes on a sentence; an editor's continuation indent goes on a text node whatever its first letter.
            return char.IsLower(first) || start > 0 && start >= ShapeDetector.Indent(prev) && char.IsLetterOrDigit(first);
        }

        private static void Flush(List<TextLine> lines, StringBuilder current, int firstLine)
        {
            if (current.Length == 0) return;
            string t = TextRepair.CollapseSpaces(current.ToString());
            current.Clear();
            if (t.Length > 0) lines.Add(new TextLine(t, firstLine));
        }
    }
}
