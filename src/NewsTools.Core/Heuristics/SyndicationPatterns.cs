using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace NewsTools.Heuristics
{
    /// <summary>A news agency: the name the verdict reports, the names and codes pages print, and its own web domains.</summary>
    internal sealed class NewsAgency
    {
        public NewsAgency(string source, string[] names, string[] domains)
        {
            Source = source;
            Names = names;
            Domains = domains;
        }

        /// <summary>The short name the verdict's Source gives ("AP", "Reuters", "PTI").</summary>
        public string Source { get; }

        /// <summary>How pages print it, exactly (codes are case-sensitive: "AP" and "(AP)", never the word "ap").</summary>
        public string[] Names { get; }

        /// <summary>The agency's own registrable domains: its stories there are originals, not copies.</summary>
        public string[] Domains { get; }
    }

    /// <summary>
    /// The syndication verdict's data (issue 19): the news agencies, and the phrases that say a story is a wire copy, a
    /// syndicated feed item or a republication, each commented with the web pattern it catches. Written for this project
    /// from the wording such notes take in the languages we support; none names a site. Every pattern is anchored (start
    /// of the first paragraph, end of the last, a whole line) so that an agency quoted in prose ("Reuters reported that")
    /// never matches. Callers gate each pattern on cheap keyword checks first (<see cref="DisclaimerKeys"/>...).
    /// </summary>
    internal static class SyndicationPatterns
    {
        private const RegexOptions Exact = RegexOptions.Compiled | RegexOptions.CultureInvariant;
        private const RegexOptions Opt = RegexOptions.Compiled | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

        /// <summary>
        /// The agencies whose stories newspapers run as they come, by region: the global four, then national agencies of the
        /// languages we support. Short codes are listed only as pages print them (upper case, or "dpa" as dpa writes itself).
        /// </summary>
        public static readonly NewsAgency[] Agencies =
        {
            new NewsAgency("AP", new[] { "AP", "Associated Press", "The Associated Press" }, new[] { "apnews.com", "ap.org" }),
            new NewsAgency("Reuters", new[] { "Reuters", "Thomson Reuters", "REUTERS" }, new[] { "reuters.com", "thomsonreuters.com" }),
            new NewsAgency("AFP", new[] { "AFP", "Agence France-Presse", "Agence France Presse" }, new[] { "afp.com" }),
            new NewsAgency("Bloomberg", new[] { "Bloomberg", "Bloomberg News" }, new[] { "bloomberg.com" }),
            new NewsAgency("dpa", new[] { "dpa", "DPA", "Deutsche Presse-Agentur", "dpa-AFX" }, new[] { "dpa.com", "dpa.de" }),
            new NewsAgency("KNA", new[] { "KNA" }, new[] { "kna.de" }),
            new NewsAgency("epd", new[] { "epd" }, new[] { "epd.de" }),
            new NewsAgency("APA", new[] { "APA" }, new[] { "apa.at" }),
            new NewsAgency("SDA", new[] { "SDA", "Keystone-SDA", "sda" }, new[] { "keystone-sda.ch" }),
            new NewsAgency("EFE", new[] { "EFE", "Agencia EFE" }, new[] { "efe.com" }),
            new NewsAgency("Europa Press", new[] { "Europa Press" }, new[] { "europapress.es" }),
            new NewsAgency("ANSA", new[] { "ANSA" }, new[] { "ansa.it" }),
            new NewsAgency("Lusa", new[] { "Lusa" }, new[] { "lusa.pt" }),
            new NewsAgency("ANP", new[] { "ANP" }, new[] { "anp.nl" }),
            new NewsAgency("Belga", new[] { "Belga" }, new[] { "belga.be" }),
            new NewsAgency("PAP", new[] { "PAP" }, new[] { "pap.pl" }),
            new NewsAgency("ČTK", new[] { "ČTK", "CTK" }, new[] { "ctk.cz" }),
            new NewsAgency("TASR", new[] { "TASR" }, new[] { "tasr.sk" }),
            new NewsAgency("Agerpres", new[] { "Agerpres", "AGERPRES" }, new[] { "agerpres.ro" }),
            new NewsAgency("MTI", new[] { "MTI" }, new[] { "mti.hu" }),
            new NewsAgency("TT", new[] { "TT" }, new[] { "tt.se" }),
            new NewsAgency("Ritzau", new[] { "Ritzau" }, new[] { "ritzau.dk" }),
            new NewsAgency("NTB", new[] { "NTB" }, new[] { "ntb.no" }),
            new NewsAgency("STT", new[] { "STT" }, new[] { "stt.fi" }),
            new NewsAgency("Anadolu", new[] { "AA", "Anadolu Agency", "Anadolu Ajansı" }, new[] { "aa.com.tr" }),
            new NewsAgency("Antara", new[] { "Antara", "ANTARA" }, new[] { "antaranews.com" }),
            new NewsAgency("Bernama", new[] { "Bernama", "BERNAMA" }, new[] { "bernama.com" }),
            new NewsAgency("VNA", new[] { "VNA" }, new[] { "vnanet.vn" }),
            new NewsAgency("PNA", new[] { "PNA" }, new[] { "pna.gov.ph" }),
            new NewsAgency("Hina", new[] { "Hina", "HINA" }, new[] { "hina.hr" }),
            new NewsAgency("PTI", new[] { "PTI", "Press Trust of India", "भाषा" }, new[] { "ptinews.com" }),
            new NewsAgency("IANS", new[] { "IANS", "Indo-Asian News Service", "आईएएनएस" }, new[] { "ians.in" }),
            new NewsAgency("ANI", new[] { "ANI", "Asian News International" }, new[] { "aninews.in" }),
            new NewsAgency("UNI", new[] { "UNI", "United News of India" }, new[] { "uniindia.com" }),
            new NewsAgency("AAP", new[] { "AAP", "Australian Associated Press" }, new[] { "aap.com.au" }),
            new NewsAgency("CP", new[] { "CP", "The Canadian Press", "Canadian Press" }, new[] { "thecanadianpress.com" }),
            new NewsAgency("PA", new[] { "PA", "PA Media", "Press Association" }, new[] { "pamediagroup.com" }),
            new NewsAgency("Xinhua", new[] { "Xinhua" }, new[] { "xinhuanet.com", "news.cn" }),
            new NewsAgency("Kyodo", new[] { "Kyodo", "Kyodo News" }, new[] { "kyodonews.net" }),
            new NewsAgency("Yonhap", new[] { "Yonhap" }, new[] { "yna.co.kr" }),
            new NewsAgency("TASS", new[] { "TASS" }, new[] { "tass.com", "tass.ru" }),
            new NewsAgency("Interfax", new[] { "Interfax" }, new[] { "interfax.com", "interfax.ru" }),
        };

        /// <summary>Every printed name, longest first, escaped, as one alternation (case-sensitive).</summary>
        private static readonly string AgencyAlternation = string.Join("|",
            Agencies.SelectMany(a => a.Names).Distinct().OrderByDescending(n => n.Length).Select(Regex.Escape));

        /// <summary>Agencies by printed name. Names of four letters or more also match in any case ("REUTERS", "Associated press").</summary>
        private static readonly Dictionary<string, NewsAgency> ByName = BuildByName();

        /// <summary>Agencies by registrable domain.</summary>
        private static readonly Dictionary<string, NewsAgency> ByDomain = BuildByDomain();

        // ---- Datelines -----------------------------------------------------------------------------

        /// <summary>
        /// An agency dateline opening the first paragraph: an optional place and date, then the agency in parentheses, then
        /// a dash, a colon or the story's first capital: "WASHINGTON (AP) —", "LONDON, May 3 (Reuters) -", "(Reuters) -",
        /// "Berlin (dpa) -", "Madrid, 3 may (EFE).-", "PARIS (AFP) -", "New Delhi, May 3 (PTI) The", "नई दिल्ली, 3 मई (भाषा)",
        /// "KABUL (AFP/Reuters) -". A parenthesised agency after prose ("the Associated Press (AP) reported") does not
        /// match: the place is at most four words from the paragraph's start and a lower-case word must not follow.
        /// </summary>
        public static readonly TieredRegex Dateline = new TieredRegex(
            @"^\W{0,3}(?:[\p{Lu}\p{Lo}][\p{L}\p{M}.'’\-]*(?:[ /][\p{L}\p{M}.'’\-]+){0,3}\s*(?:,\s*[\p{L}\p{M}\d.]+(?:\s+[\p{L}\p{M}\d.,]+){0,3}\s*)?)?" +
            @"\(\s*(?<agency>(?:" + AgencyAlternation + @")(?:\s*[/,&]\s*(?:" + AgencyAlternation + @"))*)\s*\)" +
            @"(?:\s*\.?\s*[-–—:|]+|\s+(?=[\p{Lu}\p{Lo}""“‘']))",
            Exact);

        // ---- Credits -------------------------------------------------------------------------------

        /// <summary>
        /// An agency credit closing the last paragraph after a dash or a sentence's end: "... he said. — PTI",
        /// "... the ministry said.-IANS", "... on Monday. (AFP)", "... (With inputs from PTI)". An agency in parentheses
        /// inside a sentence ("according to the Associated Press (AP).") does not match: a sentence end must come before.
        /// </summary>
        public static readonly TieredRegex TrailingCredit = new TieredRegex(
            @"(?:(?:^|[\s.!?""”’)\]])[-–—]+\s*|(?:^|[.!?""”’]\s*)\(\s*(?i:(?:with |additional )?(?:inputs?|reporting) (?:from|by) )?)" +
            @"(?<agency>(?:" + AgencyAlternation + @")(?:\s*[/,&]\s*(?:" + AgencyAlternation + @"))*)\s*\)?\s*\.?\s*$",
            Exact);

        /// <summary>
        /// A line that is only an agency credit: "PTI", "— PTI", "(IANS)", "Source: Reuters", "Quelle: dpa", "dpa/jd" (dpa's
        /// editor initials), "PTI ABC DEF" (PTI's desk codes), "With inputs from PTI", "Avec AFP", "Mit Material von dpa",
        /// "Con información de EFE", "Agency: ANI".
        /// </summary>
        public static readonly TieredRegex CreditLine = new TieredRegex(
            @"^[-–—(\[\s]*(?:(?i:by|source|sources|agency|quelle|fuente|fonte|courtesy|with inputs from|inputs from|with input from|avec|(?:mit )?material von|mit material der|con información de|con informacion de|con info(?:rmazioni)? di|fonte:)\s*:?\s*)?" +
            @"(?<agency>(?:" + AgencyAlternation + @")(?:\s*[/,&]\s*(?:" + AgencyAlternation + @"))*)" +
            @"\s*[)\]]?(?:\s*/\s*\p{L}{1,4})?(?:\s+\p{Lu}{2,4}){0,4}\s*\.?$",
            Exact);

        /// <summary>
        /// A credit to agencies in general, no agency named: "With inputs from agencies", "(With agency inputs)",
        /// "Inputs from wires", "Agencies". The story was written from wire copy.
        /// </summary>
        public static readonly TieredRegex AgenciesCredit = new TieredRegex(
            @"(?:^|[.!?""”’]\s*)\(?\s*(?:with (?:inputs?|additional inputs?|reporting) from (?:the )?(?:news )?(?:agencies|agency|wires|wire services)|with agency inputs|inputs from (?:agencies|agency|wires)|agencies|news agencies|" +
            @"mit material von agenturen|avec agences|con información de agencias|con agencias)\s*\)?\s*\.?\s*$",
            Opt);

        /// <summary>A byline that names agencies in general: "Agencies", "Wire Services", "Agenturen", "Agencias", "Agences".</summary>
        public static readonly TieredRegex AgenciesByline = new TieredRegex(
            @"^(?:by )?(?:agencies|agency|news agencies|wires?|wire services?|wire reports|agenturen|agencias|agences|agenzie|agências)$",
            Opt);

        /// <summary>
        /// A copyright line whose holder is an agency: "© 2024 Reuters", "Copyright 2024 The Associated Press. All rights
        /// reserved.", "(c) Copyright Thomson Reuters 2024". Only with a year or a rights notice: a bare "© AFP" is a photo credit;
        /// and the agency must end the holder's name: "© 2019 Thomson Reuters/Tax &amp; Accounting" is another business of the group.
        /// </summary>
        public static readonly TieredRegex AgencyCopyright = new TieredRegex(
            @"^(?i:©|\(c\)|copyright\b)[\s©:]*(?i:\(c\)\s*)?(?i:copyright\s*)?(?:(?:19|20)\d\d\s*)?(?i:the\s+)?(?<agency>" + AgencyAlternation + @")(?=\s*(?:[.,;:]|$|(?i:all rights)|(?:19|20)\d\d))",
            RegexOptions.Compiled | RegexOptions.CultureInvariant);

        /// <summary>What makes a copyright line a story's credit rather than a photo's: a year or a rights notice.</summary>
        public static readonly TieredRegex CopyrightNotice = new TieredRegex(@"\b(?:19|20)\d\d\b|rights reserved|may not be (?:published|reproduced)|redistribut", Opt);

        // ---- Disclaimers ---------------------------------------------------------------------------

        /// <summary>
        /// A syndication disclaimer: the site says it took the text from a feed unedited. "This story has not been edited by
        /// ... staff and is auto-generated from a syndicated feed", "Disclaimer: No ... Journalist was involved in creation of
        /// this content", "Only the headline and picture of this report may have been reworked by ... staff", "published from a
        /// wire agency feed without modifications to the text", and the same in German ("automatisch ... übernommen", "nicht
        /// redaktionell bearbeitet"), French ("publié automatiquement", "n'a pas été modifié par la rédaction"), Spanish,
        /// Italian, Portuguese and Hindi. Legal notes (views expressed, affiliate links) are not syndication.
        /// </summary>
        public static readonly TieredRegex Disclaimer = new TieredRegex(
            @"(?:auto-?generated|published|sourced|generated|taken|received|processed) (?:directly |automatically )?(?:from|via|through) (?:an? |the )?(?:syndicated|wire|news agency|agency|news) (?:news )?(?:feed|service|wire)s?|syndicated (?:news )?feed|" +
            @"(?:has|have|was|were) not been (?:edited|modified|reviewed|changed) by .{0,50}?(?:staff|editors?|editorial (?:team|staff|desk)|newsroom|team|desk)\b|" +
            @"\bno .{0,50}?(?:journalist|staff|reporter|editor)s? (?:was|were|has been|have been) involved|" +
            @"\b(?:only|except for) the (?:headline|heading|image|picture|title)s?\b.{0,80}?(?:changed|edited|reworked|modified|rewritten)|" +
            @"without (?:any )?modifications? to the text|" +
            @"automatisch .{0,60}?(?:übernommen|erstellt|generiert)|nicht (?:redaktionell )?(?:bearbeitet|geprüft)|" +
            @"(?:généré|publié|diffusé|mis en ligne) automatiquement|n'a pas été (?:modifié|édité|relu|retouché)e? par (?:la|notre) rédaction|" +
            @"(?:generado|publicado|generada|publicada) automáticamente|no ha sido (?:editad|modificad)[oa] por (?:la|nuestra) redacción|" +
            @"pubblicat[oa] automaticamente|non è stat[oa] (?:modificat|redatt)[oa] dalla redazione|" +
            @"publicad[oa] automaticamente|não foi (?:editad|modificad)[oa] pela redação|" +
            @"सिंडि?केट(?:ेड)? फ़?फीड|संपादित नहीं (?:किया|की)",
            Opt);

        /// <summary>Gate for <see cref="Disclaimer"/>: a lower-cased block must hold one of these.</summary>
        public static readonly string[] DisclaimerKeys =
        {
            "syndicat", "feed", "wire", "agency", "edited", "modified", "reviewed", "changed", "involved", "headline", "heading", "modification",
            "automati", "bearbeitet", "geprüft", "rédaction", "redacción", "redazione", "redação", "सिंडि", "संपादित",
        };

        // ---- Republication -------------------------------------------------------------------------

        /// <summary>
        /// A republication note, with the original publisher when named: "This article originally appeared on Example News.",
        /// "This story was first published by Example Post and is republished here with permission", "Originally published in
        /// Example Review", "This article is republished from The Example under a Creative Commons license", "Dieser Artikel
        /// erschien zuerst bei ...", "Cet article a été publié initialement sur ...", "Este artículo fue publicado originalmente
        /// en ...", "Questo articolo è stato pubblicato originariamente su ...", "Publicado originalmente em ...", "Dit artikel
        /// verscheen eerder op ...". Anchored at the line's start and opened by "this": a story that says "the report was first
        /// published by Statistics Norway" is not one (a publisher holding a date is dropped by the decider),
        /// and neither is the original's note that it was "reprinted on" another site (the copy is there, not here).
        /// </summary>
        public static readonly TieredRegex Republication = new TieredRegex(
            @"^\W{0,3}(?:" +
            @"this (?:article|story|post|piece|report|column|essay|interview|op-ed|feature|commentary|content)\b.{0,40}?\b(?:(?:originally|first|previously) (?:appeared|published|ran|posted)|(?:appeared|was published|ran) (?:originally|first))\b.{0,20}?\b(?:on|in|at|by)|this (?:article|story|post|piece|report|column|essay|interview|op-ed|feature|commentary|content) (?:is|was|has been) (?:re-?published|reprinted|reproduced) (?:here )?(?:from|courtesy of|with (?:kind )?permission (?:from|of))|" +
            @"(?:originally|first) (?:published|appeared|posted|ran) (?:on|in|at|by)|re-?published (?:from|courtesy of)|" +
            @"(?:dieser|der) (?:artikel|beitrag|text) (?:erschien|ist) (?:zuerst|ursprünglich|erstmals) .{0,20}?(?:bei|in|auf|im)|zuerst erschienen (?:bei|in|auf|im)|" +
            @"(?:cet|cette) (?:article|tribune|texte|chronique|enquête) a (?:d'abord|initialement|originellement|été initialement|été d'abord) (?:été )?publiée? (?:sur|dans|par)|publiée? (?:initialement|à l'origine|originellement) (?:sur|dans|par)|" +
            @"(?:este|esta) (?:artículo|texto|reportaje|nota|columna) (?:fue publicad[oa]|se publicó|apareció) (?:originalmente|primero|por primera vez) (?:en|por)|publicad[oa] originalmente (?:en|por|em|no|na)|" +
            @"questo articolo è (?:stato )?(?:pubblicato|apparso) (?:originariamente|originalmente|per la prima volta) (?:su|in|da)|" +
            @"(?:dit artikel|dit stuk) verscheen (?:eerder|eerst|oorspronkelijk) (?:op|in|bij)" +
            @")\s+(?<publisher>(?:the\s+)?(?-i:[\p{Lu}\p{Lo}\d""“'])[^.;:!?|()\[\]]{0,70}?)(?=\s*(?:[.;:!?|()\[\]]|,\s|\s+(?:and|under|on \p{Lu}\p{Ll}+ \d|in \d{4}|with|und|et|y|e|en|am|le|el)\b|$))|" +
            @"\b(?:re-?published|reprinted|reproduced|shared) (?:here |on this site )?(?:with|by|under) (?:the )?(?:kind |express |prior )?permission\b|" +
            @"\bmit (?:freundlicher )?genehmigung (?:von|der|des)\b|\b(?:republié|reproduit) avec (?:l'aimable )?autorisation\b|\breproducid[oa] con (?:el )?permiso\b",
            Opt, RepublicationBudgetMilliseconds);

        /// <summary>
        /// Interpreted time <see cref="Republication"/> may use before it is compiled: a tenth of its JIT, 1.3 s (the
        /// costliest in the core; lazy loops inside its alternation), against a few ms of interpretation per thousand pages.
        /// </summary>
        private const double RepublicationBudgetMilliseconds = 130;

        /// <summary>Gate for <see cref="Republication"/>.</summary>
        public static readonly string[] RepublicationKeys =
        {
            "originally", "first", "previously", "also", "publish", "reprint", "reproduc", "permission", "erschien", "ursprünglich", "erstmals",
            "publié", "initialement", "originalmente", "verscheen", "genehmigung", "autorisation", "permiso", "originariamente", "apparso", "shared",
        };

        /// <summary>A republication note's text, at most this long: a story paragraph that merely opens the same way is longer.</summary>
        public const int MaxNoteLength = 400;

        // ---- Hosts ---------------------------------------------------------------------------------

        /// <summary>
        /// Second-level labels of country-code registries ("co.uk", "com.au", "co.in"): the registrable domain is then three
        /// labels. Without the public suffix list, these cover the news sites of the countries we read.
        /// </summary>
        public static readonly HashSet<string> SecondLevelLabels = new HashSet<string>(StringComparer.Ordinal)
        {
            "co", "com", "net", "org", "gov", "ac", "edu", "ne", "or", "go", "gob", "nic", "nom", "info", "int", "gv",
        };

        /// <summary>
        /// Archives, caches and proxies that serve another site's page under their own host (a canonical there points to
        /// the real site without the page being a copy): web archives, the AMP cache, translation proxies, search caches.
        /// </summary>
        public static readonly HashSet<string> ProxyDomains = new HashSet<string>(StringComparer.Ordinal)
        {
            "archive.org", "archive.ph", "archive.today", "archive.is", "archive.li", "archive.vn", "archive.md", "ampproject.org",
            "googleusercontent.com", "translate.goog", "bingj.com", "cachedview.nl", "webcitation.org", "perma.cc",
        };

        /// <summary>The agency a printed name stands for, or null ("Associated Press" → AP; "AP" → AP; "ap" → null).</summary>
        public static NewsAgency? AgencyNamed(string name)
        {
            string n = name.Trim().Trim('.', ',', ';', ':', '-', '–', '—', '(', ')', '[', ']', '"', '“', '”');
            if (n.Length == 0) return null;
            if (ByName.TryGetValue(n, out NewsAgency? a)) return a;
            if (n.Length >= 4 && ByName.TryGetValue(n.ToLowerInvariant(), out a)) return a;
            return null;
        }

        /// <summary>The agency whose registrable domain this is, or null.</summary>
        public static NewsAgency? AgencyOfDomain(string? domain) =>
            domain != null && ByDomain.TryGetValue(domain, out NewsAgency? a) ? a : null;

        private static Dictionary<string, NewsAgency> BuildByName()
        {
            var d = new Dictionary<string, NewsAgency>(StringComparer.Ordinal);
            foreach (NewsAgency a in Agencies)
            {
                foreach (string n in a.Names)
                {
                    d[n] = a;
                    if (n.Length >= 4) d[n.ToLowerInvariant()] = a;
                }
            }
            return d;
        }

        private static Dictionary<string, NewsAgency> BuildByDomain()
        {
            var d = new Dictionary<string, NewsAgency>(StringComparer.Ordinal);
            foreach (NewsAgency a in Agencies)
            {
                foreach (string domain in a.Domains) d[domain] = a;
            }
            return d;
        }
    }
}
