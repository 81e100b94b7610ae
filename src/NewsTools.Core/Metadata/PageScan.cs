using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using NewsTools.Heuristics;
using NewsTools.Html;
using NewsTools.Pipeline;
using NewsTools.Walls;

namespace NewsTools.Metadata
{
    /// <summary>An element the scan noted, with its document-order position and the region that may exclude it.</summary>
    internal sealed class ScannedElement
    {
        public ScannedElement(IElement element, int order, IElement? excludedBy)
        {
            Element = element;
            Order = order;
            ExcludedBy = excludedBy;
        }

        public IElement Element { get; }

        /// <summary>Position in document (pre-)order.</summary>
        public int Order { get; }

        /// <summary>
        /// The innermost related/comments/aside/footer region around the element, or null. Whether it
        /// really excludes the element is decided later: a region that holds the main headline is the
        /// article itself (a layout "with-sidebar" wrapper), not a teaser.
        /// </summary>
        public IElement? ExcludedBy { get; }

        /// <summary>Cached text (set by whoever reads it first).</summary>
        public string? Text { get; set; }
    }

    /// <summary>
    /// One iterative walk over the document that collects everything metadata is read from: metas, links,
    /// JSON-LD blocks, the &lt;title&gt;, headings, &lt;time&gt; elements, microdata properties and byline
    /// elements. No recursion: pages can be arbitrarily deep.
    /// </summary>
    internal sealed class PageScan
    {
        /// <summary>Most values kept per meta key (article:tag repeats; nothing else needs more).</summary>
        private const int MaxValuesPerKey = 30;

        /// <summary>The class and id flags, looked up through a cache of this page's names in front of the extractor's memo.</summary>
        private readonly NameCache<byte> _names;

        private PageScan(NameMemo<byte> names)
        {
            _names = new NameCache<byte>(names, ComputeFlags);
        }

        /// <summary>Meta values by lower-case name/property/itemprop/http-equiv, in document order.</summary>
        public Dictionary<string, List<string>> Metas { get; } = new Dictionary<string, List<string>>(StringComparer.Ordinal);

        public List<string> JsonLd { get; } = new List<string>();

        /// <summary>Scripts of paywall vendors (Piano, Poool, Pelcro...) the page loads, as "vendor script src" (at most 5).</summary>
        public List<string> PaywallScripts { get; } = new List<string>();

        public string? CanonicalHref { get; private set; }

        /// <summary>The first &lt;base href&gt;: relative links resolve against it.</summary>
        public string? BaseHref { get; private set; }

        public string? ImageSrcHref { get; private set; }

        public string? TitleElement { get; private set; }

        /// <summary>The titles of the page's RSS/Atom feed links ("Jane Doe » Feed"): blogs name their feed after the site.</summary>
        public List<string> FeedTitles { get; } = new List<string>();

        /// <summary>The page's &lt;footer&gt; elements (at most 5), where a site prints its "© 2025 Owner" line.</summary>
        public List<IElement> Footers { get; } = new List<IElement>();

        public string? HtmlLang { get; private set; }

        public List<ScannedElement> H1 { get; } = new List<ScannedElement>();

        public List<ScannedElement> H2 { get; } = new List<ScannedElement>();

        /// <summary>The first h3 elements: some templates set the headline in an h3 (used only when it repeats a meta title).</summary>
        public List<ScannedElement> H3 { get; } = new List<ScannedElement>();

        public List<ScannedElement> Times { get; } = new List<ScannedElement>();

        /// <summary>Elements with an itemprop that metadata reads (headline, author, datePublished, dateModified).</summary>
        public List<(string Prop, ScannedElement Item)> Microdata { get; } = new List<(string, ScannedElement)>();

        /// <summary>Elements marked as bylines by class, id, rel or itemprop.</summary>
        public List<ScannedElement> Bylines { get; } = new List<ScannedElement>();

        /// <summary>Elements whose class or id names a date line ("post-date", "published", "entry-meta", "dateline").</summary>
        public List<ScannedElement> DateLines { get; } = new List<ScannedElement>();

        /// <summary>Elements whose text starts with a byline lead-in ("By ...", "Written by", "Author:").</summary>
        public List<ScannedElement> LeadLines { get; } = new List<ScannedElement>();

        /// <summary>
        /// Author-bio paragraphs: "Jane Doe is a travel writer ..." right after an element that holds just that
        /// name (the author box's name line) or an "About the author" label.
        /// </summary>
        public List<ScannedElement> BioLines { get; } = new List<ScannedElement>();

        /// <summary>Elements whose own first text opens with a publication lead-in ("Posted on 15/12/2025", "Published: May 3").</summary>
        public List<ScannedElement> PublishedLines { get; } = new List<ScannedElement>();

