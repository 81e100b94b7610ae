using System.Net;
using System.Text.RegularExpressions;
using NewsTools.Html;

namespace NewsTools.Feeds
{
    /// <summary>
    /// Turns the HTML that feeds put in titles and summaries (escaped, in CDATA, or as Atom type="html") into plain text:
    /// script and style dropped, tags become spaces, entities decoded, whitespace collapsed.
    /// </summary>
    internal static class FeedText
    {
        /// <summary>Script and style elements with their content: code, never text.</summary>
        private static readonly Heuristics.TieredRegex ScriptOrStyle = new Heuristics.TieredRegex(@"<(script|style)\b[^>]*>.*?</\1\s*>",
            RegexOptions.IgnoreCase | RegexOptions.Singleline | RegexOptions.CultureInvariant | RegexOptions.Compiled);

        /// <summary>A tag or comment. Only tag-like text ("&lt;b", "&lt;/p", "&lt;!--") counts, so "5 &lt; 6" in a title survives.</summary>
        private static readonly Heuristics.TieredRegex Tag = new Heuristics.TieredRegex(@"<(?:[A-Za-z/!][^<>]*)>",
            RegexOptions.CultureInvariant | RegexOptions.Compiled);

        /// <summary>Inline elements: their tags join the words around them ("&lt;a&gt;close&lt;/a&gt;." stays "close."); any other tag separates words.</summary>
        private static readonly Heuristics.TieredRegex InlineTag = new Heuristics.TieredRegex(@"^</?(?:a|abbr|b|bdi|bdo|cite|code|data|dfn|em|font|i|kbd|mark|q|s|samp|small|span|strong|sub|sup|time|u|var)\b",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

        private static readonly MatchEvaluator TagToSeparator = m => InlineTag.IsMatch(m.Value) ? string.Empty : " ";

        /// <summary>Plain text of <paramref name="html"/>, or null when nothing is left.</summary>
        public static string? ToPlain(string? html)
        {
            if (html is null) return null;
            string s = html;
            if (s.IndexOf('<') >= 0)
            {
                s = ScriptOrStyle.Replace(s, " ");
                s = Tag.Replace(s, TagToSeparator);
            }
            // Twice: feeds often escape HTML that itself holds entities ("&amp;amp;", "&lt;b&gt;"), and once decoded the
            // markup is stripped like the rest.
            if (s.IndexOf('&') >= 0)
            {
                s = WebUtility.HtmlDecode(s);
                if (s.IndexOf('<') >= 0) s = Tag.Replace(s, TagToSeparator);
            }
            s = TextUtil.Collapse(s.Replace('\u00A0', ' '));
            return s.Length == 0 ? null : s;
        }
    }
}
