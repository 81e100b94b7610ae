using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using NewsTools.Heuristics;
using NewsTools.Html;
using NewsTools.Loading;
using NewsTools.Text;

namespace NewsTools.Metadata
{
    /// <summary>
    /// The second author source: what the page shows. Byline elements, a "By" line under the headline, "Written by"
    /// lines and author boxes, nearest the headline first.
    /// </summary>
    internal static class VisibleAuthorReader
    {
        internal static readonly string[] NoNames = Array.Empty<string>();

        /// <summary>
        /// Authors shown on the page: byline elements, a "By" line after the headline, "Written by" lines. Returns the
        /// source, or null. With sidebarOnly, a second pass reads only what sits in the article's own sidebar column
        /// (<see cref="PageRegions.IsArticleSidebar"/>).
        /// </summary>
        internal static string? Read(List<string> into, MetadataContext page, bool sidebarOnly)
        {
            PageScan scan = page.Scan;
            List<string> siteNames = page.SiteNames, hostNames = page.HostNames;
            IElement? mainHeading = page.MainHeading, container = page.Container;
            int headingOrder = page.HeadingOrder;
            Lazy<HeaderWindow> window = page.Window;
            // 4. Byline elements (class/id/rel author, byline...), nearest the headline; close neighbours merged.
            ScannedElement? first = null;
            foreach (ScannedElement b in PageRegions.OrderByCloseness(scan.Bylines, headingOrder, container))
            {
                if (sidebarOnly ? !PageRegions.InArticleSidebar(b, mainHeading) : PageRegions.IsExcluded(b, mainHeading)) continue;
                if (first != null && Math.Abs(b.Order - first.Order) > 25) break;
                if (CreditedAsOther(b.Element)) continue;
                string? text = TextUtil.SpacedText(b.Element, 300, true);
                if (text is null)
                {
                    // An author box with a bio: the name is its first short leaf ("<div>Jane Doe</div><p>Jane is ...</p>").
                    text = FirstShortLeaf(b.Element);
                    if (text is null) continue;
                }
                string? classes = b.Element.GetAttribute("class");
                if (IsNonNamePart(classes))
                {
                    // An author card's description ("author-description", "author-bio") follows the name, whose
                    // element may carry no mark of its own ("<p>Jane Doe</p><div class=author-description>...").
                    if (first != null || !MetaAuthorWords.BylineBioPart.IsMatch(classes!) || b.Element.PreviousElementSibling is not IElement nameLine) continue;
                    text = TextUtil.SpacedText(nameLine, 60, true)?.Trim();
                    if (text is null || !AuthorCleaner.IsPersonShaped(text)) continue;
                }
                Match spacedDate = MetaAuthorWords.LeadingDateSpaced.Match(text);
                if (spacedDate.Success) text = text.Substring(spacedDate.Length);
                // A link to the author's archive or a rel=author link names the author as surely as a declared field.
                bool linked = b.Element.LocalName == "a" && (IsAuthorLink(b.Element.GetAttribute("href")) || (b.Element.GetAttribute("rel") ?? string.Empty).IndexOf("author", StringComparison.OrdinalIgnoreCase) >= 0);
                if (first is null)
                {
                    if (AuthorCleaner.AddNames(text, into, siteNames, declared: linked, hostNames: hostNames) > 0) first = b;
                    continue;
                }
                // A neighbour of the byline adds co-authors only when they read as people's names: next to a byline
                // sit the publication ("The Example Appeal"), a section or a product name.
                foreach (string name in AuthorCleaner.Clean(text, siteNames, linked, hostNames))
                {
                    if (AuthorCleaner.IsPersonShaped(name)) AuthorCleaner.AddNames(name, into, siteNames, declared: true, hostNames: hostNames);
                }
            }
            if (into.Count > 0) return "byline";

            // 5. A "By ..." line after the headline.
            foreach (string line in sidebarOnly ? (IReadOnlyList<string>)NoNames : window.Value.Bylines)
            {
                AuthorCleaner.AddNames(line, into, siteNames);
                if (into.Count > 0) return "text";
            }

            // 6. A "Written by ..." line anywhere in the page outside teasers and comments (author boxes
            //    after the article), nearest the headline first.
            foreach (ScannedElement line in PageRegions.OrderByCloseness(scan.LeadLines, headingOrder, container))
            {
                IElement el = line.Element;
                string? text = TextUtil.SpacedText(el, 200, true);
                if (text is null) continue;
                // A button labelled "All articles by Jane Doe" is an author box's control, not page chrome.
                bool archiveButton = !sidebarOnly && line.ExcludedBy?.LocalName == "button" && MetaAuthorWords.ArchiveLeadIn.IsMatch(text)
                    && line.ExcludedBy.ParentElement != null && !PageRegions.InsideExcludedRegion(line.ExcludedBy.ParentElement);
                if (!archiveButton && (sidebarOnly ? !PageRegions.InArticleSidebar(line, mainHeading) : PageRegions.IsExcluded(line, mainHeading))) continue;
                Match lastUpdated = MetaAuthorWords.LastUpdatedBy.Match(text);
                if (lastUpdated.Success) text = text.Substring(lastUpdated.Length);
                if (MetaAuthorWords.LeadInOnly.IsMatch(text))
                {
                    // The label alone: the name is in the next element.
                    text = el.NextElementSibling is IElement next ? TextUtil.SpacedText(next, 200, true) : null;
                    if (text is null) continue;
                }
                AuthorCleaner.AddNames(text, into, siteNames);
                if (into.Count > 0) return "text";
            }

            // 6b. An author box's bio ("Jane Doe is a freelance travel writer..." under the name or "About the author").
            foreach (ScannedElement bio in PageRegions.OrderByCloseness(scan.BioLines, headingOrder, container))
            {
                if (sidebarOnly ? !PageRegions.InArticleSidebar(bio, mainHeading) : PageRegions.IsExcluded(bio, mainHeading)) continue;
                Match m = MetaAuthorWords.BioOpening.Match(bio.Element.FirstChild?.TextContent ?? string.Empty);
                if (!m.Success || !AuthorCleaner.IsPersonShaped(m.Groups[1].Value)) continue;
                AuthorCleaner.AddNames(m.Groups[1].Value, into, siteNames);
                if (into.Count > 0) return "author-bio";
            }

            return null;
        }

