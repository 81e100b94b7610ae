using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Threading;

namespace NewsTools.Commands
{
    /// <summary>
    /// -ThrottleLimit: reads and cleans documents on N worker threads while the pipeline thread writes the results in
    /// input order (errors and warnings too, each where its input stood).
    /// <para>
    /// The pipeline thread submits items in order; a worker takes the next one, reads its file (when the item is a
    /// deferred read) and cleans it. The pipeline thread writes the head of the order queue as soon as it is done, and
    /// waits for it only when the queue is full (a window of a few items per thread bounds the memory held) or at the end.
    /// -TimeoutSec counts from the moment a worker starts a document: one that runs over is given up (an
    /// ExtractionTimeout error in its place) and its thread is replaced, so the others go on at full strength. Ctrl+C
    /// ends every wait at once, as on the serial path (ExtractionRunner's stop token).
    /// </para>
    /// <para>
    /// Downloads (-Uri, piped URLs) are deferred reads too: a worker downloads the page, then cleans it, so N workers keep
    /// N downloads in flight (the fetcher's host gate still allows only a few per host).
    /// </para>
    /// <para>
    /// -Unordered: each item is written as soon as it is done, wherever it stands; the window still bounds what is held.
    /// </para>
    /// </summary>
    internal sealed class ParallelCleaner : IDisposable
    {
        /// <summary>Items waiting or running per thread: enough to keep every thread busy while the head is written.</summary>
        private const int WindowPerThread = 4;

        /// <summary>How often a wait for a not-yet-started item looks again (its timeout runs only once it starts).</summary>
        private static readonly TimeSpan NotStartedPoll = TimeSpan.FromMilliseconds(50);

        private readonly ExtractionRunner _runner;
        private readonly Func<ArticleInput, ArticleInput> _withAddress;
        private readonly int _threads;
        private readonly BlockingCollection<Work> _work = new BlockingCollection<Work>();
        private readonly Queue<Work> _order = new Queue<Work>();
        private readonly CultureInfo _culture = CultureInfo.CurrentCulture;
        private readonly CultureInfo _uiCulture = CultureInfo.CurrentUICulture;
        private int _liveWorkers;
        /// <summary>-Unordered: items are written as they finish, not in input order.</summary>
        private readonly bool _unordered;
        /// <summary>Set by a worker when it finishes an item: what an unordered wait waits for.</summary>
        private readonly ManualResetEventSlim _anyDone = new ManualResetEventSlim();

        /// <summary>
        /// A cleaner with <paramref name="threads"/> workers; <paramref name="withAddress"/> gives an input its -BaseUri;
        /// <paramref name="unordered"/> writes items as they finish (-Unordered) instead of in input order.
        /// </summary>
        public ParallelCleaner(ExtractionRunner runner, int threads, Func<ArticleInput, ArticleInput> withAddress, bool unordered = false)
        {
            _runner = runner;
            _threads = threads;
            _withAddress = withAddress;
            _unordered = unordered;
            for (int i = 0; i < threads; i++) StartWorker();
        }

        /// <summary>One item in input order: something already known (a warning, an error) or a document to read and clean.</summary>
        internal sealed class Work
        {
            public Work(CollectedItem item)
            {
                Item = item;
                Submitted = item;
            }

            /// <summary>What was submitted, never changed: what the pipeline thread reads of an item it gave up on.</summary>
            public CollectedItem Submitted { get; }

            /// <summary>What was submitted; after a deferred read, what the read gave.</summary>
            public CollectedItem Item { get; set; }

            /// <summary>The input the core got (with -BaseUri), for the messages.</summary>
            public InputDocument? Document { get; set; }

            public RunOutcome? Outcome { get; set; }

            /// <summary>Set by the pipeline thread when it gave up on the item (its worker may still write the fields above).</summary>
            public RunOutcome? GivenUp { get; set; }

            public ConcurrentQueue<string>? Log;

            /// <summary>Stopwatch timestamp when a worker started it; 0 before.</summary>
            public long Started;

            public ManualResetEventSlim Done { get; } = new ManualResetEventSlim();

            /// <summary>Whether a worker has anything to do for it.</summary>
            public bool NeedsWorker => Item.Read != null || Item.Document != null;
        }

        /// <summary>Submits one item; returns the items now ready to be written, in order (waits when the window is full).</summary>
        public void Submit(CollectedItem item, List<Work> ready)
        {
            var work = new Work(item);
            _order.Enqueue(work);
            if (work.NeedsWorker) _work.Add(work);
            else work.Done.Set();
            TakeReady(ready, wait: _order.Count > _threads * WindowPerThread);
        }

        /// <summary>
        /// The end of the pipeline: waits for the next item still running and returns it with those ready after it, in
        /// order; false once none is left (or on Ctrl+C). Called in a loop, so each article is written as soon as it is
        /// done, not when the last one is (a slow download at the end must not hold back the ones before it).
        /// </summary>
        public bool DrainNext(List<Work> ready)
        {
            if (_order.Count == 0 || _runner.StopToken.IsCancellationRequested) return false;
            TakeReady(ready, wait: true);
            return true;
        }

