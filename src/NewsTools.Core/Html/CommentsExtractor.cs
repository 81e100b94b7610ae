using System.Collections.Generic;
using System.Text.RegularExpressions;
using NewsTools.Heuristics;
using AngleSharp.Dom;

namespace NewsTools.Html
{
    /// <summary>
    /// Turns a removed comments section into one string per reader comment. Comment bodies are found by
    /// their usual names (comment-content, comment-body, comment-text: WordPress, Disqus-like and CMS
    /// themes); without them each paragraph counts as one comment.
    /// </summary>
    internal static class CommentsExtractor
    {
        private static readonly TieredRegex BodyNames = new TieredRegex(
            @"(?:^|[\s_-])(?:comment-?content|comment-?body|comment-?text|comment__body|comment__content|comment-?message|reply-?content|reply-?body)(?:$|[\s_-])",
            RegexOptions.Compiled | RegexOptions.CultureInvariant);

        /// <summary>Adds the comments under container to list (bounded walk of the container only).</summary>
        public static void Collect(IElement container, List<string> comments)
        {
            var bodies = new List<IElement>();
            var paragraphs = new List<IElement>();
            var stack = new Stack<IElement>();
            stack.Push(container);
            while (stack.Count > 0)
            {
                IElement el = stack.Pop();
                string? cls = el.GetAttribute("class");
                if (cls != null && BodyNames.IsMatch(cls.ToLowerInvariant()))
                {
                    bodies.Add(el);
                    continue;
                }
                string tag = el.LocalName;
                if (tag == "form" || tag == "script" || tag == "style" || tag == "textarea") continue;
                if (tag == "p") { paragraphs.Add(el); continue; }
                INodeList children = el.ChildNodes;
                for (int c = children.Length - 1; c >= 0; c--)
                {
                    if (children[c] is IElement child) stack.Push(child);
                }
            }
            List<IElement> source = bodies.Count > 0 ? bodies : paragraphs;
            foreach (IElement b in source)
            {
                string t = TextUtil.Collapse(b.TextContent);
                if (t.Length > 0) comments.Add(t);
            }
        }
    }
}
