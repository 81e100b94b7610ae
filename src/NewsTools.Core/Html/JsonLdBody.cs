using System.Collections.Generic;
using System.Net;
using System.Text.RegularExpressions;
using NewsTools.Heuristics;

namespace NewsTools.Html
{
    /// <summary>
    /// Splits a schema.org <c>articleBody</c> (read from the page's main JSON-LD article by the metadata stage) into
    /// paragraphs: pages rendered by script often ship an empty body and the full text only there, sometimes as HTML.
    /// </summary>
    internal static class JsonLdBody
    {
        private static readonly TieredRegex BlockTag = new TieredRegex(@"<\s*/?\s*(?:p|br|div|h[1-6]|li|ul|ol|blockquote)\b[^>]*>", RegexOptions.Compiled | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        private static readonly TieredRegex AnyTag = new TieredRegex(@"<[^>]{0,500}>", RegexOptions.Compiled | RegexOptions.CultureInvariant);

        /// <summary>The body's paragraphs; empty when there is none.</summary>
        public static List<string> Paragraphs(string? body)
        {
            var result = new List<string>();
            if (string.IsNullOrEmpty(body)) return result;
            string best = body!;
            if (best.IndexOf('<') >= 0)
            {
                best = BlockTag.Replace(best, "\n");
                best = AnyTag.Replace(best, string.Empty);
            }
            best = WebUtility.HtmlDecode(best);
            foreach (string line in best.Split('\n'))
            {
                string t = TextUtil.Collapse(line);
                if (t.Length > 0) result.Add(t);
            }
            return result;
        }
    }
}
