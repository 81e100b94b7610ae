using System;
using System.Globalization;
using System.IO;
using System.Text;
using Xunit;
using Xunit.Abstractions;

namespace NewsTools.Core.Tests.Hostile
{
    /// <summary>
    /// Issue 15: the seeded mutation fuzzer (<see cref="MutationFuzzer"/>) over tests/fixtures, zero unhandled exceptions.
    /// CI runs 20,000 inputs (about a minute). Long mode: set NEWSTOOLS_FUZZ_COUNT (e.g. 1000000) and, for another
    /// stream of inputs, NEWSTOOLS_FUZZ_SEED; a failing input is written under NEWSTOOLS_FUZZ_OUT (default: the temp
    /// folder) and its seed and index are in the message, so it can be made a regression test.
    /// <code>NEWSTOOLS_FUZZ_COUNT=1000000 NEWSTOOLS_FUZZ_SEED=7 dotnet test tests/NewsTools.Core.Tests -c Release --filter FuzzTests</code>
    /// </summary>
    public class FuzzTests
    {
        private const int CiCount = 20_000;
        private const int CiSeed = 15;
        private readonly ITestOutputHelper _output;

        public FuzzTests(ITestOutputHelper output) => _output = output;

        private static int FromEnvironment(string name, int fallback)
            => int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out int v) ? v : fallback;

        [Fact]
        public void MutatedFixturesNeverThrow()
        {
            int count = FromEnvironment("NEWSTOOLS_FUZZ_COUNT", CiCount);
            int seed = FromEnvironment("NEWSTOOLS_FUZZ_SEED", CiSeed);
            var fuzzer = new MutationFuzzer(HostilePages.FixtureDocuments(), seed);
            var failures = fuzzer.Run(count, (i, input, options) => new ArticleExtractor(options).Extract(new ArticleInput(input, "fuzz-" + i, i % 3 == 0 ? "https://example.com/a/b.html" : null)));
            _output.WriteLine(count + " inputs, seed " + seed + ", slowest #" + fuzzer.Slowest.Index + " in " + fuzzer.Slowest.Time.TotalMilliseconds.ToString("F0", CultureInfo.InvariantCulture) + " ms, " + failures.Count + " failures");

            var message = new StringBuilder();
            string folder = Environment.GetEnvironmentVariable("NEWSTOOLS_FUZZ_OUT") ?? Path.GetTempPath();
            foreach (var f in failures)
            {
                string file = Path.Combine(folder, "newstools-fuzz-" + seed + "-" + f.Index + ".txt");
                File.WriteAllText(file, f.Input);
                message.AppendLine("seed " + seed + " input #" + f.Index + " (" + file + "): " + f.Error);
            }
            Assert.True(failures.Count == 0, message.ToString());
            Assert.True(fuzzer.Slowest.Time.TotalSeconds < 10, "the slowest input took " + fuzzer.Slowest.Time);
        }
    }
}
