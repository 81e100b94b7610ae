using System;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using NewsTools.Heuristics;
using NewsTools.Html;
using NewsTools.Json;
using NewsTools.Text;

namespace NewsTools.Metadata
{
    /// <summary>
    /// Published and modified dates: declared fields first (JSON-LD, microdata, metas), then the page's &lt;time&gt;
    /// elements and date lines nearest the headline, a dated permalink, and dates written beside the byline.
    /// </summary>
    internal static class DateReader
    {
        internal static void Read(ArticleMetadata meta, MetadataContext page)
        {
            PageScan scan = page.Scan;
            JsonLdGraph graph = page.Graph;
            JsonNode? article = page.Article;
            IElement? mainHeading = page.MainHeading, container = page.Container;
            int headingOrder = page.HeadingOrder;
            Uri? canonical = page.Canonical, baseUri = page.BaseUri;
            Lazy<HeaderWindow> window = page.Window;
            DateTimeOffset now = DateTimeOffset.UtcNow;
            var pub = new DatePick("Published", now);
            var mod = new DatePick("Modified", now);

            // 1. JSON-LD main article.
            if (article != null)
            {
                pub.Offer(JsonLdGraph.GetString(article, "datePublished"), "json-ld");
                pub.Offer(JsonLdGraph.GetString(article, "dateCreated"), "json-ld");
                pub.Offer(JsonLdGraph.GetString(article, "uploadDate"), "json-ld");
                mod.Offer(JsonLdGraph.GetString(article, "dateModified"), "json-ld");
            }

            // 2. Microdata (on visible elements or metas in the body).
            foreach (var (prop, item) in scan.Microdata)
            {
                if (PageRegions.IsExcluded(item, mainHeading)) continue;
                DatePick? target = prop == "datePublished" || prop == "dateCreated" ? pub : prop == "dateModified" ? mod : null;
                if (target is null || target.Value.HasValue) continue;
                IElement el = item.Element;
                string? raw = el.GetAttribute("datetime") ?? el.GetAttribute("content") ?? (el.LocalName == "abbr" ? el.GetAttribute("title") : null);
                raw ??= TextUtil.TextContentUpTo(el, 199);
                target.Offer(raw, "microdata");
            }
            foreach (string v in scan.All("datepublished")) pub.Offer(v, "microdata");
            foreach (string v in scan.All("datemodified")) mod.Offer(v, "microdata");

            // 3. OpenGraph, Dublin Core and CMS metas.
            foreach (var (key, source) in MetaSources.PublishedKeys)
            {
                if (pub.Value.HasValue) break;
                foreach (string v in scan.All(key)) pub.Offer(v, source);
            }
            foreach (var (key, source) in MetaSources.ModifiedKeys)
            {
                if (mod.Value.HasValue) break;
                foreach (string v in scan.All(key)) mod.Offer(v, source);
            }
            if (!pub.Value.HasValue)
            {
                // Other CMS names for the publication date ("w-published-date", "published").
                foreach (var kv in scan.Metas)
                {
                    if (pub.Value.HasValue) break;
                    if (!MetaSources.PublishedKeyPattern.IsMatch(kv.Key) || MetaSources.ModifiedKeyPattern.IsMatch(kv.Key)) continue;
                    foreach (string v in kv.Value) pub.Offer(v, "meta");
                }
            }

            // 4. The WebPage object.
            if (graph.Page != null)
            {
                pub.Offer(JsonLdGraph.GetString(graph.Page, "datePublished"), "json-ld");
                mod.Offer(JsonLdGraph.GetString(graph.Page, "dateModified"), "json-ld");
            }

            // 5. <time> elements of the article (not of teasers, comments or footers), nearest the headline.
            if (!pub.Value.HasValue || !mod.Value.HasValue)
            {
                foreach (ScannedElement t in PageRegions.OrderByCloseness(scan.Times, headingOrder, container))
                {
                    if (PageRegions.IsExcluded(t, mainHeading)) continue;
                    IElement el = t.Element;
                    string? raw = el.GetAttribute("datetime");
                    if (string.IsNullOrWhiteSpace(raw)) raw = TextUtil.TextContentUpTo(el, 199);
                    (IsUpdateTime(el) ? mod : pub).Offer(raw, "time");
                    if (pub.Value.HasValue && mod.Value.HasValue) break;
                }
            }

            // 5b. Date lines marked by class ("post-date", "published", "entry-meta"), nearest the headline.
            if (!pub.Value.HasValue)
            {
                foreach (ScannedElement d in PageRegions.OrderByCloseness(scan.DateLines, headingOrder, container))
                {
                    if (PageRegions.IsExcluded(d, mainHeading)) continue;
                    string? text = TextUtil.SpacedText(d.Element, 150, true) ?? FirstDatedLeaf(d.Element);
                    if (text is null) continue;
                    if (MetaSources.ModifiedMarker.IsMatch(d.Element.GetAttribute("class") ?? string.Empty)) mod.OfferText(text, "text");
                    else OfferDateLine(text, pub, mod);
                    if (pub.Value.HasValue) break;
                }
            }

            // 6. A dated permalink (/2024/05/17/).
            string? urlDate = null;
            foreach (Uri? u in new[] { canonical, baseUri })
            {
                if (u is null || urlDate != null) continue;
                Match m = MetaSources.UrlDate.Match(u.AbsolutePath);
                if (!m.Success) continue;
                string y = m.Groups[1].Success ? m.Groups[1].Value : m.Groups[4].Value;
                string mo = m.Groups[2].Success ? m.Groups[2].Value : m.Groups[5].Value;
                string d = m.Groups[3].Success ? m.Groups[3].Value : m.Groups[6].Value;
                urlDate = y + "-" + mo.PadLeft(2, '0') + "-" + d.PadLeft(2, '0');
            }
            if (urlDate != null)
            {
                if (!pub.Value.HasValue) pub.Offer(urlDate, "url");
                else pub.PreferLocalDay(urlDate);
            }

            // 7. A date line written near the headline ("Published 17 May 2024", "17. Mai 2024").
            if (!pub.Value.HasValue || !mod.Value.HasValue)
            {
                foreach (var (text, _) in window.Value.DateLines) OfferDateLine(text, pub, mod);
            }

            // 8. A date set beside the byline, wherever the byline is ("<p>Jane Doe</p><p>April 8, 2024</p>",
            //    "Posted on 15/12/2025 at 19:00 by Jane" under the article): the line holding an author link
            //    or a lead-in, or its parent when that is still a short line.
            if (!pub.Value.HasValue)
            {
                int tried = 0;
                foreach (ScannedElement b in PageRegions.OrderByCloseness(scan.LeadLines.Count == 0 ? scan.Bylines : PageRegions.Concat(scan.Bylines, scan.LeadLines), headingOrder, container))
                {
                    if (pub.Value.HasValue || tried++ >= 6) break;
                    if (PageRegions.IsExcluded(b, mainHeading)) continue;
                    IElement? el = b.Element;
                    for (int up = 0; up < 3 && el != null && !pub.Value.HasValue; up++, el = el.ParentElement)
                    {
                        string? line = TextUtil.SpacedText(el, 200, true);
                        if (line is null) break;
                        OfferDateLine(line, pub, mod);
                    }
                }
            }

            // 9. A "Posted on ..." / "Published: ..." line anywhere outside teasers, comments and footers,
            //    nearest the headline (blog templates print it under the article).
            if (!pub.Value.HasValue)
            {
                foreach (ScannedElement p in PageRegions.OrderByCloseness(scan.PublishedLines, headingOrder, container))
                {
                    if (PageRegions.IsExcluded(p, mainHeading)) continue;
                    string? line = TextUtil.SpacedText(p.Element, 200, false);
                    if (line != null) OfferDateLine(line, pub, mod);
                    if (pub.Value.HasValue) break;
                }
            }

            // 9b. Nothing outside page regions: the article's own sidebar column ("Published" over the date in a
            //     "single-post-sidebar" beside the story), read the same way as the article's date lines.
            if (!pub.Value.HasValue && mainHeading != null)
            {
                foreach (ScannedElement d in PageRegions.OrderByCloseness(PageRegions.Concat(scan.Times, scan.DateLines), headingOrder, container))
                {
                    if (!PageRegions.InArticleSidebar(d, mainHeading)) continue;
                    IElement el = d.Element;
                    string? raw = el.LocalName == "time" ? el.GetAttribute("datetime") : null;
                    if (!string.IsNullOrWhiteSpace(raw)) pub.Offer(raw, "time");
                    else
                    {
                        string? text = TextUtil.SpacedText(el, 150, true) ?? FirstDatedLeaf(el);
                        if (text != null) OfferDateLine(text, pub, mod);
                    }
                    if (pub.Value.HasValue) break;
                }
            }

            // 10. A CMS that stamps its declared dates on every save gives the same clock time for Published and
            //     Modified. The page's own <time> near the headline (not marked as an update) then shows the
            //     publication, and is used when it is an earlier day.
            if (pub.Value.HasValue && mod.Value.HasValue && pub.Source != "time" && pub.Value.Value.DateTime == mod.Value.Value.DateTime)
            {
                int tried = 0;
                foreach (ScannedElement t in PageRegions.OrderByCloseness(scan.Times, headingOrder, container))
                {
                    if (tried++ >= 5) break;
                    if (PageRegions.IsExcluded(t, mainHeading)) continue;
                    IElement el = t.Element;
                    if (IsUpdateTime(el)) continue;
                    DateTimeOffset? shown = DateTextParser.ParseMachineDate(el.GetAttribute("datetime") ?? string.Empty, out bool shownHasTime);
                    if (shown.HasValue && shown.Value.Date < pub.Value.Value.Date && shown.Value >= DatePick.Earliest)
                    {
                        pub.Replace(shown.Value, shownHasTime, "time");
                        break;
                    }
                }
            }

            // A page that shows only an update date ("Updated March 5, 2025") presents that date as its
            // date: Published falls back to it (Modified keeps it too), rather than staying empty.
            if (!pub.Value.HasValue && mod.Value.HasValue) pub.CopyFrom(mod);

            pub.ApplyPublished(meta);
            mod.ApplyModified(meta);
        }

