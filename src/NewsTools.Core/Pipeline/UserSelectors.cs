using System.Collections.Generic;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using NewsTools.Html;

namespace NewsTools.Pipeline
{
    /// <summary>
    /// The user's -ContentSelector and -RemoveSelector, resolved once per page against the index: the cleaner
    /// protects the content container and removes the named nodes, the locator takes the container. No stage
    /// runs a selector again.
    /// </summary>
    internal sealed class UserSelectors
    {
        private static readonly HashSet<int> None = new HashSet<int>();

        private UserSelectors(int container, string? containerSelector, HashSet<int> removed)
        {
            Container = container;
            ContainerSelector = containerSelector;
            Removed = removed;
        }

        /// <summary>Index of the first element a content selector matched (selectors tried in order), or -1.</summary>
        public int Container { get; }

        /// <summary>The selector that matched <see cref="Container"/>.</summary>
        public string? ContainerSelector { get; }

        /// <summary>Indexes of the elements the remove selectors matched.</summary>
        public HashSet<int> Removed { get; }

        /// <summary>Resolves the options' selectors; an invalid selector is logged once and ignored.</summary>
        public static UserSelectors Resolve(IHtmlDocument document, DomIndex index, ExtractionOptions options)
        {
            int container = -1;
            string? matched = null;
            foreach (string selector in options.ContentSelectors)
            {
                if (string.IsNullOrWhiteSpace(selector)) continue;
                IElement? match;
                try
                {
                    match = document.QuerySelector(selector);
                }
                catch (DomException)
                {
                    options.Log?.Invoke("ContentSelector '" + selector + "' is not a valid CSS selector; ignored.");
                    continue;
                }
                if (match is null) continue;
                container = index.IndexOf(match);
                if (container >= 0) { matched = selector; break; }
            }
            HashSet<int> removed = None;
            foreach (string selector in options.RemoveSelectors)
            {
                if (string.IsNullOrWhiteSpace(selector)) continue;
                try
                {
                    foreach (IElement e in document.QuerySelectorAll(selector))
                    {
                        int i = index.IndexOf(e);
                        if (i < 0) continue;
                        if (ReferenceEquals(removed, None)) removed = new HashSet<int>();
                        removed.Add(i);
                    }
                }
                catch (DomException)
                {
                    options.Log?.Invoke("RemoveSelector '" + selector + "' is not a valid CSS selector; ignored.");
                }
            }
            return new UserSelectors(container, matched, removed);
        }
    }
}
