using System;
using System.Collections.Generic;
using System.Globalization;
using NewsTools.Heuristics;
using NewsTools.Pipeline;
using NewsTools.Text.Shapes;
using NewsTools.Walls;

namespace NewsTools.Text
{
    /// <summary>
    /// Cleans already-scraped text: classifies each line as story or junk, with a reason.
    /// </summary>
    /// <remarks>
    /// A few linear passes, one stage each: (1) repair and split into lines, join broken hyphenation
    /// (<see cref="TextRepair"/>, <see cref="TextShapeReader"/>); (2) measure each line (length, stop words,
    /// punctuation) and run the phrase rules (<see cref="LineClassifier"/>, <see cref="BoilerplateClassifier"/>);
    /// (3) find the story region, the best-scoring run of lines where prose adds and chrome subtracts (the
    /// maximum-subarray idea of body-text extraction), cut at a paywall prompt or a comment section
    /// (<see cref="StoryRegionFinder"/>); (4) inside the region keep prose, subheadings and list items
    /// (<see cref="LineDecider"/>), read title, byline and dateline (<see cref="HeaderReader"/>, which returns
    /// findings), then remove the lines outside the region, each with a reason; (5) emit the kept lines as blocks.
    /// </remarks>
    internal static class TextCleaner
    {
        /// <summary>Cleans one text. Never throws for odd input.</summary>
        public static PageExtraction Clean(string text, ExtractionOptions options) => Clean(text, options, options?.InputFormat == InputFormat.Markdown);

