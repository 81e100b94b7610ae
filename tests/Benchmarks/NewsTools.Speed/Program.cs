// Speed benchmark (issue 13): in ONE process, on the same pages, after a warm-up of every path:
//   parse      AngleSharp's parse alone
//   core-html  ArticleExtractor, InputFormat Html
//   core-html-cold  the same through a new extractor per page (an empty name memo: pages of sites not seen yet)
//   cmdlet     Get-CleanArticle -InputObject $html -InputFormat Html, PowerShell hosted in-process, the built module imported
//   core-text  ArticleExtractor, InputFormat Text, on the set's dump/ of the same page
// Prints ms/page (median, p95, mean), MB/s, allocated KB/page, the ratios to the parse and the cmdlet's overhead; then
// Import-Module + first article in a fresh `dotnet pwsh -NoProfile`; with --memory N, N pages through one pipeline.
// usage: NewsTools.Speed [--data DIR] [--set NAME]... [--module PSD1] [--repeat N] [--limit N] [--startup N]
//                        [--memory N] [--memory-every N] [--smoke] [--json FILE]
// Run it through tests/Benchmarks/Measure-Speed.ps1, which builds it and the module (Release, same source).
using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Text.Json.Serialization;
using NewsTools.Speed;

string? dataDir = null, modulePath = null, jsonPath = null, rootArg = null;
var setNames = new List<string>();
int repeat = 3, limit = 0, startupRuns = 3, memoryPages = 0, memoryEvery = 5000;
bool smoke = false;
try
{
    for (int i = 0; i < args.Length; i++)
    {
        switch (args[i])
        {
            case "--data": dataDir = args[++i]; break;
            case "--set": setNames.Add(args[++i]); break;
            case "--module": modulePath = args[++i]; break;
            case "--root": rootArg = args[++i]; break;
            case "--repeat": repeat = Int(args[++i]); break;
            case "--limit": limit = Int(args[++i]); break;
            case "--startup": startupRuns = Int(args[++i]); break;
            case "--memory": memoryPages = Int(args[++i]); break;
            case "--memory-every": memoryEvery = Int(args[++i]); break;
            case "--smoke": smoke = true; break;
            case "--json": jsonPath = args[++i]; break;
            default: throw new ArgumentException("unknown argument " + args[i]);
        }
    }
}
catch (Exception e) when (e is ArgumentException || e is FormatException || e is IndexOutOfRangeException)
{
    Console.Error.WriteLine(e.Message);
    Console.Error.WriteLine("usage: NewsTools.Speed [--data DIR] [--set NAME]... [--module PSD1] [--repeat N] [--limit N] [--startup N] [--memory N] [--memory-every N] [--smoke] [--json FILE]");
    return 2;
}

string root = rootArg ?? FindRepoRoot();
modulePath = Path.GetFullPath(modulePath ?? StagedManifest(root));
if (setNames.Count == 0) setNames.AddRange(new[] { "scrapinghub", "wcxb-dev" });
bool memoryOnly = memoryPages > 0 && !smoke;
if (smoke)
{
    // A handful of pages, one pass, one fresh pwsh, a tiny memory run: a sanity check that finishes in seconds.
    if (limit == 0) limit = 10;
    repeat = 1;
    startupRuns = Math.Min(startupRuns, 1);
    if (memoryPages == 0) memoryPages = 40;
    memoryEvery = Math.Max(1, memoryPages / 4);
}

// Pages: the benchmark sets where they exist, else (smoke) the project's own fixtures.
var sets = new List<PageSet>();
var load = Stopwatch.StartNew();
foreach (string name in setNames)
{
    string dir = dataDir is null ? "" : Path.Combine(dataDir, name);
    if (Directory.Exists(Path.Combine(dir, "html"))) sets.Add(PageSet.FromBenchSet(dir, limit));
    else Console.WriteLine($"(no {Path.Combine(dir, "html")}: set {name} skipped)");
}
if (sets.Count == 0)
{
    if (!smoke)
    {
        Console.Error.WriteLine("No benchmark set found: give --data DIR holding " + string.Join(", ", setNames) + " (or use --smoke).");
        return 2;
    }
    sets.Add(PageSet.FromFixtures(Path.Combine(root, "tests", "fixtures"), limit));
}
Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "Loaded and decoded {0} pages in {1:F1} s (not timed). Module: {2}",
    sets.Sum(s => s.Pages.Count), load.Elapsed.TotalSeconds, modulePath));
Console.WriteLine($".NET {Environment.Version}, {Environment.ProcessorCount} cores, server GC {System.Runtime.GCSettings.IsServerGC}, one benchmark thread");