        /// <summary>Walks the document once.</summary>
        public static PageScan Run(IHtmlDocument document, NameMemo<byte> names)
        {
            var scan = new PageScan(names);
            IElement? root = document.DocumentElement;
            if (root is null) return scan;
            scan.HtmlLang = root.GetAttribute("lang") ?? root.GetAttribute("xml:lang");

            var stack = new Stack<(IElement Element, IElement? Excluded)>();
            stack.Push((root, null));
            int order = 0;
            while (stack.Count > 0)
            {
                var (el, excluded) = stack.Pop();
                order++;
                string tag = el.LocalName;
                switch (tag)
                {
                    case "script":
                        string? type = el.GetAttribute("type");
                        if (type != null && type.IndexOf("ld+json", StringComparison.OrdinalIgnoreCase) >= 0 && scan.JsonLd.Count < 50)
                        {
                            // React head managers that render the JSON as the element's "children" attribute leave its body empty.
                            string json = el.TextContent;
                            if (string.IsNullOrWhiteSpace(json)) json = el.GetAttribute("children") ?? string.Empty;
                            scan.JsonLd.Add(json);
                        }
                        else if (scan.PaywallScripts.Count < 5 && el.GetAttribute("src") is string src && PaywallMarkup.VendorOfScript(src) is string vendor)
                        {
                            scan.PaywallScripts.Add(vendor + " script " + src);
                        }
                        continue;
                    case "style":
                    case "svg":
                    case "noscript":
                    case "template":
                    case "iframe":
                        continue;
                    case "meta":
                        scan.AddMeta(el, excluded != null);
                        continue;
                    case "link":
                        scan.AddLink(el);
                        continue;
                    case "base":
                        scan.BaseHref ??= el.GetAttribute("href");
                        continue;
                    case "title":
                        if (scan.TitleElement is null && el.ParentElement?.LocalName != "svg") scan.TitleElement = el.TextContent;
                        continue;
                }

                // The class and id verdicts, looked up once per element for all the tests below.
                KeyAttributes attributes = KeyAttributes.Of(el);
                byte marks = (byte)(scan.Flags(attributes.Class, 300) | scan.Flags(attributes.Id, 100));
                IElement? excl = excluded;
                if (tag != "html" && tag != "body" && tag != "main" && scan.IsExcludedRegion(attributes, tag, marks)) excl = el;

                // Most elements are none of the kinds below: the item is made only for one that is.
                ScannedElement? item = null;
                if (tag == "footer" && scan.Footers.Count < 5) scan.Footers.Add(el);
                if (tag == "h1" && scan.H1.Count < 10) scan.H1.Add(item ??= new ScannedElement(el, order, excl));
                else if (tag == "h2" && scan.H2.Count < 10) scan.H2.Add(item ??= new ScannedElement(el, order, excl));
                else if (tag == "h3" && scan.H3.Count < 10) scan.H3.Add(item ??= new ScannedElement(el, order, excl));
                else if (tag == "time" && scan.Times.Count < 100) scan.Times.Add(item ??= new ScannedElement(el, order, excl));

                string? itemprop = attributes.ItemProp;
                if (itemprop != null && scan.Microdata.Count < 100)
                {
                    foreach (string p in itemprop.Split(' '))
                    {
                        string prop = p.Trim();
                        if (prop == "headline" || prop == "author" || prop == "creator" || prop == "datePublished" || prop == "dateModified" || prop == "dateCreated")
                        {
                            scan.Microdata.Add((prop, item ??= new ScannedElement(el, order, excl)));
                        }
                    }
                }
                if (scan.Bylines.Count < 50 && scan.IsBylineMarked(tag, attributes, marks)) scan.Bylines.Add(item ??= new ScannedElement(el, order, excl));
                if (scan.LeadLines.Count < 30 && StartsWithLeadIn(el)) scan.LeadLines.Add(item ??= new ScannedElement(el, order, excl));
                if (scan.PublishedLines.Count < 20 && StartsWithPublished(el)) scan.PublishedLines.Add(item ??= new ScannedElement(el, order, excl));
                if (scan.DateLines.Count < 60 && tag != "time" && (marks & Dated) != 0) scan.DateLines.Add(item ??= new ScannedElement(el, order, excl));
                if (tag == "p" && scan.BioLines.Count < 10 && IsAuthorBio(el)) scan.BioLines.Add(item ??= new ScannedElement(el, order, excl));

                // By position in the child list: AngleSharp finds a sibling by searching its parent's list, so a
                // walk by PreviousElementSibling is quadratic in the number of children (a million siblings).
                INodeList children = el.ChildNodes;
                for (int c = children.Length - 1; c >= 0; c--)
                {
                    if (children[c] is IElement child) stack.Push((child, excl));
                }
            }
            return scan;
        }

