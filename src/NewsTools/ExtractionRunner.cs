using System;
using System.Collections.Concurrent;
using System.Globalization;
using System.Threading;

namespace NewsTools.Commands
{
    /// <summary>How the cleaning of one document ended.</summary>
    internal enum RunEnd
    {
        /// <summary>The core returned a result (an article or a reason).</summary>
        Completed,
        /// <summary>The core threw; see <see cref="RunOutcome.Exception"/>.</summary>
        Threw,
        /// <summary>-TimeoutSec passed first; the extraction was abandoned.</summary>
        TimedOut,
        /// <summary>Ctrl+C (StopProcessing) came first; the extraction was abandoned.</summary>
        Stopped,
    }

    /// <summary>The end of one document's cleaning, with the lines the core logged for it.</summary>
    internal sealed class RunOutcome
    {
        public RunOutcome(RunEnd end, ExtractionResult? result, Exception? exception, string[] log)
        {
            End = end;
            Result = result;
            Exception = exception;
            Log = log;
        }

        public RunEnd End { get; }

        public ExtractionResult? Result { get; }

        public Exception? Exception { get; }

        public string[] Log { get; }
    }

    /// <summary>
    /// Runs the core on one document at a time, on a worker the pipeline thread waits for, so that the pipeline thread
    /// can give up on it: when -TimeoutSec passes or Ctrl+C comes, the wait ends and the run goes on at once.
    /// <para>
    /// Why a worker and not a cancellation token: the core's stages (parse, clean, locate) do not check a token, and
    /// a token checked between stages would not bound a parse that itself takes minutes. The cost of abandoning: the
    /// abandoned worker runs on to the end of that one document (CPU and memory are given back only then) and its
    /// result is dropped. A document small enough to clean well within a second (1 MB) runs on the pipeline thread when
    /// no -TimeoutSec is given: the hand-off would cost more than it guards. Otherwise the worker is a thread-pool thread
    /// (warm, so a document costs no thread start); after a
    /// document was abandoned, the next ones run on dedicated threads, so a pool busy with abandoned work never delays
    /// them. The core recurses on nothing the input controls, so a pool thread's stack is enough.
    /// </para>
    /// <para>
    /// The core's log lines (many per page, with element paths) are built only when verbose output is
    /// wanted; they go to a queue per document, written as verbose output by the pipeline thread afterwards.
    /// </para>
    /// </summary>
    internal sealed class ExtractionRunner : IDisposable
    {
        /// <summary>Without -TimeoutSec, a document of at most this many characters is cleaned on the pipeline thread.</summary>
        private const int InlineMaxChars = 1 << 20;

        private readonly ExtractionOptions _options;
        private readonly ArticleExtractor? _quiet;
        private readonly ExtractionMemo _memo;
        private readonly TimeSpan _timeout;
        private readonly bool _verbose;
        private readonly CancellationTokenSource _stop = new CancellationTokenSource();
        /// <summary>Set once a document was abandoned: later ones get a thread of their own.</summary>
        private bool _abandoned;

        /// <summary>A runner; <paramref name="timeout"/> of zero or less waits without end.</summary>
        public ExtractionRunner(ExtractionOptions options, ExtractionMemo memo, TimeSpan timeout, bool verbose)
        {
            _options = options;
            _memo = memo;
            _timeout = timeout;
            _verbose = verbose;
            if (!verbose)
            {
                ExtractionOptions quiet = options.Clone();
                quiet.Log = null;
                _quiet = new ArticleExtractor(quiet, memo);
            }
        }

        /// <summary>Ends the current wait (and every later one) at once: the Ctrl+C path.</summary>
        public void Stop() => _stop.Cancel();

        /// <summary>Set by <see cref="Stop"/>: the parallel path waits on it too.</summary>
        public CancellationToken StopToken => _stop.Token;

        /// <summary>-TimeoutSec; zero or less is no limit.</summary>
        public TimeSpan TimeoutPerDocument => _timeout;

        /// <summary>
        /// The extractor for one document, and the queue its log lines go to when verbose output is wanted (else null):
        /// the quiet extractor is shared (the core keeps no per-page state in it; its memo is safe across threads).
        /// </summary>
        public ArticleExtractor ExtractorFor(out ConcurrentQueue<string>? log)
        {
            if (_quiet != null)
            {
                log = null;
                return _quiet;
            }
            var queue = new ConcurrentQueue<string>();
            ExtractionOptions options = _options.Clone();
            options.Log = queue.Enqueue;
            log = queue;
            return new ArticleExtractor(options, _memo);
        }

        /// <summary>Cleans one document on the calling thread, with the test fault hook; exceptions go to the caller.</summary>
        public static ExtractionResult ExtractHere(ArticleExtractor extractor, ArticleInput input)
        {
            string? marker = TestHooks.ThrowWhenContentContains;
            if (marker != null && input.Content.IndexOf(marker, StringComparison.Ordinal) >= 0)
            {
                throw new InvalidOperationException("Fault injected by TestHooks.ThrowWhenContentContains.");
            }
            return extractor.Extract(input);
        }

        /// <summary>The outcome of a finished document, from what its worker left.</summary>
        public static RunOutcome Finished(ExtractionResult? result, Exception? error, ConcurrentQueue<string>? log) =>
            error != null ? new RunOutcome(RunEnd.Threw, null, error, Lines(log)) : new RunOutcome(RunEnd.Completed, result, null, Lines(log));

