using System;
using System.Diagnostics;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;

namespace NewsTools.Heuristics
{
    /// <summary>
    /// A phrase pattern that starts interpreted and is promoted to a compiled regex in the background once it is in real
    /// use, like the runtime's tiered JIT: used <see cref="PromoteAfterUses"/> times, and long enough that its compiled
    /// form is likely to pay back. The heuristics' patterns are long alternations of phrases in many languages: compiled,
    /// each one costs 0.05-1.4 s of JIT on first use (about 0.1 ms per pattern character), which made the first pages of
    /// a fresh process several times slower than the rest; interpreted, the hot ones make a long run slower. Promoting on
    /// use count alone compiled nearly every pattern within the first pages, the gated and rarely used ones too, whose
    /// JIT never paid back. Both forms give the same answers, so the one-time swap of <see cref="_current"/> is invisible
    /// to every caller and safe across runspaces. Figures: tests/Benchmarks/TUNING.md, "Warm-up".
    /// </summary>
    internal sealed class TieredRegex
    {
        /// <summary>
        /// Interpreted time a pattern must have used, per character of its text, before it is compiled: a tenth of what
        /// compiling costs for most long patterns (0.05-0.13 ms of JIT per pattern character, NewsTools.WarmUp --regexes).
        /// Hot patterns reach it within the first pages; patterns a session hardly runs (gated, rare: a few ms of
        /// interpretation per thousand pages) do not, and their JIT is saved. A tenth, not the whole cost: with the whole,
        /// hot patterns stayed interpreted into the second thousand pages and that pass was slower (TUNING.md, "Warm-up").
        /// </summary>
        internal const double BudgetMillisecondsPerPatternChar = 0.01;

        /// <summary>Uses before the compiled form is built, whatever the time: enough to skip patterns a session hardly needs.</summary>
        internal const int PromoteAfterUses = 64;

        /// <summary>Lines the compiled form is first run on, off the caller's thread, so its JIT happens there too.</summary>
        private static readonly string[] WarmUpInputs =
        {
            "By Jane Doe, Staff Writer | Updated 12 March 2024, 10:42 am",
            "Subscribe to our newsletter to keep reading: share this story on Facebook, Twitter and WhatsApp. Related articles",
        };

        private readonly string _pattern;
        private readonly RegexOptions _options;
        private Regex _current;

        /// <summary>Interpreted time left before promotion, in Stopwatch ticks (at or below zero: spent).</summary>
        private long _budgetTicks;

        private int _uses;

        /// <summary>0 until the promotion starts; from then on no call is timed or counted.</summary>
        private int _promoting;

        /// <summary>A pattern with the default budget (<see cref="BudgetMillisecondsPerPatternChar"/> per pattern character).</summary>
        public TieredRegex(string pattern, RegexOptions options)
            : this(pattern, options, pattern.Length * BudgetMillisecondsPerPatternChar)
        {
        }

        /// <summary>
        /// A pattern promoted once it has been used <see cref="PromoteAfterUses"/> times and its interpreted time reaches
        /// <paramref name="budgetMilliseconds"/>: for a pattern whose compiled form was measured far costlier than its
        /// length says (a tenth of the measured JIT time, as for the default budget).
        /// </summary>
        internal TieredRegex(string pattern, RegexOptions options, double budgetMilliseconds)
        {
            _pattern = pattern;
            _options = options & ~RegexOptions.Compiled;
            _current = new Regex(pattern, _options);
            _budgetTicks = (long)(budgetMilliseconds * Stopwatch.Frequency / 1000);
        }

        /// <summary>Whether the compiled form has been asked for (it is in use shortly after).</summary>
        internal bool PromotionStarted => Volatile.Read(ref _promoting) != 0;

        /// <summary>Whether the compiled form is in use.</summary>
        internal bool IsCompiled => (Volatile.Read(ref _current).Options & RegexOptions.Compiled) != 0;

        /// <summary>The form to run now, and the time the call started when it is to be charged (0: not charged).</summary>
        private Regex Current(out long started)
        {
            started = Volatile.Read(ref _promoting) == 0 ? Stopwatch.GetTimestamp() : 0;
            return Volatile.Read(ref _current);
        }

        /// <summary>Counts a use and charges its interpreted time; the first call that finds both thresholds reached starts the promotion.</summary>
        private void Charge(long started)
        {
            if (started == 0) return;
            long left = Interlocked.Add(ref _budgetTicks, -(Stopwatch.GetTimestamp() - started));
            int uses = Interlocked.Increment(ref _uses);
            if (left <= 0 && uses >= PromoteAfterUses && Interlocked.CompareExchange(ref _promoting, 1, 0) == 0)
            {
                Task.Run(Promote);
            }
        }

        private void Promote()
        {
            try
            {
                var compiled = new Regex(_pattern, _options | RegexOptions.Compiled);
                foreach (string s in WarmUpInputs) compiled.IsMatch(s);
                Volatile.Write(ref _current, compiled);
            }
            catch (Exception)
            {
                // The interpreted form stays: same answers, slower. A failure here (out of memory in the emitter) must
                // not end the session that only wanted it faster.
            }
        }

        /// <summary>As <see cref="Regex.IsMatch(string)"/>.</summary>
        public bool IsMatch(string input)
        {
            Regex r = Current(out long started);
            bool result = r.IsMatch(input);
            Charge(started);
            return result;
        }

        /// <summary>As <see cref="Regex.Match(string)"/> (later <see cref="System.Text.RegularExpressions.Match.NextMatch"/> calls are not charged).</summary>
        public Match Match(string input)
        {
            Regex r = Current(out long started);
            Match result = r.Match(input);
            Charge(started);
            return result;
        }

        /// <summary>As <see cref="Regex.Match(string, int)"/>.</summary>
        public Match Match(string input, int startat)
        {
            Regex r = Current(out long started);
            Match result = r.Match(input, startat);
            Charge(started);
            return result;
        }

        /// <summary>As <see cref="Regex.Match(string, int, int)"/>.</summary>
        public Match Match(string input, int beginning, int length)
        {
            Regex r = Current(out long started);
            Match result = r.Match(input, beginning, length);
            Charge(started);
            return result;
        }

        /// <summary>As <see cref="Regex.Matches(string)"/>; while charged, the collection is filled here so its time counts.</summary>
        public MatchCollection Matches(string input)
        {
            Regex r = Current(out long started);
            MatchCollection result = r.Matches(input);
            if (started != 0)
            {
                _ = result.Count;
                Charge(started);
            }
            return result;
        }

        /// <summary>As <see cref="Regex.Replace(string, string)"/>.</summary>
        public string Replace(string input, string replacement)
        {
            Regex r = Current(out long started);
            string result = r.Replace(input, replacement);
            Charge(started);
            return result;
        }

        /// <summary>As <see cref="Regex.Replace(string, MatchEvaluator)"/> (the evaluator's own time is charged too).</summary>
        public string Replace(string input, MatchEvaluator evaluator)
        {
            Regex r = Current(out long started);
            string result = r.Replace(input, evaluator);
            Charge(started);
            return result;
        }

        /// <summary>As <see cref="Regex.Split(string)"/>.</summary>
        public string[] Split(string input)
        {
            Regex r = Current(out long started);
            string[] result = r.Split(input);
            Charge(started);
            return result;
        }

        /// <summary>The pattern's text.</summary>
        public override string ToString() => _pattern;
    }
}