var problems = new List<string>();
var rows = new List<Row>();
var overheads = new List<Overhead>();
var startup = new List<StartupProbe.Result>();
var memory = new List<MemorySample>();
string coreContext = "-";

using (var host = new CmdletHost(modulePath))
{
    if (!memoryOnly)
    {
        var run = new SpeedRun(host);
        var warm = Stopwatch.StartNew();
        foreach (PageSet set in sets) run.WarmUp(set);
        Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "Warm-up: every page once through every path, {0:F1} s.", warm.Elapsed.TotalSeconds));
        coreContext = host.CoreLoadContext;
        Console.WriteLine($"The cmdlet's NewsTools.Core runs in the load context '{coreContext}' (Default = the same assembly the core paths call).");

        var all = new List<PageTiming>();
        var pipelineAll = new List<(double Ms, double Alloc, int Pages)>();
        foreach (PageSet set in sets)
        {
            List<PageTiming> timings = run.Measure(set, repeat);
            (double pipeMs, double pipeAlloc) = run.MeasurePipeline(set, repeat);
            all.AddRange(timings);
            pipelineAll.Add((pipeMs, pipeAlloc, set.Pages.Count(p => p.Html != null)));
            (List<Row> setRows, Overhead overhead) = Report.Build(set.Name, timings, pipeMs, pipeAlloc);
            Report.PrintSetHeader(set, repeat);
            Report.PrintRows(setRows, overhead);
            rows.AddRange(setRows);
            overheads.Add(overhead);
        }
        if (sets.Count > 1)
        {
            int pages = pipelineAll.Sum(p => p.Pages);
            double pipeMs = pipelineAll.Sum(p => p.Ms * p.Pages) / pages, pipeAlloc = pipelineAll.Sum(p => p.Alloc * p.Pages) / pages;
            (List<Row> allRows, Overhead overhead) = Report.Build("all", all, pipeMs, pipeAlloc);
            Console.WriteLine();
            Console.WriteLine($"== all sets pooled: {sets.Sum(s => s.Pages.Count)} pages ==");
            Report.PrintRows(allRows, overhead);
            rows.AddRange(allRows);
            overheads.Add(overhead);
        }
        Report.PrintLegend();
        problems.AddRange(run.Problems);

        if (startupRuns > 0)
        {
            // The page of median size in the first set: a typical first article, not the largest or the smallest.
            List<Page> bySize = sets[0].Pages.Where(p => p.Html != null).OrderBy(p => p.HtmlBytes).ToList();
            Page first = bySize[bySize.Count / 2];
            string pageFile = Path.Combine(Path.GetTempPath(), "newstools-speed-" + Environment.ProcessId + ".html");
            File.WriteAllText(pageFile, first.Html);
            try
            {
                startup = StartupProbe.Measure(root, modulePath, pageFile, startupRuns);
            }
            catch (InvalidOperationException e)
            {
                problems.Add("startup: " + e.Message);
            }
            finally
            {
                File.Delete(pageFile);
            }
            if (startup.Count > 0)
            {
                Console.WriteLine();
                Console.WriteLine(string.Format(CultureInfo.InvariantCulture,
                    "== fresh `dotnet pwsh -NoProfile`, {0} run(s), medians; page {1}/{2} ({3:F0} KB), -InputFormat Auto ==", startup.Count, sets[0].Name, first.Id, first.HtmlBytes / 1024.0));
                Console.WriteLine(string.Format(CultureInfo.InvariantCulture,
                    "inside the child: Import-Module {0:F0} ms; Import-Module + first article {1:F0} ms ({2} words); the same page again {3:F0} ms",
                    Stats.Median(startup.Select(s => s.ImportMs).ToArray()), Stats.Median(startup.Select(s => s.FirstArticleMs).ToArray()), startup[0].Words,
                    Stats.Median(startup.Select(s => s.SecondArticleMs).ToArray())));
                Console.WriteLine(string.Format(CultureInfo.InvariantCulture,
                    "whole process (start to exit): {0:F0} ms; a bare `dotnet pwsh -NoProfile -Command 1`: {1:F0} ms",
                    Stats.Median(startup.Select(s => s.ProcessMs).ToArray()), Stats.Median(startup.Select(s => s.BarePwshMs).ToArray())));
            }
        }
    }

    if (memoryPages > 0)
    {
        memory = RunMemory(host, sets, memoryPages, memoryEvery, problems);
        using Process self = Process.GetCurrentProcess();
        Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "peak working set of the process: {0:F1} MB", self.PeakWorkingSet64 / 1048576.0));
    }
}

