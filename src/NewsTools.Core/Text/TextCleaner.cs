using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.RegularExpressions;
using NewsTools.Heuristics;
using NewsTools.Metadata;
using NewsTools.Text.Shapes;

namespace NewsTools.Text
{
    /// <summary>What the text path produced.</summary>
    internal sealed class TextCleanResult
    {
        public List<ContentBlock> Blocks { get; } = new List<ContentBlock>();
        public List<RemovedBlock> Removed { get; } = new List<RemovedBlock>();
        public List<string> Captions { get; } = new List<string>();
        public ArticleMetadata Metadata { get; } = new ArticleMetadata();
        public PaywallVerdict Paywall { get; set; } = PaywallVerdict.NoPaywall;
        public string Strategy { get; set; } = "text-classifier";
        public TextShape Shape { get; set; } = TextShape.Lines;
        public string? Image { get; set; }

        /// <summary>The language detected on the whole input (before cleaning), or null; stands in when the kept text is too thin to tell.</summary>
        public string? InputLanguage { get; set; }
    }

    /// <summary>
    /// Cleans already-scraped text: classifies each line as story or junk, with a reason.
    /// </summary>
    /// <remarks>
    /// A few linear passes: (1) repair and split into lines, join broken hyphenation; (2) measure each
    /// line (length, stop words, punctuation) and run the phrase rules; (3) find the story region, the
    /// best-scoring run of lines where prose adds and chrome subtracts (the maximum-subarray idea of
    /// body-text extraction), cut at a paywall prompt or a comment section; (4) inside the region keep
    /// prose, subheadings and list items, outside it read title, byline and dateline, and record every
    /// removed line with a reason.
    /// </remarks>
    internal static class TextCleaner
    {
        /// <summary>Cleans one text. Never throws for odd input.</summary>
        public static TextCleanResult Clean(string text, ExtractionOptions options)
        {
            var result = new TextCleanResult();
            if (string.IsNullOrEmpty(text)) return result;
            options ??= ExtractionOptions.Default;
            Action<string>? log = options.Log;

            string repaired = TextRepair.Repair(text);
            // Old Mac line ends and Unicode line/paragraph separators end a line too.
            if (repaired.IndexOf('\r') >= 0) repaired = repaired.Replace("\r\n", "\n").Replace('\r', '\n');
            if (repaired.IndexOf('\u2028') >= 0 || repaired.IndexOf('\u2029') >= 0) repaired = repaired.Replace('\u2028', '\n').Replace('\u2029', '\n');
            ShapedText shaped = TextShapeReader.Read(repaired, options.InputFormat == InputFormat.Markdown);
            result.Shape = shaped.Shape;
            log?.Invoke("Text: read as " + shaped.Shape + " (" + shaped.Lines.Count.ToString(CultureInfo.InvariantCulture) + " blocks).");
            List<TextLine> lines = shaped.Lines;
            if (lines.Count == 0) return result;

            string? language = LanguageDetector.Detect(ProseSample(lines));
            result.InputLanguage = language;
            int languageMask = StopWords.MaskOf(language);
            int goodLength = options.Focus == ExtractionFocus.Precision ? TextThresholds.GoodLengthPrecision
                : options.Focus == ExtractionFocus.Recall ? TextThresholds.GoodLengthRecall : TextThresholds.GoodLength;

            // No list for this language (Indonesian, Polish, Turkish...): the text's own commonest short words stand in.
            HashSet<string>? documentStops = languageMask == 0 ? LineClassifier.DocumentStopWords(lines) : null;
            foreach (TextLine line in lines)
            {
                LineClassifier.Measure(line, languageMask, documentStops);
                line.UserKeep = MatchesAny(options.KeepPatterns, line.Text);
                line.UserRemove = !line.UserKeep && MatchesAny(options.RemovePatterns, line.Text);
                if (!line.UserKeep && !line.UserRemove)
                {
                    line.PhraseReason = BoilerplateClassifier.Classify(line.Text, out string? rule);
                    line.PhraseRule = rule;
                    if (line.PhraseReason is null && IsGluedTeaser(line.Text))
                    {
                        line.PhraseReason = RemovalReason.Related;
                        line.PhraseRule = "headline-teaser";
                    }
                }
                line.Class = line.UserKeep ? LineClass.Good : line.UserRemove ? LineClass.Junk : LineClassifier.ClassOf(line, goodLength, languageMask == 0);
            }

            MarkCommentSection(lines);
            FindRegion(lines, options.Focus, out int start, out int end);
            if (start > end && HasProse(lines))
            {
                // No run of lines reads as a story by its words (a language and a kind of text the lists do not know), yet
                // there is prose: the best run of sentences is kept rather than nothing, and the Strategy says so.
                foreach (TextLine line in lines)
                {
                    if (line.Class != LineClass.Junk) line.Class = IsProseSentence(line) ? LineClass.Good : LineClass.Short;
                }
                FindRegion(lines, options.Focus, out start, out end);
                if (start <= end) result.Strategy = "text-prose-fallback";
            }
            int storyEnd = CutAtStoryEnd(lines, start, end);
            log?.Invoke(start <= end
                ? "Text: story region lines " + lines[start].LineNumber.ToString(CultureInfo.InvariantCulture) + "-" + lines[storyEnd].LineNumber.ToString(CultureInfo.InvariantCulture) + (language != null ? " (language " + language + ")" : string.Empty) + "."
                : "Text: no story region found.");

            var decided = new Decision[lines.Count];
            if (start <= storyEnd) DecideRegion(lines, start, storyEnd, decided, options.Focus);
            ReadHeader(lines, start <= storyEnd ? start : lines.Count, decided, result.Metadata);
            DecideOutside(lines, start <= storyEnd ? start : lines.Count, start <= storyEnd ? storyEnd : -1, decided);
            ReadTrailingByline(lines, decided, result.Metadata);

            // Emit in input order; duplicates of kept blocks are dropped here.
            var seen = new HashSet<string>(StringComparer.Ordinal);
            int nextImage = 0;
            result.Image = LeadImage(shaped.Images, start, storyEnd, decided);
            string? titleKey = result.Metadata.Title != null ? TextRepair.DuplicateKey(result.Metadata.Title) : null;
            for (int i = 0; i < lines.Count; i++)
            {
                TextLine line = lines[i];
                Decision d = decided[i];
                if (d.Keep)
                {
                    string key = TextRepair.DuplicateKey(line.Text);
                    if (titleKey != null && key == titleKey && !line.UserKeep)
                    {
                        Remove(result, line, RemovalReason.Title, "title-repeated", log);
                        continue;
                    }
                    if (key.Length >= TextThresholds.DuplicateMinLength && !seen.Add(key) && !line.UserKeep)
                    {
                        Remove(result, line, RemovalReason.Duplicate, "duplicate", log);
                        continue;
                    }
                    if (options.IncludeImages) AddImagesBefore(result, shaped.Images, i, ref nextImage);
                    AddBlock(result, line, d.Heading);
                }
                else
                {
                    if (d.Reason == RemovalReason.Caption || d.Reason == RemovalReason.Credit) result.Captions.Add(line.Text);
                    Remove(result, line, d.Reason, d.Rule, log);
                }
            }

            var allLines = new List<string>(lines.Count);
            foreach (TextLine line in lines) allLines.Add(line.Text);
            PaywallVerdict verdict = PaywallDetector.Detect(allLines);
            if (verdict.Kind != PaywallKind.None)
            {
                string? last = null;
                for (int i = result.Blocks.Count - 1; i >= 0 && last is null; i--)
                {
                    if (result.Blocks[i].Kind == BlockKind.Paragraph) last = result.Blocks[i].Text;
                }
                verdict = new PaywallVerdict(verdict.Kind, verdict.Evidence, last != null && PaywallDetector.LooksCut(last));
                log?.Invoke("Text: paywall " + verdict.Kind + " (" + string.Join(" | ", verdict.Evidence) + ").");
            }
            result.Paywall = verdict;
            return result;
        }

