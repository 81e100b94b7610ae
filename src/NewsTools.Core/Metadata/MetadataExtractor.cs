using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using NewsTools.Heuristics;
using NewsTools.Html;
using NewsTools.Json;
using NewsTools.Loading;
using NewsTools.Text;

namespace NewsTools.Metadata
{
    /// <summary>
    /// Reads title, authors, dates, site, language, image... from a page, recording each value's source.
    /// Sources are tried from the most to the least explicit: JSON-LD (the page's main article object),
    /// microdata, OpenGraph/article:*, Dublin Core and CMS metas, &lt;time datetime&gt;, byline elements,
    /// the URL, and dates written near the headline. Dates from related teasers, comments, asides and
    /// footers are ignored. Dates before 1990 or more than two days in the future are treated as wrong.
    /// </summary>
    /// <remarks>
    /// A date given without a time of day is stored as midnight with offset zero and its HasTime flag false:
    /// only its calendar day means anything. A date with a time keeps the page's own offset. A page that
    /// gives only an update date gets it as Published too (see ReadDates).
    /// </remarks>
    internal static class MetadataExtractor
    {
        /// <summary>Elements looked at after the headline for a byline or a date line (a header block is 10-40 elements).</summary>
        private const int WindowElements = 120;

        /// <summary>Elements looked at before the headline (kicker, category and date line above it; a masthead is further up).</summary>
        private const int WindowBackElements = 25;

        /// <summary>Body paragraphs (≥ 150 characters) after which the header block is over.</summary>
        private const int WindowLongParagraphs = 2;

        private static readonly string[] NoNames = Array.Empty<string>();

        // Meta names of the label/data pairs that link previews show ("twitter:label1" / "twitter:data1").
        private static readonly string[] LabelKeys = { "twitter:label1", "twitter:label2", "twitter:label3", "twitter:label4" };
        private static readonly string[] DataKeys = { "twitter:data1", "twitter:data2", "twitter:data3", "twitter:data4" };

        private static readonly DateTimeOffset Earliest = new DateTimeOffset(1990, 1, 1, 0, 0, 0, TimeSpan.Zero);

        private static readonly Regex Spaces = new Regex(@"\s+", RegexOptions.Compiled | RegexOptions.CultureInvariant);

        // The separator after a name in "Name | Role | Date" lines.
        private static readonly Regex NameLineSeparator = new Regex(@"\s+[|·•]\s+|\s+[-–—]\s+", RegexOptions.Compiled | RegexOptions.CultureInvariant);

        // BCP 47 shape: language, optional script, optional region ("en", "en-GB", "zh-Hant-TW", "pt_BR").
        private static readonly Regex LanguageTag = new Regex(@"^([a-zA-Z]{2,3})(?:[-_]([a-zA-Z]{4}))?(?:[-_]([a-zA-Z]{2}|\d{3}))?(?:[-_].*)?$", RegexOptions.Compiled | RegexOptions.CultureInvariant);

        /// <summary>Reads the page's metadata. Never throws for odd markup.</summary>
        public static ArticleMetadata FromHtml(IHtmlDocument document, Uri? baseUri)
        {
            var meta = new ArticleMetadata();
            PageScan scan = PageScan.Run(document);

            // Canonical address: the link, else og:url.
            string? canonicalHref = scan.CanonicalHref ?? scan.First(new[] { ("og:url", "opengraph") }, out _);
            Uri? canonical = canonicalHref is null ? null : UrlResolver.Resolve(baseUri, canonicalHref);
            if (canonical != null) { meta.CanonicalUrl = canonical.ToString(); meta.SetSource("CanonicalUrl", scan.CanonicalHref != null ? "meta" : "opengraph"); }

            // Headings: outside teasers first, then the rest (a region can be mislabelled), then h2s, then h3s
            // (an h3 counts only where it repeats a meta title: templates use it for teasers too).
            var headings = new List<ScannedElement>();
            foreach (ScannedElement h in scan.H1) if (h.ExcludedBy is null) headings.Add(h);
            foreach (ScannedElement h in scan.H1) if (h.ExcludedBy != null) headings.Add(h);
            foreach (ScannedElement h in scan.H2) if (h.ExcludedBy is null) headings.Add(h);
            foreach (ScannedElement h in scan.H3) if (h.ExcludedBy is null) headings.Add(h);
            var headingTexts = new List<string>(headings.Count);
            var headingChoices = new List<(string, bool, bool)>(headings.Count);
            foreach (ScannedElement h in headings)
            {
                h.Text = HeadingText(h.Element);
                headingTexts.Add(h.Text);
                headingChoices.Add((h.Text, h.ExcludedBy is null && h.Element.LocalName == "h1", h.Element.LocalName == "h3"));
            }

            string? ogTitle = scan.First(new[] { ("og:title", "opengraph") }, out _);
            var hints = new List<string>(headingTexts);
            if (ogTitle != null) hints.Add(ogTitle);
            JsonLdGraph graph = JsonLdGraph.Read(scan.JsonLd, meta.CanonicalUrl, hints);
            JsonNode? article = graph.Article;

            // Site name (also used to tell a brand from a person and to cut it off titles).
            var siteNames = new List<string>();
            ReadSiteName(meta, scan, graph, siteNames);
            // The host ("example.com", "example") also names the site in titles, but not for authors:
            // personal sites are named after their authors.
            var hostNames = new List<string>();
            AddHostNames(hostNames, canonical ?? baseUri);
            var titleSiteNames = new List<string>(siteNames);
            titleSiteNames.AddRange(hostNames);

            // Title.
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
                t => shownText.Value.IndexOf(TitleChooser.Normalize(t), StringComparison.Ordinal) >= 0);
            if (title.HasValue)
            {
                meta.Title = title.Value.Text;
                meta.SetSource("Title", title.Value.Source);
            }

            IElement? mainHeading = FindMainHeading(headings, chosenHeading, meta.Title, titleSiteNames);
            IElement? container = FindContainer(mainHeading) ?? document.QuerySelector("article");

            ReadLanguage(meta, scan, article);
            ReadDescriptive(meta, scan, graph, article, baseUri);

            var window = new Lazy<HeaderWindow>(() => HeaderWindow.Read(mainHeading ?? container));
            int headingOrder = -1;
            foreach (ScannedElement h in headings) { if (h.Element == mainHeading) { headingOrder = h.Order; break; } }
            ReadAuthors(meta, scan, graph, article, siteNames, hostNames, mainHeading, headingOrder, container, window);
            ReadDates(meta, scan, graph, article, mainHeading, headingOrder, container, canonical, baseUri, window);
            return meta;
        }

