using System;
using System.Collections.Generic;
using AngleSharp.Dom;
using NewsTools.Heuristics;
using NewsTools.Html;
using NewsTools.Metadata;

namespace NewsTools.Pages
{
    /// <summary>
    /// What the page-type rules read, measured once per page: the declared types (JSON-LD @type, og:type, microdata
    /// itemtype), the URL's path words, and the body's structure from one linear pass over the flat <see cref="DomIndex"/>
    /// plus one backward pass for subtree flags (no DOM walk, no recursion). Plain numbers, so a rule can be tested
    /// with a hand-made set of features.
    /// </summary>
    internal sealed class PageFeatures
    {
        /// <summary>JSON-LD @types of the page's own objects (top level, @graph, mainEntity), local names.</summary>
        public HashSet<string> OwnTypes { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase);

        /// <summary>JSON-LD @types found nested under another object's property (itemListElement, hasPart, comment...).</summary>
        public HashSet<string> NestedTypes { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase);

        /// <summary>Microdata itemtypes (local names) with how many elements carry each.</summary>
        public Dictionary<string, int> ItemTypes { get; } = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);

        /// <summary>The og:type value, lower-cased, or null.</summary>
        public string? OgType { get; set; }

        /// <summary>The page address's path, lower-cased, with its query ("/forum/topic/12?page=2"), or "" when unknown.</summary>
        public string UrlPath { get; set; } = string.Empty;

        /// <summary>Whether the page address is known.</summary>
        public bool HasUrl { get; set; }

        /// <summary>Visible text characters of the body (DomIndex measure).</summary>
        public int Text { get; set; }

        /// <summary>Of <see cref="Text"/>, characters inside links.</summary>
        public int LinkText { get; set; }

        /// <summary>Of <see cref="Text"/>, characters inside &lt;p&gt; elements.</summary>
        public int ParaText { get; set; }

        /// <summary>Characters inside &lt;pre&gt; and &lt;code&gt; (outermost only).</summary>
        public int CodeText { get; set; }

        /// <summary>&lt;pre&gt; elements holding text.</summary>
        public int PreBlocks { get; set; }

        /// <summary>Paragraphs of 150 characters or more: story prose.</summary>
        public int LongParagraphs { get; set; }

        /// <summary>&lt;article&gt; elements.</summary>
        public int Articles { get; set; }

        /// <summary>&lt;section&gt; elements.</summary>
        public int Sections { get; set; }

        /// <summary>h2-h4 headings.</summary>
        public int Headings { get; set; }

        /// <summary>&lt;time&gt; elements.</summary>
        public int Times { get; set; }

        /// <summary>Form fields (input, select, textarea) that are not hidden.</summary>
        public int Fields { get; set; }

        /// <summary>Short elements whose own text is a price ("$24.99", "19,90 €").</summary>
        public int Prices { get; set; }

        /// <summary>Buttons and links whose whole text is a buy phrase ("Add to cart", "In den Warenkorb").</summary>
        public int BuyButtons { get; set; }

        /// <summary>Elements whose class or id names a post or a reply (post, reply, comment, message, answer...).</summary>
        public int PostNamed { get; set; }

        /// <summary>Elements whose class or id names a product or its offer (product, price, add-to-cart, sku).</summary>
        public int ProductNamed { get; set; }

        /// <summary>The most paragraphs of a sentence or more (<see cref="PageTypeSignals.RunParagraph"/>) that one element holds as its children: a story's run of prose.</summary>
        public int ParagraphRun { get; set; }

        /// <summary>Links and buttons whose whole text is a call to action ("Get started", "Request a demo", "Contact sales").</summary>
        public int CallsToAction { get; set; }

        /// <summary>Password fields: a login or sign-up form.</summary>
        public int PasswordFields { get; set; }

        /// <summary>The page's title (metadata), or null.</summary>
        public string? Title { get; set; }

        /// <summary>The largest run of sibling cards: same tag and class, each holding a link and a heading or image, and little text.</summary>
        public int Cards { get; set; }

        /// <summary>Of the largest card run, how many hold a price.</summary>
        public int PricedCards { get; set; }

        /// <summary>The largest run of sibling posts: same tag and class, each holding a date or time and a post/author name or prose.</summary>
        public int Posts { get; set; }

        /// <summary>
        /// Links to the page's own address in the site's navigation: a nav, header or role=navigation region (not its breadcrumbs), or a
        /// footer. A site links its sections and offers (Services, Pricing, News) from every page's menu; a story is rarely in the menu.
        /// </summary>
        public int SelfLinksInNav { get; set; }

