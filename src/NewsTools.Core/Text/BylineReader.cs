using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using NewsTools.Heuristics;
using NewsTools.Metadata;

namespace NewsTools.Text
{
    /// <summary>
    /// Reads who wrote the article: "By" lines, a name printed alone near the headline or a date line, a name under a
    /// label ("Written by", "About the author"), a byline at the foot. Names go into the metadata; the lines that
    /// carried them are returned as findings (<see cref="HeaderFindings"/>), not decided here.
    /// </summary>
    internal static class BylineReader
    {
        /// <summary>Whether a line under a name credits it: a short date line, another credit ("reviewed by ..."), or a job title.</summary>
        private static bool IsCreditLine(string t)
        {
            if (t.Length > 60) return false;
            if (DatelineReader.HasDigit(t) && DatelineReader.FindLineDate(t, out _) != null) return true;
            if (MetaAuthorWords.OtherCredit.IsMatch(t)) return true;
            if (TextKeys.WordCount(t) > 8) return false;
            foreach (string w in t.Split(' ', ',', '-', '|'))
            {
                if (MetaAuthorWords.JobTitleWords.Contains(w)) return true;
            }
            return false;
        }

        /// <summary>
        /// An author named under a label on the line before, anywhere in the text: "Written by" / "Author:" over the name
        /// (a byline block flattened one part per line), or "About the author" / "The author" over the name or over a bio
        /// that opens with it ("Jane Doe is a freelance writer..."). The name must read as a person's. Labels that name
        /// different people ("By:" over each item of a catalogue or a list of posts) are a listing, and none is taken.
        /// </summary>
        public static void ReadLabelledName(List<TextLine> lines, ArticleMetadata metadata)
        {
            List<string>? found = null;
            for (int i = 0; i + 1 < lines.Count; i++)
            {
                string label = lines[i].Text;
                if (label.Length > 40) continue;
                bool leadIn = MetaAuthorWords.LeadInOnly.IsMatch(label);
                bool about = !leadIn && MetaAuthorWords.AboutAuthorLabel.IsMatch(label.TrimEnd(':', ' '));
                if (!leadIn && !about) continue;
                string next = lines[i + 1].Text;
                string? name = null;
                if (next.Length <= 60 && TextKeys.WordCount(next) <= 5) name = next;
                else if (about)
                {
                    Match bio = MetaAuthorWords.BioOpening.Match(next);
                    if (bio.Success) name = bio.Groups[1].Value;
                }
                if (name is null) continue;
                List<string> names = AuthorCleaner.Clean(name, Array.Empty<string>());
                bool people = names.Count > 0;
                foreach (string n in names) people &= AuthorCleaner.IsPersonShaped(n);
                if (!people) continue;
                if (found is null) found = names;
                else if (!string.Equals(string.Join(",", found), string.Join(",", names), StringComparison.OrdinalIgnoreCase)) return;
            }
            if (found is null) return;
            metadata.Authors.AddRange(found);
            metadata.SetSource("Authors", "text");
        }

        /// <summary>
        /// A byline printed as the name alone between the headline and the story, with no date beside it ("Headline /
        /// Jane Doe / Share / story"). Two capitalised words are also what menus and labels look like ("Privacy Policy",
        /// "Key Takeaways"), so the name must read as a person's and open with a common given name
        /// (<see cref="GivenNames"/>), or sit right under the headline with a credit under it (a date, "reviewed by", a
        /// job title). Measurements: TUNING.md.
        /// </summary>
        public static void ReadNameUnderTitle(List<TextLine> lines, int titleIndex, int start, HeaderFindings found)
        {
            ArticleMetadata metadata = found.Metadata;
            int end = Math.Min(start, titleIndex + 12);
            for (int j = titleIndex + 1; j < end; j++)
            {
                TextLine line = lines[j];
                if (line.UserKeep || line.Text.Length > 40 || line.PhraseReason != null) continue;
                string name = line.Text.StartsWith("Dr. ", StringComparison.Ordinal) ? line.Text.Substring(4) : line.Text;
                int space = name.IndexOf(' ');
                if (space <= 0 || !AuthorCleaner.IsPersonShaped(name)) continue;
                // A common given name, or, within two lines of the headline, a credit line right under the name: "Oleg
                // Parashchak / Jul 18, 2025", "Tuhin Bhatt / Co-founder of Example", "Jane Roe / reviewed by John Doe".
                bool credited = j <= titleIndex + 2 && j + 1 < lines.Count && IsCreditLine(lines[j + 1].Text);
                if (!GivenNames.Common.Contains(name.Substring(0, space)) && !credited) continue;
                metadata.Authors.Add(name);
                metadata.SetSource("Authors", "byline");
                found.Mark(j, RemovalReason.Byline, "byline-name");
                return;
            }
        }

        /// <summary>Adds the people a byline names, cleaned by <see cref="AuthorCleaner"/>; returns whether it named any.</summary>
        public static bool AddCleanedNames(string text, ArticleMetadata metadata)
        {
            List<string> cleaned = AuthorCleaner.Clean(text, Array.Empty<string>());
            if (cleaned.Count == 0) return false;
            foreach (string name in cleaned) if (!metadata.Authors.Contains(name)) metadata.Authors.Add(name);
            metadata.SetSource("Authors", "byline");
            return true;
        }

