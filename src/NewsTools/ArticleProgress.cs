using System;
using System.Diagnostics;
using System.Globalization;
using System.Management.Automation;

namespace NewsTools.Commands
{
    /// <summary>
    /// The command's progress bar, for every way input comes: a list of paths (the total is known: percent and time left)
    /// or the pipeline (the total is unknown: a count and a rate). Model: PowerShell's WebCmdlet StreamHelper (a fixed
    /// activity id, percent only when the total is known, a Completed record at the end).
    /// <para>
    /// Updates are throttled (at most one every 200 ms): a record per document would cost more than a small page takes to
    /// clean, and a host redraws no faster anyway. Each update is a new ProgressRecord, as a host may keep the one it was
    /// given. A run without a known total shows nothing until it has lasted one interval, so one quick call does not flash
    /// a bar.
    /// </para>
    /// </summary>
    internal sealed class ArticleProgress
    {
        /// <summary>One fixed activity id, so nested or repeated calls update one progress bar.</summary>
        private const int ActivityId = 0x4E57; // "NW"

        private const string Activity = "Cleaning articles";

        /// <summary>The least time between two updates.</summary>
        private static readonly TimeSpan DefaultInterval = TimeSpan.FromMilliseconds(200);

        private readonly Action<ProgressRecord> _write;
        private readonly TimeSpan _interval;
        private readonly Stopwatch _clock = Stopwatch.StartNew();
        private TimeSpan _lastWrite;
        private long _total;
        private long _done;
        private bool _shown;

        /// <summary>A progress bar written through <paramref name="write"/> (the cmdlet's WriteProgress).</summary>
        public ArticleProgress(Action<ProgressRecord> write)
        {
            _write = write;
            _interval = TestHooks.ProgressInterval ?? DefaultInterval;
            _lastWrite = TimeSpan.Zero;
        }

        /// <summary>
        /// Adds to the known total: paths given as arguments, resolved before the first is read. A known total shows the
        /// bar from the first item (when there are at least two).
        /// </summary>
        public void AddToTotal(int count)
        {
            if (_total == 0 && _done == 0 && count > 1) _lastWrite = TimeSpan.MinValue;
            _total += count;
        }

        /// <summary>Called before each input (a document or an error for one): maybe writes an update naming it.</summary>
        public void Next(string name)
        {
            TimeSpan now = _clock.Elapsed;
            bool due = _lastWrite == TimeSpan.MinValue || now - _lastWrite >= _interval;
            if (due)
            {
                _lastWrite = now;
                _shown = true;
                _write(Record(name, now));
            }
            _done++;
        }

        /// <summary>Ends the bar (only when one was shown).</summary>
        public void Complete()
        {
            if (!_shown) return;
            _shown = false;
            _write(new ProgressRecord(ActivityId, Activity, "Done") { RecordType = ProgressRecordType.Completed, PercentComplete = 100 });
        }

        private ProgressRecord Record(string name, TimeSpan now)
        {
            double seconds = now.TotalSeconds;
            double rate = seconds > 0 ? _done / seconds : 0;
            string rateText = rate.ToString("0.#", CultureInfo.CurrentCulture) + "/s";
            ProgressRecord record;
            if (_total > _done)
            {
                record = new ProgressRecord(ActivityId, Activity, string.Format(CultureInfo.CurrentCulture, "{0} of {1} ({2})", _done, _total, rateText))
                {
                    PercentComplete = (int)(100L * _done / _total),
                };
                if (rate > 0) record.SecondsRemaining = (int)Math.Ceiling((_total - _done) / rate);
            }
            else
            {
                record = new ProgressRecord(ActivityId, Activity, string.Format(CultureInfo.CurrentCulture, "{0} cleaned ({1})", _done, rateText));
            }
            record.CurrentOperation = name;
            return record;
        }
    }
}
