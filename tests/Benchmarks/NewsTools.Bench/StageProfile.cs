using System;
using System.Collections.Generic;
using System.Globalization;
using AngleSharp.Html.Parser;
using NewsTools;
using NewsTools.Html;
using NewsTools.Html.Blocks;
using NewsTools.Html.Locating;
using NewsTools.Loading;
using NewsTools.Metadata;
using NewsTools.Pages;
using NewsTools.Pipeline;
using NewsTools.Walls;

/// <summary>
/// --stages: each HTML stage timed and its allocations counted on its own, page by page (the first read of each page, as
/// ExtractionPipeline.ReadMarkup runs it): where the time and the bytes over the bare parse go, stage by stage.
/// </summary>
internal static class StageProfile
{
    private static readonly string[] Names =
        { "flatten", "parse", "scan", "index+selectors", "metadata", "pagetype", "clean", "locate", "blocks", "outside", "whole-extraction" };

    public static void Run(List<(string Id, string Content, string? Url)> docs, ExtractionOptions options, Func<string, ArticleExtractor> extractorFor, int repeat, bool cpu)
    {
        var ticks = new double[Names.Length];
        var bytes = new long[Names.Length];
        var memos = new ExtractorMemos();
        int pages = 0;
        for (int r = 0; r < repeat; r++)
        {
            foreach (var d in docs)
            {
                pages++;
                int s = 0;
                long t = Clock.Now(cpu), b = GC.GetAllocatedBytesForCurrentThread();
                void Lap()
                {
                    long t2 = Clock.Now(cpu), b2 = GC.GetAllocatedBytesForCurrentThread();
                    ticks[s] += t2 - t; bytes[s] += b2 - b; s++;
                    t = Clock.Now(cpu); b = GC.GetAllocatedBytesForCurrentThread();
                }
                string markup = NestingLimiter.Flatten(d.Content, NewsTools.Heuristics.HtmlThresholds.MaxNestingDepth, out _, out int startTags);
                Lap();
                var document = new HtmlParser(new HtmlParserOptions { IsScripting = false }).ParseDocument(markup);
                Lap();
                PageScan.Run(document, memos.ScanNames);
                Lap();
                Lap(); // index+selectors: measured below through PageContext.Load minus the parts above
                s = 4;
                PageContext context = PageContext.Load(d.Content, d.Url, options, memos);
                t = Clock.Now(cpu); b = GC.GetAllocatedBytesForCurrentThread();
                ArticleMetadata metadata = MetadataExtractor.FromHtml(context);
                Lap();
                PageType type = PageTypeClassifier.Classify(context, metadata, d.Url);
                Lap();
                ExtractionProfile profile = ExtractionProfile.For(type);
                new DomCleaner(context, false, profile).Clean();
                Lap();
                LocatedContent located = new MainContentLocator(context, profile).Locate();
                Lap();
                new BlockBuilder(context, metadata.Title, profile).Build(located.Roots);
                Lap();
                var span = new StorySpan(context.Index, located.Roots);
                OutsideRecorder.Record(context, located.Roots, metadata.Title, span);
                Lap();
                extractorFor(d.Id).Extract(new ArticleInput(d.Content, d.Id, d.Url));
                Lap();
                // index+selectors = load - flatten - parse - scan, from one more timed load.
                long l0 = Clock.Now(cpu), a0 = GC.GetAllocatedBytesForCurrentThread();
                PageContext.Load(d.Content, d.Url, options, memos);
                long l1 = Clock.Now(cpu), a1 = GC.GetAllocatedBytesForCurrentThread();
                ticks[3] += l1 - l0; bytes[3] += a1 - a0;
            }
        }
        // The load timed above holds flatten, parse and scan: what is left of it is the index and the selectors.
        ticks[3] -= ticks[0] + ticks[1] + ticks[2];
        bytes[3] -= bytes[0] + bytes[1] + bytes[2];
        double f = 1000.0 / Clock.Frequency(cpu) / Math.Max(1, pages), k = 1.0 / 1024 / Math.Max(1, pages);
        var parts = new List<string>();
        for (int i = 0; i < Names.Length; i++) parts.Add(string.Format(CultureInfo.InvariantCulture, "{0}={1:F3}ms/{2:F0}KB", Names[i], ticks[i] * f, bytes[i] * k));
        Console.WriteLine((cpu ? "STAGES per page (cpu): " : "STAGES per page (wall): ") + string.Join(" ", parts));
    }
}