        /// <summary>
        /// A kept line as a body block, in the structure its input gave it: a Markdown heading keeps its level, a list item
        /// its kind and depth; consecutive table rows make one table and consecutive code lines one preformatted block.
        /// </summary>
        private static void AddBlock(TextCleanResult result, TextLine line, bool decidedHeading)
        {
            List<ContentBlock> blocks = result.Blocks;
            ContentBlock? last = blocks.Count > 0 ? blocks[blocks.Count - 1] : null;
            if (line.Cells != null)
            {
                if (last != null && last.Kind == BlockKind.Table && last.Rows != null)
                {
                    var rows = new List<string[]>(last.Rows) { line.Cells };
                    last.Rows = rows.ToArray();
                    last.Text += "\n" + line.Text;
                    return;
                }
                blocks.Add(new ContentBlock(BlockKind.Table, line.Text) { Rows = new[] { line.Cells }, HasHeader = line.Level == 1 });
                return;
            }
            if (line.Kind == BlockKind.Preformatted && last != null && last.Kind == BlockKind.Preformatted)
            {
                last.Text += "\n" + line.Text;
                last.Markdown = (last.Markdown ?? last.Text) + "\n" + (line.InlineMarkdown ?? line.Text);
                return;
            }
            ContentBlock block = line.Kind == BlockKind.Heading ? new ContentBlock(BlockKind.Heading, line.Text, Math.Max(2, line.Level))
                : decidedHeading ? new ContentBlock(BlockKind.Heading, line.Text, 2)
                : line.Kind == BlockKind.Paragraph ? new ContentBlock(BlockKind.Paragraph, line.Text)
                : new ContentBlock(line.Kind, line.Text, line.Level) { Depth = line.Depth };
            if (line.InlineMarkdown != null && line.Kind != BlockKind.Preformatted) block.Markdown = line.InlineMarkdown;
            blocks.Add(block);
        }

        /// <summary>
        /// Images a Markdown input showed just before the kept line <paramref name="index"/> (with IncludeImages); an image
        /// further up, among removed lines, belonged to what was removed (a logo in the menu, a teaser's thumbnail).
        /// </summary>
        private static void AddImagesBefore(TextCleanResult result, List<ShapedImage> images, int index, ref int next)
        {
            while (next < images.Count && images[next].BeforeLine <= index)
            {
                ShapedImage image = images[next++];
                if (image.BeforeLine >= index - TextThresholds.ImageToKeptLineMaxGap) result.Blocks.Add(new ContentBlock(BlockKind.Image, image.Alt) { Url = image.Url });
            }
        }

        /// <summary>
        /// The lead image of a Markdown input: the first image between the headline (or the story's start) and the story's
        /// end that is no logo, avatar, icon or tracking pixel.
        /// </summary>
        private static string? LeadImage(List<ShapedImage> images, int start, int end, Decision[] decided)
        {
            if (images.Count == 0 || start > end) return null;
            int from = start;
            for (int i = start - 1; i >= 0 && i >= start - TextThresholds.HeaderWindow; i--)
            {
                if (decided[i].Reason == RemovalReason.Title && !decided[i].Keep) { from = i; break; }
            }
            foreach (ShapedImage image in images)
            {
                if (image.BeforeLine < from || image.BeforeLine > end) continue;
                if (TextPhrases.NotLeadImage.IsMatch(image.Url)) continue;
                return image.Url;
            }
            return null;
        }

