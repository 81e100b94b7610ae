using System;
using System.Collections.Generic;
using NewsTools.Heuristics;

namespace NewsTools.Text
{
    /// <summary>Where the story is among the lines: its first line, the last line of the scored region, and the story's last line.</summary>
    internal readonly struct StoryRegion
    {
        public StoryRegion(int start, int end, int storyEnd, bool proseFallback)
        {
            Start = start;
            End = end;
            StoryEnd = storyEnd;
            ProseFallback = proseFallback;
        }

        /// <summary>The first line of the story region; after <see cref="End"/> when none was found.</summary>
        public int Start { get; }

        /// <summary>The last line of the best-scoring region, before the cut at a paywall prompt or comment section.</summary>
        public int End { get; }

        /// <summary>The story's last line: the region cut at a paywall prompt or a comment section.</summary>
        public int StoryEnd { get; }

        /// <summary>Whether the region was found by the prose fallback (no run of lines read as a story by its words).</summary>
        public bool ProseFallback { get; }

        /// <summary>Whether a region was found (a story region whose cut left at least its first line).</summary>
        public bool Found => Start <= StoryEnd;
    }

    /// <summary>
    /// Finds the story region of measured and classified lines: marks a reader-comment section, takes the best-scoring
    /// run of lines (prose adds, chrome subtracts: the maximum-subarray idea of body-text extraction) and the neighbouring
    /// runs strong enough to join it, and cuts the story at a paywall prompt or a comment section.
    /// </summary>
    internal static class StoryRegionFinder
    {
        /// <summary>
        /// The story region of <paramref name="lines"/>. Marks the lines of a comment section as comments first; when no
        /// run of lines reads as a story by its words yet there is prose, reclassifies the lines by their shape alone and
        /// searches again (<see cref="StoryRegion.ProseFallback"/>).
        /// </summary>
        public static StoryRegion Find(List<TextLine> lines, ExtractionFocus focus)
        {
            MarkCommentSection(lines);
            FindRegion(lines, focus, out int start, out int end);
            bool proseFallback = false;
            if (start > end && HasProse(lines))
            {
                // No run of lines reads as a story by its words (a language and a kind of text the lists do not know), yet
                // there is prose: the best run of sentences is kept rather than nothing, and the Strategy says so.
                foreach (TextLine line in lines)
                {
                    if (line.Class != LineClass.Junk) line.Class = IsProseSentence(line) ? LineClass.Good : LineClass.Short;
                }
                FindRegion(lines, focus, out start, out end);
                proseFallback = start <= end;
            }
            int storyEnd = CutAtStoryEnd(lines, start, end);
            return new StoryRegion(start, end, storyEnd, proseFallback);
        }

        /// <summary>
        /// Finds a reader-comment section: the first comment marker after some story that is followed
        /// by at least <see cref="TextThresholds.CommentMarkersToCut"/> markers in all (each comment
        /// brings its "X says:", "Reply" or rating line). Prose from there on is marked as comments,
        /// so a long discussion cannot outscore a short story in the region search.
        /// </summary>
        private static void MarkCommentSection(List<TextLine> lines)
        {
            int markers = 0;
            for (int i = 0; i < lines.Count; i++)
            {
                if (lines[i].PhraseReason != RemovalReason.Comments) continue;
                lines[i].HeaderCommentLink = IsHeaderCommentCount(lines, i);
                if (!lines[i].HeaderCommentLink) markers++;
            }
            if (markers < TextThresholds.CommentMarkersToCut) return;
            int storyLines = 0;
            int from = -1;
            for (int i = 0; i < lines.Count; i++)
            {
                TextLine line = lines[i];
                if (line.Class == LineClass.Good) storyLines++;
                if (IsCommentMarker(line))
                {
                    // Some story first: two prose blocks, not one promo box above a "33 Comments" link in the header.
                    if (storyLines >= TextThresholds.StoryLinesBeforeComments && markers >= TextThresholds.CommentMarkersToCut)
                    {
                        from = i;
                        break;
                    }
                    markers--;
                }
            }
            if (from < 0) return;
            for (int i = from + 1; i < lines.Count; i++)
            {
                TextLine line = lines[i];
                if (line.UserKeep || line.PhraseReason != null) continue;
                line.PhraseReason = RemovalReason.Comments;
                line.PhraseRule = "comment-section";
                line.Class = LineClass.Junk;
            }
        }

        /// <summary>A line that marks a comment section: a comment phrase that is not the header's comment-count link.</summary>
        private static bool IsCommentMarker(TextLine line) => line.PhraseReason == RemovalReason.Comments && !line.HeaderCommentLink;

