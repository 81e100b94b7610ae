using System;
using System.Collections.Generic;
using NewsTools.Heuristics;
using NewsTools.Metadata;

namespace NewsTools.Text
{
    /// <summary>One line a header reader found: the title, a byline or a date line, and why it goes.</summary>
    internal readonly struct LineFinding
    {
        public LineFinding(int index, RemovalReason reason, string? rule)
        {
            Index = index;
            Reason = reason;
            Rule = rule;
        }

        /// <summary>The line's index in the page's lines.</summary>
        public int Index { get; }

        /// <summary>Why the line goes: <see cref="RemovalReason.Title"/>, <see cref="RemovalReason.Byline"/> or <see cref="RemovalReason.Dateline"/>.</summary>
        public RemovalReason Reason { get; }

        /// <summary>The rule that found it ("title", "byline", "byline-name", "dateline", ...).</summary>
        public string? Rule { get; }
    }

    /// <summary>
    /// What the header readers found: the article's title, authors and publication date, and the lines that carried them,
    /// in the order found (a later finding on the same line wins). <see cref="LineDecider.ApplyHeader"/> turns the lines into decisions.
    /// </summary>
    internal sealed class HeaderFindings
    {
        /// <summary>The title, authors and publication date read from the text.</summary>
        public ArticleMetadata Metadata { get; } = new ArticleMetadata();

        /// <summary>The lines found, in the order found.</summary>
        public List<LineFinding> Lines { get; } = new List<LineFinding>();

        /// <summary>Notes that line <paramref name="index"/> goes as <paramref name="reason"/>.</summary>
        public void Mark(int index, RemovalReason reason, string? rule) => Lines.Add(new LineFinding(index, reason, rule));
    }

    /// <summary>
    /// Reads the header of a scraped article: the title, byline and dateline in the lines just above the story, at the top
    /// of the story, and a name printed alone or under a label. Returns findings; it decides no line itself.
    /// </summary>
    internal static class HeaderReader
    {
        /// <summary>
        /// Reads the title, byline and dateline from the lines just above the story (the header of a
        /// scraped article) and returns them with the lines that carried them and their reasons.
        /// <paramref name="decided"/> holds the story region's decisions (read only).
        /// </summary>
        public static HeaderFindings Read(List<TextLine> lines, int start, IReadOnlyList<Decision> decided)
        {
            var found = new HeaderFindings();
            ArticleMetadata metadata = found.Metadata;
            // The region can open with lines the story decisions dropped (share bars, "Email this article", a
            // breadcrumb): the header ends where the kept story begins.
            int top = start;
            while (top < lines.Count && !decided[top].Keep) top++;
            if (top < lines.Count) start = top;
            int from = Math.Max(0, start - TextThresholds.HeaderWindow);
            var title = new TitleReader(lines, start, from, decided);
            var dateLines = new List<int>();
            for (int i = start - 1; i >= from; i--)
            {
                TextLine line = lines[i];
                if (line.UserKeep || line.UserRemove) continue;
                if (line.PhraseReason == RemovalReason.Byline)
                {
                    if (metadata.Authors.Count == 0 && BylineReader.AddAuthors(line.Text, metadata)) found.Mark(i, RemovalReason.Byline, "byline");
                    // "By Jane Doe • December 17, 2025 • 11 min read": the byline line carries the date too.
                    DatelineReader.NoteBylineDate(i, line.Text, dateLines, metadata);
                    continue;
                }
                if (i + 1 < start && BylineReader.IsBareByWord(line.Text) && BylineReader.LooksLikeName(lines[i + 1].Text))
                {
                    if (metadata.Authors.Count == 0)
                    {
                        metadata.Authors.Add(lines[i + 1].Text);
                        metadata.SetSource("Authors", "byline");
                    }
                    found.Mark(i, RemovalReason.Byline, "byline");
                    found.Mark(i + 1, RemovalReason.Byline, "byline");
                    continue;
                }
                if (BylineReader.ReadByLine(lines, i, found, dateLines)) continue;
                if (line.PhraseReason == RemovalReason.Dateline || line.PhraseReason is null && line.EffectiveLength <= 60 && DatelineReader.HasDigit(line.Text))
                {
                    bool hasTime = false;
                    DateTimeOffset? date = dateLines.Count < 8 || metadata.Published is null ? DatelineReader.FindLineDate(line.Text, out hasTime) : null;
                    if (date != null && DatelineReader.RecordDateLine(i, line.Text, date.Value, hasTime, dateLines, metadata))
                    {
                        found.Mark(i, RemovalReason.Dateline, "dateline");
                        continue;
                    }
                    if (line.PhraseReason == RemovalReason.Dateline)
                    {
                        found.Mark(i, RemovalReason.Dateline, line.PhraseRule);
                        continue;
                    }
                }
                title.ConsiderHeaderLine(i);
            }
            int titleIndex = title.Choose();
            if (titleIndex >= 0) TitleReader.Record(lines, titleIndex, from, start, found);
            // A headline found far above the story region (a table of contents or a fact box between) has its byline and
            // date under it, where the header window did not reach: the lines under it are read like a story top.
            if (titleIndex >= 0 && titleIndex < from && (metadata.Published is null || metadata.Authors.Count == 0)) ReadStoryTop(lines, titleIndex + 1, found, dateLines);
            if (metadata.Published is null || metadata.Authors.Count == 0) ReadStoryTop(lines, start, found, dateLines);
            if (metadata.Authors.Count == 0) BylineReader.ReadNameLine(lines, from, start, titleIndex, dateLines, found);
            if (metadata.Authors.Count == 0 && titleIndex >= 0) BylineReader.ReadNameUnderTitle(lines, titleIndex, start, found);
            if (metadata.Authors.Count == 0) BylineReader.ReadLabelledName(lines, metadata);
            return found;
        }

        /// <summary>
        /// The byline and date printed at the top of the story region, under a headline the region starts at
        /// ("Headline / By Jane Doe / Published: Jun 25, 2025 / first paragraph"): the first lines are read
        /// for a short date line or byline when the lines above the story gave none (six lines: a header's byline and
        /// date fit; measurements in TUNING.md).
        /// </summary>
        private static void ReadStoryTop(List<TextLine> lines, int start, HeaderFindings found, List<int> dateLines)
        {
            ArticleMetadata metadata = found.Metadata;
            for (int j = start; j < lines.Count && j < start + 6; j++)
            {
                TextLine line = lines[j];
                if (line.UserKeep) continue;
                if (BylineReader.ReadByLine(lines, j, found, dateLines)) continue;
                if (line.Text.Length > 90) continue;
                bool marked = line.PhraseReason == RemovalReason.Dateline || line.PhraseReason == RemovalReason.Byline;
                if (!marked && line.EffectiveLength > 60) continue;
                if (metadata.Authors.Count == 0 && line.PhraseReason == RemovalReason.Byline && BylineReader.AddAuthors(line.Text, metadata))
                {
                    found.Mark(j, RemovalReason.Byline, "byline");
                }
                if (!DatelineReader.HasDigit(line.Text)) continue;
                DateTimeOffset? date = DatelineReader.FindLineDate(line.Text, out bool hasTime);
                if (date is null) continue;
                DatelineReader.RecordDateLine(j, line.Text, date.Value, hasTime, dateLines, metadata);
                found.Mark(j, line.PhraseReason == RemovalReason.Byline ? RemovalReason.Byline : RemovalReason.Dateline, "dateline");
            }
        }
    }
}
