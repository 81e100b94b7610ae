using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;

namespace NewsTools.Core.Tests.Hostile
{
    /// <summary>
    /// Hostile inputs built in memory (nothing large is committed): the fixture corpus read from tests/fixtures, a varied
    /// page of any size made of its paragraphs, and a timed, measured run of the core on one input.
    /// </summary>
    internal static class HostilePages
    {
        private static readonly Regex Paragraph = new Regex(@"<p[\s>].*?</p>", RegexOptions.Singleline | RegexOptions.Compiled);

        /// <summary>The repository's tests/fixtures folder, found upwards from the test binary.</summary>
        public static string FixturesRoot
        {
            get
            {
                for (DirectoryInfo? d = new DirectoryInfo(AppContext.BaseDirectory); d != null; d = d.Parent)
                {
                    string candidate = Path.Combine(d.FullName, "tests", "fixtures");
                    if (Directory.Exists(candidate)) return candidate;
                }
                throw new DirectoryNotFoundException("tests/fixtures not found above " + AppContext.BaseDirectory);
            }
        }

        /// <summary>Every fixture document (input.html, input.txt), in a stable order.</summary>
        public static List<string> FixtureDocuments()
        {
            return Directory.GetFiles(FixturesRoot, "input.*", SearchOption.AllDirectories)
                .Where(f => f.EndsWith(".html", StringComparison.Ordinal) || f.EndsWith(".txt", StringComparison.Ordinal))
                .OrderBy(f => f, StringComparer.Ordinal)
                .Select(File.ReadAllText)
                .ToList();
        }

        /// <summary>
        /// A news page of about <paramref name="chars"/> characters: the fixture pages' paragraphs in turn, with an ad box
        /// every 7 paragraphs, a menu every 50 and a section every 200, inside one article (a live blog or a huge archive page).
        /// </summary>
        public static string VariedPage(int chars)
        {
            string[] paragraphs = Directory.GetFiles(Path.Combine(FixturesRoot, "html"), "input.html", SearchOption.AllDirectories)
                .OrderBy(f => f, StringComparer.Ordinal)
                .SelectMany(f => Paragraph.Matches(File.ReadAllText(f)).Cast<Match>().Select(m => m.Value))
                .ToArray();
            var sb = new StringBuilder(chars + 4096);
            sb.Append("<!DOCTYPE html><html lang=\"en\"><head><title>Live: the long day</title></head><body><article><h1>Live: the long day</h1>\n");
            for (int k = 0; sb.Length < chars; k++)
            {
                if (k % 200 == 0) sb.Append(k == 0 ? "<section>" : "</section><section>").Append("<h2>Update ").Append(k / 200).Append("</h2>\n");
                sb.Append(paragraphs[k % paragraphs.Length]).Append('\n');
                if (k % 7 == 0) sb.Append("<div class=\"ad\"><a href=\"/ads/").Append(k).Append("\">Advertisement</a></div>\n");
                if (k % 50 == 0) sb.Append("<ul class=\"menu\"><li><a href=\"/\">Home</a></li><li><a href=\"/news\">News</a></li></ul>\n");
            }
            sb.Append("</section></article></body></html>");
            return sb.ToString();
        }

        /// <summary>Extracts one input, timing it; rethrows nothing (a throw fails the calling test).</summary>
        public static (ExtractionResult Result, TimeSpan Time) Timed(string content, ExtractionOptions? options = null)
        {
            var extractor = new ArticleExtractor(options ?? new ExtractionOptions { MaxInputChars = 0 });
            var clock = Stopwatch.StartNew();
            ExtractionResult result = extractor.Extract(new ArticleInput(content, "hostile", "https://example.com/news/story"));
            clock.Stop();
            return (result, clock.Elapsed);
        }
    }
}
