using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using NewsTools;
using NewsTools.Loading;

// Usage: NewsTools.Hostile <fixtures folder> <case> <size>   one case in this process, one tab-separated line out:
//   case  size  input-MB  ms  peak-working-set-MB  peak/input  result
// Cases and what size means: varied (KB of a news page of fixture paragraphs), nest (nested divs), tables (nested
// tables), siblings (sibling spans), paragraphs (sibling paragraphs), attr (KB of one attribute), line (KB of one
// line of text), linehtml (KB of one paragraph), whitespace (KB), random (KB of random bytes, decoded), comment and
// script (KB inside one left open), bidi, emoji, combining (KB of prose full of them).
if (args.Length != 3) { Console.Error.WriteLine("usage: NewsTools.Hostile <fixtures> <case> <size>"); return 2; }
string fixtures = args[0], kind = args[1];
int size = int.Parse(args[2], CultureInfo.InvariantCulture);
const string Prose = "The council met on Tuesday, and the vote on the new bridge was close, with the mayor casting the last ballot. ";

string Build()
{
    var sb = new StringBuilder();
    void Fill(string unit, int kb) { while (sb.Length < kb * 1024) sb.Append(unit); }
    switch (kind)
    {
        case "varied":
        {
            string[] paragraphs = Directory.GetFiles(Path.Combine(fixtures, "html"), "input.html", SearchOption.AllDirectories).OrderBy(f => f, StringComparer.Ordinal)
                .SelectMany(f => Regex.Matches(File.ReadAllText(f), @"<p[\s>].*?</p>", RegexOptions.Singleline).Select(m => m.Value)).ToArray();
            sb.Append("<!DOCTYPE html><html lang=\"en\"><head><title>Live: the long day</title></head><body><article><h1>Live: the long day</h1>\n");
            for (int k = 0; sb.Length < size * 1024; k++)
            {
                if (k % 200 == 0) sb.Append(k == 0 ? "<section>" : "</section><section>").Append("<h2>Update ").Append(k / 200).Append("</h2>\n");
                sb.Append(paragraphs[k % paragraphs.Length]).Append('\n');
                if (k % 7 == 0) sb.Append("<div class=\"ad\"><a href=\"/ads/").Append(k).Append("\">Advertisement</a></div>\n");
                if (k % 50 == 0) sb.Append("<ul class=\"menu\"><li><a href=\"/\">Home</a></li><li><a href=\"/news\">News</a></li></ul>\n");
            }
            return sb.Append("</section></article></body></html>").ToString();
        }
        case "nest": return "<html><body>" + string.Concat(Enumerable.Repeat("<div>", size)) + "<p>" + Prose + "</p>" + string.Concat(Enumerable.Repeat("</div>", size)) + "</body></html>";
        case "tables": return "<html><body>" + string.Concat(Enumerable.Repeat("<table><tr><td>", size)) + "<p>" + Prose + "</p>" + string.Concat(Enumerable.Repeat("</td></tr></table>", size)) + "</body></html>";
        case "siblings": return "<html><body><article><p>" + Prose + "</p>" + string.Concat(Enumerable.Repeat("<span>x</span>", size)) + "</article></body></html>";
        case "paragraphs": return "<html><body><article>" + string.Concat(Enumerable.Range(0, size).Select(i => "<p>Paragraph " + i + ": " + Prose + "</p>\n")) + "</article></body></html>";
        case "attr": return "<html><body><article><p data-blob=\"" + new string('a', size * 1024) + "\">" + Prose + "</p></article></body></html>";
        case "line": Fill(Prose, size); return sb.ToString();
        case "linehtml": sb.Append("<html><body><p>"); Fill(Prose, size); return sb.Append("</p></body></html>").ToString();
        case "whitespace": sb.Append("<html><body><p>").Append(Prose).Append("</p>"); Fill(" \t\r\n  ", size); return sb.Append("</body></html>").ToString();
        case "random": { var bytes = new byte[size * 1024]; new Random(15).NextBytes(bytes); return DocumentDecoder.Decode(bytes); }
        case "comment": sb.Append("<html><body><p>").Append(Prose).Append("</p><!--"); Fill("<p>commented out</p> ", size); return sb.ToString();
        case "script": sb.Append("<html><body><p>").Append(Prose).Append("</p><script>"); Fill("var s = '<p>' + x + '</p>';\n", size); return sb.ToString();
        case "bidi": sb.Append("<html><body><p>"); Fill("\u202Bמשרד התחבורה אישר הפעלה\u202C \u200F\u2067عربي\u2069, " + Prose, size); return sb.Append("</p></body></html>").ToString();
        case "emoji": sb.Append("<html><body><p>"); Fill("Fans cheered 🎉🇩🇪👩🏽‍🚀 as the team won, 😀 " + Prose, size); return sb.Append("</p></body></html>").ToString();
        case "combining": sb.Append("<html><body><p>"); Fill("Z\u0337\u0322\u031Ba\u0338l\u0335g\u0336o cafe\u0301 n\u0303, " + Prose, size); return sb.Append("</p></body></html>").ToString();
        default: throw new ArgumentException("unknown case " + kind);
    }
}

string input = Build();
long inputBytes = Encoding.UTF8.GetByteCount(input);
GC.Collect();
GC.WaitForPendingFinalizers();
var clock = Stopwatch.StartNew();
ExtractionResult result = new ArticleExtractor(new ExtractionOptions { MaxInputChars = 0 }).Extract(new ArticleInput(input, kind, "https://example.com/news/story"));
clock.Stop();
using Process self = Process.GetCurrentProcess();
self.Refresh();
double inputMb = inputBytes / 1048576.0, peakMb = self.PeakWorkingSet64 / 1048576.0;
string outcome = result.Article is Article a ? "article " + a.WordCount + " words, " + a.Strategy : "failed " + result.Failure;
Console.WriteLine(string.Join("\t", kind, size.ToString(CultureInfo.InvariantCulture), inputMb.ToString("F1", CultureInfo.InvariantCulture),
    clock.ElapsedMilliseconds.ToString(CultureInfo.InvariantCulture), peakMb.ToString("F0", CultureInfo.InvariantCulture), (peakMb / Math.Max(inputMb, 0.01)).ToString("F1", CultureInfo.InvariantCulture), outcome));
return 0;
