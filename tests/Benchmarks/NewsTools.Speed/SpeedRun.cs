using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using AngleSharp.Html.Parser;

namespace NewsTools.Speed
{
    /// <summary>The four per-page paths, in the order each page goes through them.</summary>
    internal enum SpeedPath
    {
        /// <summary>AngleSharp's parse alone: the floor every HTML path stands on.</summary>
        Parse,
        /// <summary>ArticleExtractor with InputFormat Html.</summary>
        CoreHtml,
        /// <summary>
        /// As <see cref="CoreHtml"/>, through a new extractor for each page: its name memo is empty, as on the pages of a site
        /// the process has not seen yet (the warm <see cref="CoreHtml"/> path has learned every page's class names in the warm-up).
        /// </summary>
        CoreHtmlColdMemo,
        /// <summary>Get-CleanArticle -InputObject $html -InputFormat Html, one invocation per page.</summary>
        Cmdlet,
        /// <summary>ArticleExtractor with InputFormat Text, on the scraped text (dump/) of the same page.</summary>
        CoreText,
    }

    /// <summary>What one path did on one page: ms per timed pass and the bytes it allocated (first timed pass).</summary>
    internal sealed class PageTiming
    {
        public PageTiming(Page page, SpeedPath path, long inputBytes)
        {
            Page = page;
            Path = path;
            InputBytes = inputBytes;
        }

        public Page Page { get; }

        public SpeedPath Path { get; }

        public long InputBytes { get; }

        public List<double> Ms { get; } = new List<double>();

        public long AllocatedBytes { get; set; } = -1;

        /// <summary>The page's time: the median of its timed passes.</summary>
        public double MedianMs => Stats.Median(Ms);
    }

    /// <summary>
    /// Times every path on every page of a set. Each page goes through all paths in turn (parse, core HTML, cmdlet, core
    /// text) before the next page, so the parse and the extraction of a page see the same heap and cache state.
    /// </summary>
    internal sealed class SpeedRun
    {
        private static readonly ExtractionOptions HtmlOptions = new ExtractionOptions { InputFormat = InputFormat.Html };
        private readonly ArticleExtractor _html = new ArticleExtractor(HtmlOptions);
        private readonly ArticleExtractor _text = new ArticleExtractor(new ExtractionOptions { InputFormat = InputFormat.Text });
        private readonly CmdletHost? _cmdlet;

        public SpeedRun(CmdletHost? cmdlet) => _cmdlet = cmdlet;

        /// <summary>Problems seen (a path that produced no article); the smoke mode fails on any.</summary>
        public List<string> Problems { get; } = new List<string>();

        /// <summary>Warm-up: every page once through every path (JIT tiers, first-touch caches), nothing recorded.</summary>
        public void WarmUp(PageSet set)
        {
            foreach (Page page in set.Pages)
            {
                foreach (SpeedPath path in Enum.GetValues<SpeedPath>()) RunOnce(set, page, path, check: false);
            }
        }

        /// <summary>Times <paramref name="repeat"/> passes over the set; returns one timing per page and path that applies.</summary>
        public List<PageTiming> Measure(PageSet set, int repeat)
        {
            var timings = new List<PageTiming>();
            var byPage = new Dictionary<(Page, SpeedPath), PageTiming>();
            foreach (Page page in set.Pages)
            {
                foreach (SpeedPath path in Enum.GetValues<SpeedPath>())
                {
                    if (!Applies(page, path)) continue;
                    var t = new PageTiming(page, path, path == SpeedPath.CoreText ? page.TextBytes : page.HtmlBytes);
                    timings.Add(t);
                    byPage[(page, path)] = t;
                }
            }
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
            for (int r = 0; r < repeat; r++)
            {
                foreach (Page page in set.Pages)
                {
                    foreach (SpeedPath path in Enum.GetValues<SpeedPath>())
                    {
                        if (!byPage.TryGetValue((page, path), out PageTiming? t)) continue;
                        long a0 = GC.GetAllocatedBytesForCurrentThread();
                        long t0 = Stopwatch.GetTimestamp();
                        RunOnce(set, page, path, check: r == 0);
                        long t1 = Stopwatch.GetTimestamp();
                        long a1 = GC.GetAllocatedBytesForCurrentThread();
                        t.Ms.Add((t1 - t0) * 1000.0 / Stopwatch.Frequency);
                        if (t.AllocatedBytes < 0) t.AllocatedBytes = a1 - a0;
                    }
                }
            }
            return timings;
        }

