using System;
using System.Collections.Generic;
using System.IO;
using System.Management.Automation;
using NewsTools.Feeds;

namespace NewsTools.Commands
{
    /// <summary>One input of Get-NewsFeed or Find-NewsFeed: a document's text, a URL to fetch, or the error for it.</summary>
    internal readonly struct FeedSource
    {
        private FeedSource(string? text, string source, Uri? documentUrl, Uri? fetch, object target, ErrorRecord? error, string? warning)
        {
            Text = text;
            Source = source;
            DocumentUrl = documentUrl;
            Fetch = fetch;
            Target = target;
            Error = error;
            Warning = warning;
        }

        public static FeedSource Document(string text, string source, Uri? documentUrl, object target) => new FeedSource(text, source, documentUrl, null, target, null, null);

        public static FeedSource ForUrl(Uri url, object target) => new FeedSource(null, url.OriginalString, url, url, target, null, null);

        public static FeedSource Failed(ErrorRecord error) => new FeedSource(null, string.Empty, null, null, error.TargetObject ?? string.Empty, error, null);

        public static FeedSource ForWarning(string warning) => new FeedSource(null, string.Empty, null, null, string.Empty, null, warning);

        /// <summary>The decoded document, when this is one.</summary>
        public string? Text { get; }

        /// <summary>A path, a URL or "pipeline": how messages name the input.</summary>
        public string Source { get; }

        /// <summary>Where the document came from (http(s) or file:), for relative links and FeedUrl.</summary>
        public Uri? DocumentUrl { get; }

        /// <summary>An address to download first (-Uri, a URL string or [uri], a FeedItem's Link, a FeedLink's Url).</summary>
        public Uri? Fetch { get; }

        /// <summary>What the user gave: an error's TargetObject.</summary>
        public object Target { get; }

        public ErrorRecord? Error { get; }

        public string? Warning { get; }
    }

    /// <summary>
    /// Turns what Get-NewsFeed and Find-NewsFeed are given into documents: paths (wildcards resolved by Get-CleanArticle's
    /// resolver, .gz unwrapped by its bounded reader), and pipeline objects (through Get-CleanArticle's pipeline collector:
    /// strings, Get-Content lines, bytes, web responses, objects with a Content property). Feeds differ in two places: a
    /// file's charset may be in its XML declaration, and an address (a URL string, a [uri], a FeedItem or FeedLink) is a
    /// document to fetch, not text.
    /// </summary>
    internal sealed class FeedInputReader
    {
        private readonly SessionState _session;
        private readonly int _limit;
        private readonly string? _charset;
        private readonly string _command;
        private readonly PipelineInputCollector _collector;
        private readonly Func<string, string?> _resolvePath;

        public FeedInputReader(SessionState session, int limit, string? charset, string command, Func<string, string?> resolveLiteralPath)
        {
            _session = session;
            _limit = limit;
            _charset = charset;
            _command = command;
            _collector = new PipelineInputCollector(limit, resolveLiteralPath, charset);
            _resolvePath = resolveLiteralPath;
        }

        /// <summary>The inputs named by -Path or -LiteralPath, in the order given; an http(s) address among them is a URL.</summary>
        public List<FeedSource> FromPaths(string[] paths, bool literal)
        {
            var sources = new List<FeedSource>();
            foreach (string path in paths)
            {
                if (AsWebAddress(path) is Uri url)
                {
                    sources.Add(FeedSource.ForUrl(url, path));
                    continue;
                }
                var entries = new List<object>();
                GetCleanArticleCommand.ResolveFiles(_session, path, literal, entries);
                foreach (object entry in entries)
                {
                    sources.Add(entry is ErrorRecord error ? FeedSource.Failed(ReNamed(error)) : ReadFile((string)entry, entry));
                }
            }
            return sources;
        }

