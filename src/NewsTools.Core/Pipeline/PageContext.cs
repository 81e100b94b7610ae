using System;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using NewsTools.Html;
using NewsTools.Loading;

namespace NewsTools.Pipeline
{
    /// <summary>
    /// What every HTML stage reads, built once per page by <see cref="Load"/>: the parsed document, its base
    /// address, the flat <see cref="DomIndex"/> of the body (text lengths, names and regions computed once) and
    /// the user's selectors resolved against it. Stages read the context and return findings; the only state
    /// they change is the index's removal marks, which the cleaner sets and a relaxed retry resets.
    /// </summary>
    internal sealed class PageContext
    {
        private PageContext(IHtmlDocument document, Uri? baseUri, DomIndex index, UserSelectors selectors, ExtractionOptions options)
        {
            Document = document;
            BaseUri = baseUri;
            Index = index;
            Selectors = selectors;
            Options = options;
        }

        /// <summary>The parsed page.</summary>
        public IHtmlDocument Document { get; }

        /// <summary>The address relative links resolve against (base href, the page's URL, its canonical), or null.</summary>
        public Uri? BaseUri { get; }

        /// <summary>The body's elements in document order, with text lengths and removal marks.</summary>
        public DomIndex Index { get; }

        /// <summary>The user's content and remove selectors, resolved once.</summary>
        public UserSelectors Selectors { get; }

        /// <summary>The options this page is extracted with.</summary>
        public ExtractionOptions Options { get; }

        /// <summary>Parses the page once and builds everything the stages share.</summary>
        public static PageContext Load(string html, string? url, ExtractionOptions options)
        {
            var parser = new HtmlParser(new HtmlParserOptions { IsScripting = false });
            IHtmlDocument document = parser.ParseDocument(html);
            Uri? baseUri = UrlResolver.FindBase(document, url);
            IElement root = (IElement?)document.Body ?? document.DocumentElement;
            DomIndex index = DomIndex.Build(root);
            return new PageContext(document, baseUri, index, UserSelectors.Resolve(document, index, options), options);
        }
    }
}
