using System.Collections.Generic;
using System.Text;
using AngleSharp.Dom;

namespace NewsTools.Html
{
    /// <summary>Readable element paths for Removed entries and logs, e.g. "body>div.main>aside".</summary>
    internal static class ElementPath
    {
        /// <summary>At most this many steps are shown (the innermost ones); deeper paths start with "…".</summary>
        private const int MaxSteps = 6;

        public static string Of(DomIndex index, int i)
        {
            var steps = new List<string>();
            int j = i;
            while (j >= 0 && steps.Count < MaxSteps)
            {
                steps.Add(Step(index.Elements[j]));
                j = index.Parent[j];
            }
            var sb = new StringBuilder();
            if (j >= 0) sb.Append('\u2026').Append('>');
            for (int k = steps.Count - 1; k >= 0; k--)
            {
                sb.Append(steps[k]);
                if (k > 0) sb.Append('>');
            }
            return sb.ToString();
        }

        private static string Step(IElement el)
        {
            string tag = el.LocalName;
            string? id = el.Id;
            if (!string.IsNullOrWhiteSpace(id) && id!.Length <= 40) return tag + "#" + id.Trim();
            string? cls = el.GetAttribute("class");
            if (!string.IsNullOrWhiteSpace(cls))
            {
                string first = cls!.Trim().Split(' ', '\t', '\n')[0];
                if (first.Length > 0 && first.Length <= 40) return tag + "." + first;
            }
            return tag;
        }
    }
}
