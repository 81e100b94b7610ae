using System;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Threading;
using System.Threading.Tasks;

namespace NewsTools.Web
{
    /// <summary>
    /// Politeness per host (scheme, host and port): at most N requests in flight, and an optional least time between the
    /// starts of two requests. One per fetcher (instance state, never static: two runspaces fetch independently).
    /// </summary>
    internal sealed class HostGates
    {
        private readonly ConcurrentDictionary<string, Gate> _gates = new ConcurrentDictionary<string, Gate>(StringComparer.OrdinalIgnoreCase);
        private readonly int _slots;
        private readonly TimeSpan _delay;
        private readonly Stopwatch _clock = Stopwatch.StartNew();

        public HostGates(int slotsPerHost, TimeSpan delay)
        {
            _slots = Math.Max(1, slotsPerHost);
            _delay = delay < TimeSpan.Zero ? TimeSpan.Zero : delay;
        }

        /// <summary>Waits for a slot on the host of <paramref name="uri"/> (and its delay); dispose the result to give the slot back.</summary>
        public async Task<IDisposable> EnterAsync(Uri uri, CancellationToken cancel)
        {
            Gate gate = _gates.GetOrAdd(uri.Scheme + "://" + uri.Authority, _ => new Gate(_slots));
            await gate.Slots.WaitAsync(cancel).ConfigureAwait(false);
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
                gate.Slots.Release();
                throw;
            }
            return new Lease(gate.Slots);
        }

        private sealed class Gate
        {
            public Gate(int slots) => Slots = new SemaphoreSlim(slots, slots);

            public SemaphoreSlim Slots { get; }

            /// <summary>The earliest start of the next request (the clock's time); guarded by the gate's lock.</summary>
            public TimeSpan NextStart { get; set; }
        }

        private sealed class Lease : IDisposable
        {
            private SemaphoreSlim? _slots;

            public Lease(SemaphoreSlim slots) => _slots = slots;

            public void Dispose() => Interlocked.Exchange(ref _slots, null)?.Release();
        }
    }
}
