// Warm-up meter: what the first pages of a fresh process cost, and why.
// usage: NewsTools.WarmUp DIR [DIR...] [--passes N] [--mode html|text] [--jit-top K] [--tiers] [--regexes [--sample N]]
//   Passes: the pages of every DIR (sorted), N times (default 3) through ONE ArticleExtractor; per pass the wall time,
//           the process CPU time, the time per 200 pages, methods jitted and JIT time (all threads, JitInfo) and GC counts.
//   --jit-top K: an in-process EventListener on the runtime's JIT events (MethodJittingStarted, MethodLoadVerbose)
//           times every method's compilation; prints the K costliest of pass 1 and the JIT time by owner (compiled
//           regexes, NewsTools, AngleSharp, the framework). Compiled regexes show as dynamicClass.RegexN_*: N counts
//           regex constructions, so map them to declarations with --regexes.
//   --tiers: after each pass, how many TieredRegex patterns run compiled, and the interpreted ones' spent budget.
//   --regexes: each regex declaration of NewsTools.Core (static Regex and TieredRegex fields, found by reflection),
//           built alone and compiled: build time, JIT time of its first match, and the time to run it interpreted and
//           compiled over the first N (default 150) pages' article lines, longest JIT first. Run it in its own process
//           (it compiles every pattern).
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.Diagnostics.Tracing;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using System.Threading;
using NewsTools;
using NewsTools.Loading;

var dirs = new List<string>();
int passes = 3, jitTop = 0, sample = 150;
bool regexes = false, tiers = false;
string mode = "html";
for (int i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--passes": passes = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
        case "--jit-top": jitTop = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
        case "--regexes": regexes = true; break;
        case "--tiers": tiers = true; break;
        case "--sample": sample = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
        case "--mode": mode = args[++i].ToLowerInvariant(); break;
        default:
            if (args[i].StartsWith("--", StringComparison.Ordinal)) { Console.Error.WriteLine("unknown argument " + args[i]); return 2; }
            dirs.Add(args[i]);
            break;
    }
}
if (dirs.Count == 0)
{
    Console.Error.WriteLine("usage: NewsTools.WarmUp DIR [DIR...] [--passes N] [--mode html|text] [--jit-top K] [--tiers] [--regexes [--sample N]]");
    return 2;
}

var docs = new List<string>();
foreach (string dir in dirs)
{
    var files = new List<string>(Directory.GetFiles(dir));
    files.Sort(StringComparer.Ordinal);
    foreach (string f in files) docs.Add(DocumentDecoder.Decode(File.ReadAllBytes(f)));
}
var options = new ExtractionOptions { InputFormat = mode == "text" ? InputFormat.Text : InputFormat.Html };

if (regexes)
{
    RegexCost.Run(docs, options, sample);
    return 0;
}

using var listener = jitTop > 0 ? new JitListener() : null;
var extractor = new ArticleExtractor(options);
var process = Process.GetCurrentProcess();
for (int pass = 1; pass <= passes; pass++)
{
    listener?.Reset();
    int c0 = (int)System.Runtime.JitInfo.GetCompiledMethodCount(false);
    TimeSpan j0 = System.Runtime.JitInfo.GetCompilationTime(false);
    int g0 = GC.CollectionCount(0), g1 = GC.CollectionCount(1), g2 = GC.CollectionCount(2);
    process.Refresh();
    TimeSpan cpu0 = process.TotalProcessorTime;
    var sw = Stopwatch.StartNew();
    var parts = new List<string>();
    double last = 0;
    for (int i = 0; i < docs.Count; i++)
    {
        extractor.Extract(new ArticleInput(docs[i], "p" + i.ToString(CultureInfo.InvariantCulture), null));
        if ((i + 1) % 200 == 0)
        {
            double t = sw.Elapsed.TotalSeconds;
            parts.Add((t - last).ToString("F2", CultureInfo.InvariantCulture));
            last = t;
        }
    }
    double wall = sw.Elapsed.TotalSeconds;
    process.Refresh();
    Console.WriteLine(string.Format(CultureInfo.InvariantCulture,
        "pass {0}: {1:F2} s wall, {2:F2} s cpu (all threads)  per-200 [{3}]  jitted {4} jit {5:F2} s  gc {6}/{7}/{8}",
        pass, wall, (process.TotalProcessorTime - cpu0).TotalSeconds, string.Join(" ", parts),
        System.Runtime.JitInfo.GetCompiledMethodCount(false) - c0, (System.Runtime.JitInfo.GetCompilationTime(false) - j0).TotalSeconds,
        GC.CollectionCount(0) - g0, GC.CollectionCount(1) - g1, GC.CollectionCount(2) - g2));
    if (tiers) TierReport.Print();
    if (listener != null && pass == 1)
    {
        Thread.Sleep(500); // EventPipe delivers events to the listener in batches: let the last ones arrive.
        listener.Print(jitTop);
    }
}
Console.WriteLine("load average: " + (File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Trim() : "n/a"));
return 0;

