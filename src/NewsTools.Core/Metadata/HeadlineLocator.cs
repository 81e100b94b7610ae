using System;
using System.Collections.Generic;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using NewsTools.Heuristics;
using NewsTools.Html;
using NewsTools.Json;
using NewsTools.Text;

namespace NewsTools.Metadata
{
    /// <summary>
    /// Finds the headline: the page's headings in the order they are trusted, the title chosen among them and
    /// the meta titles (<see cref="TitleChooser"/>), the heading element that is the headline as shown, and the
    /// article element around it.
    /// </summary>
    internal static class HeadlineLocator
    {
        /// <summary>
        /// Headings: outside teasers first, then the rest (a region can be mislabelled), then h2s, then h3s
        /// (an h3 counts only where it repeats a meta title: templates use it for teasers too). Each heading's
        /// text is read once and kept on it; <paramref name="choices"/> gives, for each, its text, whether it is
        /// an h1 outside teasers, and whether it counts only as a whole meta title.
        /// </summary>
        public static List<ScannedElement> Headings(PageScan scan, out List<(string, bool, bool)> choices)
        {
            var headings = new List<ScannedElement>();
            foreach (ScannedElement h in scan.H1) if (h.ExcludedBy is null) headings.Add(h);
            foreach (ScannedElement h in scan.H1) if (h.ExcludedBy != null) headings.Add(h);
            foreach (ScannedElement h in scan.H2) if (h.ExcludedBy is null) headings.Add(h);
            foreach (ScannedElement h in scan.H3) if (h.ExcludedBy is null) headings.Add(h);
            choices = new List<(string, bool, bool)>(headings.Count);
            foreach (ScannedElement h in headings)
            {
                h.Text = HeadingText(h.Element);
                choices.Add((h.Text, h.ExcludedBy is null && h.Element.LocalName == "h1", h.Element.LocalName == "h3"));
            }
            return headings;
        }

        /// <summary>Sets the title from the headings and the meta titles; returns the index of the heading used, or -1.</summary>
        public static int ReadTitle(ArticleMetadata meta, IHtmlDocument document, PageScan scan, JsonNode? article,
            List<(string, bool, bool)> headingChoices, List<string> titleSiteNames)
        {
            var metaTitles = new List<TitleCandidate>();
            string? ldHeadline = JsonLdGraph.GetString(article, "headline") ?? JsonLdGraph.GetString(article, "name");
            if (ldHeadline != null) metaTitles.Add(new TitleCandidate(ldHeadline, "json-ld"));
            foreach (var (key, source) in MetaSources.TitleKeys)
            {
                foreach (string v in scan.All(key))
                {
                    if (!string.IsNullOrWhiteSpace(v)) { metaTitles.Add(new TitleCandidate(v, source)); break; }
                }
            }
            foreach (var (prop, item) in scan.Microdata)
            {
                if (prop == "headline" && item.ExcludedBy is null && item.Element.LocalName != "meta")
                {
                    string t = item.Element.TextContent;
                    if (t.Length < 400) metaTitles.Add(new TitleCandidate(t, "microdata"));
                    break;
                }
            }
            var shownText = new Lazy<string>(() => ShownText(document));
            TitleCandidate? title = TitleChooser.Choose(headingChoices, metaTitles, scan.TitleElement, titleSiteNames, out int chosenHeading,
                t => shownText.Value.IndexOf(TextKeys.Normalize(t), StringComparison.Ordinal) >= 0);
            if (title.HasValue)
            {
                meta.Title = title.Value.Text;
                meta.SetSource("Title", title.Value.Source);
            }
            return chosenHeading;
        }

        /// <summary>
        /// A heading's text with a space where a line break or a block child splits it ("Best Tools&lt;br&gt;for 2026"
        /// reads "Best Tools for 2026", not "Best Toolsfor 2026"); empty for an implausibly long "heading".
        /// </summary>
        internal static string HeadingText(IElement heading) => TextKeys.Clean(TextUtil.SpacedText(heading, 500, false) ?? string.Empty);

        internal static IElement? FindMainHeading(List<ScannedElement> headings, int chosen, string? title, IReadOnlyList<string> siteNames)
        {
            // The headline as shown is an h1; a body h2 that repeats the meta title is not where the
            // byline and date line are, so an h1 outside teasers wins over a chosen h2.
            if (chosen >= 0 && chosen < headings.Count && headings[chosen].Element.LocalName == "h1") return headings[chosen].Element;
            foreach (ScannedElement h in headings)
            {
                // ...unless that h1 is the logo (the site's name, or a name-length text).
                if (chosen >= 0 && h.ExcludedBy is null && h.Element.LocalName == "h1" && !string.IsNullOrEmpty(h.Text)
                    && TextKeys.WordCount(h.Text!) > 2 && !TitleChooser.IsSite(h.Text!, siteNames)) return h.Element;
            }
            if (chosen >= 0 && chosen < headings.Count) return headings[chosen].Element;
            string nt = TextKeys.Normalize(title);
            if (nt.Length >= 10)
            {
                foreach (ScannedElement h in headings)
                {
                    string nh = TextKeys.Normalize(h.Text);
                    if (nh.Length >= 10 && (nt.IndexOf(nh, StringComparison.Ordinal) >= 0 || nh.IndexOf(nt, StringComparison.Ordinal) >= 0)) return h.Element;
                }
            }
            foreach (ScannedElement h in headings)
            {
                if (h.ExcludedBy is null && h.Element.LocalName == "h1" && !string.IsNullOrEmpty(h.Text)) return h.Element;
            }
            return null;
        }

        /// <summary>The article element (or main) around the headline: dates and bylines inside it are the article's own.</summary>
        internal static IElement? FindContainer(IElement? heading)
        {
            int steps = 0;
            for (IElement? e = heading?.ParentElement; e != null && steps < 40; e = e.ParentElement, steps++)
            {
                string tag = e.LocalName;
                if (tag == "article" || tag == "main") return e;
                string? type = e.GetAttribute("itemtype");
                if (type != null && type.IndexOf("Article", StringComparison.OrdinalIgnoreCase) >= 0) return e;
                if (tag == "body") break;
            }
            return null;
        }

        /// <summary>
        /// The body's visible text (<see cref="TextUtil.VisibleText(AngleSharp.Dom.IElement, DomIndex, bool, int)"/>, at most 1,000,000 characters), normalised
        /// like titles are compared (<see cref="TextKeys.Normalize"/>).
        /// </summary>
        internal static string ShownText(IHtmlDocument document)
            => document.Body is IElement body ? TextKeys.Normalize(TextUtil.VisibleText(body, null, false, 1000000)) : string.Empty;
    }
}