        /// <summary>
        /// Sets <see cref="Article.Language"/>: the declared language where the text agrees, else the detected one.
        /// <paramref name="inputLanguage"/> (the language of the whole input, text mode) stands in when the kept text
        /// tells nothing: a headline alone, or a story the cleaner removed entirely is still in its page's language.
        /// </summary>
        public static void ResolveLanguage(Article article, ArticleMetadata metadata, string? inputLanguage)
        {
            string? detected = LanguageDetector.Detect(article.Text) ?? inputLanguage;
            string? declared = metadata.DeclaredLanguage;
            if (declared != null && (detected is null || declared.StartsWith(detected, StringComparison.OrdinalIgnoreCase)))
            {
                article.Language = declared;
                metadata.SetSource("Language", "declared");
            }
            else if (detected != null)
            {
                article.Language = detected;
                metadata.SetSource("Language", "text");
            }
            article.MetadataSources = metadata.Sources.ToArray();
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

        private static void ReadSiteName(ArticleMetadata meta, PageScan scan, JsonLdGraph graph, List<string> siteNames)
        {
            string? og = scan.First(MetaSources.SiteNameKeys, out string ogSource);
            JsonNode? publisher = graph.Article?["publisher"] ?? graph.Page?["publisher"];
            string? ldPublisher = null;
            if (publisher != null)
            {
                var people = graph.GetPeople(publisher);
                if (people.Count > 0) ldPublisher = people[0].Name;
            }
            string? ldSite = JsonLdGraph.GetString(graph.WebSite, "name");
            if (og != null) { meta.SiteName = TitleChooser.Clean(og); meta.SetSource("SiteName", ogSource); }
            else if (ldPublisher != null) { meta.SiteName = ldPublisher; meta.SetSource("SiteName", "json-ld"); }
            else if (ldSite != null) { meta.SiteName = ldSite; meta.SetSource("SiteName", "json-ld"); }

            foreach (string? s in new[] { og, ldPublisher, ldSite, scan.First(new[] { ("application-name", "meta") }, out _), scan.First(new[] { ("twitter:site", "twitter") }, out _)?.TrimStart('@') })
            {
                if (!string.IsNullOrWhiteSpace(s)) siteNames.Add(s!.Trim());
            }
        }

        private static void AddHostNames(List<string> siteNames, Uri? address)
        {
            if (address != null && !string.IsNullOrEmpty(address.Host))
            {
                string host = address.Host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? address.Host.Substring(4) : address.Host;
                siteNames.Add(host);
                int dot = host.IndexOf('.');
                if (dot > 2) siteNames.Add(host.Substring(0, dot));
            }
        }

        /// <summary>
        /// A heading's text with a space where a line break or a block child splits it ("Best Tools&lt;br&gt;for 2026"
        /// reads "Best Tools for 2026", not "Best Toolsfor 2026"); empty for an implausibly long "heading".
        /// </summary>
        private static string HeadingText(IElement heading) => TitleChooser.Clean(SpacedText(heading, 500, false) ?? string.Empty);

        /// <summary>
        /// An element's text with spaces at line breaks and block children (and, when
        /// <paramref name="everyElement"/>, between any two elements: bylines glue "Jane Doe" to "Dec 18"
        /// across spans). Null when longer than <paramref name="max"/>.
        /// </summary>
        private static string? SpacedText(IElement root, int max, bool everyElement)
        {
            var sb = new System.Text.StringBuilder();
            var stack = new Stack<INode>();
            stack.Push(root);
            while (stack.Count > 0)
            {
                if (sb.Length > max) return null;
                INode node = stack.Pop();
                if (node is IText text) { sb.Append(text.Data); continue; }
                if (node is not IElement el) continue;
                string tag = el.LocalName;
                if (tag == "script" || tag == "style" || tag == "svg" || tag == "noscript") continue;
                bool block = tag == "br" || tag == "div" || tag == "p" || tag == "li" || tag == "dd" || tag == "dt" || (tag.Length == 2 && tag[0] == 'h' && char.IsDigit(tag[1]));
                // Bylines keep block boundaries as line breaks: "<p>Luke Kim</p><small>Dec 17</small>" is two lines.
                if (el != root && everyElement) sb.Append(block ? '\n' : ' ');
                else if (el != root && (block || (tag == "span" && el.ChildElementCount > 0))) sb.Append(' ');
                else if (tag == "br") sb.Append(' ');
                for (INode? child = el.LastChild; child != null; child = child.PreviousSibling) stack.Push(child);
            }
            return sb.Length > max ? null : sb.ToString();
        }

        private static IElement? FindMainHeading(List<ScannedElement> headings, int chosen, string? title, IReadOnlyList<string> siteNames)
        {
            // The headline as shown is an h1; a body h2 that repeats the meta title is not where the
            // byline and date line are, so an h1 outside teasers wins over a chosen h2.
            if (chosen >= 0 && chosen < headings.Count && headings[chosen].Element.LocalName == "h1") return headings[chosen].Element;
            foreach (ScannedElement h in headings)
            {
                // ...unless that h1 is the logo (the site's name, or a name-length text).
                if (chosen >= 0 && h.ExcludedBy is null && h.Element.LocalName == "h1" && !string.IsNullOrEmpty(h.Text)
                    && TitleChooser.WordCount(h.Text!) > 2 && !TitleChooser.IsSite(h.Text!, siteNames)) return h.Element;
            }
            if (chosen >= 0 && chosen < headings.Count) return headings[chosen].Element;
            string nt = TitleChooser.Normalize(title);
            if (nt.Length >= 10)
            {
                foreach (ScannedElement h in headings)
                {
                    string nh = TitleChooser.Normalize(h.Text);
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
        private static IElement? FindContainer(IElement? heading)
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
        /// Whether the element sits in a teaser, comment, aside or footer region. A region holding the main
        /// headline is the article itself (a "layout-with-sidebar" wrapper); an aside or footer inside the
        /// article holds the article's own date and byline (the article footer of many blog themes).
        /// </summary>
        private static bool IsExcluded(ScannedElement s, IElement? mainHeading, bool sidebarToo = false)
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
        private static IElement? ArticleOwner(IElement region)
        {
            for (IElement? e = region.ParentElement; e != null && e.LocalName != "body"; e = e.ParentElement)
            {
                if (e.LocalName == "article") return e;
            }
            return null;
        }

        /// <summary>Whether the element is excluded only because it sits in the article's own sidebar column.</summary>
        private static bool InArticleSidebar(ScannedElement s, IElement? mainHeading)
            => s.ExcludedBy != null && mainHeading != null && IsExcluded(s, mainHeading) && !IsExcluded(s, mainHeading, sidebarToo: true);

        /// <summary>
        /// Whether an excluded region is the article's own sidebar column: its class or id names a sidebar
        /// ("story-sidebar", "l-grid__sidebar"), it comes after the headline, and no teaser or navigation region
        /// holds it. Article templates put the authors, date and downloads there ("Author(s)" over a list of names).
        /// </summary>
        private static bool IsArticleSidebar(IElement region, IElement mainHeading)
        {
            string marks = (region.GetAttribute("class") ?? string.Empty) + " " + (region.Id ?? string.Empty);
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

        private static bool InsideExcludedRegion(IElement element)
        {
            for (IElement? e = element; e != null && e.LocalName != "body"; e = e.ParentElement)
            {
                if (MetaSources.ExcludedTags.Contains(e.LocalName)) return true;
                string? cls = e.GetAttribute("class");
                if (cls != null && cls.Length < 300 && MetaSources.ExcludedRegion.IsMatch(cls)) return true;
            }
            return false;
        }

        private static void ReadLanguage(ArticleMetadata meta, PageScan scan, JsonNode? article)
        {
            string? lang = NormalizeLanguage(scan.HtmlLang);
            if (lang is null) lang = NormalizeLanguage(scan.First(new[] { ("content-language", "meta"), ("language", "meta"), ("dc.language", "dublin-core") }, out _));
            if (lang is null) lang = NormalizeLanguage(scan.First(new[] { ("og:locale", "opengraph") }, out _));
            if (lang is null) lang = NormalizeLanguage(JsonLdGraph.GetString(article, "inLanguage"));
            meta.DeclaredLanguage = lang;
        }

        private static void ReadDescriptive(ArticleMetadata meta, PageScan scan, JsonLdGraph graph, JsonNode? article, Uri? baseUri)
        {
            string? description = scan.First(MetaSources.DescriptionKeys, out string dSource);
            if (description is null && (description = JsonLdGraph.GetString(article, "description")) != null) dSource = "json-ld";
            if (description != null) { meta.Description = TitleChooser.Clean(description); meta.SetSource("Description", dSource); }

            string? image = scan.First(MetaSources.ImageKeys, out string iSource);
            if (image is null && article != null && (image = JsonLdGraph.GetUrl(article["image"]) ?? JsonLdGraph.GetUrl(article["thumbnailUrl"])) != null) iSource = "json-ld";
            if (image is null && (image = scan.ImageSrcHref) != null) iSource = "meta";
            if (image != null)
            {
                Uri? abs = UrlResolver.Resolve(baseUri, image);
                if (abs != null) { meta.Image = abs.ToString(); meta.SetSource("Image", iSource); }
            }

            string? section = scan.First(MetaSources.SectionKeys, out string sSource);
            if (section is null && (section = JsonLdGraph.GetString(article, "articleSection")) != null) sSource = "json-ld";
            if (section != null) { meta.Section = TitleChooser.Clean(section); meta.SetSource("Section", sSource); }

            // Tags: article:tag repeats one per tag; keywords metas and JSON-LD hold comma lists or arrays.
            string tagSource = string.Empty;
            foreach (string t in scan.All("article:tag")) { AddTags(meta.Tags, t, false); tagSource = "opengraph"; }
            if (meta.Tags.Count == 0 && article?["keywords"] is JsonNode kw)
            {
                foreach (JsonNode k in kw.AsSequence()) if (k.Kind == JsonKind.String) AddTags(meta.Tags, k.Text!, true);
                tagSource = "json-ld";
            }
            if (meta.Tags.Count == 0)
            {
                string? keywords = scan.First(MetaSources.TagKeys, out string kSource);
                if (keywords != null) { AddTags(meta.Tags, keywords, true); tagSource = kSource; }
            }
            if (meta.Tags.Count > 0) meta.SetSource("Tags", tagSource);

            // schema.org isAccessibleForFree on the article (or the page), as JSON-LD or a microdata meta.
            string? free = JsonLdGraph.GetString(article, "isAccessibleForFree") ?? JsonLdGraph.GetString(graph.Page, "isAccessibleForFree");
            string freeSource = "json-ld";
            if (free is null) { free = scan.First(new[] { ("isaccessibleforfree", "microdata") }, out _); freeSource = "microdata"; }
            if (free != null)
            {
                string f = free.Trim().ToLowerInvariant();
                if (f == "true" || f == "yes" || f == "1") meta.IsAccessibleForFree = true;
                else if (f == "false" || f == "no" || f == "0") meta.IsAccessibleForFree = false;
                if (meta.IsAccessibleForFree.HasValue) meta.SetSource("IsAccessibleForFree", freeSource);
            }
        }

        private static void AddTags(List<string> tags, string value, bool split)
        {
            foreach (string raw in split ? value.Split(',', ';', '|') : new[] { value })
            {
                string t = TitleChooser.Clean(raw);
                if (t.Length == 0 || t.Length > 80 || tags.Count >= 50) continue;
                bool seen = false;
                foreach (string e in tags) if (string.Equals(e, t, StringComparison.OrdinalIgnoreCase)) { seen = true; break; }
                if (!seen) tags.Add(t);
            }
        }

        private static void ReadAuthors(ArticleMetadata meta, PageScan scan, JsonLdGraph graph, JsonNode? article, List<string> siteNames, List<string> hostNames,
            IElement? mainHeading, int headingOrder, IElement? container, Lazy<HeaderWindow> window)
        {
            // Declared fields first (JSON-LD, microdata, metas). When what they declare is no person's name
            // (a CMS user name "jdoe", an organisation, a single word) and the page shows a byline with a
            // person's name, the byline is the author: the declared value is the account that posted the story.
            string? declaredSource = ReadDeclaredAuthors(meta.Authors, scan, graph, article, siteNames, hostNames, mainHeading);
            if (declaredSource != null && !AllWeak(meta.Authors))
            {
                meta.SetSource("Authors", declaredSource);
                return;
            }
            var shown = new List<string>();
            string? shownSource = ReadVisibleAuthors(shown, scan, siteNames, hostNames, mainHeading, headingOrder, container, window, false);
            // Nothing outside page regions: the article's own sidebar column, read the same way.
            if (shownSource is null && mainHeading != null) shownSource = ReadVisibleAuthors(shown, scan, siteNames, hostNames, mainHeading, headingOrder, container, window, true);
            if (shownSource != null && (declaredSource is null || !AllWeak(shown)))
            {
                meta.Authors.Clear();
                meta.Authors.AddRange(shown);
                meta.SetSource("Authors", shownSource);
                return;
            }
            if (declaredSource != null) { meta.SetSource("Authors", declaredSource); return; }
            if (ReadSiteOwner(meta.Authors, scan, siteNames, hostNames)) meta.SetSource("Authors", "site-owner");
        }

        /// <summary>
        /// 7. A personal site's owner, when nothing else names an author. Pattern caught: blogs named after their
        /// author ("Post | Jane Doe", og:site_name "Jane Doe", the feed "Jane Doe » Feed", "© 2025 Jane Doe" in the
        /// footer) that print no byline because every post is the owner's. The site's name must read as a person's
        /// (two capitalised words, or three with a middle initial, no organisation word) and open with a common
        /// given name (so "Bread Dad", "Spectre Collie" or "Jane Doe Interiors" stay brands), and be confirmed
        /// twice: by two of those sources, or by the host ("janedoe.com", "jane.example.dev"). Measured on
        /// wcxb-dev: 5 more authors found, no page without an author given one.
        /// </summary>
        private static bool ReadSiteOwner(List<string> into, PageScan scan, List<string> siteNames, List<string> hostNames)
        {
            var found = new List<(string Name, string Source)>();
            foreach (string s in siteNames) found.Add((TitleChooser.Clean(s), "site"));
            string? lastSegment = LastTitleSegment(scan.TitleElement);
            if (lastSegment != null) found.Add((lastSegment, "title"));
            foreach (string f in scan.FeedTitles)
            {
                string t = MetaAuthorWords.FeedTitleTail.Replace(TitleChooser.Clean(f), string.Empty);
                found.Add((t.Trim(), "feed"));
            }
            foreach (IElement footer in scan.Footers)
            {
                foreach (Match m in MetaAuthorWords.CopyrightHolder.Matches(TextUtil.VisibleText(footer, null, false, 4000)))
                {
                    found.Add((m.Groups[1].Value, "copyright"));
                }
            }

            foreach (var (name, _) in found)
            {
                if (!IsOwnerName(name)) continue;
                var sources = new HashSet<string>(StringComparer.Ordinal);
                foreach (var (other, source) in found)
                {
                    if (string.Equals(other, name, StringComparison.OrdinalIgnoreCase)) sources.Add(source);
                }
                if (sources.Count < 2 && !HostBearsName(name, hostNames)) continue;
                into.Add(name);
                return true;
            }
            return false;
        }

        /// <summary>Whether a site's name reads as a person's: person-shaped, no publication word, a common given name first.</summary>
        private static bool IsOwnerName(string name)
        {
            if (!AuthorCleaner.IsPersonShaped(name)) return false;
            string[] words = name.Split(' ');
            foreach (string w in words) if (MetaAuthorWords.PublicationWords.Contains(w)) return false;
            // Three words only with a middle initial or a second given name ("Jane Q. Doe", "Mary Ann Doe"):
            // "Jane Doe Interiors" is the business named after her.
            if (words.Length == 3 && !words[1].EndsWith(".", StringComparison.Ordinal) && !GivenNames.Common.Contains(words[1])) return false;
            return GivenNames.Common.Contains(words[0]);
        }

        /// <summary>Whether the host holds one of the name's words ("janedoe.com", "jane.example.dev" for "Jane Doe").</summary>
        private static bool HostBearsName(string name, List<string> hostNames)
        {
            if (hostNames.Count == 0) return false;
            string host = hostNames[0];
            foreach (string w in name.Split(' '))
            {
                string word = w.Trim('.');
                if (word.Length >= 3 && host.IndexOf(word, StringComparison.OrdinalIgnoreCase) >= 0) return true;
            }
            return false;
        }

        /// <summary>The &lt;title&gt;'s last segment after its last separator ("Post | Jane Doe" gives "Jane Doe"), or null.</summary>
        private static string? LastTitleSegment(string? title)
        {
            if (title is null || title.Length >= 300) return null;
            string t = TitleChooser.Clean(title);
            int best = -1, bestLength = 0;
            foreach (string sep in MetaTitleSeparators.Separators)
            {
                if (sep == ": ") continue; // headlines use the colon themselves
                int at = t.LastIndexOf(sep, StringComparison.Ordinal);
                if (at > best) { best = at; bestLength = sep.Length; }
            }
            return best > 0 ? t.Substring(best + bestLength).Trim() : null;
        }

        /// <summary>Authors from declared fields: JSON-LD, microdata, metas and label/data metas. Returns the source, or null.</summary>
        private static string? ReadDeclaredAuthors(List<string> into, PageScan scan, JsonLdGraph graph, JsonNode? article, List<string> siteNames, List<string> hostNames, IElement? mainHeading)
        {
            // Names that are the brand when an author field holds a name that is not a person's ("Acme" declared
            // as a Person on acme.com, "Acme" as the meta author of "Headline | Acme"): the site names, the host
            // and the end segments of the <title>. A person-shaped name is kept even when the site bears it:
            // personal sites are named after their authors.
            var brandNames = new List<string>(siteNames);
            brandNames.AddRange(hostNames);
            AddTitleEdgeSegments(scan.TitleElement, brandNames);

            // 1. JSON-LD: the main article's author (else creator), else the WebPage's.
            foreach (JsonNode? owner in new[] { article, article is null ? graph.Page : null })
            {
                if (owner is null) continue;
                var people = graph.GetPeople(owner["author"]);
                if (people.Count == 0) people = graph.GetPeople(owner["creator"]);
                // A Person (or a plain string) is taken as declared, even when it is also the publisher (personal
                // sites are named after their authors); an Organization only when it is not the site itself.
                // Beside people, an organisation in the list is the publisher or syndicator ("Jane Doe, John Roe,
                // The Example Appeal"), not a co-author.
                bool anyPerson = false;
                foreach (var (_, isOrganization) in people) anyPerson |= !isOrganization;
                foreach (var (name, isOrganization) in people)
                {
                    if (isOrganization && anyPerson) continue;
                    AuthorCleaner.AddNames(name, into, isOrganization ? siteNames : NoNames, declared: true, hostNames: hostNames);
                }
                if (into.Count > 0) return "json-ld";
            }

            // 2. Microdata: itemprop=author (its itemprop=name, else its text).
            foreach (var (prop, item) in scan.Microdata)
            {
                if ((prop != "author" && prop != "creator") || IsExcluded(item, mainHeading)) continue;
                IElement el = item.Element;
                string? raw = el.GetAttribute("content");
                if (raw is null)
                {
                    IElement? name = el.HasAttribute("itemscope") ? el.QuerySelector("[itemprop~=name]") : null;
                    raw = name != null ? (name.GetAttribute("content") ?? SpacedText(name, 300, true)) : SpacedText(el, 300, true);
                }
                AuthorCleaner.AddNames(raw, into, NoNames, declared: true, hostNames: hostNames);
            }
            if (into.Count > 0) return "microdata";

            // 3. Metas (author, article:author, parsely-author, dc.creator...); profile URLs are skipped.
            foreach (var (key, source) in MetaSources.AuthorKeys)
            {
                foreach (string v in scan.All(key))
                {
                    if (v.IndexOf("://", StringComparison.Ordinal) >= 0 || v.StartsWith("/", StringComparison.Ordinal)) continue;
                    // A person-shaped name is kept even when the site bears it: personal sites are named after their authors.
                    AuthorCleaner.AddNames(v, into, AuthorCleaner.IsPersonShapedAnyCase(v) ? NoNames : brandNames, declared: true, hostNames: hostNames);
                }
                if (into.Count > 0) return source;
            }

            // 3b. Label/data meta pairs (twitter:label1 "Written by", twitter:data1 "Jane Doe"): SEO plugins
            //     print the post's author this way for link previews, even when the page shows no byline.
            for (int i = 1; i <= 4; i++)
            {
                IReadOnlyList<string> label = scan.All(LabelKeys[i - 1]);
                if (label.Count == 0 || !MetaAuthorWords.LeadInOnly.IsMatch(label[0])) continue;
                foreach (string v in scan.All(DataKeys[i - 1]))
                {
                    // A personal site is named after its author ("Written by: Jane Doe" on the site "Jane Doe"):
                    // under this label a person-shaped name is the author even when it is also the site name.
                    AuthorCleaner.AddNames(v, into, AuthorCleaner.IsPersonShapedAnyCase(v) ? NoNames : brandNames, declared: true, hostNames: hostNames);
                }
                if (into.Count > 0) return "twitter";
            }

            return null;
        }

        /// <summary>
        /// Authors shown on the page: byline elements, a "By" line after the headline, "Written by" lines. Returns the
        /// source, or null. With sidebarOnly, a second pass reads only what sits in the article's own sidebar column
        /// (<see cref="IsArticleSidebar"/>).
        /// </summary>
        private static string? ReadVisibleAuthors(List<string> into, PageScan scan, List<string> siteNames, List<string> hostNames, IElement? mainHeading, int headingOrder, IElement? container, Lazy<HeaderWindow> window, bool sidebarOnly)
        {
            // 4. Byline elements (class/id/rel author, byline...), nearest the headline; close neighbours merged.
            ScannedElement? first = null;
            foreach (ScannedElement b in OrderByCloseness(scan.Bylines, headingOrder, container))
            {
                if (sidebarOnly ? !InArticleSidebar(b, mainHeading) : IsExcluded(b, mainHeading)) continue;
                if (first != null && Math.Abs(b.Order - first.Order) > 25) break;
                if (CreditedAsOther(b.Element)) continue;
                string? text = SpacedText(b.Element, 300, true);
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
                    text = SpacedText(nameLine, 60, true)?.Trim();
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
            foreach (ScannedElement line in OrderByCloseness(scan.LeadLines, headingOrder, container))
            {
                IElement el = line.Element;
                string? text = SpacedText(el, 200, true);
                if (text is null) continue;
                // A button labelled "All articles by Jane Doe" is an author box's control, not page chrome.
                bool archiveButton = !sidebarOnly && line.ExcludedBy?.LocalName == "button" && MetaAuthorWords.ArchiveLeadIn.IsMatch(text)
                    && line.ExcludedBy.ParentElement != null && !InsideExcludedRegion(line.ExcludedBy.ParentElement);
                if (!archiveButton && (sidebarOnly ? !InArticleSidebar(line, mainHeading) : IsExcluded(line, mainHeading))) continue;
                Match lastUpdated = MetaAuthorWords.LastUpdatedBy.Match(text);
                if (lastUpdated.Success) text = text.Substring(lastUpdated.Length);
                if (MetaAuthorWords.LeadInOnly.IsMatch(text))
                {
                    // The label alone: the name is in the next element.
                    text = el.NextElementSibling is IElement next ? SpacedText(next, 200, true) : null;
                    if (text is null) continue;
                }
                AuthorCleaner.AddNames(text, into, siteNames);
                if (into.Count > 0) return "text";
            }

            // 6b. An author box's bio ("Jane Doe is a freelance travel writer..." under the name or "About the author").
            foreach (ScannedElement bio in OrderByCloseness(scan.BioLines, headingOrder, container))
            {
                if (sidebarOnly ? !InArticleSidebar(bio, mainHeading) : IsExcluded(bio, mainHeading)) continue;
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
        private static bool CreditedAsOther(IElement element)
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

        /// <summary>Whether no name in the list is a person's full name (user names, single words, organisations).</summary>
        private static bool AllWeak(List<string> names)
        {
            foreach (string n in names) if (AuthorCleaner.IsPersonShaped(n)) return false;
            return true;
        }

        /// <summary>The first and last segments of a &lt;title&gt; split at its separators, and a closing bracket ("Post (Jane Doe)").</summary>
        private static void AddTitleEdgeSegments(string? title, List<string> into)
        {
            if (title is null || title.Length >= 300) return;
            string t = TitleChooser.Clean(title);
            foreach (string sep in MetaTitleSeparators.Separators)
            {
                int first = t.IndexOf(sep, StringComparison.Ordinal), last = t.LastIndexOf(sep, StringComparison.Ordinal);
                if (first > 0) into.Add(t.Substring(0, first).Trim());
                if (last > 0) into.Add(t.Substring(last + sep.Length).Trim());
            }
            int open = t.LastIndexOf('(');
            if (open > 0 && t.EndsWith(")", StringComparison.Ordinal)) into.Add(t.Substring(open + 1, t.Length - open - 2));
        }

        /// <summary>
        /// The body's visible text (<see cref="TextUtil.VisibleText"/>, at most 1,000,000 characters), normalised
        /// like titles are compared (<see cref="TitleChooser.Normalize"/>).
        /// </summary>
        private static string ShownText(IHtmlDocument document)
            => document.Body is IElement body ? TitleChooser.Normalize(TextUtil.VisibleText(body, null, false, 1000000)) : string.Empty;

        /// <summary>
        /// Whether a &lt;time&gt; dates an update: its class, itemprop or its parent's class marks a modification (and
        /// not also the publication), or "Updated" stands before it or in it.
        /// </summary>
        private static bool IsUpdateTime(IElement el)
        {
            string marks = (el.GetAttribute("class") ?? string.Empty) + " " + (el.GetAttribute("itemprop") ?? string.Empty) + " " + (el.ParentElement?.GetAttribute("class") ?? string.Empty);
            if (MetaSources.ModifiedMarker.IsMatch(marks) && !MetaSources.PublishedMarker.IsMatch(marks)) return true;
            string? before = el.PreviousSibling?.TextContent;
            if (before != null && before.Length < 60 && MetaSources.UpdatedWord.IsMatch(before)) return true;
            string own = el.TextContent;
            return own.Length < 80 && MetaSources.UpdatedWord.IsMatch(own);
        }

        /// <summary>Whether the element, or its parent or grandparent, comes right after the block that holds the headline.</summary>
        private static bool FollowsHeadline(IElement element, IElement mainHeading)
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

        private static List<ScannedElement> Concat(List<ScannedElement> a, List<ScannedElement> b)
        {
            var list = new List<ScannedElement>(a.Count + b.Count);
            list.AddRange(a);
            list.AddRange(b);
            return list;
        }

        /// <summary>
        /// Whether a byline-marked element is a part of the byline block that is not the name: its date,
        /// avatar, bio or category ("author-date", "byline__category", "author-avatar"). The part word must
        /// come after the author word in the class: "publish-date-author" or "dateAndAuthorContainer" is
        /// the author element of a date line, and holds the name.
        /// </summary>
        private static bool IsNonNamePart(string? classes)
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

        private static bool IsAuthorLink(string? href) => href != null && href.Length < 300 && MetaAuthorWords.AuthorLink.IsMatch(href);

        /// <summary>The text of the first leaf element (at most 60 characters, not a lead-in label) among the first 40 under the element.</summary>
        private static string? FirstShortLeaf(IElement root)
        {
            int seen = 0;
            IElement? el = root.FirstElementChild;
            var stack = new Stack<IElement>();
            if (el != null) stack.Push(el);
            while (stack.Count > 0 && seen++ < 40)
            {
                IElement e = stack.Pop();
                if (e.NextElementSibling != null) stack.Push(e.NextElementSibling);
                if (e.ChildElementCount > 0) { stack.Push(e.FirstElementChild!); continue; }
                string t = e.TextContent.Trim();
                if (t.Length == 0 || t.Length > 60 || MetaAuthorWords.LeadInOnly.IsMatch(t)) continue;
                return t;
            }
            return null;
        }

        /// <summary>The text of the first leaf (at most 150 characters) holding a date among the first 40 elements under the element.</summary>
        private static string? FirstDatedLeaf(IElement root)
        {
            int seen = 0;
            var stack = new Stack<IElement>();
            if (root.FirstElementChild != null) stack.Push(root.FirstElementChild);
            while (stack.Count > 0 && seen++ < 40)
            {
                IElement e = stack.Pop();
                if (e.NextElementSibling != null) stack.Push(e.NextElementSibling);
                if (e.ChildElementCount > 0) { stack.Push(e.FirstElementChild!); continue; }
                string t = e.TextContent;
                if (t.Length <= 150 && DateTextParser.FindDate(t, out _).HasValue) return t;
            }
            return null;
        }

        /// <summary>Byline candidates inside the article container first, then by distance from the headline.</summary>
        private static List<ScannedElement> OrderByCloseness(List<ScannedElement> items, int headingOrder, IElement? container)
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

        private static void ReadDates(ArticleMetadata meta, PageScan scan, JsonLdGraph graph, JsonNode? article, IElement? mainHeading,
            int headingOrder, IElement? container, Uri? canonical, Uri? baseUri, Lazy<HeaderWindow> window)
        {
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
                if (IsExcluded(item, mainHeading)) continue;
                DatePick? target = prop == "datePublished" || prop == "dateCreated" ? pub : prop == "dateModified" ? mod : null;
                if (target is null || target.Value.HasValue) continue;
                IElement el = item.Element;
                string? raw = el.GetAttribute("datetime") ?? el.GetAttribute("content") ?? (el.LocalName == "abbr" ? el.GetAttribute("title") : null);
                if (raw is null) { string t = el.TextContent; raw = t.Length < 200 ? t : null; }
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
                foreach (ScannedElement t in OrderByCloseness(scan.Times, headingOrder, container))
                {
                    if (IsExcluded(t, mainHeading)) continue;
                    IElement el = t.Element;
                    string? raw = el.GetAttribute("datetime");
                    if (string.IsNullOrWhiteSpace(raw)) { string text = el.TextContent; raw = text.Length < 200 ? text : null; }
                    (IsUpdateTime(el) ? mod : pub).Offer(raw, "time");
                    if (pub.Value.HasValue && mod.Value.HasValue) break;
                }
            }

            // 5b. Date lines marked by class ("post-date", "published", "entry-meta"), nearest the headline.
            if (!pub.Value.HasValue)
            {
                foreach (ScannedElement d in OrderByCloseness(scan.DateLines, headingOrder, container))
                {
                    if (IsExcluded(d, mainHeading)) continue;
                    string? text = SpacedText(d.Element, 150, true) ?? FirstDatedLeaf(d.Element);
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
                foreach (ScannedElement b in OrderByCloseness(scan.LeadLines.Count == 0 ? scan.Bylines : Concat(scan.Bylines, scan.LeadLines), headingOrder, container))
                {
                    if (pub.Value.HasValue || tried++ >= 6) break;
                    if (IsExcluded(b, mainHeading)) continue;
                    IElement? el = b.Element;
                    for (int up = 0; up < 3 && el != null && !pub.Value.HasValue; up++, el = el.ParentElement)
                    {
                        string? line = SpacedText(el, 200, true);
                        if (line is null) break;
                        OfferDateLine(line, pub, mod);
                    }
                }
            }

            // 9. A "Posted on ..." / "Published: ..." line anywhere outside teasers, comments and footers,
            //    nearest the headline (blog templates print it under the article).
            if (!pub.Value.HasValue)
            {
                foreach (ScannedElement p in OrderByCloseness(scan.PublishedLines, headingOrder, container))
                {
                    if (IsExcluded(p, mainHeading)) continue;
                    string? line = SpacedText(p.Element, 200, false);
                    if (line != null) OfferDateLine(line, pub, mod);
                    if (pub.Value.HasValue) break;
                }
            }

            // 9b. Nothing outside page regions: the article's own sidebar column ("Published" over the date in a
            //     "single-post-sidebar" beside the story), read the same way as the article's date lines.
            if (!pub.Value.HasValue && mainHeading != null)
            {
                foreach (ScannedElement d in OrderByCloseness(Concat(scan.Times, scan.DateLines), headingOrder, container))
                {
                    if (!InArticleSidebar(d, mainHeading)) continue;
                    IElement el = d.Element;
                    string? raw = el.LocalName == "time" ? el.GetAttribute("datetime") : null;
                    if (!string.IsNullOrWhiteSpace(raw)) pub.Offer(raw, "time");
                    else
                    {
                        string? text = SpacedText(el, 150, true) ?? FirstDatedLeaf(el);
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
                foreach (ScannedElement t in OrderByCloseness(scan.Times, headingOrder, container))
                {
                    if (tried++ >= 5) break;
                    if (IsExcluded(t, mainHeading)) continue;
                    IElement el = t.Element;
                    if (IsUpdateTime(el)) continue;
                    DateTimeOffset? shown = DateTextParser.ParseMachineDate(el.GetAttribute("datetime") ?? string.Empty, out bool shownHasTime);
                    if (shown.HasValue && shown.Value.Date < pub.Value.Value.Date && shown.Value >= Earliest)
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
        private static void OfferDateLine(string text, DatePick pub, DatePick mod)
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

        /// <summary>Keeps the first acceptable date offered for one field.</summary>
        private sealed class DatePick
        {
            private readonly string _field;
            private readonly DateTimeOffset _latest;

            public DatePick(string field, DateTimeOffset now)
            {
                _field = field;
                _latest = now.AddDays(2);
            }

            public DateTimeOffset? Value { get; private set; }

            public bool HasTime { get; private set; }

            public string Source { get; private set; } = string.Empty;

            public void Offer(string? raw, string source)
            {
                if (Value.HasValue || string.IsNullOrWhiteSpace(raw)) return;
                Accept(DateTextParser.ParseMachineDate(raw, out bool hasTime), hasTime, source);
            }

            public void OfferText(string text, string source)
            {
                if (Value.HasValue) return;
                Accept(DateTextParser.FindDate(text, out bool hasTime), hasTime, source);
            }

            private void Accept(DateTimeOffset? value, bool hasTime, string source)
            {
                // Before 1990 or beyond two days ahead: a placeholder, a birth date or a wrong field.
                if (!value.HasValue || value.Value < Earliest || value.Value > _latest) return;
                Value = value;
                HasTime = hasTime;
                Source = source;
            }

            /// <summary>
            /// A time given in UTC (offset zero) that falls on the day after or before the permalink's date:
            /// the page was published in a zone behind or ahead of UTC, and the day as written on the page is
            /// the permalink's. The day is kept as written; the time, no longer meaningful, is dropped.
            /// </summary>
            public void PreferLocalDay(string isoDay)
            {
                if (!Value.HasValue || !HasTime || Value.Value.Offset != TimeSpan.Zero) return;
                DateTimeOffset? day = DateTextParser.ParseMachineDate(isoDay, out _);
                if (!day.HasValue) return;
                double gap = Math.Abs((Value.Value.UtcDateTime.Date - day.Value.UtcDateTime.Date).TotalDays);
                if (gap != 1) return;
                Value = day;
                HasTime = false;
                Source = "url";
            }

            public void Replace(DateTimeOffset value, bool hasTime, string source)
            {
                Value = value;
                HasTime = hasTime;
                Source = source;
            }

            public void CopyFrom(DatePick other)
            {
                Value = other.Value;
                HasTime = other.HasTime;
                Source = other.Source;
            }

            public void ApplyPublished(ArticleMetadata meta)
            {
                if (!Value.HasValue) return;
                meta.Published = Value;
                meta.PublishedHasTime = HasTime;
                meta.SetSource(_field, Source);
            }

            public void ApplyModified(ArticleMetadata meta)
            {
                if (!Value.HasValue) return;
                meta.Modified = Value;
                meta.ModifiedHasTime = HasTime;
                meta.SetSource(_field, Source);
            }
        }

        /// <summary>
        /// Byline and date lines in the header block that follows the headline (the headline's parent when
        /// it is a small header, then onwards in document order), up to the first body paragraphs.
        /// </summary>
        private sealed class HeaderWindow
        {
            public List<string> Bylines { get; } = new List<string>();

            public List<(string Text, bool IsUpdate)> DateLines { get; } = new List<(string, bool)>();

            public static HeaderWindow Read(IElement? start)
            {
                var w = new HeaderWindow();
                if (start is null) return w;
                // "<h1>Headline</h1><p>Jane Doe</p>": a bare name set right after the headline, as hero banners do.
                // Only the very next element, a leaf, and only a person-shaped name (no brand or tagline words);
                // or the standfirst there ending "..., says JANE DOE." (MetaAuthorWords.StandfirstCredit).
                if (start.NextElementSibling is IElement afterHeading && afterHeading.ChildElementCount == 0)
                {
                    string n = Spaces.Replace(afterHeading.TextContent, " ").Trim();
                    if (n.Length > 0 && n.Length <= 40 && AuthorCleaner.IsPersonShaped(n)) w.Bylines.Add(n);
                    else if (n.Length <= 600 && MetaAuthorWords.StandfirstCredit.Match(n) is { Success: true } credit) w.Bylines.Add(credit.Groups[1].Value);
                }
                IElement? parent = start.ParentElement;
                if (start.LocalName.Length == 2 && start.LocalName[0] == 'h' && parent != null && parent.LocalName != "body" && parent.ChildElementCount <= 8)
                {
                    start = parent;
                }
                int seen = 0, longParagraphs = 0;
                // A short look back: kickers and date lines set above the headline ("Published" / "May 17, 2024").
                // They come after the lines below the headline, which are the usual place.
                var above = new List<(string, bool)>();
                IElement? back = Previous(start);
                for (int i = 0; back != null && i < WindowBackElements; i++, back = Previous(back))
                {
                    string backTag = back.LocalName;
                    if (backTag == "script" || backTag == "style" || backTag == "svg" || IsTeaserOrAside(back, backTag)) continue;
                    if (back.ChildElementCount == 0 && above.Count < 3)
                    {
                        string t = back.TextContent;
                        if (t.Length <= 100 && DateTextParser.FindDate(t, out _).HasValue) above.Add((Spaces.Replace(t, " ").Trim(), false));
                    }
                }

                IElement? el = start;
                while (el != null && seen < WindowElements && longParagraphs < WindowLongParagraphs)
                {
                    seen++;
                    string tag = el.LocalName;
                    bool skipChildren = tag == "script" || tag == "style" || tag == "svg" || tag == "noscript" || tag == "figure" || tag == "iframe";
                    if (!skipChildren && el != start && IsTeaserOrAside(el, tag)) skipChildren = true;
                    if (!skipChildren) w.Look(el, tag, ref longParagraphs);
                    el = Next(el, skipChildren);
                }
                w.DateLines.AddRange(above);
                return w;
            }

            private void Look(IElement el, string tag, ref int longParagraphs)
            {
                int children = el.ChildElementCount;
                if (children > 6)
                {
                    // A big block can still carry the date as its own text ("<fieldset><legend>Title</legend>
                    // 20 December 2025 <div>...</div>").
                    string own = DateLines.Count < 10 ? OwnText(el) : string.Empty;
                    if (own.Length >= 6 && own.Length <= 120 && DateTextParser.FindDate(own, out _).HasValue) DateLines.Add((own, false));
                    return;
                }
                string text = el.TextContent;
                if (text.Length > 250)
                {
                    if ((tag == "p" || children == 0) && text.Length >= 150) longParagraphs++;
                    // A post block that carries its date as a bare text line between its children
                    // ("<fieldset><legend>Title</legend> 20 December 2025 <div class=body>...</div>"):
                    // the date is no element of its own, so only the block's own text shows it.
                    else if (children > 0 && DateLines.Count < 10)
                    {
                        string own = OwnText(el);
                        if (own.Length >= 6 && own.Length <= 120 && DateTextParser.FindDate(own, out _).HasValue) DateLines.Add((own, false));
                    }
                    return;
                }
                if (tag == "p" && text.Length >= 150) longParagraphs++;
                string t = Spaces.Replace(text, " ").Trim();
                if (t.Length == 0) return;

                if (Bylines.Count < 5)
                {
                    if (children <= 3 && t.Length <= 100 && NameRoleDateLine(t) is string named) Bylines.Add(named);
                    else if (children <= 3 && t.Length <= 160 && NamesWithCredentials(t)) Bylines.Add(t);
                    // "Dec. 19, 2025 · Jane Doe" under a headline: a date-first line naming the author after a separator.
                    else if (children <= 4 && t.Length <= 120 && MetaAuthorWords.LeadingDate.IsMatch(t)) Bylines.Add(t);
                    else if (MetaAuthorWords.BylineStart.IsMatch(t) || MetaAuthorWords.ByUserName.IsMatch(t)) Bylines.Add(children == 0 ? text : SpacedText(el, 300, true) ?? text);
                    else if (children == 0 && MetaAuthorWords.LeadInOnly.IsMatch(t))
                    {
                        // "Written by" as a label, the name in the next element ("<p>Written by</p><p>Jane Doe</p>"),
                        // else in the rest of the parent ("<span>By</span> <a>Jane Doe</a>").
                        string? next = el.NextElementSibling is IElement sibling ? SpacedText(sibling, 200, true) : null;
                        string? whole = el.ParentElement is IElement parent ? SpacedText(parent, 200, true) : null;
                        if (next != null && next.Trim().Length > 0) Bylines.Add(next);
                        else if (whole != null) Bylines.Add(whole);
                    }
                }
                // Dates from the smallest elements (or an element's own text, "<div><strong>By Jane</strong> -
                // Mar 27, 2024</div>"), so one date line is not read again at every level.
                if (DateLines.Count < 10)
                {
                    string own = children == 0 || tag == "time" ? t : OwnText(el);
                    if (own.Length > 0 && DateTextParser.FindDate(own, out _).HasValue)
                    {
                        DateLines.Add((own, MetaSources.UpdatedWord.IsMatch(t)));
                    }
                }
            }

            /// <summary>
            /// "Jane Doe | Senior Writer | July 2, 2025" or "Jane Doe · May 3, 2024" right under a headline: a
            /// name line without "By", recognised by the role or date that follows the name. Returns the name part.
            /// </summary>
            private static string? NameRoleDateLine(string t)
            {
                Match sep = NameLineSeparator.Match(t);
                if (!sep.Success || sep.Index < 3) return null;
                string first = t.Substring(0, sep.Index).Trim();
                string rest = t.Substring(sep.Index + sep.Length);
                if (TitleChooser.WordCount(first) < 2 || TitleChooser.WordCount(first) > 4) return null;
                bool roleOrDate = DateTextParser.FindDate(rest, out _).HasValue;
                if (!roleOrDate)
                {
                    foreach (string w in rest.Split(' ', '|', '·', ','))
                    {
                        if (MetaAuthorWords.RoleWords.Contains(w.Trim())) { roleOrDate = true; break; }
                    }
                }
                return roleOrDate ? first : null;
            }

            /// <summary>
            /// "Ellen Lindell, VMD, DACVB; Monique Feyrecilde, BA" under a headline: names followed by
            /// credentials (health, veterinary and academic sites), recognised by the credential after the first comma.
            /// </summary>
            private static bool NamesWithCredentials(string t)
            {
                int comma = t.IndexOf(',');
                if (comma < 5) return false;
                if (TitleChooser.WordCount(t.Substring(0, comma)) < 2 || TitleChooser.WordCount(t.Substring(0, comma)) > 4) return false;
                int end = t.IndexOfAny(new[] { ',', ';' }, comma + 1);
                string next = (end < 0 ? t.Substring(comma + 1) : t.Substring(comma + 1, end - comma - 1)).Trim();
                return next.Length > 0 && MetaAuthorWords.Credential.IsMatch(next);
            }

            private static string OwnText(IElement el)
            {
                var sb = new System.Text.StringBuilder();
                for (INode? n = el.FirstChild; n != null; n = n.NextSibling)
                {
                    if (n is IText text) sb.Append(text.Data).Append(' ');
                }
                return sb.ToString().Trim();
            }

            private static bool IsTeaserOrAside(IElement el, string tag)
            {
                if (MetaSources.ExcludedTags.Contains(tag)) return true;
                string? cls = el.GetAttribute("class");
                return cls != null && cls.Length < 300 && MetaSources.ExcludedRegion.IsMatch(cls);
            }

            /// <summary>The previous element in document order (the deepest last descendant of the previous sibling, else the parent).</summary>
            private static IElement? Previous(IElement el)
            {
                IElement? p = el.PreviousElementSibling;
                if (p is null) return el.ParentElement is IElement parent && parent.LocalName != "body" ? parent : null;
                while (p.LastElementChild != null) p = p.LastElementChild;
                return p;
            }

            /// <summary>The next element in document order (pre-order), optionally skipping the element's subtree.</summary>
            private static IElement? Next(IElement el, bool skipChildren)
            {
                if (!skipChildren && el.FirstElementChild != null) return el.FirstElementChild;
                for (IElement? e = el; e != null; e = e.ParentElement)
                {
                    if (e.NextElementSibling != null) return e.NextElementSibling;
                }
                return null;
            }
        }
    }
}