        /// <summary>
        /// Whether the text just before the element (its preceding siblings, else its parent's, up to 60 characters)
        /// ends with another credit's lead-in ("Reviewed by", "Edited by"): the name in it is not the author's.
        /// </summary>
        internal static bool CreditedAsOther(IElement element)
        {
            IElement? e = element;
            for (int up = 0; up < 2 && e != null; up++, e = e.ParentElement)
            {
                string before = string.Empty;
                for (INode? n = e.PreviousSibling; n != null && before.Length < 60; n = n.PreviousSibling)
                {
                    before = n.TextContent + before;
                }
                if (before.Trim().Length == 0) continue;
                if (before.Length > 60) before = before.Substring(before.Length - 60);
                return MetaAuthorWords.OtherCreditBefore.IsMatch(before);
            }
            return false;
        }

        /// <summary>
        /// Whether a byline-marked element is a part of the byline block that is not the name: its date,
        /// avatar, bio or category ("author-date", "byline__category", "author-avatar"). The part word must
        /// come after the author word in the class: "publish-date-author" or "dateAndAuthorContainer" is
        /// the author element of a date line, and holds the name.
        /// </summary>
        internal static bool IsNonNamePart(string? classes)
        {
            if (string.IsNullOrEmpty(classes)) return false;
            foreach (string token in classes!.Split(' '))
            {
                if (token.Length == 0) continue;
                Match part = MetaAuthorWords.BylineNonNamePart.Match(token);
                if (!part.Success) continue;
                int author = token.IndexOf("author", StringComparison.OrdinalIgnoreCase);
                if (author < 0) author = token.IndexOf("byline", StringComparison.OrdinalIgnoreCase);
                if (author < 0 || part.Index > author) return true;
            }
            return false;
        }

        internal static bool IsAuthorLink(string? href) => href != null && href.Length < 300 && MetaAuthorWords.AuthorLink.IsMatch(href);

        /// <summary>The text of the first leaf element (at most 60 characters, not a lead-in label) among the first 40 under the element.</summary>
        internal static string? FirstShortLeaf(IElement root) => TextUtil.FirstLeafText(root, text =>
        {
            string t = text.Trim();
            return t.Length == 0 || t.Length > 60 || MetaAuthorWords.LeadInOnly.IsMatch(t) ? null : t;
        });
    }
}