/// <summary>Times each method's JIT from the runtime's events: MethodJittingStarted (145) to MethodLoadVerbose (143) on the same thread.</summary>
internal sealed class JitListener : EventListener
{
    private const int MethodJittingStarted = 145;
    private const int MethodLoadVerbose = 143;
    private readonly ConcurrentDictionary<(long Thread, long Method), DateTime> _started = new();
    private readonly ConcurrentQueue<(string Name, int Tier, double Ms, long Thread)> _done = new();

    protected override void OnEventSourceCreated(EventSource source)
    {
        if (source.Name == "Microsoft-Windows-DotNETRuntime")
        {
            EnableEvents(source, EventLevel.Verbose, (EventKeywords)0x10);
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs e)
    {
        if (e.Payload is null || e.PayloadNames is null) return;
        if (e.EventId == MethodJittingStarted)
        {
            _started[(e.OSThreadId, Convert.ToInt64(Get(e, "MethodID"), CultureInfo.InvariantCulture))] = e.TimeStamp;
        }
        else if (e.EventId == MethodLoadVerbose)
        {
            long id = Convert.ToInt64(Get(e, "MethodID"), CultureInfo.InvariantCulture);
            if (!_started.TryRemove((e.OSThreadId, id), out DateTime start)) return;
            long flags = Convert.ToInt64(Get(e, "MethodFlags") ?? 0, CultureInfo.InvariantCulture);
            string name = Get(e, "MethodNamespace") + "." + Get(e, "MethodName");
            _done.Enqueue((name, (int)((flags >> 7) & 7), (e.TimeStamp - start).TotalMilliseconds, e.OSThreadId));
        }
    }

    private static object? Get(EventWrittenEventArgs e, string name)
    {
        int i = e.PayloadNames!.IndexOf(name);
        return i < 0 ? null : e.Payload![i];
    }

    public void Reset()
    {
        while (_done.TryDequeue(out _)) { }
    }

    /// <summary>The K costliest methods (summed over tiers), then JIT time by owner.</summary>
    public void Print(int top)
    {
        var all = _done.ToArray();
        // Tiers (MethodFlags bits 7-9): 1 MinOpts, 2 Optimized, 3 QuickJitted (tier 0), 4 OptimizedTier1, 6 tier-0 instrumented, 7 tier-1 instrumented.
        Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "JIT events: {0} methods, {1:F2} s (sum over threads)", all.Length, all.Sum(x => x.Ms) / 1000));
        foreach (var g in all.GroupBy(x => x.Name).Select(g => (g.Key, Ms: g.Sum(x => x.Ms), Tiers: string.Join(",", g.Select(x => x.Tier)), Threads: g.Select(x => x.Thread).Distinct().Count()))
                     .OrderByDescending(x => x.Ms).Take(top))
        {
            Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "  {0,8:F1} ms  tiers {1,-6} {2}", g.Ms, g.Tiers, g.Key));
        }
        foreach (var g in all.GroupBy(x => Owner(x.Name)).OrderByDescending(g => g.Sum(x => x.Ms)))
        {
            Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "  owner {0,-12} {1,6} methods {2,8:F2} s", g.Key, g.Count(), g.Sum(x => x.Ms) / 1000));
        }
        foreach (var g in all.GroupBy(x => x.Tier).OrderBy(g => g.Key))
        {
            Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "  tier {0} {1,6} methods {2,8:F2} s", g.Key, g.Count(), g.Sum(x => x.Ms) / 1000));
        }
    }

    private static string Owner(string name) =>
        name.StartsWith("dynamicClass.Regex", StringComparison.Ordinal) ? "regex" :
        name.StartsWith("NewsTools", StringComparison.Ordinal) ? "NewsTools" :
        name.StartsWith("AngleSharp", StringComparison.Ordinal) ? "AngleSharp" :
        name.StartsWith("System.Text.RegularExpressions", StringComparison.Ordinal) ? "regex-lib" :
        name.StartsWith("dynamicClass", StringComparison.Ordinal) ? "dynamic" : "framework";
}

