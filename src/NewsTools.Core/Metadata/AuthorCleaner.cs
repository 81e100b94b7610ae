using System;
using System.Collections.Generic;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using NewsTools.Heuristics;
using NewsTools.Text;

namespace NewsTools.Metadata
{
    /// <summary>
    /// Turns a raw byline ("By JANE DOE and John Roe | Staff Writers | Updated 3 minutes ago") into
    /// people's names ("Jane Doe", "John Roe"): no lead-in, dates, roles, handles, placeholders or site name.
    /// </summary>
    internal static class AuthorCleaner
    {
        private static readonly TieredRegex Spaces = new TieredRegex(@"[ \t\u00A0\u2009\u200B\u202F]+", RegexOptions.Compiled | RegexOptions.CultureInvariant);
        private static readonly TieredRegex Breaks = new TieredRegex(@"\s*[\r\n]+\s*", RegexOptions.Compiled | RegexOptions.CultureInvariant);
        private static readonly TieredRegex UserName = new TieredRegex(@"^[a-z][a-z0-9_.\-]{2,29}$", RegexOptions.Compiled | RegexOptions.CultureInvariant);
        private static readonly TieredRegex DomainName = new TieredRegex(@"\.(?:com|org|net|io|co|uk|de|fr|es|it|nl|au|ca|us|edu|gov|info|biz|dev|app|blog|news|me|tv)$", RegexOptions.Compiled | RegexOptions.CultureInvariant);
        private static readonly char[] TrimChars = " \t\n\r\u00A0,;:.-–—|•·●⋅/\\()[]{}\"'“”‘’«»*_#~".ToCharArray();

        /// <summary>
        /// Cleans a raw byline and appends the names not already present; returns how many were added.
        /// <paramref name="siteNames"/>: names equal to one are the brand, not a person (pass none for a
        /// declared Person). <paramref name="declared"/>: the value is a declared author field (JSON-LD,
        /// microdata, meta), where a user name ("jdoe") stands for a person unless it is the host's name
        /// (<paramref name="hostNames"/>: "examplenews" on examplenews.com is the brand's account).
        /// </summary>
        public static int AddNames(string? raw, List<string> into, IReadOnlyList<string> siteNames, bool declared = false, IReadOnlyList<string>? hostNames = null)
        {
            if (string.IsNullOrWhiteSpace(raw)) return 0;
            int added = 0;
            foreach (string name in Clean(raw!, siteNames, declared, hostNames))
            {
                if (!ContainsName(into, name)) { into.Add(name); added++; }
            }
            return added;
        }

        /// <summary>
        /// Whether the text reads as one person's name: two or three capitalised words of letters (an initial
        /// or a hyphen allowed), none of them an organisation, role, calendar or number word or a possessive, not starting with an article.
        /// </summary>
        public static bool IsPersonShaped(string text)
        {
            string[] words = text.Trim().Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries);
            // An article opens a title or a brand, never a name ("A Dabbler's Weblog", "The Organized Mama").
            if (words.Length < 2 || words.Length > 3 || words[0] == "A" || words[0] == "An" || string.Equals(words[0], "The", StringComparison.OrdinalIgnoreCase)) return false;
            foreach (string w in words)
            {
                if (w.Length == 0 || !char.IsUpper(w[0])) return false;
                // A possessive marks a title or a blog name ("Jane's Kitchen"), not a byline.
                if (w.EndsWith("'s", StringComparison.Ordinal) || w.EndsWith("\u2019s", StringComparison.Ordinal)) return false;
                foreach (char c in w) if (!char.IsLetter(c) && c != '.' && c != '-' && c != '\'') return false;
                string k = w.Trim('.');
                if (MetaAuthorWords.OrganizationWords.Contains(k) || MetaAuthorWords.RoleWords.Contains(k) || MetaAuthorWords.CalendarWords.Contains(k) || MetaAuthorWords.NumberWords.Contains(k)) return false;
            }
            return true;
        }