using (Process self = Process.GetCurrentProcess())
{
    Console.WriteLine();
    Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "Process: peak working set {0:F1} MB, working set now {1:F1} MB, managed heap after GC {2:F1} MB",
        self.PeakWorkingSet64 / 1048576.0, self.WorkingSet64 / 1048576.0, GC.GetTotalMemory(true) / 1048576.0));
}

if (!memoryOnly) PrintTargets(rows, overheads, startup);

if (smoke) problems.AddRange(SmokeChecks(rows, overheads, startup, memory, memoryPages, memoryEvery, startupRuns));
if (jsonPath != null)
{
    var options = new JsonSerializerOptions { WriteIndented = true, NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals };
    File.WriteAllText(jsonPath, JsonSerializer.Serialize(new { Rows = rows, Overheads = overheads, Startup = startup, Memory = memory, CoreLoadContext = coreContext, Problems = problems }, options));
}
foreach (string p in problems) Console.WriteLine("PROBLEM " + p);
if (smoke) Console.WriteLine(problems.Count == 0 ? "SMOKE OK" : "SMOKE FAILED");
return problems.Count == 0 ? 0 : 1;

static List<MemorySample> RunMemory(CmdletHost host, List<PageSet> sets, int total, int every, List<string> problems)
{
    // The pages of every set, cycled: the strings are shared, so the input itself adds nothing as the run goes on.
    string[] pool = sets.SelectMany(s => s.Pages).Where(p => p.Html != null).Select(p => p.Html!).ToArray();
    IEnumerable<string> Cycle()
    {
        for (int i = 0; i < total; i++) yield return pool[i % pool.Length];
    }
    var samples = new List<MemorySample>();
    var sw = Stopwatch.StartNew();
    long lastAlloc = 0, lastPages = 0, seen = 0;
    void Sample(long pages)
    {
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        long alloc = GC.GetTotalAllocatedBytes(precise: true);
        using Process self = Process.GetCurrentProcess();
        double perPage = pages > lastPages ? (alloc - lastAlloc) / 1024.0 / (pages - lastPages) : double.NaN;
        var sample = new MemorySample(pages, self.WorkingSet64 / 1048576.0, GC.GetTotalMemory(false) / 1048576.0, perPage, sw.Elapsed.TotalSeconds);
        samples.Add(sample);
        Report.PrintMemorySample(sample);
        lastAlloc = alloc;
        lastPages = pages;
    }
    Report.PrintMemoryHeader(total, pool.Length);
    Sample(0);
    try
    {
        long count = host.CleanPipeline(Cycle(), () =>
        {
            seen++;
            if (seen % every == 0) Sample(seen);
        });
        if (count != total) problems.Add($"memory: {count} articles came out of {total} pages");
        if (seen % every != 0) Sample(seen);
    }
    catch (InvalidOperationException e)
    {
        problems.Add("memory: " + e.Message);
    }
    return samples;
}

static void PrintTargets(List<Row> rows, List<Overhead> overheads, List<StartupProbe.Result> startup)
{
    var inv = CultureInfo.InvariantCulture;
    string set = rows.Any(r => r.Set == "all") ? "all" : rows.Select(r => r.Set).FirstOrDefault() ?? "-";
    Row? core = rows.FirstOrDefault(r => r.Set == set && r.Path == "core-html");
    Row? text = rows.FirstOrDefault(r => r.Set == set && r.Path == "core-text");
    Overhead? cmd = overheads.FirstOrDefault(o => o.Set == set);
    string perSet(string path, Func<Row, double> f, string fmt) =>
        string.Join(", ", rows.Where(r => r.Set != "all" && r.Path == path).Select(r => r.Set + " " + Report.F(f(r), fmt)));
    string verdict(bool met) => met ? "met" : "NOT met";
    Console.WriteLine();
    Console.WriteLine($"== targets (figures over '{set}' pages) ==");
    if (core != null)
    {
        Console.WriteLine(string.Format(inv, "core HTML <= 1.5x the bare parse: {0}x median of per-page ratios, {1}x ratio of medians, {4}x ratio of means  [{2}]  ({3})",
            Report.F(core.RatioToParseMedianOfPageRatios, "F2"), Report.F(core.RatioToParseOfMedians, "F2"), verdict(core.RatioToParseMedianOfPageRatios <= 1.5),
            perSet("core-html", r => r.RatioToParseMedianOfPageRatios, "F2"), Report.F(core.RatioToParseOfMeans, "F2")));
        Row? cold = rows.FirstOrDefault(r => r.Set == set && r.Path == "core-html-cold");
        if (cold != null)
        {
            Console.WriteLine(string.Format(inv, "  the same with an empty name memo on each page (pages of unseen sites): {0}x median of per-page ratios  ({1})",
                Report.F(cold.RatioToParseMedianOfPageRatios, "F2"), perSet("core-html-cold", r => r.RatioToParseMedianOfPageRatios, "F2")));
        }
    }
    if (text != null)
    {
        Console.WriteLine(string.Format(inv, "text mode >= 20 MB/s on one core: {0} MB/s (total bytes / total time)  [{1}]  ({2})",
            Report.F(text.MBps, "F1"), verdict(text.MBps >= 20), perSet("core-text", r => r.MBps, "F1")));
    }
    if (cmd != null)
    {
        Console.WriteLine(string.Format(inv, "cmdlet adds <= 10 % over the core: {0} % per call (median of per-page ratios), {1} % in one pipeline  [{2}]",
            Report.Signed(cmd.MedianOfPageRatiosPercent), Report.Signed(cmd.PipelinePercent), verdict(cmd.MedianOfPageRatiosPercent <= 10)));
    }
    if (startup.Count > 0)
    {
        double first = Stats.Median(startup.Select(s => s.FirstArticleMs).ToArray());
        Console.WriteLine(string.Format(inv, "Import-Module + first article in a fresh pwsh < 1 s: {0:F0} ms (inside the child)  [{1}]", first, verdict(first < 1000)));
    }
    Console.WriteLine("memory flat over 20,000 pages: run with --memory 20000 (Measure-Speed.ps1 -Memory 20000)");
}