/// <summary>Each regex declaration of the core built alone: what compiling it costs and what it saves.</summary>
internal static class RegexCost
{
    public static void Run(List<string> docs, ExtractionOptions options, int sample)
    {
        // The lines the patterns see most: article text lines (rendered paragraphs) of the first pages.
        var extractor = new ArticleExtractor(options);
        var lines = new List<string>();
        foreach (string d in docs.Take(sample))
        {
            string? text = extractor.Extract(new ArticleInput(d, "x", null)).Article?.Text;
            if (text != null) lines.AddRange(text.Split('\n').Where(l => l.Length > 0));
        }
        Assembly core = typeof(ArticleExtractor).Assembly;
        Type tiered = core.GetType("NewsTools.Heuristics.TieredRegex", true)!;
        FieldInfo patternField = tiered.GetField("_pattern", BindingFlags.NonPublic | BindingFlags.Instance)!;
        FieldInfo optionsField = tiered.GetField("_options", BindingFlags.NonPublic | BindingFlags.Instance)!;
        var rows = new List<(string Name, bool Tiered, int Length, double BuildMs, double JitMs, double InterpMs, double CompiledMs)>();
        foreach (Type type in core.GetTypes())
        {
            foreach (FieldInfo f in type.GetFields(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic))
            {
                if (f.FieldType != typeof(Regex) && f.FieldType != tiered) continue;
                object? value;
                try { value = f.GetValue(null); } catch (TargetInvocationException) { continue; }
                if (value is null) continue;
                string pattern = value is Regex r ? r.ToString() : (string)patternField.GetValue(value)!;
                RegexOptions opts = (value is Regex r2 ? r2.Options : (RegexOptions)optionsField.GetValue(value)!) & ~RegexOptions.Compiled;
                var interp = new Regex(pattern, opts);
                TimeSpan j0 = System.Runtime.JitInfo.GetCompilationTime(true);
                long t0 = Stopwatch.GetTimestamp();
                var compiled = new Regex(pattern, opts | RegexOptions.Compiled);
                long t1 = Stopwatch.GetTimestamp();
                compiled.IsMatch("By Jane Doe | 12 March 2024");
                TimeSpan j1 = System.Runtime.JitInfo.GetCompilationTime(true);
                rows.Add((type.Name + "." + f.Name, value is not Regex, pattern.Length, (t1 - t0) * 1000.0 / Stopwatch.Frequency, (j1 - j0).TotalMilliseconds,
                    Time(interp, lines), Time(compiled, lines)));
            }
        }
        Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "{0} declarations ({1} TieredRegex), {2} sample lines; ms: build, first-match JIT, interpreted and compiled time over all lines (2nd run)",
            rows.Count, rows.Count(x => x.Tiered), lines.Count));
        Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "total build {0:F0} ms, JIT {1:F0} ms, interpreted {2:F0} ms, compiled {3:F0} ms",
            rows.Sum(x => x.BuildMs), rows.Sum(x => x.JitMs), rows.Sum(x => x.InterpMs), rows.Sum(x => x.CompiledMs)));
        foreach (var x in rows.OrderByDescending(x => x.JitMs))
        {
            Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "  {0,7:F1} jit {1,6:F1} build  interp {2,7:F1} compiled {3,7:F1}  len {4,6} {5}{6}",
                x.JitMs, x.BuildMs, x.InterpMs, x.CompiledMs, x.Length, x.Tiered ? "T " : "R ", x.Name));
        }
    }

    private static double Time(Regex regex, List<string> lines)
    {
        foreach (string l in lines) regex.IsMatch(l);
        long t0 = Stopwatch.GetTimestamp();
        foreach (string l in lines) regex.IsMatch(l);
        return (Stopwatch.GetTimestamp() - t0) * 1000.0 / Stopwatch.Frequency;
    }
}

/// <summary>The TieredRegex declarations of the core (static fields, by reflection): compiled or not, and the interpreted time spent.</summary>
internal static class TierReport
{
    public static void Print()
    {
        Assembly core = typeof(ArticleExtractor).Assembly;
        Type tiered = core.GetType("NewsTools.Heuristics.TieredRegex", true)!;
        FieldInfo budget = tiered.GetField("_budgetTicks", BindingFlags.NonPublic | BindingFlags.Instance)!;
        FieldInfo pattern = tiered.GetField("_pattern", BindingFlags.NonPublic | BindingFlags.Instance)!;
        PropertyInfo isCompiled = tiered.GetProperty("IsCompiled", BindingFlags.NonPublic | BindingFlags.Instance)!;
        var rows = new List<(string Name, bool Compiled, double LeftMs, int Length)>();
        foreach (Type type in core.GetTypes())
        {
            foreach (FieldInfo f in type.GetFields(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic))
            {
                if (f.FieldType != tiered || type.ContainsGenericParameters) continue;
                object? v;
                try { v = f.GetValue(null); } catch (TargetInvocationException) { continue; }
                if (v is null) continue;
                rows.Add((type.Name + "." + f.Name, (bool)isCompiled.GetValue(v)!, (long)budget.GetValue(v)! * 1000.0 / Stopwatch.Frequency, ((string)pattern.GetValue(v)!).Length));
            }
        }
        Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "  tiers: {0} of {1} compiled; {2} promoted, not yet swapped", rows.Count(r => r.Compiled), rows.Count, rows.Count(r => !r.Compiled && r.LeftMs <= 0)));
        foreach (var r in rows.Where(r => !r.Compiled).OrderBy(r => r.LeftMs).Take(Environment.GetEnvironmentVariable("WU_ALL") != null ? 1000 : 12))
        {
            Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "    interpreted: {0,8:F1} ms budget left  len {1,5}  {2}", r.LeftMs, r.Length, r.Name));
        }
    }
}