        /// <summary>
        /// The text the language is told from: the blocks' plain text (no Markdown link targets, no wrap breaks), wordy
        /// blocks first (a menu of labels or a script's data says little), up to 20,000 characters.
        /// </summary>
        private static string ProseSample(List<TextLine> lines)
        {
            var sb = new System.Text.StringBuilder();
            for (int pass = 0; pass < 2 && sb.Length < TextThresholds.LanguageSampleChars; pass++)
            {
                foreach (TextLine line in lines)
                {
                    if (sb.Length >= TextThresholds.LanguageSampleChars) break;
                    bool prose = IsWordy(line.Text);
                    if (prose != (pass == 0)) continue;
                    // One block may not speak for the page: a script's data blob or a link farm on one line runs to pages.
                    sb.Append(line.Text, 0, Math.Min(line.Text.Length, TextThresholds.LanguageSampleLineChars)).Append('\n');
                }
            }
            return sb.ToString();
        }

        /// <summary>Five words or more, and letters and spaces make nine characters in ten (not a script's data or a list of URLs).</summary>
        private static bool IsWordy(string s)
        {
            int spaces = 0, letters = 0;
            foreach (char c in s)
            {
                if (c == ' ') spaces++;
                else if (char.IsLetter(c)) letters++;
            }
            return spaces >= 4 && (letters + spaces) * 10 >= s.Length * 9;
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

        /// <summary>The fate of one line.</summary>
        private struct Decision
        {
            public bool Keep;
            public bool Heading;
            public RemovalReason Reason;
            public string? Rule;

            public static Decision Kept(bool heading) => new Decision { Keep = true, Heading = heading };

            public static Decision Dropped(RemovalReason reason, string? rule) => new Decision { Keep = false, Reason = reason, Rule = rule };
        }

        private static void Remove(TextCleanResult result, TextLine line, RemovalReason reason, string? rule, Action<string>? log)
        {
            string location = "line " + line.LineNumber.ToString(CultureInfo.InvariantCulture);
            result.Removed.Add(new RemovedBlock(line.Text, reason, location, rule));
            log?.Invoke("Text: removed " + location + " as " + reason + (rule != null ? " (" + rule + ")" : string.Empty) + ": " + Shorten(line.Text));
        }

        private static string Shorten(string s) => s.Length <= 60 ? s : s.Substring(0, 57) + "...";

        private static bool MatchesAny(IReadOnlyList<System.Text.RegularExpressions.Regex>? patterns, string text)
        {
            if (patterns is null) return false;
            for (int i = 0; i < patterns.Count; i++)
            {
                if (patterns[i] != null && patterns[i].IsMatch(text)) return true;
            }
            return false;
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
                if (line.PhraseReason == RemovalReason.Dateline || HasDigit(line.Text) && FindLineDate(line.Text, out _) != null) return true;
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
            for (int i = 0; i < n; i++) looks[i] = lines[i].Class != LineClass.Good && TextPhrases.CodeLine.IsMatch(lines[i].Text);
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

        /// <summary>Decides the lines of the story region: prose and list items stay, subheadings become headings, junk goes.</summary>
        private static void DecideRegion(List<TextLine> lines, int start, int end, Decision[] decided, ExtractionFocus focus)
        {
            // After a list heading such as "Trending News" or "Related", the short lines that follow
            // are its headline links, up to the next prose line.
            bool inLinkList = false;
            for (int i = start; i <= end; i++)
            {
                TextLine line = lines[i];
                if (line.UserKeep) { decided[i] = Decision.Kept(false); continue; }
                if (line.UserRemove) { decided[i] = Decision.Dropped(RemovalReason.UserRule, "remove-pattern"); continue; }
                // A table row of figures in the story ("2022 | 1,240") is no dateline or byline: only offer and junk phrases drop it.
                if (line.Cells != null && (line.PhraseReason == RemovalReason.Dateline || line.PhraseReason == RemovalReason.Byline))
                {
                    decided[i] = Decision.Kept(false);
                    continue;
                }
                if (line.PhraseReason is RemovalReason reason)
                {
                    decided[i] = Decision.Dropped(reason, line.PhraseRule);
                    if (reason == RemovalReason.Related && line.Words <= 5) inLinkList = true;
                    continue;
                }
                if (line.Class == LineClass.Good || line.Class == LineClass.NearGood)
                {
                    inLinkList = false;
                    decided[i] = Decision.Kept(false);
                    continue;
                }
                if (inLinkList)
                {
                    decided[i] = Decision.Dropped(RemovalReason.Related, "related-list");
                    continue;
                }

                // A short line inside the story.
                bool nextProse = NextIsProse(lines, i, end, focus == ExtractionFocus.Precision ? 1 : 2);
                if (IsHeadingShape(line) && nextProse)
                {
                    decided[i] = Decision.Kept(true);
                }
                else if (focus != ExtractionFocus.Precision && IsListItemShape(line) && (nextProse || PrevKept(decided, i, start)))
                {
                    decided[i] = Decision.Kept(false);
                }
                else if (line.EndsSentence && line.StopWords > 0 && line.Words >= 3)
                {
                    decided[i] = Decision.Kept(false);
                }
                else if (focus != ExtractionFocus.Precision && HasLetters(line.Text, 3))
                {
                    // Inside the story a short line with no junk phrase is most often a table row, a
                    // caption-less label or a one-line answer: measured on the text dumps, keeping
                    // them gains more recall than it costs precision.
                    decided[i] = Decision.Kept(false);
                }
                else
                {
                    decided[i] = Decision.Dropped(RemovalReason.ShortFragment, "short-in-story");
                }
            }
        }

        private static bool PrevKept(Decision[] decided, int i, int start) => i > start && decided[i - 1].Keep && !decided[i - 1].Heading;

        /// <summary>Whether the next <paramref name="reach"/> lines (so one short label may sit between) hold prose or a list item before the region ends.</summary>
        private static bool NextIsProse(List<TextLine> lines, int i, int end, int reach)
        {
            for (int k = i + 1; k <= end && k <= i + reach; k++)
            {
                LineClass c = lines[k].Class;
                if (c == LineClass.Good || c == LineClass.NearGood) return true;
                if (c == LineClass.Junk) return false;
                if (IsListItemShape(lines[k])) return true;
            }
            return false;
        }

        /// <summary>A subheading: a few words, no trailing comma or colon-less fragment of a menu, not all digits.</summary>
        private static bool IsHeadingShape(TextLine line)
        {
            string t = line.Text;
            if (t.Length > TextThresholds.HeadingMaxLength || line.EffectiveLength < 3) return false;
            char last = t[t.Length - 1];
            if (last == ',' || last == ';' || last == '|' || last == '»' || last == '>' || last == '→') return false;
            if (!char.IsLetter(t[0]) && t[0] != '"' && t[0] != '“' && !char.IsDigit(t[0]) && t[0] != '¿' && t[0] != '¡') return false;
            if (t.IndexOf('@') >= 0 || t.StartsWith("http", StringComparison.OrdinalIgnoreCase)) return false;
            // "Population: 4,200" is a fact-box row, not a heading.
            if (char.IsDigit(last) && t.IndexOf(':') > 0) return false;
            return line.Words >= 1 || line.CjkChars >= 2;
        }

        /// <summary>A list item: several words, some of them function words, or a long enough phrase.</summary>
        private static bool IsListItemShape(TextLine line)
        {
            if (line.Class == LineClass.Junk) return false;
            if (line.CjkChars >= 8) return true;
            return line.Words >= 4 && (line.StopWords >= 1 || line.EffectiveLength >= 30);
        }

        /// <summary>Lines before the region and after its end are removed, each with the finest reason found.</summary>
        private static void DecideOutside(List<TextLine> lines, int start, int end, Decision[] decided)
        {
            bool afterPaywall = false, afterPromotion = false;
            for (int i = 0; i < lines.Count; i++)
            {
                if (i >= start && i <= end) continue;
                if (decided[i].Rule != null || decided[i].Reason != RemovalReason.Boilerplate) continue; // already set by ReadHeader
                TextLine line = lines[i];
                if (line.UserKeep) { decided[i] = Decision.Kept(false); continue; }
                if (line.UserRemove) { decided[i] = Decision.Dropped(RemovalReason.UserRule, "remove-pattern"); continue; }
                bool trailing = i > end;
                if (line.PhraseReason is RemovalReason reason)
                {
                    // Inside an offer box a "delivered to your inbox" or "share" feature is part of the offer.
                    bool offerPart = reason == RemovalReason.Paywall || reason == RemovalReason.Subscription || reason == RemovalReason.Promotion || reason == RemovalReason.Disclaimer || reason == RemovalReason.Copyright;
                    if (trailing && (afterPromotion || afterPaywall) && !offerPart)
                    {
                        decided[i] = Decision.Dropped(afterPromotion ? RemovalReason.Promotion : RemovalReason.Subscription, afterPromotion ? "offer-feature-list" : "offer-after-paywall");
                        continue;
                    }
                    if (trailing && (reason == RemovalReason.Paywall || reason == RemovalReason.Subscription)) afterPaywall = true;
                    if (trailing && reason == RemovalReason.Promotion) afterPromotion = true;
                    decided[i] = Decision.Dropped(reason, line.PhraseRule);
                    continue;
                }
                if (trailing && afterPromotion) decided[i] = Decision.Dropped(RemovalReason.Promotion, "offer-feature-list");
                else if (trailing && afterPaywall) decided[i] = Decision.Dropped(RemovalReason.Subscription, "offer-after-paywall");
                else if (line.Class == LineClass.Short) decided[i] = Decision.Dropped(trailing ? RemovalReason.ShortFragment : RemovalReason.Navigation, trailing ? "short-after-story" : "short-before-story");
                else decided[i] = Decision.Dropped(RemovalReason.Boilerplate, trailing ? "outside-story-after" : "outside-story-before");
            }
        }

        /// <summary>
        /// Reads the title, byline and dateline from the lines just above the story (the header of a
        /// scraped article) and marks them removed with their reasons.
        /// </summary>
        private static void ReadHeader(List<TextLine> lines, int start, Decision[] decided, ArticleMetadata metadata)
        {
            // The region can open with lines the story decisions dropped (share bars, "Email this article", a
            // breadcrumb): the header ends where the kept story begins.
            int top = start;
            while (top < lines.Count && !decided[top].Keep) top++;
            if (top < lines.Count) start = top;
            int from = Math.Max(0, start - TextThresholds.HeaderWindow);
            int titleIndex = -1;
            double titleWords = double.MinValue;
            HashSet<string> storyWords = StoryWords(lines, start, decided);
            var dateLines = new List<int>();
            var bylineMemo = new sbyte[lines.Count]; // per line: 0 not yet read, 1 a byline or date line, -1 not
            HashSet<string>? repeated = RepeatedShortLines(lines, start);
            for (int i = start - 1; i >= from; i--)
            {
                TextLine line = lines[i];
                if (line.UserKeep || line.UserRemove) continue;
                if (line.PhraseReason == RemovalReason.Byline)
                {
                    if (metadata.Authors.Count == 0 && AddAuthors(line.Text, metadata)) decided[i] = Decision.Dropped(RemovalReason.Byline, "byline");
                    // "By Jane Doe • December 17, 2025 • 11 min read": the byline line carries the date too.
                    NoteBylineDate(i, line.Text, dateLines, metadata);
                    continue;
                }
                if (i + 1 < start && IsBareByWord(line.Text) && LooksLikeName(lines[i + 1].Text))
                {
                    if (metadata.Authors.Count == 0)
                    {
                        metadata.Authors.Add(lines[i + 1].Text);
                        metadata.SetSource("Authors", "byline");
                    }
                    decided[i] = Decision.Dropped(RemovalReason.Byline, "byline");
                    decided[i + 1] = Decision.Dropped(RemovalReason.Byline, "byline");
                    continue;
                }
                if (ReadByLine(lines, i, decided, metadata, dateLines)) continue;
                if (line.PhraseReason == RemovalReason.Dateline || line.PhraseReason is null && line.EffectiveLength <= 60 && HasDigit(line.Text))
                {
                    bool hasTime = false;
                    DateTimeOffset? date = dateLines.Count < 8 || metadata.Published is null ? FindLineDate(line.Text, out hasTime) : null;
                    if (date != null && RecordDateLine(i, line.Text, date.Value, hasTime, dateLines, metadata))
                    {
                        decided[i] = Decision.Dropped(RemovalReason.Dateline, "dateline");
                        continue;
                    }
                    if (line.PhraseReason == RemovalReason.Dateline)
                    {
                        decided[i] = Decision.Dropped(RemovalReason.Dateline, line.PhraseRule);
                        continue;
                    }
                }
                if (line.PhraseReason != null) continue;
                if (!IsTitleShape(line) || !HeadlineText(line.Text)) continue;
                // A name line ("Dylan Bailey, MS, RD") is the byline, however often it is printed; a short Title Case
                // headline looks the same ("Why Cheap SEO Doesn't Work"), but the story uses its words.
                double share = StoryWordShare(line.Text, storyWords);
                int comma = line.Text.IndexOf(',');
                if (LooksLikeName(comma > 0 ? line.Text.Substring(0, comma) : line.Text) && line.Words <= 8 && share < TextThresholds.HeadlineNotNameShare) continue;
                // A team credit ("Great Day Editorial Team") is a byline too; a breadcrumb is not the headline, its last step is
                // (and that step, printed again as the heading, gets the repeat bonus).
                if (line.Words <= 5 && LooksLikeName(line.Text) && MetaAuthorWords.TeamWords.Contains(LastWord(line.Text))) continue;
                if (LastCrumb(line.Text) > 0) continue;
                // Headline score: enough words (capped, so a long standfirst does not win), close to
                // the story, printed twice (page title and heading, or the breadcrumb's last step), Title
                // Case, followed by the byline or the date, its words used by the story; see TextThresholds.
                int words = Math.Min(line.Words + line.CjkChars / 2, TextThresholds.TitleWordCap);
                double score = words * 2 - (start - i) * TextThresholds.TitleDistanceCost + TextThresholds.TitleStoryWordsBonus * share;
                if (repeated != null && repeated.Contains(TextRepair.DuplicateKey(line.Text))) score += TextThresholds.TitleRepeatBonus;
                if (IsTitleCase(line.Text)) score += TextThresholds.TitleCaseBonus;
                if (BylineFollows(lines, i + 1, start, bylineMemo)) score += TextThresholds.TitleBylineBonus;
                if (score > titleWords)
                {
                    titleIndex = i;
                    titleWords = score;
                }
            }
            // The story region may open with the headline itself (a scraper that starts at the article element):
            // a headline-shaped first line competes, with no distance to pay.
            bool bylineAfterStart = start + 1 < lines.Count && BylineFollows(lines, start + 1, Math.Min(lines.Count, start + 4), bylineMemo);
            if (start < lines.Count && decided[start].Keep && !lines[start].UserKeep && lines[start].PhraseReason is null && CanOpenAsHeadline(lines[start])
                && start + 1 < lines.Count)
            {
                TextLine first = lines[start];
                int words = Math.Min(first.Words + first.CjkChars / 2, TextThresholds.TitleWordCap);
                double score = words * 2 + TextThresholds.TitleStoryWordsBonus * StoryWordShare(first.Text, storyWords);
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
                double best = titleIndex >= 0 ? TextThresholds.TitleStoryWordsBonus * StoryWordShare(lines[titleIndex].Text, storyWords) : 0;
                for (int i = from - 1; i >= 0 && i >= start - TextThresholds.FarHeaderWindow; i--)
                {
                    TextLine line = lines[i];
                    if (!IsFreeHeadlineLine(line)) continue;
                    double share = StoryWordShare(line.Text, storyWords);
                    double score = TextThresholds.TitleStoryWordsBonus * share + TextThresholds.TitleBylineBonus;
                    if (share < TextThresholds.FarHeaderMinShare || score <= best || !BylineFollows(lines, i + 1, start, bylineMemo)) continue;
                    best = score;
                    titleIndex = i;
                }
            }
            if (titleIndex > 0 && IsDekUnderHeadline(lines[titleIndex - 1], lines[titleIndex], storyWords)) titleIndex--;
            if (titleIndex >= 0)
            {
                metadata.Title = HeadlineSegment(lines, titleIndex);
                metadata.SetSource("Title", "text");
                decided[titleIndex] = Decision.Dropped(RemovalReason.Title, "title");
                // A headline printed twice (page heading and social card) goes as Title too.
                string key = TextRepair.DuplicateKey(lines[titleIndex].Text);
                for (int i = from; i < start; i++)
                {
                    if (i != titleIndex && TextRepair.DuplicateKey(lines[i].Text) == key) decided[i] = Decision.Dropped(RemovalReason.Title, "title-repeated");
                }
            }
            // A headline found far above the story region (a table of contents or a fact box between) has its byline and
            // date under it, where the header window did not reach: the lines under it are read like a story top.
            if (titleIndex >= 0 && titleIndex < from && (metadata.Published is null || metadata.Authors.Count == 0)) ReadStoryTop(lines, titleIndex + 1, decided, metadata, dateLines);
            if (metadata.Published is null || metadata.Authors.Count == 0) ReadStoryTop(lines, start, decided, metadata, dateLines);
            if (metadata.Authors.Count == 0) ReadNameLine(lines, from, start, titleIndex, dateLines, decided, metadata);
            if (metadata.Authors.Count == 0 && titleIndex >= 0) ReadNameUnderTitle(lines, titleIndex, start, decided, metadata);
            if (metadata.Authors.Count == 0) ReadLabelledName(lines, metadata);
        }

        /// <summary>Whether a line under a name credits it: a short date line, another credit ("reviewed by ..."), or a job title.</summary>
        private static bool IsCreditLine(string t)
        {
            if (t.Length > 60) return false;
            if (HasDigit(t) && FindLineDate(t, out _) != null) return true;
            if (MetaAuthorWords.OtherCredit.IsMatch(t)) return true;
            if (TitleChooser.WordCount(t) > 8) return false;
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
        private static void ReadLabelledName(List<TextLine> lines, ArticleMetadata metadata)
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
                if (next.Length <= 60 && TitleChooser.WordCount(next) <= 5) name = next;
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
        /// Whether the chosen line is the standfirst (dek) under the real headline: magazines and newsletters print
        /// "Headline / one-sentence summary / byline", and the summary, longer and full of the story's words, outscores
        /// the headline. The line just above is the headline when it is headline-shaped with at least four words, at
        /// least three fewer than the chosen line, half its content words in the story and not many fewer than the
        /// chosen line's, Title Case if the chosen line is, and no name, breadcrumb or section label ('&amp;' or ' / '
        /// joining section names: "Camera &amp; Gear Reviews"). Measured on wcxb-dev dumps: title 0.658 -> 0.669
        /// (12 headlines found, one section label taken).
        /// </summary>
        private static bool IsDekUnderHeadline(TextLine above, TextLine chosen, HashSet<string> storyWords)
        {
            if (!IsFreeHeadlineLine(above)) return false;
            if (above.Words < TextThresholds.DekHeadlineMinWords || chosen.Words < above.Words + TextThresholds.DekExtraWords) return false;
            if (above.Text.IndexOf('&') >= 0 || above.Text.IndexOf(" / ", StringComparison.Ordinal) >= 0 || LooksLikeName(above.Text)) return false;
            if (IsTitleCase(chosen.Text) && !IsTitleCase(above.Text)) return false;
            double share = StoryWordShare(above.Text, storyWords);
            return share >= TextThresholds.DekHeadlineMinShare && share >= StoryWordShare(chosen.Text, storyWords) - TextThresholds.DekShareSlack;
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
            if (crumb > 0 && TitleChooser.WordCount(line.Substring(crumb + 1)) >= 3) line = line.Substring(crumb + 1).Trim();
            if (line.IndexOf(" | ", StringComparison.Ordinal) >= 0)
            {
                string[] parts = line.Split(new[] { " | " }, StringSplitOptions.None);
                int best = -1, bestWords = 0;
                for (int i = 0; i < parts.Length; i++)
                {
                    int words = TitleChooser.WordCount(parts[i]);
                    if (words > bestWords) { best = i; bestWords = words; }
                }
                bool labels = best >= 0 && bestWords >= 3;
                for (int i = 0; i < parts.Length && labels; i++) labels = i == best || TitleChooser.WordCount(parts[i]) <= 4;
                if (labels) line = parts[best].Trim();
            }
            foreach (string dash in DashSeparators)
            {
                int at = line.LastIndexOf(dash, StringComparison.Ordinal);
                if (at <= 0) continue;
                string tail = line.Substring(at + dash.Length).Trim();
                if (tail.Length < 3 || TitleChooser.WordCount(tail) > 4 || TitleChooser.WordCount(line.Substring(0, at)) < 3) continue;
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

        /// <summary>
        /// A byline printed as the name alone between the headline and the story, with no date beside it ("Headline /
        /// Jane Doe / Share / story"). Two capitalised words are also what menus and labels look like ("Privacy Policy",
        /// "Key Takeaways"), so the name must read as a person's and open with a common given name
        /// (<see cref="GivenNames"/>), or sit right under the headline with a credit under it (a date, "reviewed by", a
        /// job title). Measured on wcxb-dev dumps (prototype): 17 authors found, none on a page without one.
        /// </summary>
        private static void ReadNameUnderTitle(List<TextLine> lines, int titleIndex, int start, Decision[] decided, ArticleMetadata metadata)
        {
            int end = Math.Min(start, titleIndex + 12);
            for (int j = titleIndex + 1; j < end; j++)
            {
                TextLine line = lines[j];
                if (line.UserKeep || line.Text.Length > 40 || line.PhraseReason != null) continue;
                string name = line.Text.StartsWith("Dr. ", StringComparison.Ordinal) ? line.Text.Substring(4) : line.Text;
                int space = name.IndexOf(' ');
                if (space <= 0 || !AuthorCleaner.IsPersonShaped(name)) continue;
                // A common given name, or, within two lines of the headline, a credit line right under the name: "Oleg
                // Parashchak / Jul 18, 2025", "Tuhin Bhatt / Co-founder of Example", "Jane Roe / reviewed by John Doe"
                // (wcxb-dev dumps: author 0.571 -> 0.575, no page without an author given one).
                bool credited = j <= titleIndex + 2 && j + 1 < lines.Count && IsCreditLine(lines[j + 1].Text);
                if (!GivenNames.Common.Contains(name.Substring(0, space)) && !credited) continue;
                metadata.Authors.Add(name);
                metadata.SetSource("Authors", "byline");
                decided[j] = Decision.Dropped(RemovalReason.Byline, "byline-name");
                return;
            }
        }

        /// <summary>
        /// The byline and date printed at the top of the story region, under a headline the region starts at
        /// ("Headline / By Jane Doe / Published: Jun 25, 2025 / first paragraph"): the first lines are read
        /// for a short date line or byline when the lines above the story gave none (six lines: wcxb-dev dump date accuracy
        /// 0.597 / 0.608 / 0.611 with four / six / eight).
        /// </summary>
        private static void ReadStoryTop(List<TextLine> lines, int start, Decision[] decided, ArticleMetadata metadata, List<int> dateLines)
        {
            for (int j = start; j < lines.Count && j < start + 6; j++)
            {
                TextLine line = lines[j];
                if (line.UserKeep) continue;
                if (ReadByLine(lines, j, decided, metadata, dateLines)) continue;
                if (line.Text.Length > 90) continue;
                bool marked = line.PhraseReason == RemovalReason.Dateline || line.PhraseReason == RemovalReason.Byline;
                if (!marked && line.EffectiveLength > 60) continue;
                if (metadata.Authors.Count == 0 && line.PhraseReason == RemovalReason.Byline && AddAuthors(line.Text, metadata))
                {
                    decided[j] = Decision.Dropped(RemovalReason.Byline, "byline");
                }
                if (!HasDigit(line.Text)) continue;
                DateTimeOffset? date = FindLineDate(line.Text, out bool hasTime);
                if (date is null) continue;
                RecordDateLine(j, line.Text, date.Value, hasTime, dateLines, metadata);
                decided[j] = Decision.Dropped(line.PhraseReason == RemovalReason.Byline ? RemovalReason.Byline : RemovalReason.Dateline, "dateline");
            }
        }

        /// <summary>
        /// The date a header line holds; when none reads, the line with spaces put back where a scraper glued the date to
        /// its neighbours ("ByJane DoeMar 5, 2025", "October 17, 20236:01 PM ET"; <see cref="MetaDateWords.GluedDate"/>).
        /// </summary>
        private static DateTimeOffset? FindLineDate(string text, out bool hasTime)
        {
            DateTimeOffset? date = DateTextParser.FindDate(text, out hasTime);
            if (date != null) return date;
            string spaced = MetaDateWords.GluedDate.Replace(text, " ");
            return spaced.Length == text.Length ? null : DateTextParser.FindDate(spaced, out hasTime);
        }

        /// <summary>
        /// Notes a header line that holds a date (line <paramref name="index"/>): a byline it shares ("Published
        /// August 7, 2023 by Jane Doe", "By Jane Doe December 2, 2025") gives the authors when none are known, and
        /// the date is the publication when none is known. Returns whether it set the publication date.
        /// </summary>
        private static bool RecordDateLine(int index, string text, DateTimeOffset date, bool hasTime, List<int> dateLines, ArticleMetadata metadata)
        {
            dateLines.Add(index);
            if (metadata.Authors.Count == 0)
            {
                int at = text.StartsWith("by ", StringComparison.OrdinalIgnoreCase) ? 0 : text.IndexOf(" by ", StringComparison.OrdinalIgnoreCase);
                if (at >= 0) AddCleanedNames(text.Substring(at).Trim(), metadata);
            }
            if (metadata.Published != null) return false;
            metadata.Published = date;
            metadata.PublishedHasTime = hasTime;
            metadata.SetSource("Published", "text");
            return true;
        }

        /// <summary>Adds the people a byline names, cleaned by <see cref="AuthorCleaner"/>; returns whether it named any.</summary>
        private static bool AddCleanedNames(string text, ArticleMetadata metadata)
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
        private static void ReadNameLine(List<TextLine> lines, int from, int start, int titleIndex, List<int> dateLines, Decision[] decided, ArticleMetadata metadata)
        {
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
                    decided[j] = Decision.Dropped(RemovalReason.Byline, "byline-name");
                    return;
                }
            }
        }

        private static readonly int[] NameLineOffsets = { 0, -1, 1 };

        /// <summary>
        /// A teaser card flattened by a scraper: a Title Case headline glued to its summary with no
        /// space ("Council Approves New Bus RoutesThe city council voted..."). The glue is a run of
        /// three lower-case letters followed by a capital and a lower-case letter, after a headline of
        /// at least four words and 25 characters, every word of four letters or more capitalised, with
        /// no comma or parenthesis (checked against benchmark truth lines: brand names such as
        /// "PlayStation" inside ordinary sentences do not qualify).
        /// </summary>
        internal static bool IsGluedTeaser(string t)
        {
            int limit = Math.Min(t.Length - 20, TextThresholds.TitleMaxLength);
            for (int k = 12; k < limit; k++)
            {
                if (!char.IsUpper(t[k]) || !char.IsLower(t[k + 1])) continue;
                char a = t[k - 1];
                bool glue = char.IsLower(a) && char.IsLower(t[k - 2]) && char.IsLower(t[k - 3]) || (a == '?' || a == '!' || a == '’' || a == '”' || a == '"' || a == ')') && char.IsLetter(t[k - 2]);
                if (!glue) continue;
                if (k < 25 || CountWords(t, k) < 4) return false;
                string head = t.Substring(0, k);
                if (head.IndexOf('(') >= 0 || head.IndexOf('@') >= 0 || head.IndexOf(',') >= 0) return false;
                foreach (string w in head.Split(' '))
                {
                    if (w.Length >= 4 && !char.IsUpper(w[0]) && !char.IsDigit(w[0])) return false;
                }
                return true;
            }
            return false;
        }

        private static int CountWords(string t, int end)
        {
            int n = 0;
            bool inWord = false;
            for (int i = 0; i < end; i++)
            {
                bool letter = char.IsLetterOrDigit(t[i]);
                if (letter && !inWord) n++;
                inWord = letter;
            }
            return n;
        }

        /// <summary>Keys of short lines before the story that occur more than once (a headline printed as page title and as heading).</summary>
        private static HashSet<string>? RepeatedShortLines(List<TextLine> lines, int start)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            HashSet<string>? repeated = null;
            for (int i = 0; i < start && i < lines.Count; i++)
            {
                string text = lines[i].Text;
                if (text.Length > TextThresholds.TitleMaxLength) continue;
                // A breadcrumb ("Home > Blog > Headline") repeats the headline as its last step.
                int crumb = LastCrumb(text);
                if (crumb > 0)
                {
                    string last = TextRepair.DuplicateKey(text.Substring(crumb + 1).Trim());
                    if (last.Length >= 10) (repeated ??= new HashSet<string>(StringComparer.Ordinal)).Add(last);
                }
                string key = TextRepair.DuplicateKey(text);
                if (key.Length < 10) continue;
                if (!seen.Add(key)) (repeated ??= new HashSet<string>(StringComparer.Ordinal)).Add(key);
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
                        || (l.Text.Length <= 60 && (MetaAuthorWords.BylineStart.IsMatch(l.Text) || (HasDigit(l.Text) && DateTextParser.FindDate(l.Text, out _) != null)));
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
        private static HashSet<string> StoryWords(List<TextLine> lines, int start, Decision[] decided)
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
        private static double StoryWordShare(string text, HashSet<string> storyWords)
        {
            if (storyWords.Count == 0) return 0;
            var own = new HashSet<string>(StringComparer.Ordinal);
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
            var sb = new System.Text.StringBuilder(16);
            for (int i = 0; i <= text.Length; i++)
            {
                char c = i < text.Length ? text[i] : ' ';
                if (char.IsLetter(c)) { sb.Append(char.ToLowerInvariant(c)); continue; }
                if (sb.Length >= 4)
                {
                    string w = sb.ToString();
                    if (StopWords.Languages(w) == 0) into.Add(w);
                }
                sb.Clear();
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

        /// <summary>A byline or "By" line after the story (some sites print the author at the foot).</summary>
        private static void ReadTrailingByline(List<TextLine> lines, Decision[] decided, ArticleMetadata metadata)
        {
            if (metadata.Authors.Count > 0) return;
            for (int i = 0; i < lines.Count; i++)
            {
                if (!decided[i].Keep && decided[i].Reason == RemovalReason.Byline && AddAuthors(lines[i].Text, metadata)) return;
            }
        }

        private static bool AddAuthors(string text, ArticleMetadata metadata)
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
        private static bool ReadByLine(List<TextLine> lines, int i, Decision[] decided, ArticleMetadata metadata, List<int> dateLines)
        {
            TextLine line = lines[i];
            if (metadata.Authors.Count > 0 || line.PhraseReason != null || line.Text.Length > TextThresholds.BylineLineMaxLength || line.EndsSentence || !StartsWithBy(line.Text)
                || !AddCleanedNames(line.Text, metadata))
            {
                return false;
            }
            decided[i] = Decision.Dropped(RemovalReason.Byline, "byline");
            NoteBylineDate(i, line.Text, dateLines, metadata);
            return true;
        }

        /// <summary>The date a byline line carries ("By Jane Doe • December 17, 2025 • 11 min read"), noted when no publication date is known.</summary>
        private static void NoteBylineDate(int i, string text, List<int> dateLines, ArticleMetadata metadata)
        {
            if (metadata.Published is null && HasDigit(text) && FindLineDate(text, out bool hasTime) is DateTimeOffset date)
            {
                RecordDateLine(i, text, date, hasTime, dateLines, metadata);
            }
        }

        /// <summary>Whether the line opens with a byline lead-in: "By Jane", "Written by", or "by jdoe" followed by a separator or nothing ("by following the tips..." is prose).</summary>
        private static bool StartsWithBy(string t) => MetaAuthorWords.BylineStart.IsMatch(t) || TextPhrases.ByUserNameLead.IsMatch(t);

        private static bool IsBareByWord(string t)
        {
            return t.Length <= 4 && (t.Equals("By", StringComparison.OrdinalIgnoreCase) || t.Equals("Von", StringComparison.OrdinalIgnoreCase) || t.Equals("Par", StringComparison.OrdinalIgnoreCase) || t.Equals("Por", StringComparison.OrdinalIgnoreCase) || t.Equals("Di", StringComparison.OrdinalIgnoreCase));
        }

        private static string LastWord(string t)
        {
            int sp = t.LastIndexOf(' ');
            return sp < 0 ? t : t.Substring(sp + 1);
        }

        /// <summary>Marks that end a headline's clause and never occur in a name ("Mobile App Development: Definition").</summary>
        private static readonly char[] NotInNames = { ':', '?', '!' };

        /// <summary>Two to four capitalised words, no colon, question or exclamation mark: a person's name.</summary>
        private static bool LooksLikeName(string t)
        {
            string[] parts = t.Split(' ');
            if (parts.Length < 2 || parts.Length > 5 || t.Length > 50 || t.IndexOfAny(NotInNames) >= 0) return false;
            foreach (string p in parts)
            {
                if (p.Length == 0 || !(char.IsUpper(p[0]) || p == "van" || p == "de" || p == "von" || p == "da")) return false;
            }
            return true;
        }

        /// <summary>
        /// Lines a headline never is: a label ending in a colon ("Last updated on:"), a byline ("Written By: ..."),
        /// a phone number ("800.226.7529 Request Demo").
        /// </summary>
        private static bool HeadlineText(string t)
        {
            if (t[t.Length - 1] == ':' || MetaAuthorWords.BylineStart.IsMatch(t)) return false;
            // A phone number: seven digits or more in one run of digits, spaces, dots, dashes, brackets and slashes
            // ("800.226.7529", "(415) 991-1969"). Digits apart ("The No. 1 workout of 2024 and 5 trends for 2025") are not one.
            int run = 0;
            foreach (char c in t)
            {
                if (c >= '0' && c <= '9') { if (++run >= 7) return false; }
                else if (c != ' ' && c != '.' && c != '-' && c != '(' && c != ')' && c != '/' && c != '+') run = 0;
            }
            return true;
        }

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

        private static bool HasLetters(string t, int min)
        {
            int n = 0;
            foreach (char c in t)
            {
                if (char.IsLetter(c) && ++n >= min) return true;
            }
            return false;
        }

        private static bool HasDigit(string t)
        {
            foreach (char c in t) if (c >= '0' && c <= '9') return true;
            return false;
        }
    }
}
