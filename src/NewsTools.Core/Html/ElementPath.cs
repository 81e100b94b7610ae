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
            // The innermost steps, found walking up; written outermost first straight into one builder.
            var at = new int[MaxSteps];
            int count = 0;
            int j = i;
            while (j >= 0 && count < MaxSteps)
            {
                at[count++] = j;
                j = index.Parent[j];
            }
            var sb = new StringBuilder(16 * count + 2);
            if (j >= 0) sb.Append('\u2026').Append('>');
            for (int k = count - 1; k >= 0; k--)
            {
                AppendStep(sb, index.Elements[at[k]]);
                if (k > 0) sb.Append('>');
            }
            return sb.ToString();
        }

        private static readonly char[] ClassBreaks = { ' ', '\t', '\n' };

        /// <summary>One step: the tag with its id ("div#main"), else its first class ("div.story"), else the tag alone.</summary>
        private static void AppendStep(StringBuilder sb, IElement el)
        {
            string tag = el.LocalName;
            string? id = el.Id;
            if (!string.IsNullOrWhiteSpace(id) && id!.Length <= 40)
            {
                sb.Append(tag).Append('#').Append(id.Trim());
                return;
            }
            string? cls = el.GetAttribute("class");
            if (!string.IsNullOrWhiteSpace(cls))
            {
                string trimmed = cls!.Trim();
                int end = trimmed.IndexOfAny(ClassBreaks);
                int first = end < 0 ? trimmed.Length : end;
                if (first > 0 && first <= 40)
                {
                    sb.Append(tag).Append('.').Append(trimmed, 0, first);
                    return;
                }
            }
            sb.Append(tag);
        }
    }
}
