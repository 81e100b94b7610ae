using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Management.Automation;

namespace NewsTools.Commands
{
    /// <summary>What Export-NewsArticle writes for each article.</summary>
    public enum ExportRecordKind
    {
        /// <summary>The article record (README "Export schema"), or the fields -Fields names.</summary>
        Json = 0,
        /// <summary>The plain-text body with the keys that name it: source, recordId, url, text.</summary>
        Text = 1,
        /// <summary>The Markdown body with the keys that name it: source, recordId, url, markdown.</summary>
        Markdown = 2,
    }

    /// <summary>
    /// <para type="synopsis">Writes articles to a JSON Lines file (.jsonl, .jsonl.gz) or standard output, one line per article as it arrives.</para>
    /// </summary>
    [Cmdlet(VerbsData.Export, "NewsArticle", SupportsShouldProcess = true, HelpUri = "https://github.com/newstools/NewsTools#export-schema")]
    // Only with -PassThru: the articles written, as they came in.
    [OutputType(typeof(Article))]
    public sealed class ExportNewsArticleCommand : PSCmdlet, IDisposable
    {
        /// <summary>The path that means standard output.</summary>
        public const string StandardOutputPath = "-";

        private static readonly string[] TextFields = { "source", "recordId", "url", "text" };
        private static readonly string[] MarkdownFields = { "source", "recordId", "url", "markdown" };

        private readonly ExportJsonWriter _json = new ExportJsonWriter();
        private IReadOnlyList<ExportField> _fields = ExportField.Default;
        private ExportOutput? _output;
        private ExportResumeIndex? _resume;
        private string _target = string.Empty;
        private bool _discard;
        private long _written;
        private long _skipped;
        private long _unkeyed;

        /// <summary>The file to write: .jsonl (or any other name) for JSON Lines, .gz for gzip-compressed JSON Lines, "-" for standard output.</summary>
        [Parameter(Mandatory = true, Position = 0)]
        [ValidateNotNullOrEmpty]
        public string Path { get; set; } = string.Empty;

        /// <summary>The articles, from Get-CleanArticle.</summary>
        [Parameter(Mandatory = true, ValueFromPipeline = true)]
        [AllowNull]
        public PSObject? InputObject { get; set; }

        /// <summary>Only these keys of the record, in the schema's order; "*" stands for the default record.</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(ExportFieldCompleter))]
        public string[]? Fields { get; set; }

        /// <summary>Json (the record), Text or Markdown (the body and the keys that name it).</summary>
        [Parameter]
        public ExportRecordKind As { get; set; } = ExportRecordKind.Json;

        /// <summary>One value per key: lists joined with "; ", paywall as paywallKind/paywallTruncated/paywallReason/paywallEvidence, removed as counts per reason.</summary>
        [Parameter]
        public SwitchParameter Flat { get; set; }

        /// <summary>Add to an existing file instead of refusing it.</summary>
        [Parameter]
        public SwitchParameter Append { get; set; }

        /// <summary>Add to an existing file, skipping the articles whose source and recordId are already in it.</summary>
        [Parameter]
        public SwitchParameter Resume { get; set; }

        /// <summary>Overwrite an existing file, even a read-only one.</summary>
        [Parameter]
        public SwitchParameter Force { get; set; }

        /// <summary>Send each article written down the pipeline.</summary>
        [Parameter]
        public SwitchParameter PassThru { get; set; }