        /// <summary>
        /// A byline without "By": a line that is only a person's name (credentials, a date or a role may follow:
        /// "Jane Doe", "JANE DOE", "Jane Doe, MS, RD", "Jane Doe October 14, 2025"), on a header date line or
        /// the line just above or below one. Names must read as people's (two or three capitalised words, no
        /// role, organisation or calendar word), so menu items ("Contact Us", "Work With Me") do not qualify.
        /// </summary>
        public static void ReadNameLine(List<TextLine> lines, int from, int start, int titleIndex, List<int> dateLines, HeaderFindings found)
        {
            ArticleMetadata metadata = found.Metadata;
            int limit = Math.Min(lines.Count, start + 3);
            foreach (int anchor in dateLines)
            {
                foreach (int offset in NameLineOffsets)
                {
                    int j = anchor + offset;
                    if (j < from || j >= limit || j == titleIndex) continue;
                    TextLine line = lines[j];
                    if (line.UserKeep || line.Text.Length > 80 || (line.PhraseReason != null && line.PhraseReason != RemovalReason.Byline && line.PhraseReason != RemovalReason.Dateline)) continue;
                    List<string> names = AuthorCleaner.Clean(line.Text, Array.Empty<string>());
                    if (names.Count == 0) continue;
                    bool people = true;
                    foreach (string n in names) people &= AuthorCleaner.IsPersonShapedAnyCase(n);
                    if (!people) continue;
                    metadata.Authors.AddRange(names);
                    metadata.SetSource("Authors", "byline");
                    found.Mark(j, RemovalReason.Byline, "byline-name");
                    return;
                }
            }
        }

        private static readonly int[] NameLineOffsets = { 0, -1, 1 };

        /// <summary>A byline or "By" line after the story (some sites print the author at the foot).</summary>
        public static void ReadTrailingByline(List<TextLine> lines, IReadOnlyList<Decision> decided, ArticleMetadata metadata)
        {
            if (metadata.Authors.Count > 0) return;
            for (int i = 0; i < lines.Count; i++)
            {
                if (!decided[i].Keep && decided[i].Reason == RemovalReason.Byline && AddAuthors(lines[i].Text, metadata)) return;
            }
        }

        public static bool AddAuthors(string text, ArticleMetadata metadata)
        {
            var m = TextPhrases.Byline.Match(text);
            if (!m.Success) return false;
            // The metadata cleaner takes roles, dates, handles and credentials off ("By Jane Doe, Staff Writer");
            // scripts it does not read as names (CJK, Arabic, Devanagari bylines) keep the matched names as written.
            if (AddCleanedNames(text, metadata)) return true;
            string names = m.Groups["names"].Value;
            foreach (string part in names.Split(new[] { ",", " and ", " und ", " et ", " y ", " e ", " и ", "&" }, StringSplitOptions.RemoveEmptyEntries))
            {
                string name = part.Trim();
                if (name.Length >= 2 && !metadata.Authors.Contains(name)) metadata.Authors.Add(name);
            }
            if (metadata.Authors.Count == 0) return false;
            metadata.SetSource("Authors", "byline");
            return true;
        }

        /// <summary>
        /// A byline the phrase rules did not take, being long or lower-case ("by Jane Doe | Mar 11, 2023 | Brakes, Repairs",
        /// "by Jane Doe on Dec 16, 2025 at 11:00 AM"): when no author is known, the cleaner cuts the names from their
        /// tail, the line is dropped as the byline and its date noted. Returns whether line <paramref name="i"/> was one.
        /// </summary>
        public static bool ReadByLine(List<TextLine> lines, int i, HeaderFindings found, List<int> dateLines)
        {
            ArticleMetadata metadata = found.Metadata;
            TextLine line = lines[i];
            if (metadata.Authors.Count > 0 || line.PhraseReason != null || line.Text.Length > TextThresholds.BylineLineMaxLength || line.EndsSentence || !StartsWithBy(line.Text)
                || !AddCleanedNames(line.Text, metadata))
            {
                return false;
            }
            found.Mark(i, RemovalReason.Byline, "byline");
            DatelineReader.NoteBylineDate(i, line.Text, dateLines, metadata);
            return true;
        }

        /// <summary>
        /// Whether the line opens with a byline lead-in: "By Jane", "Written by". A lower-case word after "by" is not
        /// taken for a user name in text mode: in a dump it is as often a menu ("by subject") or an account as a person.
        /// </summary>
        private static bool StartsWithBy(string t) => MetaAuthorWords.BylineStart.IsMatch(t);

        public static bool IsBareByWord(string t)
        {
            return t.Length <= 4 && (t.Equals("By", StringComparison.OrdinalIgnoreCase) || t.Equals("Von", StringComparison.OrdinalIgnoreCase) || t.Equals("Par", StringComparison.OrdinalIgnoreCase) || t.Equals("Por", StringComparison.OrdinalIgnoreCase) || t.Equals("Di", StringComparison.OrdinalIgnoreCase));
        }

        /// <summary>Marks that end a headline's clause and never occur in a name ("Mobile App Development: Definition").</summary>
        private static readonly char[] NotInNames = { ':', '?', '!' };

        /// <summary>Two to four capitalised words, no colon, question or exclamation mark: a person's name.</summary>
        public static bool LooksLikeName(string t)
        {
            string[] parts = t.Split(' ');
            if (parts.Length < 2 || parts.Length > 5 || t.Length > 50 || t.IndexOfAny(NotInNames) >= 0) return false;
            foreach (string p in parts)
            {
                if (p.Length == 0 || !(char.IsUpper(p[0]) || p == "van" || p == "de" || p == "von" || p == "da")) return false;
            }
            return true;
        }
    }
}