        /// <summary>The first value of the first of the keys that the page has, with its source label.</summary>
        public string? First((string Key, string Source)[] keys, out string source)
        {
            foreach (var k in keys)
            {
                if (Metas.TryGetValue(k.Key, out List<string>? values))
                {
                    foreach (string v in values)
                    {
                        if (!string.IsNullOrWhiteSpace(v)) { source = k.Source; return v.Trim(); }
                    }
                }
            }
            source = string.Empty;
            return null;
        }

        /// <summary>The values of one meta key (empty when absent).</summary>
        public IReadOnlyList<string> All(string key) => Metas.TryGetValue(key, out List<string>? v) ? v : (IReadOnlyList<string>)Array.Empty<string>();

        private void AddMeta(IElement el, bool excluded)
        {
            string? content = el.GetAttribute("content");
            if (content is null) return;
            // Microdata metas inside teasers describe other articles.
            if (excluded && el.HasAttribute("itemprop")) return;
            Add(el.GetAttribute("property"), content);
            Add(el.GetAttribute("name"), content);
            Add(el.GetAttribute("itemprop"), content);
            Add(el.GetAttribute("http-equiv"), content);
        }

        private void Add(string? key, string value)
        {
            if (string.IsNullOrWhiteSpace(key)) return;
            string k = key!.Trim().ToLowerInvariant();
            if (!Metas.TryGetValue(k, out List<string>? list))
            {
                list = new List<string>(1);
                Metas[k] = list;
            }
            if (list.Count < MaxValuesPerKey) list.Add(value);
        }

        private void AddLink(IElement el)
        {
            string? rel = el.GetAttribute("rel");
            string? href = el.GetAttribute("href");
            if (rel is null || string.IsNullOrWhiteSpace(href)) return;
            string? type = el.GetAttribute("type");
            string? title = el.GetAttribute("title");
            if (title != null && type != null && FeedTitles.Count < 5 && rel.IndexOf("alternate", StringComparison.OrdinalIgnoreCase) >= 0
                && (type.IndexOf("rss", StringComparison.OrdinalIgnoreCase) >= 0 || type.IndexOf("atom", StringComparison.OrdinalIgnoreCase) >= 0))
            {
                FeedTitles.Add(title);
            }
            foreach (string r in rel.Split(' '))
            {
                if (r.Equals("canonical", StringComparison.OrdinalIgnoreCase)) CanonicalHref ??= href;
                else if (r.Equals("image_src", StringComparison.OrdinalIgnoreCase)) ImageSrcHref ??= href;
            }
        }

        /// <summary>
        /// Whether a paragraph is an author bio: its first text opens "Name is a/an/the" (or "was"), and the element
        /// before it holds only that name, an "About the author" label, or the name's portrait. Only the first text node and the
        /// previous sibling (at most 80 characters of it) are read.
        /// </summary>
        private static bool IsAuthorBio(IElement p)
        {
            if (p.FirstChild is not IText text) return false;
            string d = text.Data;
            if (d.Length > 400) d = d.Substring(0, 400);
            Match m = MetaAuthorWords.BioOpening.Match(d);
            if (!m.Success) return false;
            IElement? before = p.PreviousElementSibling;
            if (before is null) return false;
            string prev = before.TextContent;
            if (prev.Length > 80) return false;
            prev = prev.Trim().TrimEnd(':');
            if (prev.Length == 0) return HasPortraitOf(before, m.Groups[1].Value);
            if (MetaAuthorWords.AboutAuthorLabel.IsMatch(prev)) return true;
            // A term under its own heading reads the same ("Mid-Century Modern / Mid-Century Modern is a furniture style that ..."): under
            // a heading that is only the name, the sentence must be about a person (a common given name, a role word such as
            // "writer" or "head", or he / she / his / her). Measurements: TUNING.md (rule review).
            return string.Equals(prev, m.Groups[1].Value, StringComparison.Ordinal) && AboutPerson(m.Groups[1].Value, d);
        }

        /// <summary>Whether a "NAME is a ..." sentence is about a person: a common given name, a role word or a personal pronoun in it.</summary>
        private static bool AboutPerson(string name, string bio)
        {
            int space = name.IndexOf(' ');
            if (space > 0 && GivenNames.Common.Contains(name.Substring(0, space))) return true;
            foreach (string w in bio.Split(BioWordBreaks, StringSplitOptions.RemoveEmptyEntries))
            {
                if (MetaAuthorWords.RoleWords.Contains(w) || MetaAuthorWords.PersonPronouns.Contains(w)) return true;
            }
            return false;
        }

        private static readonly char[] BioWordBreaks = { ' ', ',', '.', ';', ':', '(', ')', '\n', '\t' };

