using System;
using System.Collections;
using System.Collections.Generic;
using System.IO;
using System.Management.Automation;
using System.Text;
using System.Xml;
using NewsTools.Loading;

namespace NewsTools.Commands
{
    /// <summary>One thing the collector produced: a document to clean, or an error for one input.</summary>
    internal readonly struct CollectedItem
    {
        public CollectedItem(InputDocument document)
        {
            Document = document;
            Error = null;
        }

        public CollectedItem(ErrorRecord error)
        {
            Document = null;
            Error = error;
        }

        public InputDocument? Document { get; }

        public ErrorRecord? Error { get; }
    }

    /// <summary>
    /// Turns pipeline objects into documents. Most objects are one document each; lines are gathered:
    /// strings from <c>Get-Content</c> carry PSPath and ReadCount notes, so consecutive lines of one file
    /// make one document (a new file, or ReadCount going back to 1, starts the next); loose one-line
    /// strings without those notes make one document together, flushed at the end of the pipeline.
    /// </summary>
    internal sealed class PipelineInputCollector
    {
        private static readonly string[] ContentPropertyNames = { "Html", "Content", "Text", "RawHtml", "Body", "ArticleBody", "encoded" };
        private static readonly string[] UrlPropertyNames = { "Url", "Uri", "Link", "Href", "SourceUrl" };

        private readonly StringBuilder _fileLines = new StringBuilder();
        private string? _fileLinesPath;
        private long _lastReadCount;
        private readonly StringBuilder _looseLines = new StringBuilder();
        private object? _looseFirst;

        /// <summary>Takes one pipeline object; returns what is ready (possibly a flushed earlier document first).</summary>
        public List<CollectedItem> Add(PSObject? input)
        {
            var ready = new List<CollectedItem>(2);
            object? value = input?.BaseObject;

            if (value is null)
            {
                ready.Add(new CollectedItem(Errors.EmptyInput(input, "The pipeline gave a null object: there is nothing to clean.")));
                return ready;
            }

            if (value is string s)
            {
                AddString(input!, s, ready);
                return ready;
            }

            if (value is object[] array && IsAllStrings(array) && GetNote(input!, "PSPath") is string arrayPath)
            {
                // Get-Content -ReadCount N sends arrays of lines.
                AddFileLines(arrayPath, GetReadCount(input!), string.Join("\n", ToStrings(array)), input!, ready);
                return ready;
            }

            FlushAll(ready);
            switch (value)
            {
                case FileInfo file:
                    ready.Add(FileDocumentReader.Read(file.FullName, input!));
                    break;
                case DirectoryInfo directory:
                    ready.Add(new CollectedItem(Errors.PathIsDirectory(directory.FullName)));
                    break;
                case byte[] bytes:
                    ready.Add(new CollectedItem(new InputDocument(DocumentDecoder.Decode(bytes), "pipeline", null, input!)));
                    break;
                default:
                    ready.Add(FromObject(input!, value));
                    break;
            }
            return ready;
        }

        /// <summary>Emits whatever lines are still gathered (called at the end of the pipeline).</summary>
        public void FlushAll(List<CollectedItem> ready)
        {
            FlushFileLines(ready);
            FlushLooseLines(ready);
        }

        private void AddString(PSObject input, string s, List<CollectedItem> ready)
        {
            if (GetNote(input, "PSPath") is string path)
            {
                AddFileLines(path, GetReadCount(input), s, input, ready);
                return;
            }

            bool wholeDocument = s.IndexOf('\n') >= 0 || InputSniffer.DetectFormat(s) == global::NewsTools.InputFormat.Html;
            if (wholeDocument)
            {
                FlushAll(ready);
                ready.Add(new CollectedItem(new InputDocument(s, "pipeline", null, input)));
                return;
            }

            FlushFileLines(ready);
            if (_looseLines.Length > 0) _looseLines.Append('\n');
            else _looseFirst = input;
            _looseLines.Append(s);
        }

        private void AddFileLines(string path, long readCount, string text, PSObject input, List<CollectedItem> ready)
        {
            bool sameDocument = _fileLinesPath != null &&
                string.Equals(_fileLinesPath, path, StringComparison.Ordinal) &&
                (readCount <= 0 || readCount > _lastReadCount);
            if (!sameDocument)
            {
                FlushAll(ready);
                _fileLinesPath = path;
            }
            if (_fileLines.Length > 0) _fileLines.Append('\n');
            _fileLines.Append(text);
            _lastReadCount = readCount;
        }

        private void FlushFileLines(List<CollectedItem> ready)
        {
            if (_fileLinesPath is null) return;
            string source = ProviderPathOf(_fileLinesPath);
            ready.Add(new CollectedItem(new InputDocument(_fileLines.ToString(), source, null, source)));
            _fileLines.Clear();
            _fileLinesPath = null;
            _lastReadCount = 0;
        }