        /// <summary>
        /// A visible date line: "Published May 17, 2024. Updated: May 18" gives both; a line that starts with
        /// an update word ("Updated May 18", "Aktualisiert am ...") gives the modified date only.
        /// </summary>
        internal static void OfferDateLine(string text, DatePick pub, DatePick mod)
        {
            Match update = MetaSources.UpdatedWord.Match(text);
            if (!update.Success)
            {
                pub.OfferText(text, "text");
                return;
            }
            if (update.Index > 0) pub.OfferText(text.Substring(0, update.Index), "text");
            mod.OfferText(text.Substring(update.Index), "text");
        }

        /// <summary>
        /// Whether a &lt;time&gt; dates an update: its class, itemprop or its parent's class marks a modification (and
        /// not also the publication), or "Updated" stands before it or in it.
        /// </summary>
        internal static bool IsUpdateTime(IElement el)
        {
            string marks = (el.GetAttribute("class") ?? string.Empty) + " " + (el.GetAttribute("itemprop") ?? string.Empty) + " " + (el.ParentElement?.GetAttribute("class") ?? string.Empty);
            if (MetaSources.ModifiedMarker.IsMatch(marks) && !MetaSources.PublishedMarker.IsMatch(marks)) return true;
            string? before = el.PreviousSibling?.TextContent;
            if (before != null && before.Length < 60 && MetaSources.UpdatedWord.IsMatch(before)) return true;
            string own = el.TextContent;
            return own.Length < 80 && MetaSources.UpdatedWord.IsMatch(own);
        }
        /// <summary>The text of the first leaf (at most 150 characters) holding a date among the first 40 elements under the element.</summary>
        internal static string? FirstDatedLeaf(IElement root)
            => TextUtil.FirstLeafText(root, t => t.Length <= 150 && DateTextParser.FindDate(t, out _).HasValue ? t : null);
    }
}
