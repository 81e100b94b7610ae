using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using NewsTools.Heuristics;
using NewsTools.Html;
using NewsTools.Loading;
using NewsTools.Text;

namespace NewsTools.Metadata
{
    /// <summary>The last author source: a personal site's owner, when nothing on the page names an author.</summary>
    internal static class SiteOwnerReader
    {
        /// <summary>
        /// 7. A personal site's owner, when nothing else names an author. Pattern caught: blogs named after their
        /// author ("Post | Jane Doe", og:site_name "Jane Doe", the feed "Jane Doe » Feed", "© 2025 Jane Doe" in the
        /// footer) that print no byline because every post is the owner's. The site's name must read as a person's
        /// (two capitalised words, or three with a middle initial, no organisation word) and open with a common
        /// given name (so "Bread Dad", "Spectre Collie" or "Jane Doe Interiors" stay brands), and be confirmed
        /// twice: by two of those sources, or by the host ("janedoe.com", "jane.example.dev"). Measurements: TUNING.md.
        /// </summary>
        internal static bool Read(List<string> into, PageScan scan, List<string> siteNames, List<string> hostNames)
        {
            var found = new List<(string Name, string Source)>();
            foreach (string s in siteNames) found.Add((TextKeys.Clean(s), "site"));
            string? lastSegment = SiteInfo.LastTitleSegment(scan.TitleElement);
            if (lastSegment != null) found.Add((lastSegment, "title"));
            foreach (string f in scan.FeedTitles)
            {
                string t = MetaAuthorWords.FeedTitleTail.Replace(TextKeys.Clean(f), string.Empty);
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
        internal static bool IsOwnerName(string name)
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
        internal static bool HostBearsName(string name, List<string> hostNames)
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
    }
}