        private void TakeReady(List<Work> ready, bool wait)
        {
            if (_unordered)
            {
                TakeAnyReady(ready, wait);
                return;
            }
            while (_order.Count > 0)
            {
                Work head = _order.Peek();
                if (!head.Done.IsSet)
                {
                    if (!wait) return;
                    RunEnd? end = WaitFor(head);
                    if (end == RunEnd.Stopped) return;
                    if (end == RunEnd.TimedOut)
                    {
                        // Given up: its thread runs on to the end of that document; another takes its place.
                        head.GivenUp = ExtractionRunner.GivenUp(RunEnd.TimedOut, null);
                        StartWorker();
                    }
                    wait = false;
                }
                ready.Add(_order.Dequeue());
            }
        }

        /// <summary>
        /// -Unordered: takes every finished item (and every one over -TimeoutSec, given up), whatever its place; when
        /// <paramref name="wait"/> is set and none is, waits until one is.
        /// </summary>
        private void TakeAnyReady(List<Work> ready, bool wait)
        {
            TimeSpan timeout = _runner.TimeoutPerDocument;
            while (_order.Count > 0)
            {
                _anyDone.Reset();
                int before = ready.Count;
                for (int i = _order.Count; i > 0; i--)
                {
                    Work work = _order.Dequeue();
                    long started = Interlocked.Read(ref work.Started);
                    if (work.Done.IsSet)
                    {
                        ready.Add(work);
                    }
                    else if (timeout > TimeSpan.Zero && started != 0 &&
                        TimeSpan.FromSeconds((Stopwatch.GetTimestamp() - started) / (double)Stopwatch.Frequency) >= timeout)
                    {
                        work.GivenUp = ExtractionRunner.GivenUp(RunEnd.TimedOut, null);
                        StartWorker();
                        ready.Add(work);
                    }
                    else
                    {
                        _order.Enqueue(work);
                    }
                }
                if (ready.Count > before || !wait || _order.Count == 0) return;
                try
                {
                    _anyDone.Wait(NotStartedPoll, _runner.StopToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }

        /// <summary>Waits for one item: null when it finished, else how the wait ended.</summary>
        private RunEnd? WaitFor(Work work)
        {
            TimeSpan timeout = _runner.TimeoutPerDocument;
            try
            {
                while (true)
                {
                    long started = Interlocked.Read(ref work.Started);
                    if (timeout <= TimeSpan.Zero)
                    {
                        work.Done.Wait(_runner.StopToken);
                        return null;
                    }
                    if (started == 0)
                    {
                        if (work.Done.Wait(NotStartedPoll, _runner.StopToken)) return null;
                        continue;
                    }
                    TimeSpan left = timeout - TimeSpan.FromSeconds((Stopwatch.GetTimestamp() - started) / (double)Stopwatch.Frequency);
                    if (left <= TimeSpan.Zero) return work.Done.IsSet ? (RunEnd?)null : RunEnd.TimedOut;
                    if (work.Done.Wait(left, _runner.StopToken)) return null;
                }
            }
            catch (OperationCanceledException)
            {
                return RunEnd.Stopped;
            }
        }

        private void StartWorker()
        {
            Interlocked.Increment(ref _liveWorkers);
            new Thread(WorkLoop) { IsBackground = true, Name = "NewsTools extraction (parallel)" }.Start();
        }

        private void WorkLoop()
        {
            CultureInfo.CurrentCulture = _culture;
            CultureInfo.CurrentUICulture = _uiCulture;
            try
            {
                foreach (Work work in _work.GetConsumingEnumerable())
                {
                    Execute(work);
                    // A thread that was given up on and replaced leaves once its document is done.
                    if (Volatile.Read(ref _liveWorkers) > _threads)
                    {
                        if (Interlocked.Decrement(ref _liveWorkers) >= _threads) return;
                        Interlocked.Increment(ref _liveWorkers);
                    }
                }
            }
            catch (ObjectDisposedException)
            {
                // The command ended (Ctrl+C) while this thread waited for work.
            }
        }

        private void Execute(Work work)
        {
            // -TimeoutSec bounds the cleaning, and a file's read with it; a download has its own request timeout and
            // retries, so its clock starts once the page is there (until then the pipeline thread waits as for an item
            // not yet started).
            bool download = work.Item.IsDownload;
            if (!download) Interlocked.Exchange(ref work.Started, Stopwatch.GetTimestamp());
            try
            {
                if (_runner.StopToken.IsCancellationRequested) return;
                if (work.Item.Read != null) work.Item = work.Item.Read();
                if (download) Interlocked.Exchange(ref work.Started, Stopwatch.GetTimestamp());
                InputDocument? doc = work.Item.Document;
                if (doc is null) return;
                work.Document = doc;
                ArticleExtractor extractor = _runner.ExtractorFor(out work.Log);
                ExtractionResult? result = null;
                Exception? error = null;
                try
                {
                    result = ExtractionRunner.ExtractHere(extractor, _withAddress(doc.Input));
                }
                catch (Exception e)
                {
                    // Everything, on purpose: an exception left on a worker thread ends the process; the pipeline thread
                    // turns it into one ErrorRecord for this document.
                    error = e;
                }
                work.Outcome = ExtractionRunner.Finished(result, error, work.Log);
            }
            catch (Exception e)
            {
                // A failed read outside FileDocumentReader's own handling: an error for this item, not the process.
                work.Outcome = ExtractionRunner.Finished(null, e, work.Log);
            }
            finally
            {
                work.Done.Set();
                _anyDone.Set();
            }
        }

        /// <summary>No more work: idle workers leave.</summary>
        public void Dispose()
        {
            _work.CompleteAdding();
        }
    }
}
