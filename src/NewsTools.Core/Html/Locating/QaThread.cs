using NewsTools.Heuristics;

namespace NewsTools.Html.Locating
{
    /// <summary>
    /// Question-and-answer threads (Stack Exchange and its clones): each question and answer is a post that carries its own
    /// list of short remarks ("comments") under it. The posts are the thread; the remarks are not, though both are
    /// named like comments, which the forum profile otherwise keeps.
    /// </summary>
    internal static class QaThread
    {
        /// <summary>
        /// True when element <paramref name="i"/> lies inside a question or an answer: named as one, or declared as one in
        /// schema.org microdata (itemtype ".../Question" or ".../Answer"). A walk up the element's ancestors.
        /// </summary>
        public static bool InsidePost(DomIndex ix, int i)
        {
            for (int a = ix.Parent[i]; a > 0; a = ix.Parent[a])
            {
                string names = ix.Names(a);
                if (names.Length > 0 && ProfilePatterns.QaPost.IsMatch(names)) return true;
                string? type = ix.Elements[a].GetAttribute("itemtype");
                if (type != null && (type.EndsWith("/Answer", System.StringComparison.Ordinal) || type.EndsWith("/Question", System.StringComparison.Ordinal))) return true;
            }
            return false;
        }
    }
}
