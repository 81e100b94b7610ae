// Benchmark runner: extracts every page of a data folder with NewsTools.Core and writes
//   OUT/<id>.txt   the article text (for score.py / score_segments.py)
//   OUT/<id>.json  {"title","byline","date","modified",...} (for score_meta.py, which reads title, byline and date)
// and prints timings: ms per page for the bare AngleSharp parse and for the whole extraction.
// usage: NewsTools.Bench --input DIR --out DIR [--mode html|text] [--repeat N] [--urls META.json]
//   --profile: time the stages (HTML: parse, metadata, content, render; text: repair, shape, language, whole clean)
//   --stages: time and count the allocations of each HTML stage on its own (flatten, parse, scan, index, metadata, page type,
//           clean, locate, blocks, outside; StageProfile.cs)
//   --full: also write <id>.full.json, the whole Article serialised (every field, Removed included)
//   --cpu: time with the thread's CPU time (getrusage, Linux) instead of the wall clock: the ratio to the parse holds
//          on a machine busy with other work, where wall-clock times swing by 2x.
//   --urls: a JSON object {id: {"url": ...}} giving each page's address, as a crawler would know it
//           (wcxb-dev/meta.json has one); without it pages are extracted with no URL.
//   --page-type-from: a JSON object {id: {"type": ...}} (wcxb-dev-types/meta.json): each page is extracted with its true
//           type as ExtractionOptions.PageTypeHint, which measures each type's profile without the classifier (an upper bound).
using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using AngleSharp.Html.Parser;
using NewsTools;
using NewsTools.Loading;

string? input = null, output = null, mode = "html";
int repeat = 1;
bool profile = false;
bool stages = false;
bool full = false;
bool cpu = false;
string? urlsPath = null;
string? typesPath = null;
for (int i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--input": input = args[++i]; break;
        case "--out": output = args[++i]; break;
        case "--mode": mode = args[++i].ToLowerInvariant(); break;
        case "--repeat": repeat = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
        case "--profile": profile = true; break;
        case "--stages": stages = true; break;
        case "--full": full = true; break;
        case "--cpu": cpu = true; break;
        case "--urls": urlsPath = args[++i]; break;
        case "--page-type-from": typesPath = args[++i]; break;
        default: Console.Error.WriteLine("unknown argument " + args[i]); return 2;
    }
}
if (input is null || output is null)
{
    Console.Error.WriteLine("usage: NewsTools.Bench --input DIR --out DIR [--mode html|text] [--repeat N] [--urls META.json]");
    return 2;
}
Directory.CreateDirectory(output);

var files = new List<string>(Directory.GetFiles(input));
files.Sort(StringComparer.Ordinal);
var urls = new Dictionary<string, string>(StringComparer.Ordinal);
if (urlsPath != null)
{
    using JsonDocument meta = JsonDocument.Parse(File.ReadAllBytes(urlsPath));
    foreach (JsonProperty page in meta.RootElement.EnumerateObject())
    {
        if (page.Value.ValueKind == JsonValueKind.Object && page.Value.TryGetProperty("url", out JsonElement u) && u.ValueKind == JsonValueKind.String)
        {
            urls[page.Name] = u.GetString()!;
        }
    }
}
var types = new Dictionary<string, PageType>(StringComparer.Ordinal);
if (typesPath != null)
{
    using JsonDocument meta = JsonDocument.Parse(File.ReadAllBytes(typesPath));
    foreach (JsonProperty page in meta.RootElement.EnumerateObject())
    {
        if (page.Value.ValueKind == JsonValueKind.Object && page.Value.TryGetProperty("type", out JsonElement t) && t.ValueKind == JsonValueKind.String
            && Enum.TryParse(t.GetString(), true, out PageType type))
        {
            types[page.Name] = type;
        }
    }
}
var docs = new List<(string Id, string Content, string? Url)>();
foreach (string f in files)
{
    string name = Path.GetFileName(f);
    string id = name;
    foreach (string ext in new[] { ".html.gz", ".htm.gz", ".txt.gz", ".html", ".htm", ".txt" })
    {
        if (name.EndsWith(ext, StringComparison.OrdinalIgnoreCase)) { id = name.Substring(0, name.Length - ext.Length); break; }
    }
    docs.Add((id, DocumentDecoder.Decode(File.ReadAllBytes(f)), urls.TryGetValue(id, out string? url) ? url : null));
}

var options = new ExtractionOptions { InputFormat = mode == "text" ? InputFormat.Text : InputFormat.Html };
var extractor = new ArticleExtractor(options);
// One extractor per true type when --page-type-from is given (options are fixed per extractor).
var typed = new Dictionary<PageType, ArticleExtractor>();
foreach (PageType type in new HashSet<PageType>(types.Values))
{
    typed[type] = new ArticleExtractor(new ExtractionOptions { InputFormat = options.InputFormat, PageTypeHint = type });
}
ArticleExtractor ExtractorFor(string id) => types.TryGetValue(id, out PageType t) ? typed[t] : extractor;
var jsonOptions = new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
var fullOptions = new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping, WriteIndented = true, ReferenceHandler = System.Text.Json.Serialization.ReferenceHandler.IgnoreCycles };