        /// <summary>Short elements whose own text is a date ("May 4, 2025", "2025-05-04"): one per teaser on a list of dated items.</summary>
        public int DateTexts { get; set; }

        /// <summary>The page's metadata found a publication date.</summary>
        public bool HasDate { get; set; }

        /// <summary>The page's metadata found an author.</summary>
        public bool HasAuthor { get; set; }

        /// <summary>Share of the body's text inside links.</summary>
        public double LinkDensity => Text == 0 ? 0 : (double)LinkText / Text;

        /// <summary>Share of the body's text inside pre/code.</summary>
        public double CodeShare => Text == 0 ? 0 : (double)CodeText / Text;

        /// <summary>Measures a parsed page.</summary>
        public static PageFeatures Measure(DomIndex index, ArticleMetadata metadata, PageScan scan, string? url)
        {
            var f = new PageFeatures();
            foreach (var (type, nested) in metadata.DeclaredTypes)
            {
                if (nested) f.NestedTypes.Add(type);
                else f.OwnTypes.Add(type);
            }
            string? og = scan.First(OgTypeKey, out _);
            f.OgType = og?.Trim().ToLowerInvariant();
            f.HasDate = metadata.Published != null;
            f.HasAuthor = metadata.Authors.Count > 0;
            f.Title = metadata.Title;
            if (url != null && Uri.TryCreate(url, UriKind.Absolute, out Uri? uri))
            {
                f.HasUrl = true;
                f.UrlPath = Uri.UnescapeDataString(uri.PathAndQuery).ToLowerInvariant();
                f._host = SiteHost(uri.Host);
                f._path = LinkPath(uri.AbsolutePath);
            }
            if (index.Count > 0) f.MeasureBody(index);
            return f;
        }

        // The page's own address for SelfLinksInNav: host without "www.", path without its trailing slash ("" at the root: not counted).
        private string? _host;
        private string _path = string.Empty;

        private static readonly (string, string)[] OgTypeKey = { ("og:type", "opengraph") };

        // Subtree flags, aggregated child to parent in one backward pass.
        private const byte HasLink = 1, HasHeading = 2, HasImage = 4, HasTime = 8, HasPrice = 16, HasPostName = 32, HasProse = 64;