        /// <summary>Cleans one text; <paramref name="markdown"/> says it is Markdown (else its shape is detected).</summary>
        public static PageExtraction Clean(string text, ExtractionOptions options, bool markdown)
        {
            var result = new PageExtraction { Strategy = "text-classifier", Shape = TextShape.Lines };
            if (string.IsNullOrEmpty(text)) return result;
            options ??= ExtractionOptions.Default;
            Action<string>? log = options.Log;

            string repaired = TextRepair.Repair(text);
            // Old Mac line ends and Unicode line/paragraph separators end a line too.
            if (repaired.IndexOf('\r') >= 0) repaired = repaired.Replace("\r\n", "\n").Replace('\r', '\n');
            if (repaired.IndexOf('\u2028') >= 0 || repaired.IndexOf('\u2029') >= 0) repaired = repaired.Replace('\u2028', '\n').Replace('\u2029', '\n');
            ShapedText shaped = TextShapeReader.Read(repaired, markdown);
            result.Shape = shaped.Shape;
            log?.Invoke("Text: read as " + shaped.Shape + " (" + shaped.Lines.Count.ToString(CultureInfo.InvariantCulture) + " blocks).");
            List<TextLine> lines = shaped.Lines;
            if (lines.Count == 0) return result;

            string? language = DetectLanguage(lines);
            result.InputLanguage = language;
            int languageMask = StopWords.MaskOf(language);
            int goodLength = options.Focus == ExtractionFocus.Precision ? TextThresholds.GoodLengthPrecision
                : options.Focus == ExtractionFocus.Recall ? TextThresholds.GoodLengthRecall : TextThresholds.GoodLength;

            // No list for this language (Indonesian, Polish, Turkish...): the text's own commonest short words stand in.
            HashSet<string>? documentStops = languageMask == 0 ? LineClassifier.DocumentStopWords(lines) : null;
            // Measuring and the phrase rules are functions of the text alone (on one page): a line printed again (a menu
            // item, a share label, a repeated teaser; about one line in five) takes the features of its first copy.
            var firstCopies = new Dictionary<string, TextLine>(lines.Count, StringComparer.Ordinal);
            var word = new char[LineClassifier.ShortWordLength];
            for (int k = 0; k < lines.Count; k++)
            {
                TextLine line = lines[k];
                if (firstCopies.TryGetValue(line.Text, out TextLine? first))
                {
                    LineClassifier.CopyMeasures(first, line);
                }
                else
                {
                    LineClassifier.Measure(line, languageMask, documentStops, word);
                    firstCopies.Add(line.Text, line);
                    first = null;
                }
                line.UserKeep = MatchesAny(options.KeepPatterns, line.Text);
                line.UserRemove = !line.UserKeep && MatchesAny(options.RemovePatterns, line.Text);
                if (first != null && !line.UserKeep && !line.UserRemove)
                {
                    line.PhraseReason = first.PhraseReason;
                    line.PhraseRule = first.PhraseRule;
                    AddPrompt(result, line.PhraseReason == RemovalReason.Paywall ? PaywallDetector.SignalOfRule(line.PhraseRule) : null, line, k);
                }
                else if (line.UserKeep || line.UserRemove)
                {
                    // A line the user's pattern decided is still read for a paywall prompt: the verdict needs every one.
                    AddPrompt(result, PaywallDetector.ReadPrompt(line.Text), line, k);
                }
                else
                {
                    line.PhraseReason = BoilerplateClassifier.Classify(line.Text, out string? rule);
                    AddPrompt(result, line.PhraseReason == RemovalReason.Paywall ? PaywallDetector.SignalOfRule(rule) : null, line, k);
                    line.PhraseRule = rule;
                    if (line.PhraseReason is null && BoilerplateClassifier.IsGluedTeaser(line.Text))
                    {
                        line.PhraseReason = RemovalReason.Related;
                        line.PhraseRule = "headline-teaser";
                    }
                }
                line.Class = line.UserKeep ? LineClass.Good : line.UserRemove ? LineClass.Junk : LineClassifier.ClassOf(line, goodLength, languageMask == 0);
            }

            StoryRegion region = StoryRegionFinder.Find(lines, options.Focus);
            if (region.ProseFallback) result.Strategy = "text-prose-fallback";
            int start = region.Start, storyEnd = region.StoryEnd;
            log?.Invoke(start <= region.End
                ? "Text: story region lines " + lines[start].LineNumber.ToString(CultureInfo.InvariantCulture) + "-" + lines[storyEnd].LineNumber.ToString(CultureInfo.InvariantCulture) + (language != null ? " (language " + language + ")" : string.Empty) + "."
                : "Text: no story region found.");

            MarkNearStory(result.Paywall, lines, region.Found ? start : -1, storyEnd);

            // The story region's lines are decided first; the header readers read them (where the kept story begins, its
            // words) and return what they found, which the decider applies before it decides the lines outside the region.
            var decided = new Decision[lines.Count];
            if (region.Found) LineDecider.DecideRegion(lines, start, storyEnd, decided, options.Focus);
            HeaderFindings header = HeaderReader.Read(lines, region.Found ? start : lines.Count, decided);
            result.Metadata = header.Metadata;
            bool[] headerFound = LineDecider.ApplyHeader(header.Lines, decided);
            LineDecider.DecideOutside(lines, region.Found ? start : lines.Count, region.Found ? storyEnd : -1, headerFound, decided);
            BylineReader.ReadTrailingByline(lines, decided, result.Metadata);
            result.PageType = Pages.TextPageTypeReader.Read(lines, out string pageTypeEvidence);
            result.Metadata.SetSource(Pages.PageTypeClassifier.SourceField, pageTypeEvidence);

            // Emit in input order; duplicates of kept blocks are dropped here.
            var seen = new HashSet<string>(StringComparer.Ordinal);
            int nextImage = 0;
            result.Image = StoryImages(shaped.Images, start, storyEnd, decided, result.Metadata.Title, result.Captions);
            string? titleKey = result.Metadata.Title != null ? TextKeys.Alnum(result.Metadata.Title) : null;
            for (int i = 0; i < lines.Count; i++)
            {
                TextLine line = lines[i];
                Decision d = decided[i];
                if (d.Keep)
                {
                    string key = TextKeys.Alnum(line.Text);
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

            return result;
        }

        /// <summary>
        /// A kept line as a body block, in the structure its input gave it: a Markdown heading keeps its level, a list item
        /// its kind and depth; consecutive table rows make one table and consecutive code lines one preformatted block.
        /// </summary>
        private static void AddBlock(PageExtraction result, TextLine line, bool decidedHeading)
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
        private static void AddImagesBefore(PageExtraction result, List<ShapedImage> images, int index, ref int next)
        {
            while (next < images.Count && images[next].BeforeLine <= index)
            {
                ShapedImage image = images[next++];
                if (image.BeforeLine >= index - TextThresholds.ImageToKeptLineMaxGap) result.Blocks.Add(new ContentBlock(BlockKind.Image, image.Alt) { Url = image.Url });
            }
        }

        /// <summary>
        /// The images a Markdown input shows between the headline (or the story's start) and the story's end, leaving out
        /// logos, avatars, icons and tracking pixels: the first is the lead image (returned), and each one's alt text is a
        /// caption unless it only repeats the headline (as many sites' lead images do).
        /// </summary>
        private static string? StoryImages(List<ShapedImage> images, int start, int end, Decision[] decided, string? title, List<string> captions)
        {
            if (images.Count == 0 || start > end) return null;
            int from = start;
            for (int i = start - 1; i >= 0 && i >= start - TextThresholds.HeaderWindow; i--)
            {
                if (decided[i].Reason == RemovalReason.Title && !decided[i].Keep) { from = i; break; }
            }
            string? lead = null;
            string? titleKey = title != null ? TextKeys.Alnum(title) : null;
            foreach (ShapedImage image in images)
            {
                if (image.BeforeLine < from || image.BeforeLine > end) continue;
                if (TextPhrases.NotLeadImage.IsMatch(image.Url)) continue;
                lead ??= image.Url;
                if (image.Alt.Length > 0 && TextKeys.Alnum(image.Alt) != titleKey && !captions.Contains(image.Alt)) captions.Add(image.Alt);
            }
            return lead;
        }

        /// <summary>
        /// The language of the text, told from the blocks' plain text (no Markdown link targets, no wrap breaks), wordy
        /// blocks first (a menu of labels or a script's data says little), up to 20,000 characters. The blocks are fed to
        /// the detector one by one, each followed by a line break, as if joined (no sample string is made).
        /// </summary>
        private static string? DetectLanguage(List<TextLine> lines)
        {
            var tally = new LanguageDetector.Tally();
            int sampled = 0;
            // Each line is told wordy or not once: the second pass reads the first's answer (0 not yet read, 1 wordy, -1 not).
            var wordy = new sbyte[lines.Count];
            for (int pass = 0; pass < 2 && sampled < TextThresholds.LanguageSampleChars; pass++)
            {
                for (int i = 0; i < lines.Count; i++)
                {
                    TextLine line = lines[i];
                    if (sampled >= TextThresholds.LanguageSampleChars) break;
                    if (wordy[i] == 0) wordy[i] = IsWordy(line.Text) ? (sbyte)1 : (sbyte)-1;
                    bool prose = wordy[i] > 0;
                    if (prose != (pass == 0)) continue;
                    // One block may not speak for the page: a script's data blob or a link farm on one line runs to pages.
                    int n = Math.Min(line.Text.Length, TextThresholds.LanguageSampleLineChars);
                    tally.Add(line.Text, 0, n);
                    tally.Add('\n');
                    sampled += n + 1;
                }
            }
            return sampled == 0 ? null : tally.Finish();
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

        private static void AddPrompt(PageExtraction result, PaywallSignal? prompt, TextLine line, int index)
        {
            if (prompt.HasValue) result.Paywall.Add(new PaywallFinding(prompt.Value, line.Text.Trim(), "line " + line.LineNumber.ToString(CultureInfo.InvariantCulture), index));
        }

        /// <summary>
        /// A wall sits where the story stops: a prompt counts when little text lies between the story and it (see
        /// <see cref="PaywallThresholds.NearAfterStory"/>), and when the next few lines hold no dismiss link of a soft
        /// overlay ("No thanks", "Continue reading"). Generic log-in prompts before the story are the masthead's.
        /// </summary>
        private static void MarkNearStory(List<PaywallFinding> found, List<TextLine> lines, int start, int end)
        {
            for (int k = 0; k < found.Count; k++)
            {
                PaywallFinding f = found[k];
                int i = f.Position;
                bool near = false;
                if (start >= 0 && i >= 0)
                {
                    if (i >= start && i <= end) near = true;
                    else if (i > end) near = TextBetween(lines, end + 1, i) <= PaywallThresholds.NearAfterStory;
                    else near = f.Signal != PaywallSignal.Prompt && TextBetween(lines, i + 1, start) <= PaywallThresholds.NearBeforeStory;
                }
                bool dismiss = false;
                for (int j = Math.Max(0, i - 2); i >= 0 && j <= i + 3 && j < lines.Count; j++)
                {
                    if (j != i && PaywallDetector.IsDismiss(lines[j].Text)) { dismiss = true; break; }
                }
                found[k] = new PaywallFinding(f.Signal, f.Text, f.Where, f.Position, dismiss, near);
            }
        }

        private static int TextBetween(List<TextLine> lines, int from, int to)
        {
            int n = 0;
            for (int j = from; j < to && n <= PaywallThresholds.NearAfterStory; j++) n += lines[j].Text.Length;
            return n;
        }

        private static void Remove(PageExtraction result, TextLine line, RemovalReason reason, string? rule, Action<string>? log)
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
    }
}