// Warm-up over every page (parse and extraction), so tiered JIT and first-touch costs are counted in
// none of the timed loops below, whichever runs first.
foreach (var d in docs) ExtractorFor(d.Id).Extract(new ArticleInput(d.Content, d.Id, d.Url));

// The bare parse is timed page by page, interleaved with the extraction of the same page (below), so
// both see the same heap and cache state and their ratio is fair.
long parseTicks = 0;

if (profile && mode == "html")
{
    // Time each HTML stage on its own, over all pages: where does the time over the parse go?
    double tLoad = 0, tMeta = 0, tAll = 0;
    long aParse = 0, aLoad = 0, aMeta = 0, aAll = 0;
    var memos = new NewsTools.Pipeline.ExtractorMemos();
    foreach (var d in docs)
    {
        long b0 = GC.GetAllocatedBytesForCurrentThread();
        new HtmlParser(new HtmlParserOptions { IsScripting = false }).ParseDocument(d.Content);
        long b1 = GC.GetAllocatedBytesForCurrentThread();
        long t0 = Stopwatch.GetTimestamp();
        var context = NewsTools.Pipeline.PageContext.Load(d.Content, null, options, memos);
        long t1 = Stopwatch.GetTimestamp();
        long b2 = GC.GetAllocatedBytesForCurrentThread();
        NewsTools.Metadata.MetadataExtractor.FromHtml(context);
        long t2 = Stopwatch.GetTimestamp();
        long b3 = GC.GetAllocatedBytesForCurrentThread();
        extractor.Extract(new ArticleInput(d.Content, d.Id, null));
        long t3 = Stopwatch.GetTimestamp();
        long b4 = GC.GetAllocatedBytesForCurrentThread();
        tLoad += t1 - t0; tMeta += t2 - t1; tAll += t3 - t2;
        aParse += b1 - b0; aLoad += b2 - b1; aMeta += b3 - b2; aAll += b4 - b3;
    }
    double f = 1000.0 / Stopwatch.Frequency / Math.Max(1, docs.Count);
    double k = 1.0 / 1024 / Math.Max(1, docs.Count);
    Console.WriteLine(string.Format(CultureInfo.InvariantCulture,
        "PROFILE ms/page load(parse+scan+index+selectors)={0:F2} metadata={1:F2} whole-extraction={2:F2} (content+paywall+render = whole - load - metadata)", tLoad * f, tMeta * f, tAll * f));
    Console.WriteLine(string.Format(CultureInfo.InvariantCulture,
        "PROFILE KB allocated/page parse={0:F0} load(parse+scan+index)={1:F0} metadata={2:F0} whole-extraction={3:F0}", aParse * k, aLoad * k, aMeta * k, aAll * k));
}

if (stages && mode == "html") StageProfile.Run(docs, options, ExtractorFor, repeat, cpu);

if (profile && mode == "text")
{
    // Time the text path's stages over all pages: repair, the shape stage, language detection, the whole clean.
    double tRepair = 0, tShape = 0, tLanguage = 0, tClean = 0;
    foreach (var d in docs)
    {
        long t0 = Stopwatch.GetTimestamp();
        string repaired = NewsTools.Text.TextRepair.Repair(d.Content).Replace("\r\n", "\n");
        long t1 = Stopwatch.GetTimestamp();
        var shaped = NewsTools.Text.Shapes.TextShapeReader.Read(repaired, false);
        long t2 = Stopwatch.GetTimestamp();
        NewsTools.Text.LanguageDetector.Detect(repaired);
        long t3 = Stopwatch.GetTimestamp();
        NewsTools.Text.TextCleaner.Clean(d.Content, options);
        long t4 = Stopwatch.GetTimestamp();
        tRepair += t1 - t0; tShape += t2 - t1; tLanguage += t3 - t2; tClean += t4 - t3;
    }
    double f = 1000.0 / Stopwatch.Frequency / Math.Max(1, docs.Count);
    Console.WriteLine(string.Format(CultureInfo.InvariantCulture,
        "PROFILE ms/page repair={0:F2} shape={1:F2} language={2:F2} clean(all stages)={3:F2}", tRepair * f, tShape * f, tLanguage * f, tClean * f));
}

