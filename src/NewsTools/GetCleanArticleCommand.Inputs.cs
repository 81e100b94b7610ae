using System;
using System.Collections.Generic;
using System.Linq;
using System.Collections.ObjectModel;
using System.Management.Automation;
using System.Text.RegularExpressions;
using NewsTools.Loading;
using NewsTools.Web;

namespace NewsTools.Commands
{
    /// <summary>Get-CleanArticle: reading the inputs (paths, piped JSON Lines, -ResumeFrom), cleaning them and writing the results.</summary>
    public sealed partial class GetCleanArticleCommand
    {
        /// <summary>Reads the keys of -ResumeFrom's file, if it exists.</summary>
        private void ReadResumeIndex()
        {
            string path = GetUnresolvedProviderPathFromPSPath(ResumeFrom);
            if (!System.IO.File.Exists(path))
            {
                WriteVerbose("-ResumeFrom '" + path + "' does not exist yet: nothing to skip.");
                return;
            }
            try
            {
                using System.IO.Stream raw = new System.IO.FileStream(path, System.IO.FileMode.Open, System.IO.FileAccess.Read, System.IO.FileShare.ReadWrite, 1 << 16);
                using System.IO.Stream content = Containers.ContainerStreams.Open(raw);
                _done = ExportResumeIndex.Read(content);
            }
            catch (Exception e) when (e is System.IO.IOException || e is UnauthorizedAccessException || e is System.IO.InvalidDataException)
            {
                ThrowTerminatingError(Errors.FileReadError(path, e));
            }
            WriteVerbose(string.Format(System.Globalization.CultureInfo.InvariantCulture, "-ResumeFrom '{0}': {1} records already written; their inputs are skipped.", path, _done!.Records));
        }

        /// <summary>False for an input whose article is already in the -ResumeFrom file.</summary>
        private bool NotDoneYet(CollectedItem item)
        {
            string? key = item.Document != null
                ? ExportResumeIndex.KeyOf(item.Document.Input.Source, item.Document.Input.Record?.RecordId)
                : item.ReadPath != null ? ExportResumeIndex.KeyOf(item.ReadPath, null) : null;
            if (key is null || !_done!.Contains(key)) return true;
            _resumed++;
            return false;
        }

        /// <summary>One piped JSON Lines record as a document with its id and url, or its error (nothing for a blank line).</summary>
        private IEnumerable<CollectedItem> ReadJsonLine(string line)
        {
            _jsonLines ??= new Containers.JsonLinesReader(System.IO.TextReader.Null, null, MaximumInputSize);
            Containers.ContainerEntry? entry = _jsonLines.ReadLine(line, ++_jsonLine);
            if (!entry.HasValue) return Array.Empty<CollectedItem>();
            if (entry.Value.Error is Containers.ContainerError error) return new[] { new CollectedItem(Errors.ContainerRecordInvalid("pipeline", error)) };
            Containers.ContainerPage page = entry.Value.Page!;
            var document = new InputDocument(page.Content, "pipeline", page.Url, line);
            document.Input.Record = page;
            return new[] { new CollectedItem(document) };
        }

        /// <summary>A literal path in the current PowerShell location as a file-system path, or null (another provider, no such drive, not a path).</summary>
        private string? ResolveLiteralFileSystemPath(string path) => ResolveLiteralFileSystemPath(SessionState, path);

        /// <summary>As the instance method, for the other cmdlets of the module (Get-NewsFeed, Find-NewsFeed).</summary>
        internal static string? ResolveLiteralFileSystemPath(SessionState session, string path)
        {
            try
            {
                string resolved = session.Path.GetUnresolvedProviderPathFromPSPath(path, out ProviderInfo provider, out _);
                return string.Equals(provider.Name, "FileSystem", StringComparison.OrdinalIgnoreCase) ? resolved : null;
            }
            catch (Exception e) when (e is ItemNotFoundException || e is DriveNotFoundException || e is ProviderNotFoundException ||
                e is PSNotSupportedException || e is NotSupportedException || e is ArgumentException || e is ProviderInvocationException)
            {
                return null;
            }
        }

