using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using NewsTools.Heuristics;
using NewsTools.Pipeline;

namespace NewsTools.Syndication
{
    /// <summary>
    /// The syndication verdict (issue 19) from what the stages already found, HTML or text alike: the story's first
    /// paragraphs (an agency dateline, a republication note), its last ones (an agency credit, a syndication disclaimer),
    /// the removed blocks that were disclaimers, credits, bylines or copyright lines, the declared authors (an agency as byline)
    /// and, for HTML, the markup's declarations (canonical, JSON-LD, metas). No walk of its own: a few anchored patterns
    /// over a handful of short texts, each gated by a cheap test.
    /// </summary>
    /// <remarks>
    /// Kinds, strongest first: an agency named by any piece makes a WireCopy (its Source is the agencies); else a
    /// republication note or an original-source meta makes it Republished; else a syndication disclaimer, a
    /// syndication-source meta or a canonical address at another publisher makes it Syndicated. On an agency's own site
    /// its own name is no evidence of a copy.
    /// </remarks>
    internal static class SyndicationDecider
    {
        /// <summary>Paragraphs read at each end of the story.</summary>
        private const int FirstParagraphs = 2;
        private const int LastParagraphs = 3;

        /// <summary>Evidence pieces kept in a verdict: enough to explain it.</summary>
        private const int MaxEvidence = 10;

        /// <summary>A credit line is short: "— PTI", "Source: Reuters", "(With inputs from IANS)", "dpa/jd".</summary>
        private const int MaxCreditLine = 60;

        /// <summary>A disclaimer or note longer than this is story text (or a whole page of legal text), not a note.</summary>
        private const int MaxDisclaimer = 600;

        private static readonly char[] AgencySeparators = { '/', ',', '&' };

        public static SyndicationVerdict Decide(PageExtraction page, string? inputUrl)
        {
            var found = new List<SyndicationEvidence>();

            // The story's ends.
            var paragraphs = new List<string>();
            foreach (ContentBlock b in page.Blocks) if (b.Kind == BlockKind.Paragraph && b.Text.Length > 0) paragraphs.Add(b.Text.Trim());
            int n = paragraphs.Count;
            for (int i = 0; i < n && i < FirstParagraphs; i++)
            {
                ReadDateline(paragraphs[i], found);
                ReadNote(paragraphs[i], found);
            }
            for (int i = Math.Max(FirstParagraphs, n - LastParagraphs); i < n; i++) ReadNote(paragraphs[i], found);
            for (int i = Math.Max(0, n - 2); i < n; i++) ReadCredit(paragraphs[i], found, last: i == n - 1);

            // What the cleaners took out: disclaimers and notes, credit and byline lines, copyright lines.
            foreach (RemovedBlock r in page.Removed)
            {
                if (found.Count >= MaxEvidence) break;
                switch (r.Reason)
                {
                    case RemovalReason.Disclaimer:
                        ReadNote(r.Text, found);
                        ReadCredit(r.Text, found, last: false);
                        break;
                    case RemovalReason.Byline:
                        // "By Reuters", and "By Jane Doe, Associated Press" (the author cleaner keeps the person alone).
                        ReadCredit(r.Text, found, last: false);
                        ReadByline(r.Text, found);
                        break;
                    case RemovalReason.Dateline:
                    case RemovalReason.Credit:
                        ReadCredit(r.Text, found, last: false);
                        break;
                    case RemovalReason.Copyright:
                        ReadCopyright(r.Text.Trim(), found);
                        break;
                }
            }

            // An agency as byline, as declared: the author cleaner drops organisations from Authors, and a byline line the
            // stages removed is read above. (Authors themselves added nothing on either benchmark set: TUNING.md.)
            foreach (SyndicationDeclaration d in page.Metadata.SyndicationDeclarations) if (d.Kind == DeclarationKind.Author && d.Name != null) ReadByline(d.Name, found);

            // The markup's declarations, weighed against the page's own host.
            string? ownUrl = inputUrl, canonical = null;
            var declarations = page.Metadata.SyndicationDeclarations;
            foreach (SyndicationDeclaration d in declarations)
            {
                if (d.Kind == DeclarationKind.PageUrl) ownUrl ??= d.Url;
                else if (d.Kind == DeclarationKind.Canonical) canonical ??= d.Url;
            }
            string? ownDomain = PublisherDomain.Of(ownUrl);
            foreach (SyndicationDeclaration d in declarations) ReadDeclaration(d, ownUrl, ownDomain, PublisherDomain.Of(ownUrl ?? canonical), found);

            return Weigh(found, PublisherDomain.Of(ownUrl ?? canonical), page.Metadata.SiteName);
        }