        /// <summary>
        /// The whole set through one cmdlet pipeline (<c>$pages | Get-CleanArticle -InputFormat Html</c>), best of
        /// <paramref name="repeat"/> runs: ms per page, and bytes allocated per page in that run.
        /// </summary>
        public (double MsPerPage, double AllocPerPage) MeasurePipeline(PageSet set, int repeat)
        {
            if (_cmdlet is null) return (double.NaN, double.NaN);
            string[] pages = set.Pages.Where(p => p.Html != null).Select(p => p.Html!).ToArray();
            if (pages.Length == 0) return (double.NaN, double.NaN);
            double best = double.MaxValue, alloc = double.NaN;
            for (int r = 0; r < repeat; r++)
            {
                GC.Collect();
                long a0 = GC.GetAllocatedBytesForCurrentThread();
                long t0 = Stopwatch.GetTimestamp();
                long count = _cmdlet.CleanPipeline(pages, () => { });
                long t1 = Stopwatch.GetTimestamp();
                long a1 = GC.GetAllocatedBytesForCurrentThread();
                if (count != pages.Length) Problems.Add($"{set.Name}: the pipeline gave {count} articles for {pages.Length} pages");
                double ms = (t1 - t0) * 1000.0 / Stopwatch.Frequency / pages.Length;
                if (ms < best) best = ms;
                if (r == 0) alloc = (a1 - a0) / (double)pages.Length;
            }
            return (best, alloc);
        }

        private bool Applies(Page page, SpeedPath path) => path switch
        {
            SpeedPath.CoreText => page.Text != null,
            SpeedPath.Cmdlet => page.Html != null && _cmdlet != null,
            _ => page.Html != null,
        };

        private void RunOnce(PageSet set, Page page, SpeedPath path, bool check)
        {
            if (!Applies(page, path)) return;
            bool ok;
            switch (path)
            {
                case SpeedPath.Parse:
                    ok = new HtmlParser(new HtmlParserOptions { IsScripting = false }).ParseDocument(page.Html!).DocumentElement != null;
                    break;
                case SpeedPath.CoreHtml:
                    ok = _html.Extract(new ArticleInput(page.Html!, page.Id)).Article != null;
                    break;
                case SpeedPath.CoreHtmlColdMemo:
                    ok = new ArticleExtractor(HtmlOptions).Extract(new ArticleInput(page.Html!, page.Id)).Article != null;
                    break;
                case SpeedPath.Cmdlet:
                    ok = _cmdlet!.CleanOne(page.Html!) != null;
                    break;
                default:
                    ok = _text.Extract(new ArticleInput(page.Text!, page.Id)).Article != null;
                    break;
            }
            if (check && !ok) Problems.Add($"{set.Name}/{page.Id}: {path} produced no article");
        }
    }

    /// <summary>Order statistics over per-page figures.</summary>
    internal static class Stats
    {
        public static double Median(IReadOnlyCollection<double> values) => Percentile(values, 50);

        /// <summary>Nearest-rank percentile (p95 of 181 pages is the 172nd smallest).</summary>
        public static double Percentile(IReadOnlyCollection<double> values, double p)
        {
            if (values.Count == 0) return double.NaN;
            double[] sorted = values.OrderBy(v => v).ToArray();
            if (p == 50 && sorted.Length % 2 == 0) return (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
            int rank = (int)Math.Ceiling(p / 100.0 * sorted.Length);
            return sorted[Math.Clamp(rank - 1, 0, sorted.Length - 1)];
        }
    }
}
