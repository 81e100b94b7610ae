using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Threading;
using NewsTools.Json;

namespace NewsTools.Containers
{
    /// <summary>The field names a JSON Lines record uses: what a crawler or a dataset wrote, configurable.</summary>
    public sealed class JsonLinesFields
    {
        /// <summary>The field holding an HTML page.</summary>
        public string Html { get; set; } = "html";

        /// <summary>The field holding already-scraped text.</summary>
        public string Text { get; set; } = "text";

        /// <summary>The field holding Markdown.</summary>
        public string Markdown { get; set; } = "markdown";

        /// <summary>The field holding the page's address.</summary>
        public string Url { get; set; } = "url";

        /// <summary>The field holding the record's id.</summary>
        public string Id { get; set; } = "id";
    }

    /// <summary>
    /// Reads JSON Lines (one JSON object a line, as datasets and crawlers export pages): each object with an html, text
    /// or markdown field becomes a <see cref="ContainerPage"/>, with its url and id when given (else "line N"). A line
    /// that is not a JSON object, or has none of the content fields, is one <see cref="ContainerError"/>; the rest go on.
    /// Blank lines are skipped. One line at a time: the file is never held whole.
    /// </summary>
    public sealed class JsonLinesReader
    {
        private readonly TextReader _reader;
        private readonly JsonLinesFields _fields;
        private readonly int _maxLineChars;

        /// <summary>Reads <paramref name="reader"/>; lines longer than <paramref name="maxLineChars"/> are errors.</summary>
        public JsonLinesReader(TextReader reader, JsonLinesFields? fields, int maxLineChars)
        {
            _reader = reader;
            _fields = fields ?? new JsonLinesFields();
            _maxLineChars = maxLineChars;
        }

        /// <summary>The pages and errors, in file order.</summary>
        public IEnumerable<ContainerEntry> Read(CancellationToken cancellation = default)
        {
            long number = 0;
            while (true)
            {
                cancellation.ThrowIfCancellationRequested();
                string? line = _reader.ReadLine();
                if (line is null) yield break;
                number++;
                ContainerEntry? entry = ReadLine(line, number);
                if (entry.HasValue) yield return entry.Value;
            }
        }

        /// <summary>
        /// One line, numbered by the caller (a pipeline of lines has no reader to count them): a page, an error, or null
        /// for a blank line.
        /// </summary>
        public ContainerEntry? ReadLine(string text, long number)
        {
            string line = text.Trim();
            if (line.Length == 0) return null;
            if (_maxLineChars > 0 && line.Length > _maxLineChars)
            {
                return ContainerEntry.Of(new ContainerError("line " + number.ToString(CultureInfo.InvariantCulture) + " has " + line.Length.ToString("N0", CultureInfo.InvariantCulture) + " characters, more than the limit of " + _maxLineChars.ToString("N0", CultureInfo.InvariantCulture), number));
            }
            JsonNode? node = line[0] == '{' && line[line.Length - 1] == '}' ? JsonReader.Parse(line) : null;
            if (node is null || !node.IsObject)
            {
                return ContainerEntry.Of(new ContainerError("line " + number.ToString(CultureInfo.InvariantCulture) + " is not a JSON object", number));
            }
            string? id = Scalar(node[_fields.Id]);
            string? url = Scalar(node[_fields.Url]);
            InputFormat format;
            string? content;
            if ((content = Scalar(node[_fields.Html])) != null) format = InputFormat.Html;
            else if ((content = Scalar(node[_fields.Markdown])) != null) format = InputFormat.Markdown;
            else if ((content = Scalar(node[_fields.Text])) != null) format = InputFormat.Text;
            else
            {
                return ContainerEntry.Of(new ContainerError("line " + number.ToString(CultureInfo.InvariantCulture) + " has no \"" + _fields.Html + "\", \"" + _fields.Text + "\" or \"" + _fields.Markdown + "\" string field", number, id, url));
            }
            return ContainerEntry.Of(new ContainerPage
            {
                Content = content,
                Format = format,
                Url = string.IsNullOrWhiteSpace(url) ? null : url!.Trim(),
                RecordId = string.IsNullOrWhiteSpace(id) ? "line " + number.ToString(CultureInfo.InvariantCulture) : id!,
                Position = number,
            });
        }

        /// <summary>A string, or a number's text (ids are often numbers); null for anything else.</summary>
        private static string? Scalar(JsonNode? node)
            => node != null && (node.Kind == JsonKind.String || node.Kind == JsonKind.Number) ? node.Text : null;
    }
}