        /// <summary>The kind from the pieces found (see the class remarks).</summary>
        internal static SyndicationVerdict Weigh(List<SyndicationEvidence> found, string? ownDomain, string? siteName)
        {
            if (found.Count == 0) return SyndicationVerdict.None;

            // On an agency's own site (its domain, or its name as the site name), its own name proves nothing.
            NewsAgency? own = SyndicationPatterns.AgencyOfDomain(ownDomain) ?? (siteName is null ? null : SyndicationPatterns.AgencyNamed(siteName));
            var counted = new List<SyndicationEvidence>(found.Count);
            foreach (SyndicationEvidence e in found)
            {
                if (own != null && e.Names != null && NamesOnly(e.Names, own.Source)) continue;
                // A publisher's note naming itself ("Originally published on Example Science" on examplescience.com) is the original's.
                if (e.Points != SyndicationKind.WireCopy && e.Names != null && NamesSite(e.Names, ownDomain, siteName)) continue;
                counted.Add(e);
            }
            if (counted.Count == 0)
            {
                return new SyndicationVerdict(SyndicationKind.None, null, found.ToArray(), own != null ? "the agency's own site (" + own.Source + ")" : "the notes name this site itself");
            }

            var agencies = new List<string>();
            string? publisher = null, partner = null;
            bool republished = false;
            foreach (SyndicationEvidence e in counted)
            {
                if (e.Points == SyndicationKind.WireCopy && e.Names != null)
                {
                    foreach (string a in e.Names.Split(AgencySeparators, StringSplitOptions.RemoveEmptyEntries))
                    {
                        string t = a.Trim();
                        if (t.Length > 0 && !agencies.Contains(t)) agencies.Add(t);
                    }
                }
                else if (e.Points == SyndicationKind.Republished) { republished = true; publisher ??= e.Names; }
                else if (e.Points == SyndicationKind.Syndicated) partner ??= e.Names;
            }
            SyndicationEvidence[] evidence = counted.ToArray();
            if (agencies.Count > 0) return new SyndicationVerdict(SyndicationKind.WireCopy, string.Join(", ", agencies), evidence, Reason("an agency ", FirstOf(counted, SyndicationKind.WireCopy)));
            if (republished) return new SyndicationVerdict(SyndicationKind.Republished, publisher, evidence, Reason("a ", FirstOf(counted, SyndicationKind.Republished)));
            return new SyndicationVerdict(SyndicationKind.Syndicated, partner, evidence, Reason("a ", FirstOf(counted, SyndicationKind.Syndicated)));
        }

        private static SyndicationEvidence FirstOf(List<SyndicationEvidence> evidence, SyndicationKind kind)
        {
            foreach (SyndicationEvidence e in evidence) if (e.Points == kind) return e;
            return evidence[0];
        }

        private static string Reason(string article, SyndicationEvidence e) => e.Source switch
        {
            SyndicationEvidenceSource.Disclaimer => "a syndication disclaimer",
            SyndicationEvidenceSource.Dateline => "an agency dateline",
            SyndicationEvidenceSource.Credit => e.Names is null ? "a credit to agencies" : "an agency credit",
            SyndicationEvidenceSource.Byline => e.Names is null ? "a byline to agencies" : "an agency byline",
            SyndicationEvidenceSource.Canonical => "a canonical address at " + (e.Names ?? "another site"),
            SyndicationEvidenceSource.JsonLd => "JSON-LD naming " + (e.Names ?? "a source"),
            SyndicationEvidenceSource.Meta => "a source meta naming " + (e.Names ?? "another site"),
            _ => article + "republication note",
        };