        /// <summary>
        /// The files of every path of this call, resolved first so the progress bar knows the total; when the paths come
        /// from the pipeline (by property name), each call holds only its own and the total stays unknown.
        /// </summary>
        private void ProcessPaths(string[] paths, bool literal)
        {
            // Each entry is a file to read or the error of a path that named none, kept in the order the paths were given.
            var entries = new List<object>();
            int fileCount = 0;
            foreach (string p in paths)
            {
                int before = entries.Count;
                // "Get-CleanArticle https://..." means the page: no file-system path is an absolute http(s) URL.
                if (!literal && StringInputRule.IsWebUrl(p.Trim())) entries.Add(new System.Uri(p.Trim(), UriKind.Absolute));
                else ResolveFiles(SessionState, p, literal, entries);
                fileCount += entries.Count - before;
            }
            if (!MyInvocation.ExpectingInput) _progress!.AddToTotal(fileCount);
            foreach (object entry in entries)
            {
                if (_stopping) return;
                if (entry is System.Uri page)
                {
                    Emit(new[] { Download(page, page.OriginalString) });
                    continue;
                }
                if (entry is string container && ContainerFileReader.IsContainer(container))
                {
                    // WARC and JSON Lines: many documents per file, read as a stream (serial read, cleaned on -ThrottleLimit threads).
                    Emit(ContainerFileReader.Read(container, MaximumInputSize, null, WriteVerbose));
                    continue;
                }
                if (_parallel != null)
                {
                    string? charset = Encoding?.WebName;
                    int limit = MaximumInputSize;
                    Emit(new[] { entry is ErrorRecord e ? new CollectedItem(e) : CollectedItem.ForRead((string)entry, () => FileDocumentReader.Read((string)entry, entry, limit, charset)) });
                }
                else if (entry is ErrorRecord error) WriteError(error);
                else Emit(new[] { FileDocumentReader.Read((string)entry, entry, MaximumInputSize, Encoding?.WebName) });
            }
        }

        /// <summary>Adds the files a path names (a wildcard expanded) to <paramref name="entries"/>, or the error saying it names none.</summary>
        internal static void ResolveFiles(SessionState session, string path, bool literal, List<object> entries)
        {
            Collection<string> files;
            ProviderInfo provider;
            try
            {
                if (literal)
                {
                    files = new Collection<string> { session.Path.GetUnresolvedProviderPathFromPSPath(path, out provider, out _) };
                }
                else
                {
                    files = session.Path.GetResolvedProviderPathFromPSPath(path, out provider);
                }
            }
            catch (ItemNotFoundException)
            {
                entries.Add(Errors.FileNotFound(path));
                return;
            }
            catch (DriveNotFoundException)
            {
                entries.Add(Errors.FileNotFound(path));
                return;
            }
            catch (ProviderNotFoundException)
            {
                entries.Add(Errors.FileNotFound(path));
                return;
            }
            catch (PSNotSupportedException e)
            {
                entries.Add(Errors.NotFileSystemPath(path, e.Message));
                return;
            }

            if (!string.Equals(provider.Name, "FileSystem", StringComparison.OrdinalIgnoreCase))
            {
                entries.Add(Errors.NotFileSystemPath(path, provider.Name));
                return;
            }

            if (files.Count == 0)
            {
                // A wildcard that matched nothing: say so rather than return silently.
                entries.Add(Errors.FileNotFound(path));
                return;
            }

            foreach (string file in files) entries.Add(file);
        }

        private void Emit(IEnumerable<CollectedItem> items)
        {
            // Only a list is looked through for downloads: a container file's records are a lazy stream, read once.
            if (_parallel is null && !MyInvocation.BoundParameters.ContainsKey(nameof(ThrottleLimit)) && items is IReadOnlyCollection<CollectedItem>)
            {
                foreach (CollectedItem item in items)
                {
                    if (item.IsDownload)
                    {
                        // Everything before was written already: switching now keeps the input order.
                        StartParallel(WebDocumentReader.DefaultThrottleLimit);
                        break;
                    }
                }
            }
            if (_shard != null) items = items.Where(_shard.Takes);
            if (_done != null) items = items.Where(NotDoneYet);
            if (_parallel != null)
            {
                var done = new List<ParallelCleaner.Work>();
                foreach (CollectedItem item in items)
                {
                    if (_stopping) return;
                    _parallel.Submit(item, done);
                }
                WriteDone(done);
                return;
            }
            foreach (CollectedItem original in items)
            {
                CollectedItem item = original.Read != null ? original.Read() : original;
                if (_stopping) return;
                WriteNotes(item);
                if (item.Warning == null) _progress!.Next(item.Document?.Input.Source ?? item.Error?.TargetObject?.ToString() ?? string.Empty);
                if (item.Warning != null)
                {
                    WriteWarning(item.Warning);
                    continue;
                }
                if (item.Error != null)
                {
                    WriteError(item.Error);
                    continue;
                }
                Clean(item.Document!);
            }
        }

