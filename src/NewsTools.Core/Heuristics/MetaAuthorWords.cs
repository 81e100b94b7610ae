using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace NewsTools.Heuristics
{
    /// <summary>
    /// Words and patterns that bylines are dirtied with. Pattern caught: "By JANE DOE | Staff Writer |
    /// Updated 3 minutes ago", "Von Max Muster, Redakteur", "Par Jean Dupont le 17 mai", "@janedoe",
    /// "Jane Doe and John Roe", "Redaktion", and meta authors that are the site itself ("admin", "Staff").
    /// </summary>
    internal static class MetaAuthorWords
    {
        private const RegexOptions Opts = RegexOptions.Compiled | RegexOptions.CultureInvariant | RegexOptions.IgnoreCase;

        /// <summary>A lead-in before the names: "By", "Written by", "Von", "Par", "Por", "Di", "Door", "Av", "Автор:", "Author:".</summary>
        public static readonly TieredRegex LeadIn = new TieredRegex(
            @"^[\s\p{P}]*(?:(?:learn\s+more\s+)?about(?:\s+the\s+authors?)?\s+)?" +
            // "This post was written by", "View all posts by", "More articles by": author boxes and archive links.
            @"(?:this\s+(?:post|article|story|piece|guide|page|blog\s+post)\s+(?:was\s+|is\s+|has\s+been\s+)?|(?:(?:view|see|read|browse)\s+)?(?:all\s+|more\s+)?(?=(?:articles|posts|stories)\s+by\b))?" +
            @"(?:(?:written|authored|articles|posts|stories|posted|reported|words|text|story|reporting|compiled|published|article|recipe|interview|analysis|opinion|column|photos?|video|illustrations?|posté|escrito|scritto|geschrieben)\s+)?" +
            @"(?:by|von|par|por|di|door|av|af|от|автор[ыа]?|author(?:s|\(s\))?|contributors?|autor(?:es|in|en)?|auteur(?:s)?|autore|written|texto?|testo|tekst)\b\s*[:\-–—]?\s*", Opts);

        /// <summary>
        /// "By Jane Doe", "Von Max Muster", "Par Jean Dupont", "Written by ...", "Author: ...", "Text: Jana Nováková" at
        /// the start of a line. "Text" only with its colon: "Text Link", "Text Support" are interface labels.
        /// </summary>
        public static readonly TieredRegex BylineStart = new TieredRegex(
            @"^\s*(?:[Tt]his\s+(?:post|article|story|piece|guide)\s+(?:was\s+|is\s+)?(?:written|authored)\s+by|(?:(?:[Vv]iew|[Ss]ee)\s+)?(?:[Aa]ll|[Mm]ore)\s+(?:articles|posts|stories)\s+by|(?:[Ww]ritten|[Pp]osted|[Rr]eported|[Ww]ords|[Ss]tory)\s+by|[Bb]y|BY|[Vv]on|VON|[Pp]ar|PAR|[Pp]or|POR|[Dd]i|[Dd]oor|[Aa]v|[Aa]f|[Оо]т|[Аа]втор[ыа]?|[Aa]uthors?|[Cc]ontributors?|[Aa]utor(?:in)?|[Aa]uteur|(?:[Tt]ext|[Tt]exto)(?=\s*:))\s*[:\-–]?\s+[\p{Lu}\p{Lo}@]",
            RegexOptions.Compiled | RegexOptions.CultureInvariant);

        /// <summary>
        /// The words <see cref="BylineStart"/>, <see cref="ByUserName"/>, <see cref="LeadInOnly"/> and <see cref="LastUpdatedBy"/>
        /// can start with: a text whose first word is none of them is not run through the four (the page scan meets thousands
        /// of short texts per page). Keep in step with the patterns: each alternative's first word must be here.
        /// </summary>
        public static readonly Metadata.FirstWordGate LeadInFirstWords = new Metadata.FirstWordGate(
            "this", "view", "see", "all", "more", "written", "posted", "reported", "words", "story", "by", "von", "par", "por", "di",
            "door", "av", "af", "от", "автор", "автора", "авторы", "author", "authors", "contributor", "contributors", "autor", "autorin",
            "auteur", "text", "texto", "article", "post", "piece", "published", "recipe", "interview", "writer", "page", "last");

        /// <summary>A byline of a user name alone: "by jdoe", "by jane.doe" (forums, Drupal and community blogs).</summary>
        public static readonly TieredRegex ByUserName = new TieredRegex(@"^\s*[Bb]y\s+[a-z][a-z0-9_.\-]{2,29}\s*$", RegexOptions.Compiled | RegexOptions.CultureInvariant);

        /// <summary>A lead-in alone ("By", "Written by", "Article written by:", "Von:"), with the name in the next element.</summary>
        public static readonly TieredRegex LeadInOnly = new TieredRegex(@"^\s*(?:(?:(?:article|post|story|piece)\s+)?(?:written|posted|published|reported|words|article|story|text|post|recipe|interview)\s+by|by|von|par|por|door|av|af|от|автор|authors?|author\(s\)|contributors?|autor|auteur|writer)\s*:?\s*$", RegexOptions.Compiled | RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

        /// <summary>The label of an author's archive link or button: "All articles by Jane Doe", "View more posts by Jane Doe".</summary>
        public static readonly TieredRegex ArchiveLeadIn = new TieredRegex(@"^\s*(?:(?:view|see|read|browse)\s+)?(?:all|more)\s+(?:articles|posts|stories)\s+by\s", Opts);

        /// <summary>
        /// "Last updated March 3, 2025 by Jane Doe": the maintainer's line at the foot of personal and academic pages
        /// (the lead-in, up to "by", is group 0; at most 40 characters of date between).
        /// </summary>
        public static readonly TieredRegex LastUpdatedBy = new TieredRegex(@"^\s*(?:page\s+)?last\s+(?:updated|modified|revised)\s*:?\s*(?:on\s+)?[^.;|]{0,40}?\s+by(?:\s+(?=\p{Lu})|\s*$)", Opts);

        /// <summary>
        /// A standfirst that ends by crediting its writer in capitals: "..., says JANE DOE.", "writes JOHN ROE" (the
        /// name in group 1). Newspapers set the columnist's name this way; a name in normal case there is a quoted source.
        /// </summary>
        public static readonly TieredRegex StandfirstCredit = new TieredRegex(
            @"[\s,](?:says|writes|reports|explains)\s+(\p{Lu}[\p{Lu}'’\-]+(?:\s+\p{Lu}[\p{Lu}'’\-]+){1,2})\s*\.?\s*$", RegexOptions.Compiled | RegexOptions.CultureInvariant);

        /// <summary>
        /// Links to an author's archive or profile page ("/author/jane-doe/", "/authors/", "/autor/", "/profile/"):
        /// WordPress and most CMSs link the byline name there.
        /// </summary>
        public static readonly TieredRegex AuthorLink = new TieredRegex(
            @"/(?:author|authors|autor|autoren|auteur|auteurs|autore|autori|writer|writers|journalist|journalists|reporter|redaktion/autor|profile/author|people|contributors?|by)/[^/?#]+/?(?:[?#]|$)",
            RegexOptions.Compiled | RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

        /// <summary>
        /// Credits that name someone other than the author: "Reviewed by", "Medically reviewed by",
        /// "Fact checked by", "Edited by", "Photographs by", "Translated by". Pattern caught: health and
        /// product-review sites that print the reviewer next to the byline.
        /// </summary>
        public static readonly TieredRegex OtherCredit = new TieredRegex(
            @"^[\s\p{P}]*(?:(?:medically|expert|fact|legally|financially|clinically)[\s-]+)?(?:reviewed|checked|fact-checked|edited|verified|illustrated|illustrations|photographed|photographs|photos|photo|translated|produced|narrated)\s+by\b", Opts);

        /// <summary>The same credits inside a byline, after the author ("By Jane Doe, DVM. Reviewed by John Roe"): the names end there.</summary>
        public static readonly TieredRegex OtherCreditInside = new TieredRegex(
            @"[\s\p{P}](?:(?:medically|expert|fact|legally|financially|clinically)[\s-]+)?(?:reviewed|checked|fact-checked|edited|verified|illustrated|illustrations|photographed|photographs|photos|photo|translated|produced|narrated)\s+by\b", Opts);

        /// <summary>
        /// The same credits ending the text just before a name ("Reviewed by" in "By &lt;a&gt;Jane Doe&lt;/a&gt;. Reviewed by
        /// &lt;a&gt;John Roe&lt;/a&gt;"): the linked name after them is the reviewer, not a co-author.
        /// </summary>
        public static readonly TieredRegex OtherCreditBefore = new TieredRegex(
            @"(?:^|[\s\p{P}])(?:(?:medically|expert|fact|legally|financially|clinically)[\s-]+)?(?:reviewed|checked|fact-checked|edited|verified|illustrated|illustrations|photographed|photographs|photos|photo|translated|produced|narrated)\s+by\s*:?\s*$", Opts);

        /// <summary>The opening of an author bio: "Jane Doe is a freelance writer", "Jane Doe was the editor" (the name in group 1).</summary>
        public static readonly TieredRegex BioOpening = new TieredRegex(
            @"^\s*(\p{Lu}[\p{L}'’.\-]+(?:\s+\p{Lu}\.)?(?:\s+\p{Lu}[\p{L}'’.\-]+){1,2})\s+(?:is|was)\s+(?:a|an|the|our)\s",
            RegexOptions.Compiled | RegexOptions.CultureInvariant);

        /// <summary>
        /// The holder of a footer's copyright line: "© 2025 Jane Doe.", "Copyright © 2019-2025 Jane Doe |", "(c) Jane Doe"
        /// (group 1, two or three capitalised words; "All Rights Reserved" after it is not part of the name).
        /// </summary>
        public static readonly TieredRegex CopyrightHolder = new TieredRegex(
            @"(?:©|\(c\)|\bCopyright\b)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?[\s,]*)?(?:by\s+)?(\p{Lu}[\p{L}'’\-]+(?:\s+\p{Lu}\.)?(?:\s+(?!All\b)\p{Lu}[\p{L}'’\-]+){1,2})(?![\p{L}\-])",
            RegexOptions.Compiled | RegexOptions.CultureInvariant);

        /// <summary>What a feed link's title adds after the site's name: "» Feed", "- Comments Feed", "RSS Feed", "| Atom".</summary>
        public static readonly TieredRegex FeedTitleTail = new TieredRegex(
            @"(?:\s*[»|\-–—:]\s*.*|\s+(?:RSS|Atom)?\s*(?:Feed|RSS|Atom)\s*)$", RegexOptions.Compiled | RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

        /// <summary>An "About the author" label before a bio.</summary>
        public static readonly TieredRegex AboutAuthorLabel = new TieredRegex(@"^(?:about\s+the\s+authors?|about\s+the\s+writer|the\s+author|author|über\s+den\s+autor|sobre\s+el\s+autor|à\s+propos\s+de\s+l'auteur)$", Opts);

        /// <summary>Separators between several names: comma, semicolon, ampersand, "and" in several languages, slash, pipe, bullets and dots (•, ·, ●, ⋅).</summary>
        public static readonly TieredRegex NameSeparator = new TieredRegex(
            @"\s*(?:[,;&/|•·\u2022\u25CF\u22C5+]|\n|\s(?:and|und|et|y|e|i|og|en|och|ve|va|и|with|mit|avec|con|and\s+by)\s)\s*", RegexOptions.Compiled | RegexOptions.CultureInvariant);

        /// <summary>A date at the start of a byline: "Dec. 19, 2025", "19 May 2025", "2025-12-19", "03/01/2017".</summary>
        private const string LeadingDatePattern =
            @"^\s*(?:\p{L}{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{1,2}\.?\s+\p{L}{3,9}\.?,?\s+\d{4}|\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[./]\d{1,2}[./]\d{2,4})";

        /// <summary>
        /// A date set before the names and split from them by a bullet, pipe or dash ("Dec. 19, 2025 · Jane Doe",
        /// "2025-12-19 | Jane Doe", "19 May 2025 - Jane Doe", "03/01/2017 by Jane Doe"): date-first byline lines of blogs and docs sites.
        /// </summary>
        public static readonly TieredRegex LeadingDate = new TieredRegex(
            LeadingDatePattern + @"(?:\s*[·•|\u2022\-–—]\s*(?=\p{Lu})|\s+(?=(?:[Bb]y|BY)\s))",
            RegexOptions.Compiled | RegexOptions.CultureInvariant);

        /// <summary>
        /// A date before the name with only a space between, as in a byline element whose date and name are two
        /// spans ("&lt;span&gt;Dec 17, 2025&lt;/span&gt;&lt;span&gt;Jane Doe&lt;/span&gt;"). Used only on elements marked as
        /// bylines: in running text a date followed by a capital is a dateline ("Dec 17, 2025 New York").
        /// </summary>
        public static readonly TieredRegex LeadingDateSpaced = new TieredRegex(
            LeadingDatePattern + @"\s+(?=\p{Lu})",
            RegexOptions.Compiled | RegexOptions.CultureInvariant);

        /// <summary>A lead-in glued to the name by a scraper that dropped the space between two elements ("ByNina Pineda").</summary>
        public static readonly TieredRegex GluedLeadIn = new TieredRegex(@"^(\s*(?:[Bb]y|BY|[Ww]ritten\s+by|[Pp]osted\s+by))(?=\p{Lu}\p{Ll})", RegexOptions.Compiled | RegexOptions.CultureInvariant);

        /// <summary>A lead-in printed twice by a template ("Written byby Jane Doe", "By By Jane Doe").</summary>
        public static readonly TieredRegex DoubledBy = new TieredRegex(@"\b([Bb]y)\s*[Bb]y\b", RegexOptions.Compiled | RegexOptions.CultureInvariant);

        /// <summary>A date or page label glued to the end of a name by a scraper that flattened two elements ("Jane DoePublished:", "Jane DoeUpdated").</summary>
        public static readonly TieredRegex GluedLabel = new TieredRegex(
            @"(?<=\p{L})(?=(?:Published|Updated|Posted|Last\s+updated|Reviewed|Edited|Photos?|Share|Follow|Comments?)\b)",
            RegexOptions.Compiled | RegexOptions.CultureInvariant);

        /// <summary>Where the names end and the date line starts: "on", "am", "le", "el", "il", "em" (lower case only), "Updated"...</summary>
        public static readonly TieredRegex TailStart = new TieredRegex(
            @"(?:\s(?:on|in|am|le|el|il|em|at|op|den)\s|(?<!\p{L})\d|\(|\[|—\s|–\s|\s-\s|:\s)", RegexOptions.Compiled | RegexOptions.CultureInvariant);

        /// <summary>Case-insensitive versions of the capitalised tail words ("Updated", "Published", "Photo"...).</summary>
        public static readonly TieredRegex TailWordAnyCase = new TieredRegex(
            @"\b(?:updated|published|posted|last\s+updated|modified|aktualisiert|veröffentlicht|publié|mis\s+à\s+jour|publicado|actualizado|atualizado|pubblicato|aggiornato|read\s+more|follow|view\s+all|see\s+all|more\s+from|more\s+by|min(?:ute)?s?\s+read|ago|share|e-?mail|photo|photos|getty|contact)\b", Opts);

        /// <summary>Social handles, e-mail addresses and links that bylines carry.</summary>
        public static readonly TieredRegex HandleOrLink = new TieredRegex(@"(?:https?://\S+|www\.\S+|\S+@\S+\.\S+|@\w+)", Opts);

        /// <summary>Honorifics dropped from the front of a name.</summary>
        public static readonly TieredRegex Honorific = new TieredRegex(@"^(?:dr|prof|mr|mrs|ms|mx|sir|dame)\.?\s+", Opts);

        /// <summary>Credentials after a name ("MD", "PhD", "RD", "Jr.") are kept off as separate names.</summary>
        public static readonly TieredRegex Credential = new TieredRegex(@"^(?:[A-Z]{2,5}|Ph\.?D\.?|M\.?D\.?|Jr\.?|Sr\.?|III?|IV|MBA|MSc|BSc|CPT|RDN|LDN)$", RegexOptions.Compiled | RegexOptions.CultureInvariant);

        /// <summary>Pronouns that make a "NAME is a ..." sentence a person's bio.</summary>
        public static readonly HashSet<string> PersonPronouns = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "he", "she", "his", "her", "him", "hers",
        };

        /// <summary>Job titles printed on the line under a byline name ("Trending Editor", "Co-founder of Example", "Senior Analyst").</summary>
        public static readonly HashSet<string> JobTitleWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "writer", "reporter", "editor", "correspondent", "columnist", "contributor", "journalist", "analyst", "founder", "co-founder",
            "cofounder", "expert", "director", "manager", "specialist", "strategist", "consultant", "producer", "ceo", "president",
            "professor", "researcher", "scientist", "engineer", "designer", "developer", "coach", "trainer", "dietitian", "nutritionist",
            "reviewer", "photographer", "attorney", "lawyer", "physician", "clinician", "officer", "marketer", "author",
        };

        /// <summary>
        /// Job titles, roles and team words: a segment holding one is a role, not a person
        /// ("Staff Writer", "Senior Editor", "Redakteurin", "Web Desk", "Newsroom").
        /// </summary>
        public static readonly HashSet<string> RoleWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "staff", "writer", "writers", "reporter", "reporters", "editor", "editors", "editorial", "correspondent", "contributor",
            "contributors", "contributing", "columnist", "journalist", "producer", "director", "manager", "president", "officer",
            "analyst", "founder", "co-founder", "ceo", "cto", "cfo", "coo", "chief", "senior", "associate", "assistant", "intern",
            "fellow", "professor", "photographer", "illustrator", "team", "desk", "bureau", "newsroom", "admin", "administrator",
            "webmaster", "author", "authors", "guest", "special", "freelance", "freelancer", "specialist", "expert", "consultant",
            "lead", "head", "deputy", "executive", "managing", "news", "media", "redaktion", "redakteur", "redakteurin",
            "korrespondent", "korrespondentin", "rédaction", "rédacteur", "rédactrice", "journaliste", "periodista", "redactor",
            "redactora", "redacción", "giornalista", "redattore", "redazione", "jornalista", "repórter", "redação", "redacao",
            "редакция", "редактор", "корреспондент", "published", "updated", "posted", "sponsored", "content", "partner",
            "anonymous", "unknown", "user", "users", "moderator", "community", "blog", "website", "group", "department",
            "marketing", "communications", "pr", "support", "official", "owner", "profile", "follow", "view", "posts", "articles",
            "strategist", "coordinator", "developer", "engineer", "designer", "scientist", "researcher", "nutritionist",
            "dietitian", "coach", "trainer", "host", "anchor", "presenter", "commentator", "critic", "reviewer", "medically",
            "reviewed", "fact", "checked", "verified", "share", "comments", "comment", "subscribe", "login", "menu", "home",
            "learn", "released", "newsletter", "podcast", "episode",
            // Labels of author boxes ("Full Bio", "More About Me").
            "bio", "full", "about", "me", "more",
            // Page labels that sit next to dates ("Press Release", "Doc. No").
            "press", "release", "doc", "no",
            "former", "retired", "emeritus",
        };

        /// <summary>Role words that name a publication rather than a team ("Clemson News", "Example Media").</summary>
        public static readonly HashSet<string> PublicationWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "news", "media", "newsroom", "magazine", "journal", "newspaper", "blog", "website", "podcast", "newsletter",
        };

        /// <summary>
        /// Words that mark an organisation, not a person ("Acme Solutions", "Example Media Group", "Foo Inc."):
        /// CMSs fill the author field with the company when no person is set.
        /// </summary>
        public static readonly HashSet<string> OrganizationWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "inc", "llc", "ltd", "gmbh", "corp", "corporation", "company", "solutions", "sas", "sarl", "group", "agency",
            "studio", "studios", "technologies", "technology", "systems", "software", "services", "official", "resources",
            "labs", "network", "association", "institute", "university", "college", "foundation", "bank", "clinic",
            "hospital", "magazine", "journal", "newspaper", "publishing", "publications", "marketing", "digital",
            "consulting", "partners", "plc", "ag", "co", "tips", "insights", "academy", "hub", "store", "shop", "online",
            "center", "centre", "council", "society", "school", "organization", "organisation", "ministry", "gov",
            // Professional-corporation suffixes and practice names of local-business sites ("Smith Dentistry PC").
            "pc", "pllc", "dentistry", "dental",
        };

        /// <summary>
        /// Number words: a brand may start with one ("Five Books", "One Tree Planted"), a person's name does not.
        /// Used to tell a person-shaped site name from a brand.
        /// </summary>
        public static readonly HashSet<string> NumberWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twelve", "hundred", "thousand", "million",
        };

        /// <summary>
        /// Class names of the parts of a byline block that are not the name: its date, category, separator,
        /// avatar or bio ("byline__category", "author-avatar", "author-bio"). Pattern caught: byline blocks
        /// that wrap the date and section links next to the author.
        /// </summary>
        public static readonly TieredRegex BylineNonNamePart = new TieredRegex(
            @"(categor|date|time|separator|divider|tags?(?![a-z])|section|topic|share|social|image|img|avatar|photo|picture|bio(?![a-z])|description|follow|more|read)",
            RegexOptions.Compiled | RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

        /// <summary>The bio or description part of an author card ("author-description", "author__bio"), which comes after the name.</summary>
        public static readonly TieredRegex BylineBioPart = new TieredRegex(@"(?:bio(?![a-z])|description)", RegexOptions.Compiled | RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

        /// <summary>Words that make a one-word "name" a placeholder rather than a person.</summary>
        public static readonly HashSet<string> PlaceholderNames = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "admin", "administrator", "staff", "editor", "editors", "team", "guest", "anonymous", "unknown", "user", "webmaster",
            "newsroom", "redaktion", "redazione", "redacción", "redação", "rédaction", "root", "null", "none", "undefined", "by",
            "author", "the", "and", "home", "news", "blog", "post", "posts", "wordpress", "default", "moderator", "support", "info",
            "contact", "editorial", "desk", "press", "updated", "published", "share", "read", "more", "results", "result",
            "category", "categories", "tags", "tag", "topics", "topic", "search", "sources", "source", "overview", "summary",
            // "Browse by": menus that list an archive by manufacturer, brand, industry or region ("By Manufacturer").
            "manufacturer", "manufacturers", "brand", "brands", "industry", "industries", "region", "location", "product", "products",
        };

        /// <summary>The last word of a collective credit ("Great Day Editorial Team", "Resy Staff", "The Currency Editors").</summary>
        public static readonly HashSet<string> TeamWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "team", "staff", "editors", "desk", "newsroom", "contributors", "writers",
        };

        /// <summary>Weekday and month words: "Friday" or "May" left over from a date is not a name.</summary>
        public static readonly HashSet<string> CalendarWords = WithEnglishMonths(new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue", "tues", "wed", "thu", "thur",
            "thurs", "fri", "sat", "sun", "today", "yesterday", "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag",
            "sonntag", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "lunes", "martes", "miércoles",
            "jueves", "viernes", "sábado", "domingo",
        });

        private static HashSet<string> WithEnglishMonths(HashSet<string> words)
        {
            foreach (string[] month in MetaDateWords.EnglishMonths) words.UnionWith(month);
            return words;
        }

        /// <summary>Lower-case words allowed inside a name ("Ludwig van Beethoven", "Maria de la Cruz", "bin", "al").</summary>
        public static readonly HashSet<string> NameParticles = new HashSet<string>(StringComparer.Ordinal)
        {
            "van", "von", "de", "der", "den", "del", "della", "di", "da", "das", "dos", "du", "la", "le", "bin", "ibn", "al", "el",
            "ter", "ten", "zu", "y", "st", "mac", "af", "bint", "ben", "do", "e",
        };
    }
}
