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
    /// Byline and date lines in the header block that follows the headline (the headline's parent when
    /// it is a small header, then onwards in document order), up to the first body paragraphs.
    /// </summary>
    internal sealed class HeaderWindow
    {
        /// <summary>Elements looked at after the headline for a byline or a date line (a header block is 10-40 elements).</summary>
        private const int WindowElements = 120;

        /// <summary>Elements looked at before the headline (kicker, category and date line above it; a masthead is further up).</summary>
        private const int WindowBackElements = 25;

        /// <summary>Body paragraphs (≥ 150 characters) after which the header block is over.</summary>
        private const int WindowLongParagraphs = 2;

        private static readonly TieredRegex Spaces = new TieredRegex(@"\s+", RegexOptions.Compiled | RegexOptions.CultureInvariant);

        // The separator after a name in "Name | Role | Date" lines.
        private static readonly TieredRegex NameLineSeparator = new TieredRegex(@"\s+[|·•]\s+|\s+[-–—]\s+", RegexOptions.Compiled | RegexOptions.CultureInvariant);

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
                if (backTag == "script" || backTag == "style" || backTag == "svg" || PageRegions.IsTeaserOrAside(back, backTag)) continue;
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
                if (!skipChildren && el != start && PageRegions.IsTeaserOrAside(el, tag)) skipChildren = true;
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
            // Text past 250 characters is only counted, never read: it is not built.
            string? shortText = TextUtil.TextContentUpTo(el, 250);
            if (shortText is null)
            {
                if (tag == "p" || children == 0) longParagraphs++;
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
            string text = shortText;
            if (tag == "p" && text.Length >= 150) longParagraphs++;
            string t = Spaces.Replace(text, " ").Trim();
            if (t.Length == 0) return;

            if (Bylines.Count < 5)
            {
                if (children <= 3 && t.Length <= 100 && NameRoleDateLine(t) is string named) Bylines.Add(named);
                // "Dec. 19, 2025 · Jane Doe" under a headline: a date-first line naming the author after a separator.
                else if (children <= 4 && t.Length <= 120 && MetaAuthorWords.LeadingDate.IsMatch(t)) Bylines.Add(t);
                else if (MetaAuthorWords.BylineStart.IsMatch(t) || MetaAuthorWords.ByUserName.IsMatch(t)) Bylines.Add(children == 0 ? text : TextUtil.SpacedText(el, 300, true) ?? text);
                else if (children == 0 && MetaAuthorWords.LeadInOnly.IsMatch(t))
                {
                    // "Written by" as a label, the name in the next element ("<p>Written by</p><p>Jane Doe</p>"),
                    // else in the rest of the parent ("<span>By</span> <a>Jane Doe</a>").
                    string? next = el.NextElementSibling is IElement sibling ? TextUtil.SpacedText(sibling, 200, true) : null;
                    string? whole = el.ParentElement is IElement parent ? TextUtil.SpacedText(parent, 200, true) : null;
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
            if (TextKeys.WordCount(first) < 2 || TextKeys.WordCount(first) > 4) return null;
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

        private static string OwnText(IElement el)
        {
            var sb = new System.Text.StringBuilder();
            // By position: NextSibling searches the parent's child list, which is quadratic over a block of many children.
            INodeList children = el.ChildNodes;
            for (int i = 0; i < children.Length; i++)
            {
                if (children[i] is IText text) sb.Append(text.Data).Append(' ');
            }
            return sb.ToString().Trim();
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