        /// <summary>Writes what the parallel workers finished, in input order: a warning, an error, or a document's outcome.</summary>
        private void WriteDone(List<ParallelCleaner.Work> done)
        {
            foreach (ParallelCleaner.Work work in done)
            {
                if (_stopping) return;
                // An item given up on may still be written by its worker: read only what was submitted, and the document
                // reference (set once, atomically), never the struct the worker may be replacing.
                CollectedItem item = work.GivenUp != null ? work.Submitted : work.Item;
                WriteNotes(item);
                if (item.Warning != null)
                {
                    WriteWarning(item.Warning);
                    continue;
                }
                InputDocument? doc = work.Document ?? item.Document;
                _progress!.Next(doc?.Input.Source ?? item.ReadPath ?? item.Error?.TargetObject?.ToString() ?? string.Empty);
                if (work.GivenUp != null && doc is null)
                {
                    // Given up while its file was still being read.
                    WriteError(Errors.ExtractionTimeout(item.ReadPath ?? (object)"pipeline", "'" + item.ReadPath + "'", TimeoutSec));
                    continue;
                }
                if (item.Error != null && work.GivenUp is null)
                {
                    WriteError(item.Error);
                    continue;
                }
                if (doc is null) continue; // stopped before it was read
                WriteVerbose("Cleaning " + NameOf(doc) + " (" + doc.Input.Content.Length + " characters).");
                Report(doc, work.GivenUp ?? work.Outcome ?? ExtractionRunner.GivenUp(RunEnd.Stopped, null));
            }
        }

        /// <summary>Cleans one document and writes its article, or one error for it: nothing that goes wrong here ends the run.</summary>
        private void Clean(InputDocument doc)
        {
            ArticleInput input = WithAddress(doc.Input);
            WriteVerbose("Cleaning " + NameOf(doc) + " (" + input.Content.Length + " characters).");
            Report(doc, _runner!.Run(input));
        }

        /// <summary>Writes a document's article, or one error for it.</summary>
        private void Report(InputDocument doc, RunOutcome outcome)
        {
            string name = NameOf(doc);
            foreach (string line in outcome.Log) WriteVerbose(line);
            switch (outcome.End)
            {
                case RunEnd.Stopped:
                    return;
                case RunEnd.TimedOut:
                    WriteError(Errors.ExtractionTimeout(doc.Target, name, TimeoutSec));
                    return;
                case RunEnd.Threw:
                    WriteError(outcome.Exception is RegexMatchTimeoutException timeout && _patternParameters.TryGetValue(timeout.Pattern, out string? parameter)
                        ? Errors.PatternTimeout(doc.Target, name, parameter, timeout)
                        : Errors.ExtractionFailed(doc.Target, name, outcome.Exception!));
                    return;
            }

            ExtractionResult result = outcome.Result!;
            switch (result.Failure)
            {
                case ExtractionFailure.None:
                    Article article = result.Article!;
                    if (!Wanted(article, doc, name)) break;
                    if (article.WordCount == 0) WriteWarning(EmptyArticleWarning(name, article));
                    PSObject written = ArticleExportForms.Decorate(article);
                    if (doc.Download != null) WebArticleNotes.Add(written, article, doc.Download, WriteVerbose);
                    WriteObject(written);
                    break;
                case ExtractionFailure.BinaryInput:
                    WriteError(Errors.BinaryInput(doc.Target, name + ": " + result.Message));
                    break;
                case ExtractionFailure.InputTooLarge:
                    WriteError(Errors.InputTooLarge(doc.Target, name, result.Message!));
                    break;
                default:
                    WriteError(Errors.EmptyInput(doc.Target, name + ": " + result.Message));
                    break;
            }
        }