        private void MeasureBody(DomIndex index)
        {
            int n = index.Count;
            Text = index.Text[0];
            LinkText = index.LinkText[0];
            ParaText = index.ParaText[0];
            var flags = new byte[n];
            // Names are matched once per distinct class string on the page (pages repeat a few strings thousands of times).
            var verdicts = new Dictionary<string, byte>(StringComparer.Ordinal);
            // Paragraph counts per parent element, for the longest run of prose.
            var runs = new Dictionary<int, int>();
            int codeEnd = -1;
            // Navigation regions, inherited parent to child in document order (the index is in pre-order: a parent comes first).
            var regions = new byte[n];
            bool selfLinks = _host != null && _path.Length > 0;
            for (int i = 0; i < n; i++)
            {
                IElement el = index.Elements[i];
                string tag = el.LocalName;
                byte own = 0;
                byte region = index.Parent[i] >= 0 ? regions[index.Parent[i]] : (byte)0;
                if (selfLinks) regions[i] = region = NavRegion(tag, el, index.Names(i), region);
                switch (tag)
                {
                    case "a":
                        own |= HasLink;
                        if (selfLinks && ((region & InNav) != 0 && (region & InBlock) == 0 || (region & InFooter) != 0) && IsSelfLink(el.GetAttribute("href"))) SelfLinksInNav++;
                        break;
                    case "h1": case "h5": case "h6": own |= HasHeading; break;
                    case "h2": case "h3": case "h4": own |= HasHeading; Headings++; break;
                    case "img": case "picture": own |= HasImage; break;
                    case "time": own |= HasTime; Times++; break;
                    case "article": Articles++; break;
                    case "section": Sections++; break;
                    case "p":
                        if (index.Text[i] >= PageTypeSignals.RunParagraph && index.LinkDensity(i) < 0.3)
                        {
                            runs.TryGetValue(index.Parent[i], out int run);
                            runs[index.Parent[i]] = ++run;
                            if (run > ParagraphRun) ParagraphRun = run;
                            if (index.Text[i] >= PageTypeSignals.LongParagraph) { LongParagraphs++; own |= HasProse; }
                        }
                        break;
                    case "select": case "textarea": Fields++; break;
                    case "input":
                        string? type = el.GetAttribute("type");
                        if (type is null || !type.Equals("hidden", StringComparison.OrdinalIgnoreCase)) Fields++;
                        if (type != null && type.Equals("password", StringComparison.OrdinalIgnoreCase)) PasswordFields++;
                        break;
                    case "pre":
                    case "code":
                        if (i >= codeEnd && index.Text[i] > 0)
                        {
                            CodeText += index.Text[i];
                            codeEnd = index.End[i];
                            if (tag == "pre") PreBlocks++;
                        }
                        break;
                }
                if ((tag == "button" || tag == "a" || tag == "input") && index.Text[i] <= 40)
                {
                    // The control's text, read once for both phrase tests.
                    string text = tag == "input" ? el.GetAttribute("value") ?? string.Empty : ShortText(el);
                    if (IsBuyPhrase(text)) BuyButtons++;
                    if (tag != "input" && index.Text[i] > 0 && PageTypeSignals.CallToAction.IsMatch(text.Trim())) CallsToAction++;
                }
                if (index.OwnText[i] > 0 && index.OwnText[i] <= PageTypeSignals.MaxPriceText && IsPrice(el)) { Prices++; own |= HasPrice; }
                if (index.OwnText[i] >= PageTypeSignals.MinDateText && index.OwnText[i] <= PageTypeSignals.MaxDateText && IsDateText(el)) DateTexts++;

                string? itemtype = el.GetAttribute("itemtype");
                if (itemtype != null) AddItemType(itemtype);

                string names = index.Names(i);
                if (names.Length > 0 && names.Length < 300)
                {
                    if (!verdicts.TryGetValue(names, out byte v))
                    {
                        v = PageTypeSignals.NameVerdict(names);
                        verdicts[names] = v;
                    }
                    if ((v & PageTypeSignals.PostName) != 0) { PostNamed++; own |= HasPostName; }
                    if ((v & PageTypeSignals.ProductName) != 0) ProductNamed++;
                }
                flags[i] |= own;
            }
            for (int i = n - 1; i > 0; i--)
            {
                int p = index.Parent[i];
                if (p >= 0) flags[p] |= flags[i];
            }
            MeasureRuns(index, flags);
        }

        /// <summary>
        /// Runs of like siblings: children of one parent with the same tag and class string. A run whose members each hold a
        /// link and a heading or image, with little text each, is a grid of cards (a listing, a shop's category); one whose members
        /// each hold a time and a post name (or prose) is a thread of posts.
        /// </summary>
        private void MeasureRuns(DomIndex index, byte[] flags)
        {
            var runs = new Dictionary<(int Parent, string Tag, string Names), (int Cards, int Priced, int Posts)>();
            for (int i = 1; i < index.Count; i++)
            {
                int p = index.Parent[i];
                if (p < 0) continue;
                byte f = flags[i];
                int text = index.Text[i];
                bool card = (f & HasLink) != 0 && (f & (HasHeading | HasImage)) != 0 && text >= PageTypeSignals.MinCardText && text <= PageTypeSignals.MaxCardText;
                bool post = (f & HasTime) != 0 && (f & (HasPostName | HasProse)) != 0;
                if (!card && !post) continue;
                var key = (p, index.Elements[i].LocalName, index.Names(i));
                runs.TryGetValue(key, out var run);
                if (card) { run.Cards++; if ((f & HasPrice) != 0) run.Priced++; }
                if (post) run.Posts++;
                runs[key] = run;
            }
            foreach (var run in runs.Values)
            {
                if (run.Cards > Cards) { Cards = run.Cards; PricedCards = run.Priced; }
                if (run.Posts > Posts) Posts = run.Posts;
            }
        }

        private const byte InNav = 1, InFooter = 2, InBlock = 4;

        /// <summary>The navigation region of an element from its parent's: nav, header and role=navigation open one; a footer (tag or name)
        /// another; breadcrumbs, article and main close the navigation one (a breadcrumb or a story's links to itself are not the menu).</summary>
        private static byte NavRegion(string tag, IElement el, string names, byte region)
        {
            switch (tag)
            {
                case "nav": case "header": region |= InNav; break;
                case "footer": region |= InFooter; break;
                case "article": case "main": region |= InBlock; break;
            }
            if (names.Length > 0)
            {
                if (names.IndexOf("breadcrumb", StringComparison.Ordinal) >= 0) region |= InBlock;
                if (names.IndexOf("footer", StringComparison.Ordinal) >= 0) region |= InFooter;
            }
            if ((region & InNav) == 0 && string.Equals(el.GetAttribute("role"), "navigation", StringComparison.OrdinalIgnoreCase)) region |= InNav;
            return region;
        }

