using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Management.Automation;
using System.Text.RegularExpressions;
using NewsTools.Loading;

namespace NewsTools.Commands
{
    /// <summary>
    /// <para type="synopsis">Turns news pages and scraped article text into clean article objects.</para>
    /// <para type="description">Reads HTML pages or already-scraped text from paths, files or the pipeline and returns one NewsTools.Article per document.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "CleanArticle", DefaultParameterSetName = ParameterSets.Path, HelpUri = "https://github.com/newstools/NewsTools#get-cleanarticle")]
    // The type by name: typeof(Article) would load NewsTools.Core before the module initializer runs.
    [OutputType("NewsTools.Article")]
    public sealed class GetCleanArticleCommand : PSCmdlet
    {
        /// <summary>
        /// The name rules' memo, kept from one command run to the next: a script that calls Get-CleanArticle once per file
        /// would otherwise start cold each time. Values of pure functions only (see ExtractionMemo): no result depends on it.
        /// </summary>
        private static readonly ExtractionMemo SessionMemo = new ExtractionMemo();

        /// <summary>One fixed activity id, so nested or repeated calls update one progress bar.</summary>
        private const int ProgressActivityId = 0x4E57; // "NW"

        private ArticleExtractor? _extractor;
        private readonly PipelineInputCollector _collector = new PipelineInputCollector();
        private volatile bool _stopping;

        /// <summary>Paths of pages or text files; wildcards allowed. .gz files are read transparently.</summary>
        [Parameter(Mandatory = true, Position = 0, ParameterSetName = ParameterSets.Path)]
        [ValidateNotNullOrEmpty]
        public string[] Path { get; set; } = Array.Empty<string>();

        /// <summary>Paths taken as written (no wildcards).</summary>
        [Parameter(Mandatory = true, ParameterSetName = ParameterSets.LiteralPath, ValueFromPipelineByPropertyName = true)]
        [Alias("PSPath", "LP")]
        [ValidateNotNullOrEmpty]
        public string[] LiteralPath { get; set; } = Array.Empty<string>();

        /// <summary>HTML or text strings, lines from Get-Content, FileInfo objects, web responses, or objects with an Html/Content/Text property.</summary>
        [Parameter(Mandatory = true, ValueFromPipeline = true, ParameterSetName = ParameterSets.InputObject)]
        [AllowNull]
        [AllowEmptyString]
        public PSObject? InputObject { get; set; }

        /// <summary>Auto (default) decides between HTML and scraped text; Html or Text forces one.</summary>
        [Parameter]
        public InputFormat InputFormat { get; set; } = InputFormat.Auto;

        /// <summary>Balanced (default), Precision (drop anything doubtful) or Recall (keep anything that may be story).</summary>
        [Parameter]
        public ExtractionFocus Focus { get; set; } = ExtractionFocus.Balanced;

        /// <summary>Return reader comments in the Comments property.</summary>
        [Parameter]
        public SwitchParameter IncludeComments { get; set; }

        /// <summary>Keep tables (on by default; -IncludeTables:$false drops them).</summary>
        [Parameter]
        public SwitchParameter IncludeTables { get; set; } = true;

        /// <summary>Keep images in Markdown and Html.</summary>
        [Parameter]
        public SwitchParameter IncludeImages { get; set; }

        /// <summary>Keep links in Markdown and Html.</summary>
        [Parameter]
        public SwitchParameter IncludeLinks { get; set; }

        /// <summary>CSS selectors of elements to remove before extraction.</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string[] RemoveSelector { get; set; } = Array.Empty<string>();

        /// <summary>CSS selectors of the content container; the first that matches is used.</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string[] ContentSelector { get; set; } = Array.Empty<string>();

        /// <summary>Regular expressions: lines or blocks that match are always kept.</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string[] KeepPattern { get; set; } = Array.Empty<string>();

        /// <summary>Regular expressions: lines or blocks that match are always removed.</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string[] RemovePattern { get; set; } = Array.Empty<string>();