        /// <summary><see cref="IsPersonShaped"/> for a name typed all in lower or upper case ("jane doe", "JANE DOE").</summary>
        public static bool IsPersonShapedAnyCase(string text)
        {
            if (IsPersonShaped(text)) return true;
            var sb = new StringBuilder(text.Length);
            bool start = true;
            foreach (char c in text.Trim())
            {
                sb.Append(start ? char.ToUpperInvariant(c) : char.ToLowerInvariant(c));
                start = c == ' ';
            }
            return IsPersonShaped(sb.ToString());
        }

        private static bool AllLowerLetters(List<string> words)
        {
            foreach (string w in words)
            {
                foreach (char c in w) if (!char.IsLower(c)) return false;
            }
            return true;
        }

        /// <summary>The people named in a raw byline, in order.</summary>
        public static List<string> Clean(string raw, IReadOnlyList<string> siteNames, bool declared = false, IReadOnlyList<string>? hostNames = null)
        {
            var names = new List<string>();
            if (raw.Length > 400) return names; // a bio paragraph or a whole block, not a byline
            string s = raw.IndexOf('&') >= 0 ? WebUtility.HtmlDecode(raw) : raw;
            // "JaroÅ\u0084" for "Jaroń": UTF-8 read as Latin-1 somewhere upstream (the same repair as titles get).
            s = TextRepair.RepairDoubleEncoding(s);
            s = Spaces.Replace(s, " ");
            // "Jane DoePublished: Jun 25" (two elements flattened without a space): the label starts the tail.
            s = MetaAuthorWords.GluedLabel.Replace(s, " ");
            // "Jane DoeNovember 20, 2007": a date glued to the name; the space lets the date cut find it.
            s = MetaDateWords.GluedDate.Replace(s, " ");
            // "ByNina Pineda", "Written byby Jane Doe": lead-ins glued or doubled by the template or the scraper.
            s = MetaAuthorWords.DoubledBy.Replace(s, "$1");
            s = MetaAuthorWords.GluedLeadIn.Replace(s, "$1 ");
            s = Breaks.Replace(s, "\n").Trim();
            s = MetaAuthorWords.HandleOrLink.Replace(s, " ");
            if (MetaAuthorWords.OtherCredit.IsMatch(s)) return names;
            Match otherCredit = MetaAuthorWords.OtherCreditInside.Match(s);
            if (otherCredit.Success) s = s.Substring(0, otherCredit.Index);
            Match leadingDate = MetaAuthorWords.LeadingDate.Match(s);
            if (leadingDate.Success) s = s.Substring(leadingDate.Length);
            string beforeLeadIn = s;
            s = StripLeadIn(s);
            // "By David": after an explicit lead-in a single word is a name (a first name or a user name).
            bool explicitLeadIn = s.Length < beforeLeadIn.Length;

            // The names end where the date, the update note or a role in brackets begins.
            int cut = s.Length;
            Match tail = MetaAuthorWords.TailStart.Match(s);
            if (tail.Success) cut = tail.Index;
            Match word = MetaAuthorWords.TailWordAnyCase.Match(s);
            if (word.Success && word.Index < cut) cut = word.Index;
            if (cut < s.Length)
            {
                bool dateCut = char.IsDigit(s[cut]);
                s = s.Substring(0, cut);
                // "Luke Kim December 17, 2025": the cut at the day leaves the month glued to the name.
                if (dateCut) s = DropTrailingCalendarWord(s);
            }

            foreach (string piece in MetaAuthorWords.NameSeparator.Split(s))
            {
                // "Jane Doe and John Roe, The Example Appeal": after the names, a piece opening with an article is the publication.
                if (names.Count > 0 && StartsWithArticle(piece)) break;
                string? name = CleanOne(piece, siteNames, declared, hostNames, explicitLeadIn && names.Count == 0);
                if (name != null && !ContainsName(names, name)) names.Add(name);
                if (names.Count >= 10) break;
                // "Jane Doe, Head of Marketing and Community Development", "Jane Doe, MD, gastroenterologist, Example
                // Health": after a job title (written out, or in lower case) the rest is the role and the employer.
                if (name is null && names.Count > 0 && (IsRolePhrase(piece) || StartsLower(piece))) break;
            }
            return names;
        }