        /// <summary>Whether a publisher's name is this site's: its site name or its domain, letters and digits compared ("Live Science" = livescience.com).</summary>
        private static bool NamesSite(string names, string? ownDomain, string? siteName)
        {
            string n = Letters(names);
            if (n.StartsWith("the", StringComparison.Ordinal) && n.Length > 6) n = n.Substring(3);
            if (n.Length == 0) return false;
            if (siteName != null && (n == Letters(siteName) || "the" + n == Letters(siteName))) return true;
            return ownDomain != null && (n == Letters(ownDomain) || n == PublisherDomain.Brand(ownDomain)!.Replace("-", string.Empty));
        }

        private static string Letters(string s)
        {
            var sb = new System.Text.StringBuilder(s.Length);
            foreach (char c in s) if (char.IsLetterOrDigit(c)) sb.Append(char.ToLowerInvariant(c));
            return sb.ToString();
        }

        /// <summary>Whether every agency a piece names is <paramref name="source"/>.</summary>
        private static bool NamesOnly(string names, string source)
        {
            foreach (string a in names.Split(AgencySeparators, StringSplitOptions.RemoveEmptyEntries))
            {
                if (!string.Equals(a.Trim(), source, StringComparison.Ordinal)) return false;
            }
            return true;
        }

        /// <summary>An agency dateline at the start of one of the first paragraphs.</summary>
        internal static void ReadDateline(string text, List<SyndicationEvidence> found)
        {
            int paren = text.IndexOf('(');
            if (paren < 0 || paren > 80) return;
            Match m = SyndicationPatterns.Dateline.Match(text.Length > 160 ? text.Substring(0, 160) : text);
            if (!m.Success) return;
            string? names = AgencyList(m.Groups["agency"].Value);
            if (names != null) Add(found, SyndicationEvidenceSource.Dateline, SyndicationKind.WireCopy, m.Value.Trim(), names);
        }

        /// <summary>An agency credit: a line of its own, or the end of the story's last paragraph; a credit to agencies in general.</summary>
        internal static void ReadCredit(string text, List<SyndicationEvidence> found, bool last)
        {
            string t = text.Trim();
            if (t.Length == 0) return;
            if (t.Length <= MaxCreditLine)
            {
                Match line = SyndicationPatterns.CreditLine.Match(t);
                if (line.Success && AgencyList(line.Groups["agency"].Value) is string names)
                {
                    Add(found, SyndicationEvidenceSource.Credit, SyndicationKind.WireCopy, t, names);
                    return;
                }
                if (HasAgencyWord(t) && SyndicationPatterns.AgenciesCredit.IsMatch(t))
                {
                    Add(found, SyndicationEvidenceSource.Credit, SyndicationKind.Syndicated, t, null);
                    return;
                }
            }
            if (!last || t.Length <= MaxCreditLine) return;
            // The end of the last paragraph: "... he said. — PTI", "... (With inputs from IANS)".
            string tail = t.Substring(t.Length - MaxCreditLine);
            char end = tail[tail.Length - 1];
            if (!char.IsLetter(end) && end != ')' && end != '.') return;
            Match m = SyndicationPatterns.TrailingCredit.Match(tail);
            if (m.Success && AgencyList(m.Groups["agency"].Value) is string agencies)
            {
                Add(found, SyndicationEvidenceSource.Credit, SyndicationKind.WireCopy, m.Value.Trim(), agencies);
            }
            else if (HasAgencyWord(tail) && SyndicationPatterns.AgenciesCredit.Match(tail) is Match g && g.Success)
            {
                Add(found, SyndicationEvidenceSource.Credit, SyndicationKind.Syndicated, g.Value.Trim(), null);
            }
        }

        /// <summary>A copyright line whose holder is an agency, with a year or a rights notice ("© 2024 Reuters").</summary>
        internal static void ReadCopyright(string text, List<SyndicationEvidence> found)
        {
            if (text.Length > 250) return;
            Match m = SyndicationPatterns.AgencyCopyright.Match(text);
            if (!m.Success || !SyndicationPatterns.CopyrightNotice.IsMatch(text)) return;
            NewsAgency? a = SyndicationPatterns.AgencyNamed(m.Groups["agency"].Value);
            if (a != null) Add(found, SyndicationEvidenceSource.Credit, SyndicationKind.WireCopy, text, a.Source);
        }

