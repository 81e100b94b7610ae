using System.Collections.Generic;
using AngleSharp.Dom;
using NewsTools.Heuristics;
using NewsTools.Text;
using NewsTools.Pipeline;
using NewsTools.Walls;

namespace NewsTools.Html
{
    /// <summary>
    /// Records what lay outside the chosen containers, so nothing is dropped without a trace: one Removed entry per
    /// largest subtree that holds no container (the page header, a sidebar block, the headline above the body). One
    /// pass over the index.
    /// </summary>
    internal static class OutsideRecorder
    {
        public static ContentFindings Record(PageContext page, List<int> roots, string? title, StorySpan span)
        {
            var found = new ContentFindings();
            DomIndex index = page.Index;
            if (roots.Count == 1 && roots[0] == 0) return found;
            // holds[i]: subtree i holds a root (so it is split, not dropped whole).
            var holds = new bool[index.Count];
            foreach (int r in roots)
            {
                for (int a = index.Parent[r]; a >= 0 && !holds[a]; a = index.Parent[a]) holds[a] = true;
            }
            var isRoot = new HashSet<int>(roots);
            string titleKey = title is null ? string.Empty : TextKeys.Alnum(title);
            int i = 1;
            while (i < index.Count)
            {
                if (index.Removed[i] || isRoot.Contains(i)) { i = index.End[i]; continue; }
                if (holds[i]) { i++; continue; }
                if (index.Text[i] > 0)
                {
                    IElement el = index.Elements[i];
                    string lines = TextUtil.VisibleLines(index, i, true);
                    string text = page.Scratch.Collapse(lines);
                    if (text.Length > 0)
                    {
                        // What lies right after (or before) the story is read for a wall's prompts; a template far off is not.
                        int near = span.NearText(i, out bool tail);
                        if (near > 0)
                        {
                            string window = near >= lines.Length ? lines : tail ? lines.Substring(lines.Length - near) : lines.Substring(0, near);
                            PaywallDetector.ReadBox(window, ElementPath.Of(index, i), i, found.Paywall);
                        }
                        RemovalReason reason = titleKey.Length > 0 && TextKeys.Alnum(text) == titleKey ? RemovalReason.Title
                            : HtmlBoilerplatePatterns.ReasonForNames(index.Names(i))
                            ?? (el.LocalName == "header" ? RemovalReason.Navigation : RemovalReason.Boilerplate);
                        string path = ElementPath.Of(index, i);
                        found.Removed.Add(new RemovedBlock(TextUtil.Truncate(text, HtmlThresholds.RemovedTextMax), reason, path, "outside-main-content"));
                        page.Options.Log?.Invoke("Outside the main content: " + path + " (" + reason + "): " + TextUtil.Truncate(text, 80));
                    }
                }
                i = index.End[i];
            }
            return found;
        }
    }
}