        /// <summary>One pipeline object; what is ready (lines from Get-Content wait for the rest of their file).</summary>
        public List<FeedSource> FromPipeline(PSObject? input)
        {
            var sources = new List<FeedSource>();
            object? value = input?.BaseObject;
            Uri? url = value switch
            {
                Uri u => u,
                string s => AsWebAddress(s),
                FeedItem item => item.Link,
                FeedLink link => link.Url,
                _ => null,
            };
            if (url != null || value is Uri || value is FeedItem || value is FeedLink)
            {
                var ready = new List<CollectedItem>();
                _collector.FlushAll(ready);
                Add(ready, sources);
                if (url is null || !url.IsAbsoluteUri) sources.Add(FeedSource.Failed(Errors.InvalidFeedUri(input!, url?.OriginalString ?? value!.ToString() ?? string.Empty)));
                else sources.Add(FeedSource.ForUrl(url, input!));
                return sources;
            }
            if (value is string text && input!.Properties["PSPath"] is null)
            {
                // Get-CleanArticle's rule for a loose string, with two differences for feeds: a file is read with its XML
                // declaration's charset, and a path-shaped line that names nothing is FileNotFound (one line without
                // markup is never a feed, so reading it as text, as Get-CleanArticle does, would only end in NotAFeed).
                StringInputKind kind = StringInputRule.Classify(text, _resolvePath, out string? filePath);
                if (kind == StringInputKind.File || kind == StringInputKind.SuspectPath)
                {
                    var ready = new List<CollectedItem>();
                    _collector.FlushAll(ready);
                    Add(ready, sources);
                    sources.Add(kind == StringInputKind.File ? ReadFile(filePath!, text.Trim()) : FeedSource.Failed(Errors.FileNotFound(text.Trim())));
                    return sources;
                }
            }
            if (value is FileInfo file)
            {
                var ready = new List<CollectedItem>();
                _collector.FlushAll(ready);
                Add(ready, sources);
                sources.Add(ReadFile(file.FullName, input!));
                return sources;
            }
            Add(_collector.Add(input), sources);
            return sources;
        }

        /// <summary>The documents still gathered at the end of the pipeline.</summary>
        public List<FeedSource> Flush()
        {
            var ready = new List<CollectedItem>();
            _collector.FlushAll(ready);
            var sources = new List<FeedSource>();
            Add(ready, sources);
            return sources;
        }

        /// <summary>An absolute http(s) address written as one word, or null.</summary>
        public static Uri? AsWebAddress(string text)
        {
            string t = text.Trim();
            if (t.Length == 0 || t.IndexOfAny(new[] { ' ', '\n', '\t', '<' }) >= 0) return null;
            return Uri.TryCreate(t, UriKind.Absolute, out Uri? u) && (u.Scheme == Uri.UriSchemeHttp || u.Scheme == Uri.UriSchemeHttps) ? u : null;
        }

        private void Add(List<CollectedItem> items, List<FeedSource> sources)
        {
            foreach (CollectedItem original in items)
            {
                CollectedItem item = original.Read != null ? original.Read() : original;
                if (item.Warning != null) sources.Add(FeedSource.ForWarning(item.Warning));
                else if (item.Error != null) sources.Add(FeedSource.Failed(ReNamed(item.Error)));
                else if (item.Document != null)
                {
                    ArticleInput input = item.Document.Input;
                    Uri? documentUrl = input.Url != null && Uri.TryCreate(input.Url, UriKind.Absolute, out Uri? u) ? u
                        : input.Source != "pipeline" && System.IO.Path.IsPathRooted(input.Source) ? new Uri(input.Source) : null;
                    sources.Add(FeedSource.Document(input.Content, input.Source, documentUrl, item.Document.Target));
                }
            }
        }

        /// <summary>A file read within the size limit, gzip unwrapped, its charset from -Encoding, its BOM, its XML declaration or its bytes.</summary>
        private FeedSource ReadFile(string path, object target)
        {
            if (Directory.Exists(path)) return FeedSource.Failed(Errors.PathIsDirectory(path));
            if (!File.Exists(path)) return FeedSource.Failed(Errors.FileNotFound(path));
            try
            {
                byte[] bytes = BoundedByteReader.ReadFile(path, _limit > 0 ? _limit : long.MaxValue);
                return FeedSource.Document(FeedDecoder.Decode(bytes, _charset), path, new Uri(path), target);
            }
            catch (InputTooLargeException e)
            {
                return FeedSource.Failed(Errors.InputTooLarge(target, "'" + path + "'", e.Message));
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException || e is InvalidDataException || e is NotSupportedException)
            {
                return FeedSource.Failed(Errors.FileReadError(path, e));
            }
        }

        /// <summary>The shared collector's messages name Get-CleanArticle in two places; say this command's name instead.</summary>
        private ErrorRecord ReNamed(ErrorRecord error)
        {
            string message = error.Exception.Message;
            if (message.IndexOf("Get-CleanArticle", StringComparison.Ordinal) < 0) return error;
            string id = error.FullyQualifiedErrorId.Split(',')[0];
            return new ErrorRecord(new ArgumentException(message.Replace("Get-CleanArticle", _command), error.Exception), id, error.CategoryInfo.Category, error.TargetObject);
        }
    }
}