        private static bool StartsWithArticle(string piece)
        {
            string t = piece.TrimStart(TrimChars);
            return t.StartsWith("The ", StringComparison.Ordinal) || t.StartsWith("THE ", StringComparison.Ordinal);
        }

        private static bool StartsLower(string piece)
        {
            string t = piece.Trim(TrimChars);
            return t.Length > 0 && char.IsLower(t[0]) && !MetaAuthorWords.NameParticles.Contains(t.Split(' ')[0]);
        }

        private static string DropTrailingCalendarWord(string s)
        {
            string t = s.TrimEnd(TrimChars);
            int space = t.LastIndexOf(' ');
            if (space > 0 && MetaAuthorWords.CalendarWords.Contains(t.Substring(space + 1).Trim(TrimChars))) return t.Substring(0, space);
            return s;
        }

        /// <summary>A job title written out ("Head of Marketing", "Director for Europe"): a role word and a lower-case "of", "for", "at" or "in".</summary>
        private static bool IsRolePhrase(string piece)
        {
            bool role = false, connector = false;
            foreach (string w in piece.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries))
            {
                string k = w.Trim(TrimChars);
                if (MetaAuthorWords.RoleWords.Contains(k)) role = true;
                else if (k == "of" || k == "for" || k == "at" || k == "in") connector = true;
            }
            return role && connector;
        }

        private static string StripLeadIn(string s)
        {
            for (int i = 0; i < 2; i++)
            {
                Match m = MetaAuthorWords.LeadIn.Match(s);
                if (!m.Success || m.Length == 0) break;
                s = s.Substring(m.Length);
            }
            return s;
        }

        private static string? CleanOne(string piece, IReadOnlyList<string> siteNames, bool declared, IReadOnlyList<string>? hostNames, bool explicitLeadIn)
        {
            string s = StripLeadIn(piece.Trim(TrimChars)).Trim(TrimChars);
            s = MetaAuthorWords.Honorific.Replace(s, string.Empty).Trim(TrimChars);
            if (s.Length < 2 || s.Length > 70) return null;
            if (MetaAuthorWords.Credential.IsMatch(s)) return null;

            // A declared user name ("jdoe", "jane_doe"): a person's handle on the site, kept as written.
            if ((declared || (explicitLeadIn && s.IndexOf('.') < 0)) && UserName.IsMatch(s) && !DomainName.IsMatch(s) && CountDigits(s) < 3 && !MetaAuthorWords.PlaceholderNames.Contains(s) && s.IndexOf("admin", StringComparison.OrdinalIgnoreCase) < 0
                && !MetaAuthorWords.RoleWords.Contains(s) && !IsSiteName(s, siteNames) && (hostNames is null || !IsSiteName(s, hostNames)))
            {
                return s;
            }

            var words = new List<string>(s.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries));
            // Roles written next to the name without a separator: "Jane Doe Staff Writer", "Senior Editor Jane Doe".
            bool publication = false;
            while (words.Count > 0 && MetaAuthorWords.RoleWords.Contains(words[words.Count - 1].Trim(TrimChars)))
            {
                publication |= MetaAuthorWords.PublicationWords.Contains(words[words.Count - 1].Trim(TrimChars));
                words.RemoveAt(words.Count - 1);
            }
            while (words.Count > 0 && MetaAuthorWords.RoleWords.Contains(words[0].Trim(TrimChars))) words.RemoveAt(0);
            if (words.Count == 0 || words.Count > 6) return null;
            // "Clemson News", "Example Media": one word before a publication word is the publication itself, not
            // a person. ("Example Staff" stays "Example": a collective byline, the staff of the site, signs it.)
            if (words.Count == 1 && publication) return null;

            // A declared name typed all in lower case ("jane doe" in a CMS profile): two or three words of
            // letters only, none a role or organisation word (checked below), is still the person's name.
            bool lowerCaseName = declared && words.Count >= 2 && words.Count <= 3 && AllLowerLetters(words);
            int capitalised = 0, calendar = 0;
            foreach (string w0 in words)
            {
                string w = w0.Trim(TrimChars);
                if (w.Length == 0) return null;
                if (MetaAuthorWords.RoleWords.Contains(w) || MetaAuthorWords.OrganizationWords.Contains(w)) return null;
                if (MetaAuthorWords.CalendarWords.Contains(w)) calendar++;
                char first = w[0];
                if (char.IsUpper(first)) capitalised++;
                else if (char.IsLower(first) && !MetaAuthorWords.NameParticles.Contains(w) && !lowerCaseName) return null;
                foreach (char c in w)
                {
                    if (char.IsDigit(c) || c == '@' || c == '=' || c == '<' || c == '>') return null;
                }
            }
            // "Sweat August", "Posted Monday": a trailing month or weekday is a date cut in half, not a surname.
            // A declared name field holds no date, so there a month ("Tom May", "Ann June") is the surname;
            // "Today" or a weekday still is not ("USA TODAY" is a brand).
            string last = words[words.Count - 1].Trim(TrimChars);
            if (calendar == words.Count || (MetaAuthorWords.CalendarWords.Contains(last) && !(declared && words.Count >= 2 && MetaDateWords.MonthNumber(last) > 0))) return null;
            bool caseless = capitalised == 0 && HasCaselessLetter(words[0]);
            if (capitalised == 0 && !caseless && !lowerCaseName) return null;
            if (words.Count == 1 && (MetaAuthorWords.PlaceholderNames.Contains(words[0]) || words[0].Length < 2)) return null;
            // In page text a single capitalised word next to a byline marker is a label, a link or a category
            // ("Link", "Development", "Security") more often than a name; declared fields, and a word after
            // an explicit "By", may be one word.
            if (words.Count == 1 && !declared && !explicitLeadIn) return null;

            string name = string.Join(" ", words).Trim(TrimChars);
            if (IsShouted(name)) name = ToTitleCase(name);
            if (IsSiteName(name, siteNames)) return null;
            return name.Length >= 2 ? name : null;
        }

        /// <summary>
        /// Whether the name is the site or publisher itself (a meta author set to the brand, "Example Times
        /// Staff" once the role word is gone). Equality only: a person may share words with their own site
        /// ("Jane Doe" on "Jane Doe Photography").
        /// </summary>
        public static bool IsSiteName(string name, IReadOnlyList<string> siteNames)
        {
            string n = TextKeys.Normalize(name);
            string compactN = n.Replace(" ", string.Empty);
            foreach (string site in siteNames)
            {
                string sn = TextKeys.Normalize(site);
                if (sn.Length == 0) continue;
                if (n == sn || compactN == sn.Replace(" ", string.Empty)) return true;
            }
            return false;
        }

        private static bool ContainsName(List<string> names, string name)
        {
            string n = TextKeys.Normalize(name);
            foreach (string existing in names)
            {
                if (TextKeys.Normalize(existing) == n) return true;
            }
            return false;
        }

        /// <summary>Digits in a user name: three or more ("mdoe6vk2ma0ci", "user12345") make it a machine account id, not a byline.</summary>
        private static int CountDigits(string s)
        {
            int n = 0;
            foreach (char c in s) if (char.IsDigit(c)) n++;
            return n;
        }

        private static bool HasCaselessLetter(string w)
        {
            foreach (char c in w)
            {
                if (char.IsLetter(c) && !char.IsUpper(c) && !char.IsLower(c)) return true;
            }
            return false;
        }

        private static bool IsShouted(string s)
        {
            int letters = 0;
            foreach (char c in s)
            {
                if (char.IsLower(c)) return false;
                if (char.IsLetter(c)) letters++;
            }
            return letters > 3;
        }

        private static string ToTitleCase(string s)
        {
            var sb = new StringBuilder(s.Length);
            bool start = true;
            foreach (char c in s)
            {
                if (char.IsLetter(c))
                {
                    sb.Append(start ? c : char.ToLower(c, CultureInfo.InvariantCulture));
                    start = false;
                }
                else
                {
                    sb.Append(c);
                    start = c == ' ' || c == '-' || c == '\'' || c == '’';
                }
            }
            return sb.ToString();
        }
    }
}
