using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace NewsTools.Speed
{
    /// <summary>One line of the speed table.</summary>
    internal sealed record Row(
        string Set,
        string Path,
        int Pages,
        double MedianMs,
        double P95Ms,
        double MeanMs,
        double MBps,
        double AllocKBPerPage,
        double RatioToParseMedianOfPageRatios,
        double RatioToParseOfMedians,
        double RatioToParseOfMeans);

    /// <summary>The cmdlet's cost over the core on the same pages.</summary>
    internal sealed record Overhead(string Set, double MedianOfPageRatiosPercent, double OfMediansPercent, double PipelinePercent);

    /// <summary>A working-set sample of the memory run, taken after a full blocking GC.</summary>
    internal sealed record MemorySample(long Pages, double WorkingSetMB, double ManagedHeapMB, double AllocKBPerPageSinceLast, double Seconds);

    /// <summary>Turns per-page timings into rows and prints them.</summary>
    internal static class Report
    {
        public const string PipelinePath = "cmdlet-pipeline";

        private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

        public static string PathName(SpeedPath path) => path switch
        {
            SpeedPath.Parse => "parse",
            SpeedPath.CoreHtml => "core-html",
            SpeedPath.CoreHtmlColdMemo => "core-html-cold",
            SpeedPath.Cmdlet => "cmdlet",
            _ => "core-text",
        };

        /// <summary>Rows for one set (or the pooled pages of several), plus the cmdlet-over-core figures.</summary>
        public static (List<Row> Rows, Overhead Overhead) Build(string set, IReadOnlyList<PageTiming> timings, double pipelineMs, double pipelineAlloc)
        {
            var parseByPage = timings.Where(t => t.Path == SpeedPath.Parse).ToDictionary(t => t.Page, t => t.MedianMs);
            var coreByPage = timings.Where(t => t.Path == SpeedPath.CoreHtml).ToDictionary(t => t.Page, t => t.MedianMs);
            double parseMedian = Stats.Median(parseByPage.Values);
            double parseMean = parseByPage.Count > 0 ? parseByPage.Values.Average() : double.NaN;
            var rows = new List<Row>();
            foreach (SpeedPath path in Enum.GetValues<SpeedPath>())
            {
                List<PageTiming> list = timings.Where(t => t.Path == path).ToList();
                if (list.Count == 0) continue;
                double[] ms = list.Select(t => t.MedianMs).ToArray();
                double median = Stats.Median(ms);
                bool html = path != SpeedPath.CoreText;
                double[] pageRatios = html ? list.Where(t => parseByPage.ContainsKey(t.Page)).Select(t => t.MedianMs / parseByPage[t.Page]).ToArray() : Array.Empty<double>();
                rows.Add(new Row(set, PathName(path), list.Count, median, Stats.Percentile(ms, 95), ms.Average(),
                    list.Sum(t => t.InputBytes) / 1e6 / (ms.Sum() / 1000.0),
                    list.Average(t => (double)t.AllocatedBytes) / 1024.0,
                    html ? Stats.Median(pageRatios) : double.NaN,
                    html ? median / parseMedian : double.NaN,
                    html ? ms.Average() / parseMean : double.NaN));
            }

            List<PageTiming> cmdlet = timings.Where(t => t.Path == SpeedPath.Cmdlet && coreByPage.ContainsKey(t.Page)).ToList();
            double coreMean = coreByPage.Count > 0 ? coreByPage.Values.Average() : double.NaN;
            if (!double.IsNaN(pipelineMs))
            {
                long bytes = timings.Where(t => t.Path == SpeedPath.CoreHtml).Sum(t => t.InputBytes);
                rows.Add(new Row(set, PipelinePath, coreByPage.Count, double.NaN, double.NaN, pipelineMs,
                    bytes / 1e6 / (pipelineMs * coreByPage.Count / 1000.0), pipelineAlloc / 1024.0, double.NaN, double.NaN, pipelineMs / parseMean));
            }
            var overhead = new Overhead(set,
                cmdlet.Count > 0 ? (Stats.Median(cmdlet.Select(t => t.MedianMs / coreByPage[t.Page]).ToArray()) - 1) * 100 : double.NaN,
                cmdlet.Count > 0 ? (Stats.Median(cmdlet.Select(t => t.MedianMs).ToArray()) / Stats.Median(coreByPage.Values) - 1) * 100 : double.NaN,
                (pipelineMs / coreMean - 1) * 100);
            return (rows, overhead);
        }

        public static void PrintSetHeader(PageSet set, int repeat)
        {
            long html = set.Pages.Sum(p => p.HtmlBytes), text = set.Pages.Sum(p => p.TextBytes);
            Console.WriteLine();
            Console.WriteLine(string.Format(Inv, "== {0}: {1} pages (HTML {2:F1} MB, text {3:F1} MB as UTF-8); {4} timed pass(es), each page's time = median of its passes ==",
                set.Name, set.Pages.Count, html / 1e6, text / 1e6, repeat));
        }

        public static void PrintRows(IReadOnlyList<Row> rows, Overhead overhead)
        {
            Console.WriteLine(string.Format(Inv, "{0,-16} {1,6} {2,10} {3,9} {4,9} {5,8} {6,13} {7,17} {8,17} {9,17}",
                "path", "pages", "median ms", "p95 ms", "mean ms", "MB/s", "alloc KB/pg", "x parse (pg med)", "x parse (of med)", "x parse (of mean)"));
            foreach (Row r in rows)
            {
                Console.WriteLine(string.Format(Inv, "{0,-16} {1,6} {2,10} {3,9} {4,9} {5,8} {6,13} {7,17} {8,17} {9,17}",
                    r.Path, r.Pages, F(r.MedianMs, "F2"), F(r.P95Ms, "F2"), F(r.MeanMs, "F2"), F(r.MBps, "F1"), F(r.AllocKBPerPage, "N0"),
                    F(r.RatioToParseMedianOfPageRatios, "F2"), F(r.RatioToParseOfMedians, "F2"), F(r.RatioToParseOfMeans, "F2")));
            }
            Console.WriteLine(string.Format(Inv, "cmdlet over core-html: {0} % (median of per-page ratios), {1} % (ratio of medians); one pipeline: {2} % (mean ms/page over core's mean)",
                Signed(overhead.MedianOfPageRatiosPercent), Signed(overhead.OfMediansPercent), Signed(overhead.PipelinePercent)));
        }

        public static void PrintLegend()
        {
            Console.WriteLine();
            Console.WriteLine("Columns: ms/page over pages (each page's own time is the median of its timed passes); MB/s = total input bytes as");
            Console.WriteLine("UTF-8 (10^6) / total time (HTML for parse/core-html/cmdlet, the dump/ text for core-text); alloc = mean bytes allocated");
            Console.WriteLine("per page on the benchmark thread; 'x parse (pg med)' = median over pages of (path ms / parse ms on that page);");
            Console.WriteLine("'x parse (of med)' = median path ms / median parse ms; 'x parse (of mean)' = mean / mean (= total time / total time,");
            Console.WriteLine("the old NewsTools.Bench TIMING ratio). cmdlet = Get-CleanArticle -InputObject $html -InputFormat Html, one invocation");
            Console.WriteLine("per page; cmdlet-pipeline = all pages piped into one Get-CleanArticle (best of the passes). Blank dumps are not timed.");
        }

        public static void PrintMemoryHeader(int total, int distinctPages)
        {
            Console.WriteLine();
            Console.WriteLine(string.Format(Inv, "== memory: {0} pages ({1} distinct, cycled) through one Get-CleanArticle pipeline, results dropped; each sample after a full blocking GC ==",
                total, distinctPages));
            Console.WriteLine(string.Format(Inv, "{0,8} {1,16} {2,16} {3,26} {4,8}", "pages", "working set MB", "managed heap MB", "alloc KB/page since last", "s"));
        }

        /// <summary>One line per sample, printed as it is taken (a long run shows its progress).</summary>
        public static void PrintMemorySample(MemorySample s) =>
            Console.WriteLine(string.Format(Inv, "{0,8} {1,16:F1} {2,16:F1} {3,26} {4,8:F1}", s.Pages, s.WorkingSetMB, s.ManagedHeapMB, F(s.AllocKBPerPageSinceLast, "N0"), s.Seconds));

        public static string F(double v, string format) => double.IsNaN(v) ? "-" : v.ToString(format, Inv);

        public static string Signed(double v) => double.IsNaN(v) ? "-" : (v >= 0 ? "+" : "") + v.ToString("F1", Inv);
    }
}
