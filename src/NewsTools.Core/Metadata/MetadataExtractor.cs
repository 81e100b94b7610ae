using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using AngleSharp.Html.Dom;
using NewsTools.Heuristics;
using NewsTools.Json;
using NewsTools.Pipeline;

namespace NewsTools.Metadata
{
    /// <summary>
    /// Reads title, authors, dates, site, language, image... from a page, recording each value's source.
    /// Sources are tried from the most to the least explicit: JSON-LD (the page's main article object),
    /// microdata, OpenGraph/article:*, Dublin Core and CMS metas, &lt;time datetime&gt;, byline elements,
    /// the URL, and dates written near the headline. Dates from related teasers, comments, asides and
    /// footers are ignored. Dates before 1990 or more than two days in the future are treated as wrong.
    /// The readers, in order: <see cref="SiteInfo"/>, <see cref="HeadlineLocator"/>, <see cref="DescriptiveReader"/>,
    /// the three author sources (<see cref="DeclaredAuthorReader"/>, <see cref="VisibleAuthorReader"/>,
    /// <see cref="SiteOwnerReader"/>) and <see cref="DateReader"/>; <see cref="PageRegions"/> says which
    /// elements belong to other content, <see cref="HeaderWindow"/> reads the lines under the headline.
    /// </summary>
    /// <remarks>
    /// A date given without a time of day is stored as midnight with offset zero and its HasTime flag false:
    /// only its calendar day means anything. A date with a time keeps the page's own offset. A page that
    /// gives only an update date gets it as Published too (see DateReader).
    /// </remarks>
    internal static class MetadataExtractor
    {
        // BCP 47 shape: language, optional script, optional region ("en", "en-GB", "zh-Hant-TW", "pt_BR").
        private static readonly TieredRegex LanguageTag = new TieredRegex(@"^([a-zA-Z]{2,3})(?:[-_]([a-zA-Z]{4}))?(?:[-_]([a-zA-Z]{2}|\d{3}))?(?:[-_].*)?$", RegexOptions.Compiled | RegexOptions.CultureInvariant);

        /// <summary>Reads the page's metadata. Never throws for odd markup.</summary>
        public static ArticleMetadata FromHtml(PageContext context)
        {
            IHtmlDocument document = context.Document;
            Uri? baseUri = context.BaseUri;
            var meta = new ArticleMetadata();
            PageScan scan = context.Scan;
            Uri? canonical = SiteInfo.ReadCanonical(meta, scan, baseUri);

            List<ScannedElement> headings = HeadlineLocator.Headings(scan, out var headingChoices);
            string? ogTitle = scan.First(new[] { ("og:title", "opengraph") }, out _);
            var hints = new List<string>(headingChoices.Count + 1);
            foreach (var h in headingChoices) hints.Add(h.Item1);
            if (ogTitle != null) hints.Add(ogTitle);
            JsonLdGraph graph = JsonLdGraph.Read(scan.JsonLd, meta.CanonicalUrl, hints);
            meta.DeclaredTypes.AddRange(graph.Types);

            // Site name (also used to tell a brand from a person and to cut it off titles).
            var siteNames = new List<string>();
            SiteInfo.ReadSiteName(meta, scan, graph, siteNames);
            // The host ("example.com", "example") also names the site in titles, but not for authors:
            // personal sites are named after their authors.
            var hostNames = new List<string>();
            SiteInfo.AddHostNames(hostNames, canonical ?? baseUri);
            var titleSiteNames = new List<string>(siteNames);
            titleSiteNames.AddRange(hostNames);
            var page = new MetadataContext(scan, graph, siteNames, hostNames, canonical, baseUri);

            int chosenHeading = HeadlineLocator.ReadTitle(meta, document, scan, graph.Article, headingChoices, titleSiteNames);
            page.MainHeading = HeadlineLocator.FindMainHeading(headings, chosenHeading, meta.Title, titleSiteNames);
            page.Container = HeadlineLocator.FindContainer(page.MainHeading) ?? context.Index.First("article");

            ReadLanguage(meta, scan, graph.Article);
            // The body of the main article object only: a related item's body is another story. Among several articles
            // tied to nothing (url and headline both other), the first is a guess: good enough for a date, not for the text.
            meta.DeclaredBody = graph.ArticleIsTied ? graph.Article?["articleBody"]?.AsString() : null;
            meta.DeclaredProductDescription = graph.ArticleIsProduct ? JsonLdGraph.GetString(graph.Article, "description") : null;
            DescriptiveReader.Read(meta, scan, graph, graph.Article, baseUri);
            Syndication.SyndicationDeclarations.Read(meta, scan, graph, baseUri);

            foreach (ScannedElement h in headings) { if (h.Element == page.MainHeading) { page.HeadingOrder = h.Order; break; } }
            ReadAuthors(meta, page);
            DateReader.Read(meta, page);
            return meta;
        }