        /// <summary>A syndication disclaimer or a republication note.</summary>
        internal static void ReadNote(string text, List<SyndicationEvidence> found)
        {
            string t = text.Trim();
            if (t.Length == 0 || t.Length > MaxDisclaimer) return;
            string lower = t.ToLowerInvariant();
            if (HasAny(lower, SyndicationPatterns.DisclaimerKeys) && SyndicationPatterns.Disclaimer.IsMatch(t))
            {
                Add(found, SyndicationEvidenceSource.Disclaimer, SyndicationKind.Syndicated, t, null);
                return;
            }
            if (t.Length <= SyndicationPatterns.MaxNoteLength && HasAny(lower, SyndicationPatterns.RepublicationKeys))
            {
                Match m = SyndicationPatterns.Republication.Match(t);
                if (!m.Success) return;
                string? publisher = m.Groups["publisher"].Success ? m.Groups["publisher"].Value.Trim().Trim('"', '“', '”', '\'') : null;
                // "Originally published in March 2022": a date, not a publisher; the note is about an update.
                if (publisher != null && TextPhrases.DateAnchor.IsMatch(publisher)) return;
                NewsAgency? agency = publisher is null ? null : SyndicationPatterns.AgencyNamed(publisher);
                if (agency != null) Add(found, SyndicationEvidenceSource.Republication, SyndicationKind.WireCopy, t, agency.Source);
                else Add(found, SyndicationEvidenceSource.Republication, SyndicationKind.Republished, t, publisher);
            }
        }

        /// <summary>An author that is an agency ("Associated Press", "PTI"), or "Jane Doe, Reuters"; or agencies in general ("Agencies").</summary>
        internal static void ReadByline(string author, List<SyndicationEvidence> found)
        {
            string a = author.Trim();
            if (a.StartsWith("by ", StringComparison.OrdinalIgnoreCase)) a = a.Substring(3).Trim();
            if (a.Length == 0 || a.Length > 80) return;
            NewsAgency? agency = SyndicationPatterns.AgencyNamed(a);
            if (agency is null)
            {
                // "Jane Doe, Associated Press", "Jane Doe (Reuters)", "Jane Doe | AFP".
                int cut = a.LastIndexOfAny(BylineSeparators);
                if (cut > 0 && cut < a.Length - 1) agency = SyndicationPatterns.AgencyNamed(a.Substring(cut + 1));
            }
            if (agency != null) Add(found, SyndicationEvidenceSource.Byline, SyndicationKind.WireCopy, a, agency.Source);
            else if (HasAgencyWord(a) && SyndicationPatterns.AgenciesByline.IsMatch(a)) Add(found, SyndicationEvidenceSource.Byline, SyndicationKind.Syndicated, a, null);
        }

        private static readonly char[] BylineSeparators = { ',', '(', '|', '/', '-', '–', '—' };

        /// <summary>A markup declaration: an address at another publisher, or JSON-LD naming an agency.</summary>
        private static void ReadDeclaration(SyndicationDeclaration d, string? ownUrl, string? ownDomain, string? ownOrCanonicalDomain, List<SyndicationEvidence> found)
        {
            switch (d.Kind)
            {
                case DeclarationKind.Canonical:
                    // Only when the page's own address is known apart from the canonical (the URL given, else og:url).
                    if (ownDomain is null || d.Url is null) return;
                    AddIfOtherPublisher(found, SyndicationEvidenceSource.Canonical, SyndicationKind.Syndicated, d, ownUrl!, ownDomain);
                    return;
                case DeclarationKind.SyndicationSource:
                case DeclarationKind.OriginalSource:
                    // CMSs often name the page itself: only another publisher counts, so the page's publisher must be known.
                    if (ownOrCanonicalDomain is null || d.Url is null) return;
                    AddIfOtherPublisher(found, SyndicationEvidenceSource.Meta, d.Kind == DeclarationKind.OriginalSource ? SyndicationKind.Republished : SyndicationKind.Syndicated,
                        d, ownUrl ?? string.Empty, ownOrCanonicalDomain);
                    return;
                case DeclarationKind.BasedOn:
                {
                    NewsAgency? a = d.Name is null ? null : SyndicationPatterns.AgencyNamed(d.Name);
                    a ??= SyndicationPatterns.AgencyOfDomain(PublisherDomain.Of(d.Url));
                    if (a != null) { Add(found, SyndicationEvidenceSource.JsonLd, SyndicationKind.WireCopy, d.ToString(), a.Source); return; }
                    if (d.Url != null && ownOrCanonicalDomain != null) AddIfOtherPublisher(found, SyndicationEvidenceSource.JsonLd, SyndicationKind.Syndicated, d, ownUrl ?? string.Empty, ownOrCanonicalDomain);
                    return;
                }
                case DeclarationKind.Author:
                    return;
                case DeclarationKind.SourceOrganization:
                case DeclarationKind.CopyrightHolder:
                {
                    // The site's own organisation usually: only an agency counts.
                    NewsAgency? a = d.Name is null ? null : SyndicationPatterns.AgencyNamed(d.Name);
                    if (a != null) Add(found, SyndicationEvidenceSource.JsonLd, SyndicationKind.WireCopy, d.ToString(), a.Source);
                    return;
                }
            }
        }

