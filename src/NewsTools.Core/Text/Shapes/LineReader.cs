using System.Collections.Generic;

namespace NewsTools.Text.Shapes
{
    /// <summary>
    /// One block per line (a scraper that writes each block's text on a line of its own): blank lines are dropped,
    /// spaces collapsed, and a word hyphenated across a line end is joined (a long line ending in "inter-" followed by
    /// "national").
    /// </summary>
    internal static class LineReader
    {
        public static List<TextLine> Read(string[] raw)
        {
            // At most one line per raw line: sized once, where growing would copy the list again and again on a long page.
            var lines = new List<TextLine>(raw.Length);
            for (int k = 0; k < raw.Length; k++)
            {
                string t = TextRepair.CollapseSpaces(raw[k]);
                if (t.Length == 0) continue;
                if (lines.Count > 0)
                {
                    TextLine prev = lines[lines.Count - 1];
                    string? joined = TextRepair.JoinHyphenated(prev.Text, t);
                    if (joined != null)
                    {
                        prev.Text = joined;
                        continue;
                    }
                }
                lines.Add(new TextLine(t, k + 1));
            }
            return lines;
        }
    }
}