        /// <summary>A language tag normalised to BCP 47 case and separators ("EN_us" → "en-US"), or null when it is not one.</summary>
        public static string? NormalizeLanguage(string? value)
        {
            if (string.IsNullOrWhiteSpace(value)) return null;
            string v = value!.Trim();
            int comma = v.IndexOf(',');
            if (comma > 0) v = v.Substring(0, comma).Trim(); // content-language may list several
            Match m = LanguageTag.Match(v);
            if (!m.Success) return null;
            string tag = m.Groups[1].Value.ToLowerInvariant();
            if (tag == "x" || tag == "und" || tag == "zxx" || tag == "mul") return null;
            if (m.Groups[2].Success) tag += "-" + char.ToUpperInvariant(m.Groups[2].Value[0]) + m.Groups[2].Value.Substring(1).ToLowerInvariant();
            if (m.Groups[3].Success) tag += "-" + m.Groups[3].Value.ToUpperInvariant();
            return tag;
        }

        private static void ReadLanguage(ArticleMetadata meta, PageScan scan, JsonNode? article)
        {
            string? lang = NormalizeLanguage(scan.HtmlLang);
            if (lang is null) lang = NormalizeLanguage(scan.First(new[] { ("content-language", "meta"), ("language", "meta"), ("dc.language", "dublin-core") }, out _));
            if (lang is null) lang = NormalizeLanguage(scan.First(new[] { ("og:locale", "opengraph") }, out _));
            if (lang is null) lang = NormalizeLanguage(JsonLdGraph.GetString(article, "inLanguage"));
            meta.DeclaredLanguage = lang;
        }

        /// <summary>
        /// Authors, from the declared fields, the page's visible byline, and the personal site's owner. When what
        /// the fields declare is no person's name (a CMS user name "jdoe", an organisation, a single word) and the
        /// page shows a byline with a person's name, the byline is the author: the declared value is the account
        /// that posted the story.
        /// </summary>
        private static void ReadAuthors(ArticleMetadata meta, MetadataContext page)
        {
            string? declaredSource = DeclaredAuthorReader.Read(meta.Authors, page);
            if (declaredSource != null && !AllWeak(meta.Authors))
            {
                meta.SetSource("Authors", declaredSource);
                return;
            }
            var shown = new List<string>();
            string? shownSource = VisibleAuthorReader.Read(shown, page, false);
            // Nothing outside page regions: the article's own sidebar column, read the same way.
            if (shownSource is null && page.MainHeading != null) shownSource = VisibleAuthorReader.Read(shown, page, true);
            if (shownSource != null && (declaredSource is null || !AllWeak(shown)))
            {
                meta.Authors.Clear();
                meta.Authors.AddRange(shown);
                meta.SetSource("Authors", shownSource);
                return;
            }
            if (declaredSource != null) { meta.SetSource("Authors", declaredSource); return; }
            if (SiteOwnerReader.Read(meta.Authors, page.Scan, page.SiteNames, page.HostNames)) meta.SetSource("Authors", "site-owner");
        }

        /// <summary>Whether no name in the list is a person's full name (user names, single words, organisations).</summary>
        private static bool AllWeak(List<string> names)
        {
            foreach (string n in names) if (AuthorCleaner.IsPersonShaped(n)) return false;
            return true;
        }
    }
}
