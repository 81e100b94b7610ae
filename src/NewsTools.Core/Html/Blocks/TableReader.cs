using System;
using System.Collections.Generic;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace NewsTools.Html.Blocks
{
    /// <summary>Tells a data table from a layout table, and reads a data table into a <see cref="BlockKind.Table"/> block.</summary>
    internal static class TableReader
    {
        /// <summary>A layout table's cell holds more text than this (a data cell is short).</summary>
        private const int MaxDataCellText = 400;

        /// <summary>A paragraph longer than this inside a table makes it a layout table.</summary>
        private const int MaxDataParagraphText = 200;

        /// <summary>
        /// A data table has rows of short cells; a layout table (old sites) has a nested table, long cells or a
        /// single column, and is walked as ordinary containers.
        /// </summary>
        public static bool IsDataTable(DomIndex ix, IElement table, int i)
        {
            if (!(table is IHtmlTableElement t)) return false;
            string? role = table.GetAttribute("role");
            if (role == "presentation" || role == "none") return false;
            if (i >= 0)
            {
                for (int j = i + 1; j < ix.End[i]; j++)
                {
                    string tag = ix.Elements[j].LocalName;
                    if (tag == "table" || tag == "p" && ix.Text[j] > MaxDataParagraphText) return false;
                    if ((tag == "td" || tag == "th") && ix.Text[j] > MaxDataCellText) return false;
                }
            }
            // Counted with foreach: the collection indexer differs between AngleSharp's target builds.
            int maxCols = 0;
            foreach (IHtmlTableRowElement row in t.Rows)
            {
                int cols = 0;
                foreach (IHtmlTableCellElement unused in row.Cells) cols++;
                maxCols = Math.Max(maxCols, cols);
            }
            return maxCols >= 2;
        }

        /// <summary>The table as rows of cell texts (removed nodes left out), with a header row when it has one; null when every row is empty.</summary>
        public static ContentBlock? Read(DomIndex ix, IHtmlTableElement table)
        {
            var rows = new List<string[]>();
            bool header = table.Head != null;
            int r = 0;
            foreach (IHtmlTableRowElement row in table.Rows)
            {
                var cells = new List<string>();
                bool allTh = true;
                foreach (IHtmlTableCellElement cell in row.Cells)
                {
                    if (cell.LocalName != "th") allTh = false;
                    cells.Add(TextUtil.Collapse(TextUtil.VisibleText(cell, ix, true)));
                }
                if (r == 0 && allTh && cells.Count > 0) header = true;
                bool any = false;
                foreach (string c in cells) if (c.Length > 0) { any = true; break; }
                if (any) rows.Add(cells.ToArray());
                r++;
            }
            if (rows.Count == 0) return null;
            var sb = new StringBuilder();
            foreach (string[] row in rows)
            {
                if (sb.Length > 0) sb.Append('\n');
                sb.Append(string.Join(" | ", row));
            }
            return new ContentBlock(BlockKind.Table, sb.ToString()) { Rows = rows.ToArray(), HasHeader = header };
        }
    }
}
