using System;
using System.Collections.Generic;
using NewsTools.Heuristics;
using NewsTools.Metadata;

namespace NewsTools.Text
{
    /// <summary>
    /// Finds the headline among the lines above the story (one reader per page and story start): each header line is
    /// scored as it is read (<see cref="ConsiderHeaderLine"/>), then the story's first line and a headline far above the
    /// window compete (<see cref="Choose"/>), and a standfirst chosen over its headline gives way to it.
    /// </summary>
    internal sealed class TitleReader
    {
        private readonly List<TextLine> _lines;
        private readonly int _start;
        private readonly int _from;
        private readonly IReadOnlyList<Decision> _decided;
        private HashSet<string>? _storyWords;
        private HashSet<string>? _repeated;
        private bool _repeatedRead;
        private readonly HashSet<string> _ownWords = new HashSet<string>(StringComparer.Ordinal); // scratch of StoryWordShare
        private readonly sbyte[] _bylineMemo; // per line: 0 not yet read, 1 a byline or date line, -1 not
        private int _titleIndex = -1;
        private double _titleWords = double.MinValue;

        /// <summary>
        /// A reader for the header of the story starting at line <paramref name="start"/> (the first kept line), whose
        /// header window starts at <paramref name="from"/>; <paramref name="decided"/> holds the story region's decisions.
        /// </summary>
        public TitleReader(List<TextLine> lines, int start, int from, IReadOnlyList<Decision> decided)
        {
            _lines = lines;
            _start = start;
            _from = from;
            _decided = decided;
            _bylineMemo = new sbyte[lines.Count];
        }

        /// <summary>The story's content words, read when a headline candidate first needs them (many pages have none to score).</summary>
        private HashSet<string> StoryWordSet => _storyWords ??= StoryWords(_lines, _start, _decided);

        /// <summary>The keys of the short lines printed twice before the story, read when a headline candidate is first scored.</summary>
        private HashSet<string>? Repeated
        {
            get
            {
                if (!_repeatedRead)
                {
                    _repeated = RepeatedShortLines(_lines, _start);
                    _repeatedRead = true;
                }
                return _repeated;
            }
        }

        /// <summary>The share (0-1) of the line's distinct content words that the story uses (see <see cref="StoryWordShare(string, HashSet{string}, HashSet{string})"/>).</summary>
        private double StoryWordShare(string text) => StoryWordShare(text, StoryWordSet, _ownWords);

        /// <summary>Scores header line <paramref name="i"/> as the headline, when no phrase rule took it and it is headline-shaped.</summary>
        public void ConsiderHeaderLine(int i)
        {
            List<TextLine> lines = _lines;
            int start = _start;
            TextLine line = lines[i];
            if (line.PhraseReason != null) return;
            if (!IsTitleShape(line) || !HeadlineText(line.Text)) return;
            // A name line ("Dylan Bailey, MS, RD") is the byline, however often it is printed; a short Title Case
            // headline looks the same ("Why Cheap SEO Doesn't Work"), but the story uses its words.
            double share = StoryWordShare(line.Text);
            int comma = line.Text.IndexOf(',');
            if (BylineReader.LooksLikeName(comma > 0 ? line.Text.Substring(0, comma) : line.Text) && line.Words <= 8 && share < TextThresholds.HeadlineNotNameShare) return;
            // A team credit ("Great Day Editorial Team") is a byline too; a breadcrumb is not the headline, its last step is
            // (and that step, printed again as the heading, gets the repeat bonus).
            if (line.Words <= 5 && BylineReader.LooksLikeName(line.Text) && MetaAuthorWords.TeamWords.Contains(LastWord(line.Text))) return;
            if (LastCrumb(line.Text) > 0) return;
            // Headline score: enough words (capped, so a long standfirst does not win), close to
            // the story, printed twice (page title and heading, or the breadcrumb's last step), Title
            // Case, followed by the byline or the date, its words used by the story; see TextThresholds.
            int words = Math.Min(line.Words + line.CjkChars / 2, TextThresholds.TitleWordCap);
            double score = words * 2 - (start - i) * TextThresholds.TitleDistanceCost + TextThresholds.TitleStoryWordsBonus * share;
            HashSet<string>? repeated = Repeated;
            if (repeated != null && repeated.Contains(TextKeys.Alnum(line.Text))) score += TextThresholds.TitleRepeatBonus;
            if (IsTitleCase(line.Text)) score += TextThresholds.TitleCaseBonus;
            if (BylineFollows(lines, i + 1, start, _bylineMemo)) score += TextThresholds.TitleBylineBonus;
            if (score > _titleWords)
            {
                _titleIndex = i;
                _titleWords = score;
            }
        }

