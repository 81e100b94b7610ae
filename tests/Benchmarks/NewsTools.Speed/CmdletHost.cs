using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Diagnostics;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Runspaces;
using System.Runtime.Loader;

namespace NewsTools.Speed
{
    /// <summary>
    /// PowerShell hosted in this process with the built module imported: Get-CleanArticle is timed as a user calls it.
    /// The runspace runs on the calling thread (UseCurrentThread), so per-thread allocation counters see the cmdlet's work.
    /// </summary>
    internal sealed class CmdletHost : IDisposable
    {
        private readonly Runspace _runspace;
        private readonly PowerShell _ps;

        public CmdletHost(string modulePath)
        {
            // CreateDefault (not CreateDefault2): the built-in cmdlets come from the SDK's assemblies, since a hosting
            // app has no $PSHOME/Modules to auto-load them from.
            InitialSessionState state = InitialSessionState.CreateDefault();
            state.ThreadOptions = PSThreadOptions.UseCurrentThread;
            _runspace = RunspaceFactory.CreateRunspace(state);
            _runspace.Open();
            _ps = PowerShell.Create(_runspace);
            Run(p => p.AddCommand("Import-Module").AddParameter("Name", modulePath).AddParameter("ErrorAction", "Stop"));
        }

        /// <summary>Which load context the cmdlet's NewsTools.Core runs in (Default when it shares this process's copy).</summary>
        public string CoreLoadContext { get; private set; } = "unknown";

        /// <summary>Get-CleanArticle -InputObject $html -InputFormat Html: the one article, or null on an error or no output.</summary>
        public object? CleanOne(string html)
        {
            _ps.Commands.Clear();
            _ps.Streams.ClearStreams();
            _ps.AddCommand("Get-CleanArticle").AddParameter("InputObject", html).AddParameter("InputFormat", "Html");
            Collection<PSObject> output = _ps.Invoke();
            if (_ps.HadErrors || output.Count != 1) return null;
            object article = output[0].BaseObject;
            if (CoreLoadContext == "unknown")
            {
                CoreLoadContext = AssemblyLoadContext.GetLoadContext(article.GetType().Assembly)?.Name ?? "none";
            }
            return article;
        }

        /// <summary>
        /// <c>$pages | Get-CleanArticle -InputFormat Html | ForEach-Object { $counter.Tick() }</c> in one pipeline, so no
        /// result is held. Returns how many articles came out; <paramref name="onEach"/> runs per article (the sampler).
        /// </summary>
        public long CleanPipeline(IEnumerable<string> pages, Action onEach)
        {
            var counter = new Counter(onEach);
            _ps.Commands.Clear();
            _ps.Streams.ClearStreams();
            _ps.AddScript("param($counter) $input | Get-CleanArticle -InputFormat Html | ForEach-Object { $counter.Tick() }")
               .AddParameter("counter", counter);
            _ps.Invoke(pages);
            if (_ps.Streams.Error.Count > 0)
            {
                throw new InvalidOperationException("The pipeline wrote " + _ps.Streams.Error.Count + " error(s); first: " + _ps.Streams.Error[0]);
            }
            return counter.Count;
        }

        /// <summary>Runs one command and throws with PowerShell's own message if it wrote an error.</summary>
        private void Run(Func<PowerShell, PowerShell> build)
        {
            _ps.Commands.Clear();
            _ps.Streams.ClearStreams();
            build(_ps).Invoke();
            if (_ps.HadErrors)
            {
                string errors = string.Join("; ", _ps.Streams.Error.Select(e => e.ToString()));
                throw new InvalidOperationException("PowerShell failed: " + errors);
            }
        }

        public void Dispose()
        {
            _ps.Dispose();
            _runspace.Dispose();
        }

        /// <summary>Handed to the pipeline's ForEach-Object: counts articles and calls back (PowerShell calls Tick by name).</summary>
        public sealed class Counter
        {
            private readonly Action _onEach;