static List<string> SmokeChecks(List<Row> rows, List<Overhead> overheads, List<StartupProbe.Result> startup, List<MemorySample> memory, int memoryPages, int every, int startupRuns)
{
    // Sanity only: every path ran and gave finite, positive numbers. No speed ratio is asserted (CI is noisy).
    var found = new List<string>();
    foreach (string path in new[] { "parse", "core-html", "core-html-cold", "cmdlet", "core-text", Report.PipelinePath })
    {
        if (!rows.Any(r => r.Path == path)) found.Add($"no '{path}' row");
    }
    foreach (Row r in rows)
    {
        bool pipeline = r.Path == Report.PipelinePath;
        double[] values = pipeline ? new[] { r.MeanMs, r.MBps, r.AllocKBPerPage } : new[] { r.MedianMs, r.P95Ms, r.MeanMs, r.MBps, r.AllocKBPerPage };
        if (r.Pages <= 0 || values.Any(v => !double.IsFinite(v) || v <= 0)) found.Add($"{r.Set}/{r.Path}: a figure is missing, zero or not finite");
    }
    if (overheads.Any(o => !double.IsFinite(o.MedianOfPageRatiosPercent) || !double.IsFinite(o.PipelinePercent))) found.Add("the cmdlet overhead is not finite");
    if (startupRuns > 0 && (startup.Count == 0 || startup.Any(s => !double.IsFinite(s.FirstArticleMs) || s.FirstArticleMs <= 0 || s.Words <= 0)))
    {
        found.Add("the fresh-pwsh measurement gave no article");
    }
    int expected = 1 + memoryPages / every + (memoryPages % every == 0 ? 0 : 1);
    if (memory.Count != expected || memory.Any(m => !double.IsFinite(m.WorkingSetMB) || m.WorkingSetMB <= 0))
    {
        found.Add($"memory: {memory.Count} samples, {expected} expected");
    }
    return found;
}

static int Int(string s) => int.Parse(s, NumberStyles.Integer, CultureInfo.InvariantCulture);

// src/build.ps1 stages the module as out/NewsTools/<version>/, <version> being the manifest's ModuleVersion.
static string StagedManifest(string root)
{
    Match version = Regex.Match(File.ReadAllText(Path.Combine(root, "NewsTools.psd1")), @"ModuleVersion\s*=\s*'([^']+)'");
    return Path.Combine(root, "out", "NewsTools", version.Success ? version.Groups[1].Value : "0.0.0", "NewsTools.psd1");
}

static string FindRepoRoot()
{
    // Up from the binary (tests/Benchmarks/NewsTools.Speed/bin/Release/net10.0) to the folder holding NewsTools.psd1 and src/.
    for (DirectoryInfo? d = new DirectoryInfo(AppContext.BaseDirectory); d != null; d = d.Parent)
    {
        if (File.Exists(Path.Combine(d.FullName, "NewsTools.psd1")) && Directory.Exists(Path.Combine(d.FullName, "src"))) return d.FullName;
    }
    return Directory.GetCurrentDirectory();
}
