using System.Collections.Generic;
using NewsTools.Pipeline;

namespace NewsTools.Html.Locating
{
    /// <summary>
    /// The container the user named with -ContentSelector, resolved once in the <see cref="PageContext"/>. The
    /// cleaner never removes it or its ancestors, so it is taken as it is, cleaned inside like any container.
    /// </summary>
    internal sealed class UserContainerStrategy : IContentStrategy
    {
        private readonly PageContext _page;

        public UserContainerStrategy(PageContext page)
        {
            _page = page;
        }

        public LocatedContent? Locate()
        {
            int i = _page.Selectors.Container;
            if (i < 0) return null;
            _page.Options.Log?.Invoke("ContentSelector '" + _page.Selectors.ContainerSelector + "' matched " + ElementPath.Of(_page.Index, i) + ".");
            return new LocatedContent(new List<int> { i }, "content-selector");
        }
    }
}
