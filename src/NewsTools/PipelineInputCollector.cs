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
    /// <summary>
    /// Turns pipeline objects into documents. Most objects are one document each; lines and bytes are gathered:
    /// strings and bytes from <c>Get-Content</c> carry PSPath and ReadCount notes, so consecutive lines (or bytes,
    /// with -AsByteStream) of one file make one document (a new file, or ReadCount going back to 1, starts the next);
    /// loose one-line strings without those notes make one document together, and so do consecutive loose bytes
    /// (<c>[IO.File]::ReadAllBytes($p) | Get-CleanArticle</c>), flushed when something else comes or at the end.
    /// What a loose string means (text, a path, a URL) is <see cref="StringInputRule"/>'s decision.
    /// Every gathered document is capped at the size limit while it is gathered, not after.
    /// </summary>
    internal sealed class PipelineInputCollector
    {
        private static readonly string[] ContentPropertyNames = { "Html", "Content", "Text", "RawHtml", "Body", "ArticleBody", "encoded" };
        private static readonly string[] UrlPropertyNames = { "Url", "Uri", "Link", "Href", "SourceUrl" };
        private static readonly string[] PathPropertyNames = { "FullName", "Path" };
        /// <summary>The properties that name a page to download when an object has no content: -Uri's name and aliases.</summary>
        private static readonly string[] DownloadPropertyNames = { "Url", "Uri", "Link" };

        /// <summary>Select-String's output type, named as text: it lives in an assembly this one does not reference.</summary>
        private const string MatchInfoTypeName = "Microsoft.PowerShell.Commands.MatchInfo";

        private readonly int _limit;
        private readonly Func<string, string?> _resolvePath;
        /// <summary>-Encoding's charset name for files and bytes, or null to detect it.</summary>
        private readonly string? _charset;
        /// <summary>Makes the (deferred) download of a URL, given the URL and what the user gave.</summary>
        private readonly Func<Uri, object, CollectedItem> _download;

        private readonly StringBuilder _fileLines = new StringBuilder();
        private string? _fileLinesPath;
        private long _lastReadCount;
        private bool _fileLinesTooLarge;
        private readonly StringBuilder _looseLines = new StringBuilder();
        private object? _looseFirst;
        private bool _looseTooLarge;

        /// <summary>The file of the last Select-String match: its next matches in the same file are the same document.</summary>
        private string? _lastMatchPath;

        private readonly MemoryStream _bytes = new MemoryStream();
        private bool _gatheringBytes;
        private string? _bytesPath;
        private long _bytesLastReadCount;
        private bool _bytesTooLarge;

        /// <summary>
        /// A collector; <paramref name="limit"/> is the largest document in characters (bytes for byte input),
        /// <paramref name="resolvePath"/> turns a literal PowerShell path into a file-system path, or null, and
        /// <paramref name="charset"/> decodes files and bytes (null: detected), and <paramref name="download"/> makes the
        /// download of a URL (a one-line URL string, a [uri], an object with a Url, Uri or Link and no content).
        /// </summary>
        public PipelineInputCollector(int limit, Func<string, string?> resolvePath, string? charset, Func<Uri, object, CollectedItem> download)
        {
            _limit = limit;
            _resolvePath = resolvePath;
            _charset = charset;
            _download = download;
        }

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

            if (value is byte b)
            {
                AddBytes(input!, new[] { b }, ready);
                return ready;
            }
            if (value is object[] byteRun && IsAllBytes(byteRun))
            {
                // Get-Content -AsByteStream -ReadCount N sends arrays of boxed bytes.
                AddBytes(input!, ToBytes(byteRun), ready);
                return ready;
            }
            FlushBytes(ready);

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
            if (string.Equals(value.GetType().FullName, MatchInfoTypeName, StringComparison.Ordinal))
            {
                // Select-String gives one MatchInfo per matching line: a file with three matches is one article, not three.
                string? matchPath = AsText(GetMember(input!, value, "Path"));
                if (matchPath != null && string.Equals(matchPath, _lastMatchPath, StringComparison.Ordinal)) return ready;
                _lastMatchPath = matchPath;
            }
            else
            {
                _lastMatchPath = null;
            }
            switch (value)
            {
                case FileInfo file:
                    ready.Add(ReadFile(file.FullName, input!));
                    break;
                case DirectoryInfo directory:
                    ready.Add(new CollectedItem(Errors.PathIsDirectory(directory.FullName)));
                    break;
                case byte[] bytes:
                    ready.Add(FromBytes(bytes, "pipeline", input!));
                    break;
                case Uri uri:
                    ready.Add(DownloadOf(uri, uri));
                    break;
                case XmlNode node:
                    // Invoke-RestMethod returns a well-formed (X)HTML page as an XmlDocument: its markup is the page.
                    ready.Add(FromText(node.OuterXml, "pipeline", null, input!));
                    break;
                default:
                    ready.Add(FromObject(input!, value));
                    break;
            }
            return ready;
        }

        /// <summary>When set, files are not read here but handed on as deferred reads, for the worker that cleans them to read.</summary>
        public bool DeferFileReads { get; set; }

        private CollectedItem ReadFile(string path, object target)
        {
            if (!DeferFileReads) return FileDocumentReader.Read(path, target, _limit, _charset);
            int limit = _limit;
            string? charset = _charset;
            return CollectedItem.ForRead(path, () => FileDocumentReader.Read(path, target, limit, charset));
        }

        /// <summary>Emits whatever lines are still gathered (called at the end of the pipeline).</summary>
        public void FlushAll(List<CollectedItem> ready)
        {
            FlushBytes(ready);
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

            switch (StringInputRule.Classify(s, _resolvePath, out string? filePath))
            {
                case StringInputKind.Document:
                    FlushAll(ready);
                    ready.Add(FromText(s, "pipeline", null, input));
                    return;
                case StringInputKind.File:
                    FlushAll(ready);
                    ready.Add(ReadFile(filePath!, s.Trim()));
                    return;
                case StringInputKind.Directory:
                    FlushAll(ready);
                    ready.Add(new CollectedItem(Errors.PathIsDirectory(s.Trim())));
                    return;
                case StringInputKind.Url:
                    FlushAll(ready);
                    ready.Add(DownloadOf(new Uri(s.Trim(), UriKind.Absolute), s.Trim()));
                    return;
                case StringInputKind.SuspectPath:
                    ready.Add(CollectedItem.ForWarning("'" + s.Trim() + "' is not an existing file; cleaning it as text."));
                    break;
            }

            FlushFileLines(ready);
            if (_looseLines.Length > 0) _looseLines.Append('\n');
            else _looseFirst = input;
            AppendBounded(_looseLines, s, ref _looseTooLarge);
        }

        /// <summary>Appends while the gathered text stays within the limit; past it, notes the overflow and keeps nothing more.</summary>
        private void AppendBounded(StringBuilder gathered, string text, ref bool tooLarge)
        {
            if (tooLarge) return;
            if (_limit > 0 && (long)gathered.Length + text.Length > _limit)
            {
                tooLarge = true;
                gathered.Clear();
                return;
            }
            gathered.Append(text);
        }

        private void AddBytes(PSObject input, byte[] bytes, List<CollectedItem> ready)
        {
            string? path = GetNote(input, "PSPath") as string;
            long readCount = GetReadCount(input);
            bool sameDocument = _gatheringBytes &&
                string.Equals(_bytesPath, path, StringComparison.Ordinal) &&
                (path is null || readCount <= 0 || readCount > _bytesLastReadCount);
            if (!sameDocument)
            {
                FlushAll(ready);
                _gatheringBytes = true;
                _bytesPath = path;
            }
            _bytesLastReadCount = readCount;
            if (_bytesTooLarge) return;
            if (_limit > 0 && _bytes.Length + bytes.Length > _limit)
            {
                _bytesTooLarge = true;
                _bytes.SetLength(0);
                return;
            }
            _bytes.Write(bytes, 0, bytes.Length);
        }

        private void FlushBytes(List<CollectedItem> ready)
        {
            if (!_gatheringBytes) return;
            string source = _bytesPath is null ? "pipeline" : ProviderPathOf(_bytesPath);
            object target = _bytesPath is null ? "bytes from the pipeline" : source;
            if (_bytesTooLarge)
            {
                ready.Add(new CollectedItem(Errors.InputTooLarge(target, _bytesPath is null ? "Piped bytes" : "'" + source + "'",
                    "The bytes piped are more than the limit of " + LimitText + ".")));
            }
            else
            {
                ready.Add(FromBytes(_bytes.ToArray(), source, target));
            }
            _bytes.SetLength(0);
            _gatheringBytes = false;
            _bytesPath = null;
            _bytesLastReadCount = 0;
            _bytesTooLarge = false;
        }

        /// <summary>Bytes (a page's raw bytes, a .gz) decoded as a file would be, within the size limit.</summary>
        private CollectedItem FromBytes(byte[] bytes, string source, object target)
        {
            try
            {
                byte[] plain = BoundedByteReader.Unwrap(bytes, _limit > 0 ? _limit : long.MaxValue);
                return new CollectedItem(new InputDocument(DocumentDecoder.Decode(plain, _charset), source, null, target));
            }
            catch (InputTooLargeException e)
            {
                return new CollectedItem(Errors.InputTooLarge(target, source == "pipeline" ? "Piped bytes" : "'" + source + "'", e.Message));
            }
            catch (InvalidDataException e)
            {
                // A damaged gzip stream, or gzip nested without end.
                return new CollectedItem(Errors.BinaryInput(target, source + ": " + e.Message));
            }
        }

        /// <summary>A string document; the core refuses it when it is longer than the limit (MaxInputChars).</summary>
        private CollectedItem FromText(string text, string source, string? url, object target) =>
            new CollectedItem(new InputDocument(text, source, url, target));

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
            AppendBounded(_fileLines, text, ref _fileLinesTooLarge);
            _lastReadCount = readCount;
        }

        private void FlushFileLines(List<CollectedItem> ready)
        {
            if (_fileLinesPath is null) return;
            string source = ProviderPathOf(_fileLinesPath);
            ready.Add(_fileLinesTooLarge
                ? new CollectedItem(Errors.InputTooLarge(source, "'" + source + "'", "Its lines have more than the limit of " + LimitText + " characters."))
                : new CollectedItem(new InputDocument(_fileLines.ToString(), source, null, source)));
            _fileLines.Clear();
            _fileLinesPath = null;
            _lastReadCount = 0;
            _fileLinesTooLarge = false;
        }

        private void FlushLooseLines(List<CollectedItem> ready)
        {
            if (_looseFirst is null) return;
            ready.Add(_looseTooLarge
                ? new CollectedItem(Errors.InputTooLarge(_looseFirst, "Piped text", "It has more than the limit of " + LimitText + " characters."))
                : new CollectedItem(new InputDocument(_looseLines.ToString(), "pipeline", null, _looseFirst)));
            _looseLines.Clear();
            _looseFirst = null;
            _looseTooLarge = false;
        }

        private string LimitText => _limit.ToString("N0", System.Globalization.CultureInfo.InvariantCulture);

        private static bool IsAllBytes(object[] array)
        {
            foreach (object o in array)
            {
                object? b = o is PSObject p ? p.BaseObject : o;
                if (b is not byte) return false;
            }
            return array.Length > 0;
        }

        private static byte[] ToBytes(object[] array)
        {
            var bytes = new byte[array.Length];
            for (int i = 0; i < array.Length; i++) bytes[i] = (byte)(array[i] is PSObject p ? p.BaseObject : array[i]);
            return bytes;
        }

        /// <summary>An object with an Html/Content/Text property (a CSV row, a web response, a feed item, a hashtable).</summary>
        private CollectedItem FromObject(PSObject input, object value)
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
                    ? ReadFile(path, input)
                    : new CollectedItem(Errors.NotFileSystemPath(psPath, psPath.Substring(0, psPath.IndexOf("::", StringComparison.Ordinal))));
            }

            if (content is null && value is PathInfo pathInfo)
            {
                // Resolve-Path output: its provider says whether it is a file.
                return string.Equals(pathInfo.Provider.Name, "FileSystem", StringComparison.OrdinalIgnoreCase)
                    ? ReadFile(pathInfo.ProviderPath, input)
                    : new CollectedItem(Errors.NotFileSystemPath(pathInfo.Path, pathInfo.Provider.Name));
            }

            if (content is null)
            {
                // A feed item, a CSV row of links, a search result: an object that names a page and holds none of it.
                foreach (string name in DownloadPropertyNames)
                {
                    object? named = GetMember(input, value, name);
                    if (named is PSObject wrapped) named = wrapped.BaseObject;
                    if (named is Uri uri && uri.IsAbsoluteUri) return DownloadOf(uri, uri);
                    if (named is string text && StringInputRule.IsWebUrl(text.Trim())) return DownloadOf(new Uri(text.Trim(), UriKind.Absolute), text);
                }
            }

            if (content is null)
            {
                // As Get-Content binds them: a FullName (a file object of another shape) or a Path (Select-String's
                // MatchInfo, a CSV row of paths), taken literally in the current location.
                foreach (string name in PathPropertyNames)
                {
                    if (AsText(GetMember(input, value, name)) is string named && named.Trim().Length > 0)
                    {
                        string? filePath = _resolvePath(named.Trim());
                        return filePath is null
                            ? new CollectedItem(Errors.FileNotFound(named))
                            : ReadFile(filePath, input);
                    }
                }
            }

            if (content is null)
            {
                return new CollectedItem(Errors.InvalidInputObject(input,
                    "Get-CleanArticle cannot use an object of type '" + value.GetType().FullName +
                    "': give a file, a path, a string of HTML or text, an object with an Html, Content or Text property, or one with a Url or Link to download."));
            }

            string source = string.IsNullOrWhiteSpace(url) ? "pipeline" : url!;
            if (content is byte[] bytes)
            {
                CollectedItem decoded = FromBytes(bytes, source, input);
                if (decoded.Document is null || string.IsNullOrWhiteSpace(url)) return decoded;
                return new CollectedItem(new InputDocument(decoded.Document.Input.Content, source, url, input));
            }
            return FromText(AsText(content) ?? string.Empty, source, string.IsNullOrWhiteSpace(url) ? null : url, input);
        }

        /// <summary>The download of an http(s) address, or UnsupportedUri for any other.</summary>
        private CollectedItem DownloadOf(Uri uri, object target) =>
            Web.PageFetcher.IsWebUri(uri) ? _download(uri, target) : new CollectedItem(WebErrors.UnsupportedUri(target, uri.OriginalString));

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