        /// <summary>Checks the parameters and opens the output once for the whole pipeline.</summary>
        protected override void BeginProcessing()
        {
            _fields = ChooseFields();
            if (Path == StandardOutputPath)
            {
                if (Append || Resume) ThrowTerminatingError(ExportErrors.ConflictingParameters("-Append and -Resume need a file: standard output (-Path -) cannot be read back."));
                _target = "standard output";
                if (ShouldProcess(_target, "Write articles as JSON Lines")) _output = ExportOutput.OpenStandardOutput();
                else _discard = true;
                return;
            }

            _target = ResolveFilePath();
            bool exists = File.Exists(_target);
            bool append = (Append || Resume) && exists;
            if (exists && !append && !Force && new FileInfo(_target).Length > 0) ThrowTerminatingError(ExportErrors.OutputFileExists(_target));
            if (append && ExportOutput.IsGzip(_target) && !ExportOutput.ReadsGzipMembers)
            {
                ThrowTerminatingError(ExportErrors.ConflictingParameters("-Append and -Resume on a .gz file need PowerShell 7: this runtime reads only the first gzip member of a file. Write .jsonl, or start a new .jsonl.gz."));
            }
            if (!ShouldProcess(_target, append ? "Append articles as JSON Lines" : "Write articles as JSON Lines"))
            {
                _discard = true;
                return;
            }
            try
            {
                if (append) PrepareAppend();
                else if (exists && Force) ClearReadOnly(_target);
                _output = ExportOutput.OpenFile(_target, append);
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException || e is InvalidDataException || e is NotSupportedException)
            {
                ThrowTerminatingError(ExportErrors.OutputOpenFailed(_target, e));
            }
            if (Resume && _resume is null) _resume = new ExportResumeIndex();
        }

        /// <summary>Writes one article, or one error when the input is not an article.</summary>
        protected override void ProcessRecord()
        {
            if (InputObject?.BaseObject is not Article article)
            {
                WriteError(ExportErrors.NotAnArticle(InputObject));
                return;
            }
            if (_resume is not null)
            {
                string? key = ExportResumeIndex.KeyOf(article.Source, article.RecordId);
                if (key is null) _unkeyed++;
                else if (_resume.Contains(key))
                {
                    _skipped++;
                    return;
                }
                else _resume.Add(key);
            }
            if (!_discard)
            {
                _json.BeginObject();
                foreach (ExportField field in _fields)
                {
                    if (Flat) field.WriteFlat(_json, article);
                    else field.WriteNested(_json, article);
                }
                _json.EndObject();
                try
                {
                    _output!.WriteLine(_json.ToString());
                }
                catch (IOException e)
                {
                    // A full disk or a lost share: every later record would fail the same way.
                    ThrowTerminatingError(ExportErrors.OutputWriteFailed(_target, article, e));
                }
                _written++;
            }
            if (PassThru) WriteObject(InputObject);
        }

        /// <summary>Closes the output and says what was written and skipped.</summary>
        protected override void EndProcessing()
        {
            CloseOutput();
            WriteVerbose(string.Format(CultureInfo.InvariantCulture, "Wrote {0} articles to {1}.", _written, _target));
            if (_resume is not null)
            {
                WriteVerbose(string.Format(CultureInfo.InvariantCulture, "-Resume: skipped {0} articles already in {1}.", _skipped, _target));
                if (_unkeyed > 0)
                {
                    WriteWarning(string.Format(CultureInfo.InvariantCulture,
                        "{0} articles had neither a file, URL nor record id as their Source (strings or objects sent through the pipeline); -Resume cannot tell whether they were written before, so they were written.", _unkeyed));
                }
            }
        }

        /// <summary>Closes the file when the pipeline stops early (Ctrl+C, an error upstream).</summary>
        public void Dispose() => CloseOutput();

        private void CloseOutput()
        {
            _output?.Dispose();
            _output = null;
        }