var perPage = new List<(string Id, double Ms)>();
long extractTicks = 0;
int gc0 = GC.CollectionCount(0), gc1 = GC.CollectionCount(1), gc2 = GC.CollectionCount(2);
TimeSpan pause0 = GC.GetTotalPauseDuration();
for (int r = 0; r < repeat; r++)
{
    foreach (var d in docs)
    {
        if (mode == "html")
        {
            long p0 = Clock.Now(cpu);
            new HtmlParser(new HtmlParserOptions { IsScripting = false }).ParseDocument(d.Content);
            parseTicks += Clock.Now(cpu) - p0;
        }
        long t0 = Clock.Now(cpu);
        ExtractionResult result = ExtractorFor(d.Id).Extract(new ArticleInput(d.Content, d.Id, d.Url));
        long t1 = Clock.Now(cpu);
        extractTicks += t1 - t0;
        double ms = (t1 - t0) * 1000.0 / Clock.Frequency(cpu);
        if (r > 0) continue;
        perPage.Add((d.Id, ms));
        Article? a = result.Article;
        File.WriteAllText(Path.Combine(output, d.Id + ".txt"), a?.Text ?? string.Empty, new UTF8Encoding(false));
        var meta = new Dictionary<string, string?>
        {
            ["title"] = a?.Title,
            ["byline"] = a is null ? null : string.Join(", ", a.Authors),
            ["date"] = a?.Published?.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture),
            ["modified"] = a?.Modified?.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture),
            ["language"] = a?.Language,
            ["paywall"] = a?.Paywall.Kind.ToString(),
            ["paywallEvidence"] = a is null ? null : string.Join<PaywallEvidence>(" | ", a.Paywall.Evidence),
            ["truncated"] = a is null ? null : a.Paywall.Truncated ? "true" : "false",
            ["syndication"] = a?.Syndication.Kind.ToString(),
            ["syndicationSource"] = a?.Syndication.Source,
            ["syndicationEvidence"] = a is null ? null : string.Join<SyndicationEvidence>(" | ", a.Syndication.Evidence),
            ["strategy"] = a?.Strategy,
            ["shape"] = a?.Shape.ToString(),
            ["pageType"] = a?.PageType.ToString(),
            ["pageTypeEvidence"] = a?.MetadataSources.FirstOrDefault(s => s.Field == "PageType")?.Source,
        };
        File.WriteAllText(Path.Combine(output, d.Id + ".json"), JsonSerializer.Serialize(meta, jsonOptions), new UTF8Encoding(false));
        // --full: the whole article (Removed, Captions, Comments, MetadataSources, Markdown...), to check that a change leaves every field as it was.
        if (full && a != null) File.WriteAllText(Path.Combine(output, d.Id + ".full.json"), JsonSerializer.Serialize(a, fullOptions), new UTF8Encoding(false));
    }
}
double perRun = 1000.0 / Clock.Frequency(cpu) / (repeat * Math.Max(1, docs.Count));
Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "GC gen0={0} gen1={1} gen2={2} pause_ms_per_page={3:F2} (timed loop, parse and extraction)",
    GC.CollectionCount(0) - gc0, GC.CollectionCount(1) - gc1, GC.CollectionCount(2) - gc2,
    (GC.GetTotalPauseDuration() - pause0).TotalMilliseconds / (repeat * Math.Max(1, docs.Count))));
double msPerPage = extractTicks * perRun;
double parseMs = parseTicks * perRun;
perPage.Sort((a, b) => b.Ms.CompareTo(a.Ms));
Console.WriteLine(string.Format(CultureInfo.InvariantCulture,
    (cpu ? "TIMING(cpu) " : "TIMING ") + "pages={0} extract_ms_per_page={1:F2} pages_per_second={2:F1} parse_ms_per_page={3:F2} ratio_to_parse={4:F2} slowest={5}({6:F1} ms)",
    docs.Count, msPerPage, 1000.0 / msPerPage, parseMs, parseMs > 0 ? msPerPage / parseMs : 0, perPage.Count > 0 ? perPage[0].Id : "-", perPage.Count > 0 ? perPage[0].Ms : 0));
return 0;

/// <summary>The wall clock, or the calling thread's CPU time (user + system, microseconds) from getrusage(RUSAGE_THREAD).</summary>
internal static class Clock
{
    private const int RusageThread = 1;

    public static long Now(bool cpu)
    {
        if (!cpu) return Stopwatch.GetTimestamp();
        if (getrusage(RusageThread, out RUsage u) != 0) throw new InvalidOperationException("getrusage failed");
        return (u.UtimeSec + u.StimeSec) * 1_000_000 + u.UtimeUsec + u.StimeUsec;
    }

    public static double Frequency(bool cpu) => cpu ? 1_000_000.0 : Stopwatch.Frequency;

    [System.Runtime.InteropServices.DllImport("libc", SetLastError = true)]
    private static extern int getrusage(int who, out RUsage usage);

    [System.Runtime.InteropServices.StructLayout(System.Runtime.InteropServices.LayoutKind.Sequential)]
    private struct RUsage
    {
        public long UtimeSec, UtimeUsec, StimeSec, StimeUsec;
        public long R0, R1, R2, R3, R4, R5, R6, R7, R8, R9, R10, R11, R12, R13;
    }
}