            public Counter(Action onEach) => _onEach = onEach;

            public long Count { get; private set; }

            public void Tick()
            {
                Count++;
                _onEach();
            }
        }
    }

    /// <summary>The fresh-process figure: Import-Module plus the first article in a new <c>dotnet pwsh -NoProfile</c>.</summary>
    internal static class StartupProbe
    {
        /// <summary>ms inside the child from before Import-Module: after the import, after the first article; the same page
        /// again on its own (the warm cost); the whole child process and a bare pwsh start, from outside.</summary>
        public sealed record Result(double ImportMs, double FirstArticleMs, double SecondArticleMs, double ProcessMs, double BarePwshMs, int Words);

        /// <summary>
        /// Starts <c>dotnet pwsh</c> from the repository root (where the local tool manifest pins it) <paramref name="runs"/>
        /// times; inside the child a stopwatch spans Import-Module and one Get-CleanArticle on the page read from
        /// <paramref name="pageFile"/> (read before the stopwatch starts). Also times a bare <c>-Command 1</c> start for scale.
        /// </summary>
        public static List<Result> Measure(string repoRoot, string modulePath, string pageFile, int runs)
        {
            string script =
                "$html = [IO.File]::ReadAllText('" + pageFile.Replace("'", "''") + "'); " +
                "$sw = [Diagnostics.Stopwatch]::StartNew(); " +
                "Import-Module '" + modulePath.Replace("'", "''") + "' -ErrorAction Stop; " +
                "$import = $sw.Elapsed.TotalMilliseconds; " +
                "$a = Get-CleanArticle -InputObject $html; " +
                "$first = $sw.Elapsed.TotalMilliseconds; " +
                "$null = Get-CleanArticle -InputObject $html; " +
                "$second = $sw.Elapsed.TotalMilliseconds - $first; " +
                "'STARTUP import_ms={0:F1} first_ms={1:F1} second_ms={2:F1} words={3}' -f $import, $first, $second, $a.WordCount";
            var results = new List<Result>();
            for (int i = 0; i < runs; i++)
            {
                (string outText, double wall) = RunPwsh(repoRoot, script);
                (_, double bare) = RunPwsh(repoRoot, "1");
                System.Text.RegularExpressions.Match m = System.Text.RegularExpressions.Regex.Match(
                    outText, @"STARTUP import_ms=([\d.]+) first_ms=([\d.]+) second_ms=([\d.]+) words=(\d+)");
                if (!m.Success) throw new InvalidOperationException("The fresh pwsh printed no STARTUP line:\n" + outText);
                results.Add(new Result(Num(m.Groups[1].Value), Num(m.Groups[2].Value), Num(m.Groups[3].Value), wall, bare, int.Parse(m.Groups[4].Value, System.Globalization.CultureInfo.InvariantCulture)));
            }
            return results;
        }

        private static double Num(string s) => double.Parse(s, System.Globalization.CultureInfo.InvariantCulture);

        private static (string Output, double WallMs) RunPwsh(string repoRoot, string command)
        {
            var info = new ProcessStartInfo("dotnet")
            {
                WorkingDirectory = repoRoot,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (string a in new[] { "pwsh", "-NoProfile", "-NonInteractive", "-Command", command }) info.ArgumentList.Add(a);
            var sw = Stopwatch.StartNew();
            using Process p = Process.Start(info) ?? throw new InvalidOperationException("Could not start dotnet pwsh.");
            System.Threading.Tasks.Task<string> err = p.StandardError.ReadToEndAsync();
            string output = p.StandardOutput.ReadToEnd();
            p.WaitForExit();
            double ms = sw.Elapsed.TotalMilliseconds;
            if (p.ExitCode != 0) throw new InvalidOperationException("dotnet pwsh exited with " + p.ExitCode + ":\n" + output + err.Result);
            return (output, ms);
        }
    }
}