        private void FlushLooseLines(List<CollectedItem> ready)
        {
            if (_looseFirst is null) return;
            ready.Add(new CollectedItem(new InputDocument(_looseLines.ToString(), "pipeline", null, _looseFirst)));
            _looseLines.Clear();
            _looseFirst = null;
        }

        /// <summary>An object with an Html/Content/Text property (a CSV row, a web response, a feed item, a hashtable).</summary>
        private static CollectedItem FromObject(PSObject input, object value)
        {
            object? content = null;
            foreach (string name in ContentPropertyNames)
            {
                content = GetMember(input, value, name);
                if (content != null) break;
            }

            string? url = null;
            foreach (string name in UrlPropertyNames)
            {
                url = AsText(GetMember(input, value, name));
                if (!string.IsNullOrWhiteSpace(url)) break;
            }
            url ??= ResponseUrl(input);

            if (content is null && AsText(GetMember(input, value, "PSPath")) is string psPath && psPath.Length > 0)
            {
                // An item from a provider cmdlet (Get-Item, Select-Object of one) or a row naming a file.
                string path = ProviderPathOf(psPath);
                return psPath.IndexOf("::", StringComparison.Ordinal) < 0 || psPath.IndexOf("FileSystem::", StringComparison.OrdinalIgnoreCase) >= 0
                    ? FileDocumentReader.Read(path, input)
                    : new CollectedItem(Errors.NotFileSystemPath(psPath, psPath.Substring(0, psPath.IndexOf("::", StringComparison.Ordinal))));
            }

            if (content is null)
            {
                return new CollectedItem(Errors.InvalidInputObject(input,
                    "Get-CleanArticle cannot use an object of type '" + value.GetType().FullName +
                    "': give a file, a path, a string of HTML or text, or an object with an Html, Content or Text property."));
            }

            string text = content is byte[] bytes ? DocumentDecoder.Decode(bytes) : AsText(content) ?? string.Empty;
            string source = string.IsNullOrWhiteSpace(url) ? "pipeline" : url!;
            return new CollectedItem(new InputDocument(text, source, string.IsNullOrWhiteSpace(url) ? null : url, input));
        }

        /// <summary>The final address of an Invoke-WebRequest response (PowerShell 7: HttpResponseMessage; 5.1: WebResponse).</summary>
        private static string? ResponseUrl(PSObject input)
        {
            object? baseResponse = input.Properties["BaseResponse"]?.Value;
            if (baseResponse is null) return null;
            var wrapped = PSObject.AsPSObject(baseResponse);
            object? request = wrapped.Properties["RequestMessage"]?.Value;
            if (request != null)
            {
                return AsText(PSObject.AsPSObject(request).Properties["RequestUri"]?.Value);
            }
            return AsText(wrapped.Properties["ResponseUri"]?.Value);
        }

        private static object? GetMember(PSObject input, object value, string name)
        {
            if (value is IDictionary dictionary)
            {
                foreach (DictionaryEntry entry in dictionary)
                {
                    if (entry.Key is string key && string.Equals(key, name, StringComparison.OrdinalIgnoreCase)) return entry.Value;
                }
                return null;
            }
            try
            {
                return input.Properties[name]?.Value;
            }
            catch (GetValueInvocationException)
            {
                return null;
            }
        }

        private static string? AsText(object? value)
        {
            switch (value)
            {
                case null: return null;
                case string s: return s;
                case PSObject ps: return AsText(ps.BaseObject);
                case XmlNode node: return node.InnerText;
                case Uri uri: return uri.ToString();
                default: return value.ToString();
            }
        }

        private static object? GetNote(PSObject input, string name) => input.Properties[name]?.Value;

        private static long GetReadCount(PSObject input)
        {
            object? v = input.Properties["ReadCount"]?.Value;
            return v is null ? 0 : Convert.ToInt64(v, System.Globalization.CultureInfo.InvariantCulture);
        }

        private static bool IsAllStrings(object[] array)
        {
            foreach (object o in array)
            {
                object? b = o is PSObject p ? p.BaseObject : o;
                if (b is not string) return false;
            }
            return array.Length > 0;
        }

        private static IEnumerable<string> ToStrings(object[] array)
        {
            foreach (object o in array) yield return (o is PSObject p ? p.BaseObject : o) as string ?? string.Empty;
        }

        /// <summary>"Microsoft.PowerShell.Core\FileSystem::/tmp/x.txt" → "/tmp/x.txt".</summary>
        private static string ProviderPathOf(string psPath)
        {
            int i = psPath.IndexOf("::", StringComparison.Ordinal);
            return i >= 0 ? psPath.Substring(i + 2) : psPath;
        }
    }
}
