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
    /// Runs the core on one document at a time, on a worker thread the pipeline thread waits for, so that the pipeline
    /// thread can give up on it: when -TimeoutSec passes or Ctrl+C comes, the wait ends and the run goes on at once.
    /// <para>
    /// Why a worker and not a cancellation token: the core's stages (parse, clean, locate) do not check a token, and
    /// a token checked between stages would not bound a parse that itself takes minutes. The cost of abandoning: the
    /// abandoned worker runs on to the end of that one document (CPU and memory are given back only then) and its
    /// result is dropped. Each worker is a dedicated background thread, not a pool thread, so abandoned ones never
    /// delay the next document's start (pool threads are added slowly) and never keep pwsh from exiting; it has a
    /// 16 MB stack (reserved, committed only as used) so input whose depth drives a recursion has more room than on
    /// the pipeline thread. Starting a thread costs about 0.1 ms per document.
    /// </para>
    /// </summary>
    internal sealed class ExtractionRunner : IDisposable
    {
        private const int WorkerStackSize = 16 * 1024 * 1024;

        private readonly ExtractionOptions _options;
        private readonly ExtractionMemo _memo;
        private readonly TimeSpan _timeout;
        private readonly CancellationTokenSource _stop = new CancellationTokenSource();

        /// <summary>A runner; <paramref name="timeout"/> of zero or less waits without end.</summary>
        public ExtractionRunner(ExtractionOptions options, ExtractionMemo memo, TimeSpan timeout)
        {
            _options = options;
            _memo = memo;
            _timeout = timeout;
        }

        /// <summary>Ends the current wait (and every later one) at once: the Ctrl+C path.</summary>
        public void Stop() => _stop.Cancel();

        /// <summary>Cleans one document, or gives up on it when the timeout passes or <see cref="Stop"/> is called.</summary>
        public RunOutcome Run(ArticleInput input)
        {
            if (_stop.IsCancellationRequested) return new RunOutcome(RunEnd.Stopped, null, null, Array.Empty<string>());

            // Each document logs into its own queue: the core calls Log on the worker, where WriteVerbose is not allowed,
            // and an abandoned worker that logs on must not write into the next document's lines.
            var log = new ConcurrentQueue<string>();
            ExtractionOptions options = _options.Clone();
            options.Log = log.Enqueue;
            var extractor = new ArticleExtractor(options, _memo);

            var job = new Job(extractor, input, TestHooks.ThrowWhenContentContains);
            var worker = new Thread(job.Execute, WorkerStackSize)
            {
                IsBackground = true,
                Name = "NewsTools extraction",
                CurrentCulture = CultureInfo.CurrentCulture,
                CurrentUICulture = CultureInfo.CurrentUICulture,
            };
            worker.Start();

            bool finished;
            try
            {
                finished = job.Done.Wait(_timeout > TimeSpan.Zero ? _timeout : Timeout.InfiniteTimeSpan, _stop.Token);
            }
            catch (OperationCanceledException)
            {
                return new RunOutcome(RunEnd.Stopped, null, null, log.ToArray());
            }
            if (!finished) return new RunOutcome(RunEnd.TimedOut, null, null, log.ToArray());
            job.Done.Dispose();
            return job.Error != null
                ? new RunOutcome(RunEnd.Threw, null, job.Error, log.ToArray())
                : new RunOutcome(RunEnd.Completed, job.Result, null, log.ToArray());
        }

        public void Dispose() => _stop.Dispose();

        /// <summary>One document's work and what came of it; the worker writes, the pipeline thread reads after Done.</summary>
        private sealed class Job
        {
            private readonly ArticleExtractor _extractor;
            private readonly ArticleInput _input;
            private readonly string? _faultMarker;

            public Job(ArticleExtractor extractor, ArticleInput input, string? faultMarker)
            {
                _extractor = extractor;
                _input = input;
                _faultMarker = faultMarker;
            }

            public ManualResetEventSlim Done { get; } = new ManualResetEventSlim();

            public ExtractionResult? Result { get; private set; }

            public Exception? Error { get; private set; }

            public void Execute()
            {
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
    }
}