        /// <summary>Whether a link's href names the page's own address (same host, same path; query and fragment ignored). Relative paths
        /// other than root-relative ones are not resolved (menus write root-relative or absolute links).</summary>
        private bool IsSelfLink(string? href)
        {
            if (href is null || href.Length == 0 || href[0] == '#') return false;
            string h = href.Trim();
            int cut = h.IndexOfAny(QueryOrFragment);
            if (cut >= 0) h = h.Substring(0, cut);
            string host;
            string path;
            if (h.StartsWith("/", StringComparison.Ordinal) && !h.StartsWith("//", StringComparison.Ordinal))
            {
                host = _host!;
                path = h;
            }
            else
            {
                int scheme = h.IndexOf("//", StringComparison.Ordinal);
                if (scheme < 0 || (scheme > 0 && h[scheme - 1] != ':')) return false;
                int start = scheme + 2;
                int slash = h.IndexOf('/', start);
                host = SiteHost(slash < 0 ? h.Substring(start) : h.Substring(start, slash - start));
                path = slash < 0 ? string.Empty : h.Substring(slash);
            }
            return string.Equals(host, _host, StringComparison.OrdinalIgnoreCase) && string.Equals(LinkPath(path), _path, StringComparison.Ordinal);
        }

        private static readonly char[] QueryOrFragment = { '?', '#' };

        private static string SiteHost(string host)
        {
            string h = host.ToLowerInvariant();
            int colon = h.IndexOf(':');
            if (colon >= 0) h = h.Substring(0, colon);
            return h.StartsWith("www.", StringComparison.Ordinal) ? h.Substring(4) : h;
        }

        private static string LinkPath(string path)
        {
            string p = path.IndexOf('%') >= 0 ? Uri.UnescapeDataString(path) : path;
            return p.TrimEnd('/').ToLowerInvariant();
        }

        private static bool IsDateText(IElement el)
        {
            string own = OwnText(el, PageTypeSignals.MaxDateText * 2);
            return own.Length > 0 && HasDigit(own) && PageTypeSignals.DateText.IsMatch(own);
        }

        private void AddItemType(string itemtype)
        {
            foreach (string t in itemtype.Split(' '))
            {
                if (t.Length == 0) continue;
                int cut = Math.Max(t.LastIndexOf('/'), t.LastIndexOf(':'));
                string local = cut >= 0 ? t.Substring(cut + 1) : t;
                if (local.Length == 0 || ItemTypes.Count > 50) continue;
                ItemTypes.TryGetValue(local, out int c);
                ItemTypes[local] = c + 1;
            }
        }

        private static bool IsPrice(IElement el)
        {
            string own = OwnText(el, PageTypeSignals.MaxPriceText * 3);
            // Every form of Price holds a digit (\d is any Unicode decimal digit, as char.IsDigit): text without one is not tried.
            return own.Length > 0 && HasDigit(own) && PageTypeSignals.Price.IsMatch(own);
        }

        private static bool HasDigit(string s)
        {
            foreach (char c in s) if (char.IsDigit(c)) return true;
            return false;
        }

        private static bool IsBuyPhrase(string text)
        {
            if (text.Length == 0 || text.Length > 80) return false;
            return PageTypeSignals.BuyPhrase.IsMatch(text.Trim());
        }

        /// <summary>An element's text: the one text child's data as it stands (most links and buttons), else TextContent.</summary>
        private static string ShortText(IElement el)
        {
            INode? first = el.FirstChild;
            if (first is null) return string.Empty;
            if (first.NextSibling is null && first.NodeType == NodeType.Text) return ((IText)first).Data;
            return el.TextContent;
        }

        /// <summary>The element's own text nodes joined, cut at <paramref name="max"/> characters.</summary>
        private static string OwnText(IElement el, int max)
        {
            string? one = null;
            System.Text.StringBuilder? sb = null;
            foreach (INode child in el.ChildNodes)
            {
                if (child.NodeType != NodeType.Text) continue;
                string d = child.TextContent;
                if (one is null) { one = d; continue; }
                sb ??= new System.Text.StringBuilder(one);
                sb.Append(d);
                if (sb.Length > max) break;
            }
            string s = sb?.ToString() ?? one ?? string.Empty;
            return s.Length > max ? s.Substring(0, max) : s.Trim();
        }
    }
}
