using System.Collections.Generic;
using System.Text;

namespace NewsTools.Text.Shapes
{
    /// <summary>
    /// A DOM text dump (BeautifulSoup's <c>get_text('\n')</c> and the like): every text node on a line of its own, so a
    /// sentence with two links arrives as five lines ("At ", "Acme", ", we keep"...), between runs of blank or
    /// whitespace-only lines. Lines that continue a text node across an inline element are joined back
    /// (<see cref="ShapeDetector.InlineContinues"/>); block boundaries stay.
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
                if (prev != null && ShapeDetector.InlineContinues(prev, line))
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

        private static void Flush(List<TextLine> lines, StringBuilder current, int firstLine)
        {
            if (current.Length == 0) return;
            string t = TextRepair.CollapseSpaces(current.ToString());
            current.Clear();
            if (t.Length > 0) lines.Add(new TextLine(t, firstLine));
        }
    }
}