        /// <summary>
        /// The headline's line, or -1: the best header line, unless the story's first line or a headline far above the
        /// header window outscores it; a standfirst chosen under its headline gives way to the headline.
        /// </summary>
        public int Choose()
        {
            List<TextLine> lines = _lines;
            int start = _start;
            int titleIndex = _titleIndex;
            double titleWords = _titleWords;
            sbyte[] bylineMemo = _bylineMemo;
            // The story region may open with the headline itself (a scraper that starts at the article element):
            // a headline-shaped first line competes, with no distance to pay.
            bool bylineAfterStart = start + 1 < lines.Count && BylineFollows(lines, start + 1, Math.Min(lines.Count, start + 4), bylineMemo);
            if (start < lines.Count && _decided[start].Keep && !lines[start].UserKeep && lines[start].PhraseReason is null && CanOpenAsHeadline(lines[start])
                && start + 1 < lines.Count)
            {
                TextLine first = lines[start];
                int words = Math.Min(first.Words + first.CjkChars / 2, TextThresholds.TitleWordCap);
                double score = words * 2 + TextThresholds.TitleStoryWordsBonus * StoryWordShare(first.Text);
                if (bylineAfterStart) score += TextThresholds.TitleBylineBonus;
                if (IsTitleCase(first.Text)) score += TextThresholds.TitleCaseBonus;
                if (score > titleWords)
                {
                    titleIndex = start;
                    titleWords = score;
                }
            }
            // The story region can start far below the header (a long table of contents or a fact box between): when
            // the line chosen near the story is no article header (no byline or date under it), a headline-shaped line
            // further up with a byline or date under it and the story's words is the headline, when its story words and
            // byline bonus outweigh the near line's story words.
            if (titleIndex < 0 || !BylineFollows(lines, titleIndex + 1, Math.Min(lines.Count, titleIndex + 4), bylineMemo))
            {
                double best = titleIndex >= 0 ? TextThresholds.TitleStoryWordsBonus * StoryWordShare(lines[titleIndex].Text) : 0;
                for (int i = _from - 1; i >= 0 && i >= start - TextThresholds.FarHeaderWindow; i--)
                {
                    TextLine line = lines[i];
                    if (!IsFreeHeadlineLine(line)) continue;
                    double share = StoryWordShare(line.Text);
                    double score = TextThresholds.TitleStoryWordsBonus * share + TextThresholds.TitleBylineBonus;
                    if (share < TextThresholds.FarHeaderMinShare || score <= best || !BylineFollows(lines, i + 1, start, bylineMemo)) continue;
                    best = score;
                    titleIndex = i;
                }
            }
            if (titleIndex > 0 && IsDekUnderHeadline(lines[titleIndex - 1], lines[titleIndex], StoryWordSet, _ownWords)) titleIndex--;
            return titleIndex;
        }

        /// <summary>
        /// Records the headline on line <paramref name="titleIndex"/>: its text (<see cref="HeadlineSegment"/>) as the
        /// title, the line as the Title, and the other lines of the header window (<paramref name="from"/> to
        /// <paramref name="start"/>) that print it again as repeats.
        /// </summary>
        public static void Record(List<TextLine> lines, int titleIndex, int from, int start, HeaderFindings found)
        {
            found.Metadata.Title = HeadlineSegment(lines, titleIndex);
            found.Metadata.SetSource("Title", "text");
            found.Mark(titleIndex, RemovalReason.Title, "title");
            // A headline printed twice (page heading and social card) goes as Title too.
            string key = TextKeys.Alnum(lines[titleIndex].Text);
            for (int i = from; i < start; i++)
            {
                if (i != titleIndex && TextKeys.Alnum(lines[i].Text) == key) found.Mark(i, RemovalReason.Title, "title-repeated");
            }
        }

        private static string LastWord(string t)
        {
            int sp = t.LastIndexOf(' ');
            return sp < 0 ? t : t.Substring(sp + 1);
        }

