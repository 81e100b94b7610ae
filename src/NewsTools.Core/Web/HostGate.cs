using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.Threading;
using System.Threading.Tasks;

namespace NewsTools.Web
{
    /// <summary>
    /// Politeness per host (scheme, host and port): at most N requests in flight, and an optional least time between the
    /// starts of two requests. One per fetcher (instance state, never static: two runspaces fetch independently).
    /// <para>
    /// Slots go to the waiting request with the lowest order number, not to whichever thread asked first: with more
    /// workers than slots, the page the output waits for (the earliest in input order) must not queue behind later ones
    /// that raced it to the gate.
    /// </para>
    /// </summary>
    internal sealed class HostGates
    {
        private readonly ConcurrentDictionary<string, Gate> _gates = new ConcurrentDictionary<string, Gate>(StringComparer.OrdinalIgnoreCase);
        private readonly int _slots;
        private readonly TimeSpan _delay;
        private readonly Stopwatch _clock = Stopwatch.StartNew();
        private long _arrivals;

        public HostGates(int slotsPerHost, TimeSpan delay)
        {
            _slots = Math.Max(1, slotsPerHost);
            _delay = delay < TimeSpan.Zero ? TimeSpan.Zero : delay;
        }

        /// <summary>
        /// Waits for a slot on the host of <paramref name="uri"/> (and its delay); dispose the result to give the slot back.
        /// Among waiters, the lowest <paramref name="order"/> goes first (ties: first come).
        /// </summary>
        public async Task<IDisposable> EnterAsync(Uri uri, long order, CancellationToken cancel)
        {
            Gate gate = _gates.GetOrAdd(uri.Scheme + "://" + uri.Authority, _ => new Gate(_slots));
            await gate.WaitAsync(order, Interlocked.Increment(ref _arrivals), cancel).ConfigureAwait(false);
            var lease = new Lease(gate);
            try
            {
                if (_delay > TimeSpan.Zero)
                {
                    TimeSpan wait;
                    lock (gate)
                    {
                        TimeSpan now = _clock.Elapsed;
                        TimeSpan start = gate.NextStart > now ? gate.NextStart : now;
                        gate.NextStart = start + _delay;
                        wait = start - now;
                    }
                    if (wait > TimeSpan.Zero) await Task.Delay(wait, cancel).ConfigureAwait(false);
                }
            }
            catch
            {
                lease.Dispose();
                throw;
            }
            return lease;
        }

        /// <summary>The slots of one host and the requests waiting for one, by (order, arrival).</summary>
        private sealed class Gate
        {
            private readonly SortedDictionary<(long Order, long Arrival), TaskCompletionSource<bool>> _waiting =
                new SortedDictionary<(long Order, long Arrival), TaskCompletionSource<bool>>();
            private int _free;

            public Gate(int slots) => _free = slots;

            /// <summary>The earliest start of the next request (the clock's time); guarded by the gate's lock.</summary>
            public TimeSpan NextStart { get; set; }

            public Task WaitAsync(long order, long arrival, CancellationToken cancel)
            {
                cancel.ThrowIfCancellationRequested();
                var key = (order, arrival);
                var waiter = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
                lock (this)
                {
                    if (_free > 0)
                    {
                        _free--;
                        return Task.CompletedTask;
                    }
                    _waiting.Add(key, waiter);
                }
                if (cancel.CanBeCanceled)
                {
                    CancellationTokenRegistration registration = cancel.Register(() =>
                    {
                        // Removed under the lock: either the slot was handed over first (the waiter owns it and gives it
                        // back through its lease) or the waiter leaves the queue, never both.
                        bool removed;
                        lock (this) removed = _waiting.Remove(key);
                        if (removed) waiter.TrySetCanceled(cancel);
                    });
                    waiter.Task.ContinueWith(_ => registration.Dispose(), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
                }
                return waiter.Task;
            }

            /// <summary>Hands the slot to the first waiter, or frees it.</summary>
            public void Release()
            {
                TaskCompletionSource<bool>? next = null;
                lock (this)
                {
                    if (_waiting.Count > 0)
                    {
                        using SortedDictionary<(long, long), TaskCompletionSource<bool>>.Enumerator first = _waiting.GetEnumerator();
                        first.MoveNext();
                        next = first.Current.Value;
                        _waiting.Remove(first.Current.Key);
                    }
                    else
                    {
                        _free++;
                    }
                }
                next?.TrySetResult(true);
            }
        }

        private sealed class Lease : IDisposable
        {
            private Gate? _gate;

            public Lease(Gate gate) => _gate = gate;

            public void Dispose() => Interlocked.Exchange(ref _gate, null)?.Release();
        }
    }
}