        /// <summary>The fields to write: -As, then -Fields (validated), then the keys -Resume needs.</summary>
        private IReadOnlyList<ExportField> ChooseFields()
        {
            if (As != ExportRecordKind.Json && Fields is not null) ThrowTerminatingError(ExportErrors.ConflictingParameters("-Fields chooses the keys of a Json record; -As " + As + " has its own keys (source, recordId, url and the body). Use one or the other."));
            string[]? names = As switch
            {
                ExportRecordKind.Text => TextFields,
                ExportRecordKind.Markdown => MarkdownFields,
                _ => Fields,
            };
            if (names is null) return ExportField.Default;
            var chosen = new HashSet<ExportField>();
            foreach (string name in names)
            {
                if (name.Trim() == "*")
                {
                    chosen.UnionWith(ExportField.Default);
                    continue;
                }
                ExportField? field = ExportField.Find(name);
                if (field is null) ThrowTerminatingError(ExportErrors.InvalidField(name, string.Join(", ", ExportField.All.Select(f => f.Name))));
                else chosen.Add(field);
            }
            if (Resume)
            {
                chosen.Add(ExportField.Find("source")!);
                chosen.Add(ExportField.Find("recordId")!);
            }
            return ExportField.All.Where(chosen.Contains).ToArray();
        }

        /// <summary>The file-system path, relative to the current PowerShell location (not the process's directory).</summary>
        private string ResolveFilePath()
        {
            string resolved;
            ProviderInfo provider;
            try
            {
                resolved = SessionState.Path.GetUnresolvedProviderPathFromPSPath(Path, out provider, out _);
            }
            catch (Exception e) when (e is ItemNotFoundException || e is System.Management.Automation.DriveNotFoundException || e is ProviderNotFoundException || e is NotSupportedException || e is ArgumentException)
            {
                ThrowTerminatingError(ExportErrors.OutputOpenFailed(Path, e));
                throw; // not reached: ThrowTerminatingError throws
            }
            if (provider.ImplementingType != typeof(Microsoft.PowerShell.Commands.FileSystemProvider)) ThrowTerminatingError(ExportErrors.NotFileSystemPath(Path, provider.Name));
            if (Directory.Exists(resolved)) ThrowTerminatingError(ExportErrors.PathIsDirectory(Path));
            return resolved;
        }

        /// <summary>
        /// Before appending: reads the keys already written (-Resume) and removes a record cut off by a killed run, so the
        /// next record starts on a line of its own. A .gz is read through and rewritten as one member of its complete lines.
        /// </summary>
        private void PrepareAppend()
        {
            bool gzip = ExportOutput.IsGzip(_target);
            if (gzip)
            {
                ExportResumeIndex index;
                using (var content = new GZipStream(new FileStream(_target, FileMode.Open, FileAccess.Read, FileShare.Read), CompressionMode.Decompress))
                {
                    index = ExportResumeIndex.Read(content);
                }
                // A gzip file a run was killed in has no end; another member after it would not decode.
                ExportOutput.RewriteGzip(_target, index.CompleteLength);
                ReportRead(index);
                return;
            }
            long cut = ExportOutput.CutPartialTail(_target);
            if (cut > 0) WriteWarning(string.Format(CultureInfo.InvariantCulture, "{0} ended in a cut-off record ({1} bytes, left by an interrupted run); it was removed before appending.", _target, cut));
            if (Resume)
            {
                using var content = new FileStream(_target, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024);
                ReportRead(ExportResumeIndex.Read(content));
            }
        }

        private void ReportRead(ExportResumeIndex index)
        {
            if (index.PartialTail > 0)
            {
                WriteWarning(string.Format(CultureInfo.InvariantCulture, "{0} ended in a cut-off record ({1} bytes, left by an interrupted run); it was removed before appending.", _target, index.PartialTail));
            }
            if (!Resume) return;
            _resume = index;
            WriteVerbose(string.Format(CultureInfo.InvariantCulture, "-Resume: {0} records already in {1}.", index.Records, _target));
            if (index.Unkeyed > 0)
            {
                WriteWarning(string.Format(CultureInfo.InvariantCulture, "-Resume: {0} lines of {1} have no source key (not written by Export-NewsArticle, or with -Fields that left it out); their articles cannot be recognised and will be written again.", index.Unkeyed, _target));
            }
        }

        private static void ClearReadOnly(string path)
        {
            var info = new FileInfo(path);
            if (info.IsReadOnly) info.IsReadOnly = false;
        }
    }
}