        /// <summary>Adds a piece for an address at another publisher than the page's: not one brand, not an archive or cache of it.</summary>
        private static void AddIfOtherPublisher(List<SyndicationEvidence> found, SyndicationEvidenceSource source, SyndicationKind points, SyndicationDeclaration d, string ownUrl, string ownDomain)
        {
            string? other = PublisherDomain.Of(d.Url);
            if (other is null || string.Equals(other, ownDomain, StringComparison.Ordinal)) return;
            // One publisher's other hosts: the same brand under another suffix ("example.com", "example.co.uk"), a brand under a
            // group's domain ("paper.group.example" and "paper.example"), a blog cluster named after the site ("example-com-blog.cluster.example").
            if (PublisherDomain.HostsShareBrand(PublisherDomain.HostOf(ownUrl), ownDomain, PublisherDomain.HostOf(d.Url), other)) return;
            // An archive, cache or proxy serves the real site's page under its own host and usually names it in its address.
            if (SyndicationPatterns.ProxyDomains.Contains(ownDomain)) return;
            string ownLower = ownUrl.ToLowerInvariant();
            if (ownLower.IndexOf(other, StringComparison.Ordinal) >= 0 || ownLower.IndexOf(other.Replace('.', '-'), StringComparison.Ordinal) >= 0) return;
            NewsAgency? agency = SyndicationPatterns.AgencyOfDomain(other);
            if (agency != null) Add(found, source, SyndicationKind.WireCopy, d.ToString(), agency.Source);
            else Add(found, source, points, d.ToString(), other);
        }

        /// <summary>The agencies of a dateline's or credit's parenthesis ("AFP/Reuters" → "AFP, Reuters"), or null when none is one.</summary>
        private static string? AgencyList(string raw)
        {
            var names = new List<string>(2);
            foreach (string part in raw.Split(AgencySeparators, StringSplitOptions.RemoveEmptyEntries))
            {
                NewsAgency? a = SyndicationPatterns.AgencyNamed(part);
                if (a != null && !names.Contains(a.Source)) names.Add(a.Source);
            }
            return names.Count == 0 ? null : string.Join(", ", names);
        }

        private static void Add(List<SyndicationEvidence> found, SyndicationEvidenceSource source, SyndicationKind points, string text, string? names)
        {
            if (found.Count >= MaxEvidence) return;
            string t = text.Length > 300 ? text.Substring(0, 300) + "…" : text;
            foreach (SyndicationEvidence e in found) if (e.Source == source && string.Equals(e.Text, t, StringComparison.Ordinal)) return;
            found.Add(new SyndicationEvidence(source, points, t, names));
        }

        private static bool HasAny(string lower, string[] keys)
        {
            foreach (string k in keys) if (lower.IndexOf(k, StringComparison.Ordinal) >= 0) return true;
            return false;
        }

        private static bool HasAgencyWord(string t) =>
            t.IndexOf("agenc", StringComparison.OrdinalIgnoreCase) >= 0 || t.IndexOf("wire", StringComparison.OrdinalIgnoreCase) >= 0
            || t.IndexOf("agentur", StringComparison.OrdinalIgnoreCase) >= 0 || t.IndexOf("agenzie", StringComparison.OrdinalIgnoreCase) >= 0
            || t.IndexOf("agências", StringComparison.OrdinalIgnoreCase) >= 0;
    }
}