        /// <summary>Whether the page's type is one -PageType asks for; if not, writes its NotAnArticle error or (-SkipOther) a verbose line.</summary>
        private bool Wanted(Article article, InputDocument doc, string name)
        {
            PageType[]? wanted = PageType ?? (SkipOther.IsPresent ? new[] { NewsTools.PageType.Article } : null);
            if (wanted is null || Array.IndexOf(wanted, article.PageType) >= 0) return true;
            string evidence = string.Empty;
            foreach (MetadataSource source in article.MetadataSources)
            {
                if (source.Field == "PageType") evidence = source.Source;
            }
            if (SkipOther.IsPresent) WriteVerbose("Skipped " + name + ": a " + article.PageType + " page (" + evidence + "), not " + string.Join(" or ", wanted) + ".");
            else WriteError(Errors.NotAnArticle(doc.Target, name, article.PageType.ToString(), evidence, string.Join(", ", wanted)));
            return false;
        }

        /// <summary>The input as a message names it: its path or URL, or the start of a piped string.</summary>
        private static string NameOf(InputDocument doc)
        {
            string source = doc.Input.Source;
            if (!string.Equals(source, "pipeline", StringComparison.Ordinal)) return "'" + source + "'";
            string content = doc.Input.Content;
            string head = content.Length > 40 ? content.Substring(0, 40) + "..." : content;
            return "pipeline input '" + Regex.Replace(head, @"\s+", " ").Trim() + "'";
        }

        /// <summary>Nothing left is a result, not a failure; the warning says why, from what the article records.</summary>
        private static string EmptyArticleWarning(string name, Article article)
        {
            var byReason = new SortedDictionary<string, int>(StringComparer.Ordinal);
            foreach (RemovedBlock block in article.Removed)
            {
                string reason = block.Reason.ToString();
                byReason[reason] = byReason.TryGetValue(reason, out int n) ? n + 1 : 1;
            }
            var parts = new List<string>();
            foreach (KeyValuePair<string, int> pair in byReason) parts.Add(pair.Key + " " + pair.Value);
            string why = parts.Count == 0
                ? "the input holds no story text"
                : "every block was removed (" + string.Join(", ", parts) + "; see the Removed property)";
            return name + ": nothing was left after cleaning (WordCount 0): " + why +
                (article.Strategy is null ? "." : "; strategy '" + article.Strategy + "'.");
        }

        private void CheckBaseUri()
        {
            if (BaseUri is null) return;
            if (!BaseUri.IsAbsoluteUri || (BaseUri.Scheme != System.Uri.UriSchemeHttp && BaseUri.Scheme != System.Uri.UriSchemeHttps && BaseUri.Scheme != System.Uri.UriSchemeFile))
            {
                ThrowTerminatingError(new ErrorRecord(
                    new ArgumentException("-BaseUri '" + BaseUri.OriginalString + "' is not an absolute http, https or file address (such as https://news.example.com/2024/story.html)."),
                    ErrorIds.InvalidBaseUri, ErrorCategory.InvalidArgument, BaseUri));
            }
        }

        /// <summary>The input as the core gets it: with -BaseUri as its address when it has none of its own.</summary>
        private ArticleInput WithAddress(ArticleInput input) =>
            BaseUri is null || !string.IsNullOrEmpty(input.Url) ? input : new ArticleInput(input.Content, input.Source, BaseUri.AbsoluteUri);

        private void CheckSelector(string selector, string parameter)
        {
            if (!SelectorValidator.IsValid(selector))
            {
                ThrowTerminatingError(new ErrorRecord(
                    new ArgumentException("-" + parameter + " '" + selector + "' is not a valid CSS selector."),
                    ErrorIds.InvalidSelector, ErrorCategory.InvalidArgument, selector));
            }
        }

        private Regex[] CompilePatterns(string[] patterns, string parameter)
        {
            var compiled = new Regex[patterns.Length];
            for (int i = 0; i < patterns.Length; i++)
            {
                try
                {
                    // The timeout bounds one match: a pattern that backtracks without end on some line fails that input
                    // (PatternTimeout) instead of hanging the run. 1 s is far beyond any sane pattern on one line.
                    compiled[i] = new Regex(patterns[i], RegexOptions.CultureInvariant, UserPatternTimeout);
                    _patternParameters[patterns[i]] = parameter;
                }
                catch (ArgumentException e)
                {
                    ThrowTerminatingError(new ErrorRecord(
                        new ArgumentException("-" + parameter + " '" + patterns[i] + "' is not a valid regular expression: " + e.Message, e),
                        ErrorIds.InvalidPattern, ErrorCategory.InvalidArgument, patterns[i]));
                }
            }
            return compiled;
        }
    }
}