        /// <summary>
        /// A bare comment count ("33 Comments", "No comments") just under the article's date line is the header's link to the
        /// comments (byline, date, count), not the heading of the comment section: a DOM dump prints the three on lines of
        /// their own, and the count must not open a comment section above the story.
        /// </summary>
        private static bool IsHeaderCommentCount(List<TextLine> lines, int i)
        {
            if (!TextPhrases.CommentCount.IsMatch(lines[i].Text)) return false;
            // The date comes before the count ("Jane Doe / May 2, 2025 / 33 Comments"); a date after it is the first comment's.
            for (int k = Math.Max(0, i - TextThresholds.CommentCountDateReach); k < i; k++)
            {
                TextLine line = lines[k];
                if (line.EffectiveLength > TextThresholds.DateLineMaxLength) continue;
                if (line.PhraseReason == RemovalReason.Dateline || DatelineReader.HasDigit(line.Text) && DatelineReader.FindLineDate(line.Text, out _) != null) return true;
            }
            return false;
        }

        /// <summary>Score of a line for the region search: prose adds its length, chrome subtracts.</summary>
        private static int RegionScore(TextLine line)
        {
            switch (line.Class)
            {
                case LineClass.Good: return line.EffectiveLength;
                case LineClass.NearGood: return line.EffectiveLength / 2;
                case LineClass.Junk: return -(TextThresholds.ShortLinePenalty + TextThresholds.JunkLinePenalty);
                default: return -TextThresholds.ShortLinePenalty;
            }
        }

        /// <summary>
        /// The story region: the maximum-sum run of line scores, then neighbouring runs that score at
        /// least a share of it (a story split by a photo block or an inline promo). Linear.
        /// </summary>
        private static void FindRegion(List<TextLine> lines, ExtractionFocus focus, out int start, out int end)
        {
            int n = lines.Count;
            var scores = new int[n];
            bool[] code = CodeBlockLines(lines);
            for (int i = 0; i < n; i++)
            {
                // A code block's lines cost nothing: a tutorial's story runs on across its listings, which a dump that
                // keeps the listing's line breaks (text browsers, DOM dumps) prints as many short lines.
                scores[i] = code[i] && lines[i].Class != LineClass.Junk ? Math.Max(0, RegionScore(lines[i])) : RegionScore(lines[i]);
                // Context as in jusText: a short prose paragraph next to a story paragraph is story.
                if (lines[i].Class == LineClass.NearGood && (NeighbourIsGood(lines, i, -1) || NeighbourIsGood(lines, i, 1)))
                {
                    scores[i] = lines[i].EffectiveLength;
                }
            }
            long best = Best(scores, 0, n - 1, out start, out end);
            if (best <= 0)
            {
                // A few short lines piped in on their own (a headline, a one-line note) are the text
                // the caller wants, unless a phrase rule names them junk.
                if (n <= TextThresholds.TinyInputLines)
                {
                    for (start = 0; start < n && lines[start].Class == LineClass.Junk; start++) { }
                    for (end = n - 1; end >= start && lines[end].Class == LineClass.Junk; end--) { }
                    if (start <= end) return;
                }
                start = 0;
                end = -1;
                return;
            }

            double share = focus == ExtractionFocus.Precision ? TextThresholds.SecondaryBlockShare * 2
                : focus == ExtractionFocus.Recall ? TextThresholds.SecondaryBlockShare / 2 : TextThresholds.SecondaryBlockShare;
            // Extend forward and backward with blocks strong enough to outweigh the gap before them.
            // Each step rescans what is left, so the number of steps is capped to keep the search linear on hostile input.
            for (int step = 0; step < TextThresholds.MaxRegionExtensions && end < n - 1; step++)
            {
                long s = Best(scores, end + 1, n - 1, out int s2, out int e2);
                long gap = 0;
                for (int i = end + 1; i < s2; i++) gap += GapScore(scores[i]);
                if (!JoinsRegion(s, gap, s2 - end - 1, best, share)) break;
                end = e2;
            }
            for (int step = 0; step < TextThresholds.MaxRegionExtensions && start > 0; step++)
            {
                long s = Best(scores, 0, start - 1, out int s2, out int e2);
                long gap = 0;
                for (int i = e2 + 1; i < start; i++) gap += GapScore(scores[i]);
                if (!JoinsRegion(s, gap, start - e2 - 1, best, share)) break;
                start = s2;
            }
        }

        /// <summary>
        /// The lines of code blocks: a line that reads as code (<see cref="TextPhrases.CodeLine"/>) next to another within
        /// two lines, and a line between two such lines (a command without punctuation between two comments). One linear pass.
        /// </summary>
        private static bool[] CodeBlockLines(List<TextLine> lines)
        {
            int n = lines.Count;
            var looks = new bool[n];
            for (int i = 0; i < n; i++) looks[i] = lines[i].Class != LineClass.Good && TextPhrases.MayBeCodeLine(lines[i].Text) && TextPhrases.CodeLine.IsMatch(lines[i].Text);
            var code = new bool[n];
            int lastCode = -1000;
            for (int i = 0; i < n; i++)
            {
                if (!looks[i]) continue;
                if (i - lastCode <= TextThresholds.CodeLineReach)
                {
                    for (int k = lastCode; k <= i; k++) code[k] = true;
                }
                lastCode = i;
            }
            return code;
        }

