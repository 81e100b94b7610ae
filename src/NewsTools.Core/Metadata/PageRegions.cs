using System.Collections.Generic;
using AngleSharp.Dom;
using NewsTools.Heuristics;
using NewsTools.Html;
using NewsTools.Loading;
using NewsTools.Text;

namespace NewsTools.Metadata
{
    /// <summary>
    /// Which scanned elements belong to other content (teasers, comments, asides, footers) and which to the
    /// article, and the order candidates are read in (inside the article first, then nearest the headline).
    /// </summary>
    internal static class PageRegions
    {
        /// <summary>
        /// Whether the element sits in a teaser, comment, aside or footer region. A region holding the main
        /// headline is the article itself (a "layout-with-sidebar" wrapper); an aside or footer inside the
        /// article holds the article's own date and byline (the article footer of many blog themes).
        /// </summary>
        internal static bool IsExcluded(ScannedElement s, IElement? mainHeading, bool sidebarToo = false)
        {
            IElement? region = s.ExcludedBy;
            if (region is null) return false;
            // No headline found: the footer of an article element (its date, tags and byline) still belongs to the
            // article, unless that article is a teaser (inside an excluded region).
            if (mainHeading is null) return !(region.LocalName == "footer" && !MetaSources.ExcludedRegion.IsMatch(region.GetAttribute("class") ?? string.Empty) && ArticleOwner(region) is IElement owner && !InsideExcludedRegion(owner));
            if (region.Contains(mainHeading)) return false;
            string tag = region.LocalName;
            if ((tag == "aside" || tag == "footer" || tag == "header") && !MetaSources.ExcludedRegion.IsMatch(region.GetAttribute("class") ?? string.Empty))
            {
                for (IElement? e = mainHeading.ParentElement; e != null; e = e.ParentElement)
                {
                    if (e.LocalName == "article") return !e.Contains(region);
                    if (e.LocalName == "body") break;
                }
                // The headline sits outside the article element (CMS page-title blocks): an article footer
                // still belongs to the article, unless that article is itself inside a teaser region.
                if (ArticleOwner(region) is IElement owner) return InsideExcludedRegion(owner);
                // A short aside placed right after the headline's block ("<div><h1/></div><div><aside>date, byline</aside>")
                // is the article's own metadata panel.
                if (tag == "aside" && FollowsHeadline(region, mainHeading) && region.TextContent.Length < 400) return false;
            }
            return !(sidebarToo && IsArticleSidebar(region, mainHeading));
        }

        /// <summary>The nearest article element holding the region, or null.</summary>
        internal static IElement? ArticleOwner(IElement region)
        {
            for (IElement? e = region.ParentElement; e != null && e.LocalName != "body"; e = e.ParentElement)
            {
                if (e.LocalName == "article") return e;
            }
            return null;
        }

        /// <summary>Whether the element is excluded only because it sits in the article's own sidebar column.</summary>
        internal static bool InArticleSidebar(ScannedElement s, IElement? mainHeading)
            => s.ExcludedBy != null && mainHeading != null && IsExcluded(s, mainHeading) && !IsExcluded(s, mainHeading, sidebarToo: true);

        /// <summary>
        /// Whether an excluded region is the article's own sidebar column: its class or id names a sidebar
        /// ("story-sidebar", "l-grid__sidebar"), it comes after the headline, and no teaser or navigation region
        /// holds it. Article templates put the authors, date and downloads there ("Author(s)" over a list of names).
        /// </summary>
        internal static bool IsArticleSidebar(IElement region, IElement mainHeading)
        {
            string marks = TextUtil.ClassAndId(region);
            if (marks.Length > 300 || !MetaSources.SidebarMarker.IsMatch(marks)) return false;
            // Held by nothing but sidebar wrappers ("story_sidebar" around "story-sidebar_section", "l-grid--sidebar").
            for (IElement? e = region.ParentElement; e != null && e.LocalName != "body"; e = e.ParentElement)
            {
                if (MetaSources.ExcludedTags.Contains(e.LocalName)) return false;
                string? cls = e.GetAttribute("class");
                if (cls != null && cls.Length < 300 && MetaSources.ExcludedRegion.IsMatch(cls) && !MetaSources.SidebarMarker.IsMatch(cls)) return false;
            }
            return (mainHeading.CompareDocumentPosition(region) & DocumentPositions.Following) != 0;
        }

        internal static bool InsideExcludedRegion(IElement element)
        {
            for (IElement? e = element; e != null && e.LocalName != "body"; e = e.ParentElement)
            {
                if (MetaSources.ExcludedTags.Contains(e.LocalName)) return true;
                string? cls = e.GetAttribute("class");
                if (cls != null && cls.Length < 300 && MetaSources.ExcludedRegion.IsMatch(cls)) return true;
            }
            return false;
        }
        /// <summary>Whether the element itself is a teaser or aside region: an excluded tag, or a class naming one.</summary>
        internal static bool IsTeaserOrAside(IElement el, string tag)
        {
            if (MetaSources.ExcludedTags.Contains(tag)) return true;
            string? cls = el.GetAttribute("class");
            return cls != null && cls.Length < 300 && MetaSources.ExcludedRegion.IsMatch(cls);
        }

        /// <summary>Whether the element, or its parent or grandparent, comes right after the block that holds the headline.</summary>
        internal static bool FollowsHeadline(IElement element, IElement mainHeading)
        {
            IElement? e = element;
            for (int up = 0; up < 3 && e != null; up++, e = e.ParentElement)
            {
                IElement? before = e.PreviousElementSibling;
                if (before != null && (before == mainHeading || before.Contains(mainHeading))) return true;
                if (e.Contains(mainHeading)) return false;
            }
            return false;
        }

        internal static List<ScannedElement> Concat(List<ScannedElement> a, List<ScannedElement> b)
        {
            var list = new List<ScannedElement>(a.Count + b.Count);
            list.AddRange(a);
            list.AddRange(b);
            return list;
        }
        /// <summary>Byline candidates inside the article container first, then by distance from the headline.</summary>
        internal static List<ScannedElement> OrderByCloseness(List<ScannedElement> items, int headingOrder, IElement? container)
        {
            var list = new List<ScannedElement>(items);
            if (headingOrder < 0 && container is null) return list;
            var keys = new Dictionary<ScannedElement, int>();
            foreach (ScannedElement s in list)
            {
                int key = container != null && container.Contains(s.Element) ? 0 : 100000;
                if (headingOrder >= 0) key += s.Order >= headingOrder ? s.Order - headingOrder : (headingOrder - s.Order) * 3;
                else key += s.Order;
                keys[s] = key;
            }
            list.Sort((a, b) => keys[a].CompareTo(keys[b]));
            return list;
        }
    }
}
