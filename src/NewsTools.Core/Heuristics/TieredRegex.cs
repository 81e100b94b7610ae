using System;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;

namespace NewsTools.Heuristics
{
    /// <summary>
    /// A phrase pattern that starts interpreted and is promoted to a compiled regex in the background once it is in
    /// real use, like the runtime's tiered JIT. The heuristics' patterns are long alternations of phrases in many
    /// languages: compiled, each one costs 0.1-1.5 s of JIT on its first match, which made the first article of a
    /// fresh session take seconds; interpreted, a long run is twice as slow. Both forms give the same answers, so the
    /// one-time swap of <see cref="_current"/> is invisible to every caller and safe across runspaces.
    /// </summary>
    internal sealed class TieredRegex
    {
        /// <summary>Uses before the compiled form is built: enough to skip patterns a session hardly needs.</summary>
        private const int PromoteAfterUses = 64;

        /// <summary>Lines the compiled form is first run on, off the caller's thread, so its JIT happens there too.</summary>
        private static readonly string[] WarmUpInputs =
        {
            "By Jane Doe, Staff Writer | Updated 12 March 2024, 10:42 am",
            "Subscribe to our newsletter to keep reading: share this story on Facebook, Twitter and WhatsApp. Related articles",
        };

        private readonly string _pattern;
        private readonly RegexOptions _options;
        private Regex _current;
        private int _uses;

        public TieredRegex(string pattern, RegexOptions options)
        {
            _pattern = pattern;
            _options = options & ~RegexOptions.Compiled;
            _current = new Regex(pattern, _options);
        }

        private Regex Current
        {
            get
            {
                Regex r = Volatile.Read(ref _current);
                if (_uses < PromoteAfterUses && Interlocked.Increment(ref _uses) == PromoteAfterUses)
                {
                    Task.Run(Promote);
                }
                return r;
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

        public bool IsMatch(string input) => Current.IsMatch(input);

        public Match Match(string input) => Current.Match(input);

        public Match Match(string input, int startat) => Current.Match(input, startat);

        public MatchCollection Matches(string input) => Current.Matches(input);

        public string Replace(string input, string replacement) => Current.Replace(input, replacement);

        public string Replace(string input, MatchEvaluator evaluator) => Current.Replace(input, evaluator);

        public string[] Split(string input) => Current.Split(input);

        public override string ToString() => _pattern;
    }
}