        /// <summary>
        /// Whether the chosen line is the standfirst (dek) under the real headline: magazines and newsletters print
        /// "Headline / one-sentence summary / byline", and the summary, longer and full of the story's words, outscores
        /// the headline. The line just above is the headline when it is headline-shaped with at least four words, at
        /// least three fewer than the chosen line, half its content words in the story and not many fewer than the
        /// chosen line's, Title Case if the chosen line is, and no name, breadcrumb or section label ('&amp;' or ' / '
        /// joining section names: "Camera &amp; Gear Reviews"). Measurements: TUNING.md.
        /// </summary>
        private static bool IsDekUnderHeadline(TextLine above, TextLine chosen, HashSet<string> storyWords, HashSet<string> scratch)
        {
            if (!IsFreeHeadlineLine(above)) return false;
            if (above.Words < TextThresholds.DekHeadlineMinWords || chosen.Words < above.Words + TextThresholds.DekExtraWords) return false;
            if (above.Text.IndexOf('&') >= 0 || above.Text.IndexOf(" / ", StringComparison.Ordinal) >= 0 || BylineReader.LooksLikeName(above.Text)) return false;
            if (IsTitleCase(chosen.Text) && !IsTitleCase(above.Text)) return false;
            double share = StoryWordShare(above.Text, storyWords, scratch);
            return share >= TextThresholds.DekHeadlineMinShare && share >= StoryWordShare(chosen.Text, storyWords, scratch) - TextThresholds.DekShareSlack;
        }

        /// <summary>A line that may be the headline outside the scored header window: no user rule or phrase rule on it, headline-shaped, no breadcrumb.</summary>
        private static bool IsFreeHeadlineLine(TextLine line)
            => !line.UserKeep && !line.UserRemove && line.PhraseReason is null && IsTitleShape(line) && HeadlineText(line.Text) && LastCrumb(line.Text) <= 0;

        /// <summary>
        /// The headline out of the chosen title line, without what templates glue to it:
        /// <list type="bullet">
        /// <item>a breadcrumb before it ("Home &gt; Blog &gt; Headline"): its last step, when that has three words or more;</item>
        /// <item>labels after pipes ("Headline | Opinion", "Site | Blog | Headline", "Headline | Top 19 Companies"): headlines
        /// do not use " | " as punctuation, so when one segment has at least three words and every other has at most four,
        /// that segment is the headline (a longer second part, "... Under $2500 | The Best Mirrorless Cameras on the
        /// Market", is kept whole);</item>
        /// <item>a site or section name after a dash ("Headline - CNX Software"): a tail of at most four words that the page
        /// prints on at least two other lines (header, footer, copyright). A subtitle after a dash ("Zero Waste - A
        /// Beginner's Guide") is printed once, with the headline.</item>
        /// </list>
        /// </summary>
        private static string HeadlineSegment(List<TextLine> lines, int titleIndex)
        {
            string line = lines[titleIndex].Text;
            int crumb = LastCrumb(line);
            if (crumb > 0 && TextKeys.WordCount(line.Substring(crumb + 1)) >= 3) line = line.Substring(crumb + 1).Trim();
            if (line.IndexOf(" | ", StringComparison.Ordinal) >= 0)
            {
                string[] parts = line.Split(new[] { " | " }, StringSplitOptions.None);
                int best = -1, bestWords = 0;
                for (int i = 0; i < parts.Length; i++)
                {
                    int words = TextKeys.WordCount(parts[i]);
                    if (words > bestWords) { best = i; bestWords = words; }
                }
                bool labels = best >= 0 && bestWords >= 3;
                for (int i = 0; i < parts.Length && labels; i++) labels = i == best || TextKeys.WordCount(parts[i]) <= 4;
                if (labels) line = parts[best].Trim();
            }
            foreach (string dash in DashSeparators)
            {
                int at = line.LastIndexOf(dash, StringComparison.Ordinal);
                if (at <= 0) continue;
                string tail = line.Substring(at + dash.Length).Trim();
                if (tail.Length < 3 || TextKeys.WordCount(tail) > 4 || TextKeys.WordCount(line.Substring(0, at)) < 3) continue;
                int elsewhere = 0;
                for (int i = 0; i < lines.Count && elsewhere < 2; i++)
                {
                    // Other lines: the title line and its repeats do not count.
                    if (lines[i].Text != lines[titleIndex].Text && lines[i].Text.IndexOf(tail, StringComparison.Ordinal) >= 0) elsewhere++;
                }
                if (elsewhere >= 2) return line.Substring(0, at).Trim();
            }
            return line;
        }