        /// <summary>The outcome of a document given up on.</summary>
        public static RunOutcome GivenUp(RunEnd end, ConcurrentQueue<string>? log) => new RunOutcome(end, null, null, Lines(log));

        /// <summary>Cleans one document, or gives up on it when the timeout passes or <see cref="Stop"/> is called.</summary>
        public RunOutcome Run(ArticleInput input)
        {
            if (_stop.IsCancellationRequested) return new RunOutcome(RunEnd.Stopped, null, null, Array.Empty<string>());

            // Each document logs into its own queue: the core calls Log on the worker, where WriteVerbose is not allowed,
            // and an abandoned worker that logs on must not write into the next document's lines.
            ConcurrentQueue<string>? log = null;
            ArticleExtractor extractor;
            if (_quiet != null)
            {
                extractor = _quiet;
            }
            else
            {
                log = new ConcurrentQueue<string>();
                ExtractionOptions options = _options.Clone();
                options.Log = log.Enqueue;
                extractor = new ArticleExtractor(options, _memo);
            }

            var job = new Job(extractor, input, TestHooks.ThrowWhenContentContains, CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
            if (_timeout <= TimeSpan.Zero && input.Content.Length <= InlineMaxChars)
            {
                // Small enough to finish well within a second (the core is linear, about 0.25 s a megabyte at worst
                // measured): run here, with no hand-off, and let Ctrl+C take effect before the next document.
                job.Execute();
                job.Done.Dispose();
                return job.Error != null
                    ? new RunOutcome(RunEnd.Threw, null, job.Error, Lines(log))
                    : new RunOutcome(RunEnd.Completed, job.Result, null, Lines(log));
            }
            if (_abandoned)
            {
                new Thread(job.Execute) { IsBackground = true, Name = "NewsTools extraction" }.Start();
            }
            else
            {
                ThreadPool.UnsafeQueueUserWorkItem(Job.Callback, job);
            }

            bool finished;
            try
            {
                finished = job.Done.Wait(_timeout > TimeSpan.Zero ? _timeout : Timeout.InfiniteTimeSpan, _stop.Token);
            }
            catch (OperationCanceledException)
            {
                _abandoned = true;
                return new RunOutcome(RunEnd.Stopped, null, null, Lines(log));
            }
            if (!finished)
            {
                _abandoned = true;
                return new RunOutcome(RunEnd.TimedOut, null, null, Lines(log));
            }
            job.Done.Dispose();
            return job.Error != null
                ? new RunOutcome(RunEnd.Threw, null, job.Error, Lines(log))
                : new RunOutcome(RunEnd.Completed, job.Result, null, Lines(log));
        }

        public void Dispose() => _stop.Dispose();

        private static string[] Lines(ConcurrentQueue<string>? log) => log is null ? Array.Empty<string>() : log.ToArray();

        /// <summary>One document's work and what came of it; the worker writes, the pipeline thread reads after Done.</summary>
        private sealed class Job
        {
            private readonly ArticleExtractor _extractor;
            private readonly ArticleInput _input;
            private readonly string? _faultMarker;

            private readonly CultureInfo _culture;
            private readonly CultureInfo _uiCulture;

            public Job(ArticleExtractor extractor, ArticleInput input, string? faultMarker, CultureInfo culture, CultureInfo uiCulture)
            {
                _extractor = extractor;
                _input = input;
                _faultMarker = faultMarker;
                _culture = culture;
                _uiCulture = uiCulture;
            }

            public static readonly WaitCallback Callback = state => ((Job)state!).Execute();

            public ManualResetEventSlim Done { get; } = new ManualResetEventSlim();

            public ExtractionResult? Result { get; private set; }

            public Exception? Error { get; private set; }

            public void Execute()
            {
                // The pipeline thread's culture (the core's output does not depend on it; messages and formats might).
                CultureInfo culture = CultureInfo.CurrentCulture, uiCulture = CultureInfo.CurrentUICulture;
                CultureInfo.CurrentCulture = _culture;
                CultureInfo.CurrentUICulture = _uiCulture;
                try
                {
                    if (_faultMarker != null && _input.Content.IndexOf(_faultMarker, StringComparison.Ordinal) >= 0)
                    {
                        throw new InvalidOperationException("Fault injected by TestHooks.ThrowWhenContentContains.");
                    }
                    Result = _extractor.Extract(_input);
                }
                catch (Exception e)
                {
                    // Everything, on purpose: an exception left on a worker thread ends the whole process. The pipeline
                    // thread turns it into one ErrorRecord for this document.
                    Error = e;
                }
                finally
                {
                    CultureInfo.CurrentCulture = culture;
                    CultureInfo.CurrentUICulture = uiCulture;
                    Done.Set();
                }
            }
        }
    }

    /// <summary>
    /// Switches for tests, set through reflection (PowerShell's InternalTestHooks pattern); never set in normal use.
    /// There is no other way to make the core fail on purpose, and the per-item safety net needs a test that fails
    /// without it.
    /// </summary>
    internal static class TestHooks
    {
        /// <summary>When set, a document whose content holds this text throws inside the worker, as a core bug would.</summary>
        internal static string? ThrowWhenContentContains { get; set; }

        /// <summary>When set, the least time between two progress updates (zero: one update per input), for tests that cannot wait.</summary>
        internal static TimeSpan? ProgressInterval { get; set; }
    }
}