        /// <summary>
        /// Whether a neighbouring block joins the story: it must outweigh the gap, and be a good share
        /// of the main block, or, across a gap of one or two lines (an inline widget), hold at least
        /// one sentence of prose.
        /// </summary>
        private static bool JoinsRegion(long score, long gap, int gapLines, long best, double share)
        {
            if (score <= 0 || score + gap <= 0) return false;
            if (score >= best * share) return true;
            return gapLines <= 2 && score >= TextThresholds.SecondaryBlockMinScore;
        }

        /// <summary>The nearest line in a direction, skipping up to two phrase-junk lines (an inline widget), is a story line.</summary>
        private static bool NeighbourIsGood(List<TextLine> lines, int i, int step)
        {
            for (int k = i + step, skipped = 0; k >= 0 && k < lines.Count; k += step)
            {
                if (lines[k].Class == LineClass.Good) return true;
                if (lines[k].Class != LineClass.Junk || ++skipped > 2) return false;
            }
            return false;
        }

        /// <summary>Between two story blocks every non-prose line costs the same: an inline widget (newsletter box, "Also read") must not split a story.</summary>
        private static int GapScore(int score) => score < 0 ? -TextThresholds.ShortLinePenalty : score;

        /// <summary>Kadane's maximum-sum contiguous run over scores[from..to].</summary>
        private static long Best(int[] scores, int from, int to, out int start, out int end)
        {
            long best = long.MinValue, cur = 0;
            int curStart = from;
            start = from;
            end = from - 1;
            for (int i = from; i <= to; i++)
            {
                if (cur <= 0)
                {
                    cur = 0;
                    curStart = i;
                }
                cur += scores[i];
                if (cur > best)
                {
                    best = cur;
                    start = curStart;
                    end = i;
                }
            }
            return best == long.MinValue ? 0 : best;
        }

        /// <summary>
        /// The story stops at a paywall prompt (what follows is the offer) and at a comment-section
        /// heading in the last part of the region. Returns the last line of the story.
        /// </summary>
        private static int CutAtStoryEnd(List<TextLine> lines, int start, int end)
        {
            if (start > end) return end;
            long total = 0;
            for (int i = start; i <= end; i++) if (lines[i].Class == LineClass.Good) total += lines[i].EffectiveLength;
            // Comment markers (headings, "X said:", "Reply") from each line to the region's end.
            var markersAfter = new int[end - start + 2];
            for (int i = end; i >= start; i--)
            {
                markersAfter[i - start] = markersAfter[i - start + 1] + (IsCommentMarker(lines[i]) ? 1 : 0);
            }
            long seen = 0;
            for (int i = start; i <= end; i++)
            {
                TextLine line = lines[i];
                if (line.Class == LineClass.Good) seen += line.EffectiveLength;
                if (seen == 0 || line.UserKeep) continue;
                if (line.PhraseReason == RemovalReason.Paywall) return LastStoryLine(lines, start, i - 1);
                // A comment section: a marker in the last three quarters of the story, or the first of
                // a run of markers (each comment brings its "said:" or "Reply") wherever it starts.
                if (IsCommentMarker(line) && (seen * 4 >= total || markersAfter[i - start] >= TextThresholds.CommentMarkersToCut || TextPhrases.CommentListHeading.IsMatch(line.Text)))
                {
                    return LastStoryLine(lines, start, i - 1);
                }
            }
            return end;
        }

        private static int LastStoryLine(List<TextLine> lines, int start, int i)
        {
            while (i > start && lines[i].Class != LineClass.Good && lines[i].Class != LineClass.NearGood) i--;
            return i;
        }

        /// <summary>A sentence of prose by its shape alone: several words, ending as a sentence does, or a long run of words.</summary>
        private static bool IsProseSentence(TextLine line)
        {
            if (line.CjkChars >= TextThresholds.FallbackProseWords * 2) return line.EndsSentence || line.HasInnerPunctuation;
            return line.Words >= TextThresholds.FallbackProseWords && (line.EndsSentence || line.HasInnerPunctuation || line.Words >= TextThresholds.FallbackProseWords * 3);
        }

        private static bool HasProse(List<TextLine> lines)
        {
            foreach (TextLine line in lines) if (line.Class != LineClass.Junk && IsProseSentence(line)) return true;
            return false;
        }
    }
}