        /// <summary>Builds the options once for the whole pipeline.</summary>
        protected override void BeginProcessing()
        {
            foreach (string selector in RemoveSelector) CheckSelector(selector, nameof(RemoveSelector));
            foreach (string selector in ContentSelector) CheckSelector(selector, nameof(ContentSelector));
            var options = new ExtractionOptions
            {
                InputFormat = (global::NewsTools.InputFormat)(int)InputFormat,
                Focus = (global::NewsTools.ExtractionFocus)(int)Focus,
                IncludeComments = IncludeComments.IsPresent,
                IncludeTables = IncludeTables.ToBool(),
                IncludeImages = IncludeImages.IsPresent,
                IncludeLinks = IncludeLinks.IsPresent,
                RemoveSelectors = RemoveSelector,
                ContentSelectors = ContentSelector,
                KeepPatterns = CompilePatterns(KeepPattern, nameof(KeepPattern)),
                RemovePatterns = CompilePatterns(RemovePattern, nameof(RemovePattern)),
                Log = WriteVerbose,
            };
            _extractor = new ArticleExtractor(options, SessionMemo);
        }

        /// <summary>Handles one path or pipeline object.</summary>
        protected override void ProcessRecord()
        {
            switch (ParameterSetName)
            {
                case ParameterSets.Path:
                    foreach (string p in Path) ProcessPath(p, literal: false);
                    break;
                case ParameterSets.LiteralPath:
                    foreach (string p in LiteralPath) ProcessPath(p, literal: true);
                    break;
                default:
                    Emit(_collector.Add(InputObject));
                    break;
            }
        }

        /// <summary>Cleans the lines still gathered from the pipeline.</summary>
        protected override void EndProcessing()
        {
            var rest = new List<CollectedItem>();
            _collector.FlushAll(rest);
            Emit(rest);
        }

        /// <summary>Ctrl+C: stop between documents.</summary>
        protected override void StopProcessing() => _stopping = true;

        private void ProcessPath(string path, bool literal)
        {
            Collection<string> files;
            ProviderInfo provider;
            try
            {
                if (literal)
                {
                    files = new Collection<string> { SessionState.Path.GetUnresolvedProviderPathFromPSPath(path, out provider, out _) };
                }
                else
                {
                    files = SessionState.Path.GetResolvedProviderPathFromPSPath(path, out provider);
                }
            }
            catch (ItemNotFoundException)
            {
                WriteError(Errors.FileNotFound(path));
                return;
            }
            catch (DriveNotFoundException)
            {
                WriteError(Errors.FileNotFound(path));
                return;
            }
            catch (ProviderNotFoundException)
            {
                WriteError(Errors.FileNotFound(path));
                return;
            }
            catch (PSNotSupportedException e)
            {
                WriteError(Errors.NotFileSystemPath(path, e.Message));
                return;
            }

            if (!string.Equals(provider.Name, "FileSystem", StringComparison.OrdinalIgnoreCase))
            {
                WriteError(Errors.NotFileSystemPath(path, provider.Name));
                return;
            }

            if (files.Count == 0)
            {
                // A wildcard that matched nothing: say so rather than return silently.
                WriteError(Errors.FileNotFound(path));
                return;
            }

            // Progress only where the total is known: a wildcard that expanded to several files.
            ProgressRecord? progress = files.Count > 1 ? new ProgressRecord(ProgressActivityId, "Cleaning articles", path) : null;
            for (int i = 0; i < files.Count; i++)
            {
                if (_stopping) return;
                if (progress != null)
                {
                    progress.StatusDescription = files[i];
                    progress.PercentComplete = (int)(100L * i / files.Count);
                    WriteProgress(progress);
                }
                Emit(new[] { FileDocumentReader.Read(files[i], files[i]) });
            }
            if (progress != null)
            {
                progress.RecordType = ProgressRecordType.Completed;
                progress.PercentComplete = 100;
                WriteProgress(progress);
            }
        }

        private void Emit(IEnumerable<CollectedItem> items)
        {
            foreach (CollectedItem item in items)
            {
                if (_stopping) return;
                if (item.Error != null)
                {
                    WriteError(item.Error);
                    continue;
                }
                InputDocument doc = item.Document!;
                ArticleInput input = doc.Input;
                WriteVerbose("Cleaning " + input.Source + " (" + input.Content.Length + " characters).");
                ExtractionResult result = _extractor!.Extract(input);
                switch (result.Failure)
                {
                    case ExtractionFailure.None:
                        WriteObject(result.Article);
                        break;
                    case ExtractionFailure.BinaryInput:
                        WriteError(Errors.BinaryInput(doc.Target, input.Source + ": " + result.Message));
                        break;
                    default:
                        WriteError(Errors.EmptyInput(doc.Target, input.Source + ": " + result.Message));
                        break;
                }
            }
        }

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
                    compiled[i] = new Regex(patterns[i], RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
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
