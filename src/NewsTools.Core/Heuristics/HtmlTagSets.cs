using System;
using System.Collections.Generic;

namespace NewsTools.Heuristics
{
    /// <summary>Tag sets the HTML path decides with. Data only; the stages say what they do with them.</summary>
    internal static class HtmlTagSets
    {
        /// <summary>Elements whose text is never visible prose: code, styling, embedded objects, form controls.</summary>
        public static readonly HashSet<string> NoTextTags = new HashSet<string>(StringComparer.Ordinal)
        {
            "script", "style", "template", "svg", "math", "canvas", "iframe", "object", "embed", "noscript",
            "select", "option", "textarea", "button", "input", "link", "meta", "head", "title", "video", "audio",
            "map", "dialog", "picture", "source",
        };

        /// <summary>
        /// Elements dropped silently before extraction (no visible story text). noscript is included: with
        /// scripting off its content is parsed as markup and mostly repeats images or "enable JavaScript" notes.
        /// </summary>
        public static readonly HashSet<string> DropSilently = new HashSet<string>(StringComparer.Ordinal)
        {
            "script", "style", "template", "svg", "math", "canvas", "iframe", "object", "embed", "noscript",
            "select", "textarea", "button", "input", "link", "meta", "video", "audio", "map", "dialog", "label",
        };

        /// <summary>Elements that start a new block when met inside flowing text.</summary>
        public static readonly HashSet<string> BlockTags = new HashSet<string>(StringComparer.Ordinal)
        {
            "address", "article", "aside", "blockquote", "body", "center", "dd", "details", "dialog", "div", "dl", "dt",
            "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup",
            "hr", "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th",
            "thead", "tr", "ul", "caption", "html", "menu", "legend", "amp-img", "img", "picture", "video", "frame",
        };

        /// <summary>Heading tags and their level.</summary>
        public static int HeadingLevel(string tag) =>
            tag.Length == 2 && tag[0] == 'h' && tag[1] >= '1' && tag[1] <= '6' ? tag[1] - '0' : 0;

        /// <summary>Wrappers that pages write text straight into (with &lt;br&gt; breaks, no &lt;p&gt;): with enough own text, such a wrapper is scored as its own paragraph.</summary>
        public static readonly HashSet<string> TextHoldingWrappers = new HashSet<string>(StringComparer.Ordinal)
        {
            "div", "section", "article", "span", "font", "td",
        };

        /// <summary>Tags Readability scores as paragraphs (a text unit whose score flows to its ancestors).</summary>
        public static readonly HashSet<string> ScoredParagraphTags = new HashSet<string>(StringComparer.Ordinal)
        {
            "p", "pre", "td", "blockquote",
        };
    }
}