        private static readonly string[] DashSeparators = { " - ", " \u2013 ", " \u2014 " };

        /// <summary>Keys of short lines before the story that occur more than once (a headline printed as page title and as heading).</summary>
        private static HashSet<string>? RepeatedShortLines(List<TextLine> lines, int start)
        {
            // Sized for the lines before the story up front: growing a set rehashes every key it holds.
            var seen = new Dictionary<string, bool>(Math.Min(start, lines.Count), StringComparer.Ordinal);
            HashSet<string>? repeated = null;
            for (int i = 0; i < start && i < lines.Count; i++)
            {
                string text = lines[i].Text;
                if (text.Length > TextThresholds.TitleMaxLength) continue;
                // A breadcrumb ("Home > Blog > Headline") repeats the headline as its last step.
                int crumb = LastCrumb(text);
                if (crumb > 0)
                {
                    string last = TextKeys.Alnum(text.Substring(crumb + 1).Trim());
                    if (last.Length >= 10) (repeated ??= new HashSet<string>(StringComparer.Ordinal)).Add(last);
                }
                string key = TextKeys.Alnum(text);
                if (key.Length < 10) continue;
                if (seen.ContainsKey(key)) (repeated ??= new HashSet<string>(StringComparer.Ordinal)).Add(key);
                else seen.Add(key, true);
            }
            return repeated;
        }

        /// <summary>
        /// Where a breadcrumb's last separator is ("Home > Blog > Headline", "Home » Archive » Headline", "Home · Farm ·
        /// Headline"), or -1: the last '>', '›' or '»' of a line that has two of them or starts with "Home" (any spacing,
        /// non-breaking spaces included), else after a leading "Home" the last '·', '/' or '|'. The separator is one character.
        /// </summary>
        private static int LastCrumb(string text)
        {
            int count = 0, last = -1;
            for (int k = 0; k < text.Length; k++)
            {
                char c = text[k];
                if (c == '>' || c == '\u203A' || c == '\u00BB') { count++; last = k; }
            }
            bool home = text.StartsWith("Home", StringComparison.OrdinalIgnoreCase);
            if (last > 0 && (count >= 2 || home)) return last;
            if (!home) return -1;
            int dot = text.LastIndexOf('\u00B7'), slash = text.LastIndexOf(" / ", StringComparison.Ordinal), pipe = text.LastIndexOf(" | ", StringComparison.Ordinal);
            int at = Math.Max(dot, Math.Max(slash < 0 ? -1 : slash + 1, pipe < 0 ? -1 : pipe + 1));
            return at > 0 ? at : -1;
        }

        /// <summary>
        /// Whether a byline or date line comes within three lines from <paramref name="from"/> (before <paramref name="limit"/>):
        /// a headline sits right above its byline and date ("Headline / Jane Doe / May 4, 2025").
        /// </summary>
        private static bool BylineFollows(List<TextLine> lines, int from, int limit, sbyte[] memo)
        {
            for (int j = from; j < limit && j < from + 3 && j < lines.Count; j++)
            {
                if (memo[j] == 0)
                {
                    TextLine l = lines[j];
                    bool mark = l.PhraseReason == RemovalReason.Byline || l.PhraseReason == RemovalReason.Dateline
                        || (l.Text.Length <= 60 && (MetaAuthorWords.BylineStart.IsMatch(l.Text) || (DatelineReader.HasDigit(l.Text) && DateTextParser.FindDate(l.Text, out _) != null)));
                    memo[j] = mark ? (sbyte)1 : (sbyte)-1;
                }
                if (memo[j] > 0) return true;
            }
            return false;
        }