        /// <summary>
        /// Whether an element without text is the bio's portrait: an image (itself, or among its first few
        /// descendants) whose alt is the name ("&lt;p&gt;&lt;img alt="Jane Doe"&gt;&lt;/p&gt;&lt;p&gt;Jane Doe is a ...&lt;/p&gt;").
        /// </summary>
        private static bool HasPortraitOf(IElement element, string name)
        {
            int seen = 0;
            for (IElement? e = element; e != null && seen < 8; e = e.FirstElementChild ?? e.NextElementSibling, seen++)
            {
                if (e != element && !element.Contains(e)) return false;
                if (e.LocalName == "img") return string.Equals(e.GetAttribute("alt")?.Trim(), name, StringComparison.Ordinal);
            }
            return false;
        }

        /// <summary>Whether the element's own first text starts a byline; only the first text node is read, so this stays cheap.</summary>
        private static bool StartsWithLeadIn(IElement el)
        {
            INode? first = el.FirstChild;
            if (first is not IText text) return false;
            string d = text.Data;
            int i = 0;
            while (i < d.Length && char.IsWhiteSpace(d[i])) i++;
            if (i >= d.Length || d.Length - i > 120) return false;
            // Only a text whose first word can open a lead-in is matched. The patterns open with ^\s*, so they read the text
            // with its leading whitespace the same as without it: no copy is made.
            if (!MetaAuthorWords.LeadInFirstWords.Admits(d, i)) return false;
            return MetaAuthorWords.BylineStart.IsMatch(d) || MetaAuthorWords.ByUserName.IsMatch(d) || MetaAuthorWords.LeadInOnly.IsMatch(d) || MetaAuthorWords.LastUpdatedBy.IsMatch(d);
        }

        /// <summary>Whether the element's own first text is a short line opening with "Posted", "Published"...; cheap like <see cref="StartsWithLeadIn"/>.</summary>
        private static bool StartsWithPublished(IElement el)
        {
            if (el.FirstChild is not IText text) return false;
            string d = text.Data;
            int i = 0;
            while (i < d.Length && char.IsWhiteSpace(d[i])) i++;
            if (i >= d.Length || d.Length - i > 150) return false;
            return MetaSources.PublishedFirstWords.Admits(d, i) && MetaSources.PublishedLeadIn.IsMatch(d);
        }

        private const byte Excluded = 1, Byline = 2, Dated = 4, MetaPanel = 8, Known = 128;

        /// <summary>
        /// The class and id strings' verdicts (region, byline, date line, metadata panel), each name string matched
        /// once (remembered across the extractor's pages): pages repeat the same few class strings on thousands of elements.
        /// </summary>
        private byte Flags(string? name, int maxLength)
        {
            if (name is null || name.Length == 0 || name.Length >= maxLength) return 0;
            return _names.Get(name);
        }

        /// <summary>
        /// The verdicts of one class or id string. Its patterns read letters and where words start and end, never how many
        /// digits a run holds, so the memo looks names up with their digit runs folded ("menu-item-00" for "menu-item-4512").
        /// </summary>
        internal static byte ComputeFlags(string name)
        {
            byte f = Known;
            if (MetaSources.ExcludedRegion.IsMatch(name)) f |= Excluded;
            if (MetaSources.BylineMarker.IsMatch(name) || MetaSources.BylineMarkerCamel.IsMatch(name)) f |= Byline;
            if (MetaSources.DateMarker.IsMatch(name)) f |= Dated;
            if (MetaSources.MetadataPanel.IsMatch(name)) f |= MetaPanel;
            return f;
        }

        private bool IsExcludedRegion(in KeyAttributes attributes, string tag, byte names)
        {
            if (MetaSources.ExcludedTags.Contains(tag))
            {
                // An aside that is the article's own metadata panel ("hero-metadata", "post-meta", "byline") holds its authors and dates.
                if (tag != "aside") return true;
                byte c = Flags(attributes.Class, 300);
                return (c & MetaPanel) == 0 || (c & Excluded) != 0;
            }
            string? role = attributes.Role;
            if (role != null && (role == "complementary" || role == "navigation" || role == "contentinfo")) return true;
            return (names & Excluded) != 0;
        }

        private bool IsBylineMarked(string tag, in KeyAttributes attributes, byte names)
        {
            string? itemprop = attributes.ItemProp;
            if (itemprop != null && (itemprop.IndexOf("author", StringComparison.Ordinal) >= 0 || itemprop.IndexOf("creator", StringComparison.Ordinal) >= 0)) return false; // read as microdata
            string? rel = attributes.Rel;
            if (rel != null && rel.IndexOf("author", StringComparison.OrdinalIgnoreCase) >= 0) return true;
            if (tag == "a")
            {
                string? href = attributes.Href;
                if (href != null && href.Length < 300 && MetaAuthorWords.AuthorLink.IsMatch(href)) return true;
            }
            return (names & Byline) != 0;
        }
    }
}
