using System;
using System.Collections.Generic;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace NewsTools.Html
{
    /// <summary>
    /// Reads schema.org <c>articleBody</c> from the page's JSON-LD blocks. Pages rendered by script often ship
    /// an empty body and the full text only there. A tiny string scanner, not a JSON parser: the core has no
    /// JSON dependency, and only this one string value is needed.
    /// </summary>
    internal static class JsonLdBody
    {
        private static readonly Regex BlockTag = new Regex(@"<\s*/?\s*(?:p|br|div|h[1-6]|li|ul|ol|blockquote)\b[^>]*>", RegexOptions.Compiled | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        private static readonly Regex AnyTag = new Regex(@"<[^>]{0,500}>", RegexOptions.Compiled | RegexOptions.CultureInvariant);

        /// <summary>The longest articleBody on the page, split into paragraphs; empty when there is none.</summary>
        public static List<string> Paragraphs(IHtmlDocument document)
        {
            string best = string.Empty;
            foreach (IElement script in document.QuerySelectorAll("script[type]"))
            {
                string? type = script.GetAttribute("type");
                if (type is null || type.IndexOf("ld+json", StringComparison.OrdinalIgnoreCase) < 0) continue;
                string json = script.TextContent;
                int from = 0;
                while (true)
                {
                    int k = json.IndexOf("\"articleBody\"", from, StringComparison.Ordinal);
                    if (k < 0) break;
                    from = k + 13;
                    string? value = ReadStringValue(json, from);
                    if (value != null && value.Length > best.Length) best = value;
                }
            }
            var result = new List<string>();
            if (best.Length == 0) return result;
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

        /// <summary>Reads the JSON string after a key (skipping ':' and spaces), decoding escapes; null if the value is not a string.</summary>
        private static string? ReadStringValue(string json, int i)
        {
            while (i < json.Length && (json[i] == ' ' || json[i] == ':' || json[i] == '\n' || json[i] == '\r' || json[i] == '\t')) i++;
            if (i >= json.Length || json[i] != '"') return null;
            i++;
            var sb = new StringBuilder();
            while (i < json.Length)
            {
                char c = json[i++];
                if (c == '"') return sb.ToString();
                if (c != '\\' || i >= json.Length) { sb.Append(c); continue; }
                char e = json[i++];
                switch (e)
                {
                    case 'n': sb.Append('\n'); break;
                    case 'r': break;
                    case 't': sb.Append(' '); break;
                    case 'b': case 'f': break;
                    case 'u':
                        if (i + 4 <= json.Length && int.TryParse(json.Substring(i, 4), System.Globalization.NumberStyles.HexNumber, System.Globalization.CultureInfo.InvariantCulture, out int code))
                        {
                            sb.Append((char)code);
                            i += 4;
                        }
                        break;
                    default: sb.Append(e); break;
                }
            }
            return null;
        }
    }
}