        /// <summary>
        /// The content words (letters only, four or more, no stop word of any listed language, lower case) of the story's
        /// first kept lines after its opening line (<see cref="TextThresholds.TitleStoryLines"/>).
        /// </summary>
        private static HashSet<string> StoryWords(List<TextLine> lines, int start, IReadOnlyList<Decision> decided)
        {
            var set = new HashSet<string>(StringComparer.Ordinal);
            for (int i = start + 1, kept = 0; i < lines.Count && kept < TextThresholds.TitleStoryLines; i++)
            {
                if (!decided[i].Keep) continue;
                AddContentWords(lines[i].Text, set);
                kept++;
            }
            return set;
        }

        /// <summary>The share (0-1) of the line's distinct content words that the story uses; 0 for a line with none.</summary>
        /// <remarks><paramref name="own"/> is a scratch set, cleared first (one per reader, so no set is made per line).</remarks>
        private static double StoryWordShare(string text, HashSet<string> storyWords, HashSet<string> own)
        {
            if (storyWords.Count == 0) return 0;
            own.Clear();
            AddContentWords(text, own);
            if (own.Count == 0) return 0;
            int found = 0;
            foreach (string w in own) if (storyWords.Contains(w)) found++;
            // Fewer than three content words cannot earn full credit: "What is meditation?" names the topic, not the story.
            return (double)found / Math.Max(own.Count, 3);
        }

        /// <summary>Adds the text's content words: runs of letters, four or more, lower-cased, not a stop word.</summary>
        private static void AddContentWords(string text, HashSet<string> into)
        {
            char[]? word = null;
            int n = 0;
            for (int i = 0; i <= text.Length; i++)
            {
                char c = i < text.Length ? text[i] : ' ';
                if (char.IsLetter(c)) { (word ??= new char[text.Length])[n++] = char.ToLowerInvariant(c); continue; }
                if (n >= 4)
                {
                    string w = new string(word!, 0, n);
                    if (n > StopWords.MaxLength || StopWords.Languages(w) == 0) into.Add(w);
                }
                n = 0;
            }
        }

        /// <summary>Most words of four letters or more start with a capital ("How Machine Learning Is Shaping Retail").</summary>
        private static bool IsTitleCase(string t)
        {
            int words = 0, caps = 0;
            foreach (string w in t.Split(' '))
            {
                if (w.Length < 4 || !char.IsLetter(w[0])) continue;
                words++;
                if (char.IsUpper(w[0])) caps++;
            }
            return words >= 2 && caps * 4 >= words * 3;
        }

        /// <summary>Lines a headline never is: a label ending in a colon ("Last updated on:"), a byline ("Written By: ...").</summary>
        private static bool HeadlineText(string t)
            => t[t.Length - 1] != ':' && !MetaAuthorWords.BylineStart.IsMatch(t);

        /// <summary>
        /// Whether the story's first line may be its headline (scored like the lines above it): headline-shaped, not a
        /// sentence (no closing danda or exclamation mark; a CJK line short, without a sentence stop or clause comma), no date.
        /// Questions and colons are allowed: "Do I Need Travel Insurance?" opens many guides.
        /// </summary>
        private static bool CanOpenAsHeadline(TextLine line)
        {
            if (!IsTitleShape(line) || !HeadlineText(line.Text)) return false;
            string t = line.Text;
            char last = t[t.Length - 1];
            // A CJK headline: short, no sentence stop or clause comma.
            if (line.CjkChars >= 6) return t.Length <= 40 && last != '\u3002' && last != '\uFF01' && last != '\uFF1F' && t.IndexOf('\uFF0C') < 0 && t.IndexOf('\u3001') < 0;
            return last != '\u0964' && last != '!' && DateTextParser.FindDate(line.Text, out _) is null;
        }

        /// <summary>A headline: 3-30 words (or a CJK phrase), no closing full stop, no address or handle.</summary>
        private static bool IsTitleShape(TextLine line)
        {
            string t = line.Text;
            if (t.Length > TextThresholds.TitleMaxLength || t.IndexOf('@') >= 0 || t.IndexOf("://", StringComparison.Ordinal) >= 0) return false;
            if (t[t.Length - 1] == '.' && !t.EndsWith("...", StringComparison.Ordinal)) return false;
            if (!char.IsLetterOrDigit(t[0]) && t[0] != '"' && t[0] != '“' && t[0] != '‘' && t[0] != '\'' && t[0] != '¿' && t[0] != '¡' && t[0] != '«') return false;
            if (line.CjkChars >= 6) return true;
            return line.Words >= 3 && line.Words <= 30;
        }
    }
}
