using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Management.Automation;
using System.Text;
using NewsTools.Containers;

namespace NewsTools.Commands
{
    /// <summary>
    /// Files that hold many documents: WARC (.warc, .warc.gz) and JSON Lines (.jsonl, .jsonl.gz, .ndjson). Each is read
    /// as a stream, one record at a time, into one document per page (with its record id, capture date, status and
    /// content type) and one error per damaged record; the file is never held whole.
    /// </summary>
    internal static class ContainerFileReader
    {
        private static readonly string[] WarcEndings = { ".warc", ".warc.gz", ".arc.warc", ".warc.gzip" };
        private static readonly string[] JsonLinesEndings = { ".jsonl", ".jsonl.gz", ".ndjson", ".ndjson.gz" };

        /// <summary>True when the file's name says it is a container NewsTools reads record by record.</summary>
        public static bool IsContainer(string path) => IsWarc(path) || IsJsonLines(path);

        private static bool IsWarc(string path) => WarcEndings.Any(e => path.EndsWith(e, StringComparison.OrdinalIgnoreCase));

        private static bool IsJsonLines(string path) => JsonLinesEndings.Any(e => path.EndsWith(e, StringComparison.OrdinalIgnoreCase));

        /// <summary>
        /// The documents and errors of one container file, lazily. <paramref name="limit"/> caps one record's size in bytes
        /// (characters for JSON Lines); <paramref name="verbose"/> hears the counts of skipped records at the end.
        /// </summary>
        public static IEnumerable<CollectedItem> Read(string path, int limit, JsonLinesFields? fields, Action<string> verbose)
        {
            Stream file;
            try
            {
                file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException || e is NotSupportedException)
            {
                return new[] { new CollectedItem(Errors.FileReadError(path, e)) };
            }
            return IsWarc(path) ? ReadWarc(path, file, limit, verbose) : ReadJsonLines(path, file, limit, fields, verbose);
        }

        private static IEnumerable<CollectedItem> ReadWarc(string path, Stream file, int limit, Action<string> verbose)
        {
            using Stream stream = ContainerStreams.Open(file);
            var reader = new WarcReader(stream, limit > 0 ? limit : int.MaxValue);
            var tally = new Tally();
            foreach (CollectedItem item in Items(path, reader.Read(), tally)) yield return item;
            string skipped = string.Join(", ", reader.Skipped.OrderByDescending(kv => kv.Value).Select(kv => kv.Key + " " + kv.Value.ToString(CultureInfo.InvariantCulture)));
            verbose(string.Format(CultureInfo.InvariantCulture, "{0}: {1} WARC records, {2} HTML pages{3}.", path, reader.Records, tally.Pages,
                skipped.Length > 0 ? "; skipped: " + skipped : string.Empty));
        }

        private static IEnumerable<CollectedItem> ReadJsonLines(string path, Stream file, int limit, JsonLinesFields? fields, Action<string> verbose)
        {
            using Stream stream = ContainerStreams.Open(file);
            using var text = new StreamReader(stream, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
            var tally = new Tally();
            foreach (CollectedItem item in Items(path, new JsonLinesReader(text, fields, limit).Read(), tally)) yield return item;
            verbose(string.Format(CultureInfo.InvariantCulture, "{0}: {1} JSON Lines records read, {2} not usable.", path, tally.Pages, tally.Errors));
        }

        /// <summary>Pages and errors counted as they go by, for the -Verbose line at the end of a file.</summary>
        private sealed class Tally
        {
            public int Pages;
            public int Errors;
        }

        /// <summary>
        /// The entries as items, counted; a damaged gzip stream cannot be read past, so it ends the file with one read error.
        /// </summary>
        private static IEnumerable<CollectedItem> Items(string path, IEnumerable<ContainerEntry> entries, Tally tally)
        {
            using IEnumerator<ContainerEntry> e = entries.GetEnumerator();
            while (true)
            {
                CollectedItem item;
                bool broken = false;
                try
                {
                    if (!e.MoveNext()) yield break;
                    item = ToItem(path, e.Current);
                }
                catch (InvalidDataException ex)
                {
                    item = new CollectedItem(Errors.FileReadError(path, ex));
                    broken = true;
                }
                if (item.Document != null) tally.Pages++;
                else tally.Errors++;
                yield return item;
                if (broken) yield break;
            }
        }

        private static CollectedItem ToItem(string path, ContainerEntry entry)
        {
            if (entry.Error is ContainerError error) return new CollectedItem(Errors.ContainerRecordInvalid(path, error));
            ContainerPage page = entry.Page!;
            var document = new InputDocument(page.Content, path, page.Url, path);
            document.Input.Record = page;
            return new CollectedItem(document);
        }
    }
}
