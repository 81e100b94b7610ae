using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using NewsTools.Loading;

namespace NewsTools.Speed
{
    /// <summary>One page, decoded once before any timing: its HTML and, where the set has it, the scraped text of the same page.</summary>
    internal sealed class Page
    {
        public Page(string id, string? html, string? text)
        {
            Id = id;
            Html = html;
            Text = text;
            HtmlBytes = html is null ? 0 : Encoding.UTF8.GetByteCount(html);
            TextBytes = text is null ? 0 : Encoding.UTF8.GetByteCount(text);
        }

        public string Id { get; }

        public string? Html { get; }

        public string? Text { get; }

        /// <summary>The HTML's size as UTF-8, whatever its charset on disk (MB/s counts these).</summary>
        public long HtmlBytes { get; }

        public long TextBytes { get; }
    }

    /// <summary>A named list of pages: a benchmark set (html/ paired with dump/ by id) or the project's own fixtures.</summary>
    internal sealed class PageSet
    {
        private static readonly string[] Extensions = { ".html.gz", ".htm.gz", ".txt.gz", ".html", ".htm", ".txt" };

        public PageSet(string name, IReadOnlyList<Page> pages)
        {
            Name = name;
            Pages = pages;
        }

        public string Name { get; }

        public IReadOnlyList<Page> Pages { get; }

        /// <summary>
        /// A benchmark set folder: every page of html/ (sorted by file name), each with dump/&lt;id&gt;.txt when present.
        /// <paramref name="limit"/> keeps the first N pages (0 = all).
        /// </summary>
        public static PageSet FromBenchSet(string setDir, int limit)
        {
            string htmlDir = Path.Combine(setDir, "html");
            string dumpDir = Path.Combine(setDir, "dump");
            if (!Directory.Exists(htmlDir)) throw new DirectoryNotFoundException("No html/ folder in " + setDir);
            var files = Directory.GetFiles(htmlDir).OrderBy(f => f, StringComparer.Ordinal).ToList();
            if (limit > 0 && files.Count > limit) files = files.GetRange(0, limit);
            var pages = new List<Page>(files.Count);
            foreach (string file in files)
            {
                string id = IdOf(file);
                string dump = Path.Combine(dumpDir, id + ".txt");
                string? text = File.Exists(dump) ? DocumentDecoder.Decode(File.ReadAllBytes(dump)) : null;
                // A blank dump (the scraper found nothing) has no text to time: the core rightly answers EmptyInput.
                if (string.IsNullOrWhiteSpace(text)) text = null;
                pages.Add(new Page(id, DocumentDecoder.Decode(File.ReadAllBytes(file)), text));
            }
            return new PageSet(Path.GetFileName(Path.TrimEndingDirectorySeparator(setDir)), pages);
        }

        /// <summary>
        /// The project's fixtures (tests/fixtures/html/*/input.html* and text/*/input.txt*), for a smoke run where the
        /// benchmark data is absent. The HTML and text cases are different documents: page i carries the i-th of each.
        /// </summary>
        public static PageSet FromFixtures(string fixturesDir, int limit)
        {
            List<string> Inputs(string group) => Directory.Exists(Path.Combine(fixturesDir, group))
                ? Directory.GetDirectories(Path.Combine(fixturesDir, group)).OrderBy(d => d, StringComparer.Ordinal)
                    .SelectMany(d => Directory.GetFiles(d, "input.*").OrderBy(f => f, StringComparer.Ordinal).Take(1)).ToList()
                : new List<string>();
            List<string> html = Inputs("html");
            List<string> text = Inputs("text");
            int count = Math.Max(html.Count, text.Count);
            if (limit > 0) count = Math.Min(count, limit);
            var pages = new List<Page>(count);
            for (int i = 0; i < count; i++)
            {
                string? h = i < html.Count ? DocumentDecoder.Decode(File.ReadAllBytes(html[i])) : null;
                string? t = i < text.Count ? DocumentDecoder.Decode(File.ReadAllBytes(text[i])) : null;
                string id = Path.GetFileName(Path.GetDirectoryName(i < html.Count ? html[i] : text[i])) ?? i.ToString(System.Globalization.CultureInfo.InvariantCulture);
                pages.Add(new Page(id, h, t));
            }
            return new PageSet("fixtures", pages);
        }

        private static string IdOf(string file)
        {
            string name = Path.GetFileName(file);
            foreach (string ext in Extensions)
            {
                if (name.EndsWith(ext, StringComparison.OrdinalIgnoreCase)) return name.Substring(0, name.Length - ext.Length);
            }
            return name;
        }
    }
}
