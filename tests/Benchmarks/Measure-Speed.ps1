<#
.SYNOPSIS
    Measures NewsTools's speed and memory: the bare AngleSharp parse, the core (HTML and text mode) and
    Get-CleanArticle, in one process on the same pages.
.DESCRIPTION
    Builds the module (src/build.ps1, Release) and tests/Benchmarks/NewsTools.Speed (Release, the same source),
    then runs NewsTools.Speed, which:
      1. loads the pages of each set (<DataPath>/<set>/html, and dump/ for text mode), decoded once, not timed;
      2. warms up: every page once through every path;
      3. times each page through, in turn: the bare parse, the core in HTML mode, the same through a new extractor
         per page (core-html-cold: an empty name memo, as for a site not seen yet; the warm path has learned every
         page's class names in the warm-up), Get-CleanArticle (PowerShell
         hosted in-process, the built module imported; one invocation per page) and the core in text mode on the
         page's dump; then the whole set through one Get-CleanArticle pipeline;
      4. prints per set and pooled: ms/page (median, p95, mean), MB/s, allocated KB/page, the ratio to the parse
         (both the median of per-page ratios and the ratio of medians), the cmdlet's overhead over the core, the
         peak working set, and the targets of issue 13 with their verdicts;
      5. times Import-Module plus the first article in a fresh `dotnet pwsh -NoProfile` (-StartupRuns times).
    With -Memory N a second process sends N pages (the sets' pages, cycled) through one pipeline whose results are
    dropped, and prints the working set after a full GC every -MemoryEvery pages.
    With -Smoke: 10 pages per set (the project's own fixtures when the data is absent), one pass, one fresh pwsh,
    a 40-page memory run; it checks that every path produced articles and every figure is finite, and exits 1
    otherwise (tests/Speed.Tests.ps1 runs it in CI). No speed is asserted.
    Exit code: that of the benchmark (0 = ran and, with -Smoke, sane).
.EXAMPLE
    dotnet pwsh -NoProfile -File tests/Benchmarks/Measure-Speed.ps1 -DataPath ../shared/bench
    The full speed table on scrapinghub and wcxb-dev (a few minutes on 2 cores).
.EXAMPLE
    dotnet pwsh -NoProfile -File tests/Benchmarks/Measure-Speed.ps1 -DataPath ../shared/bench -Memory 20000
    The speed table, then 20,000 pages through one pipeline with the working set at 0/5k/10k/15k/20k pages.
.EXAMPLE
    dotnet pwsh -NoProfile -File tests/Benchmarks/Measure-Speed.ps1 -DataPath ../shared/bench -Smoke
.NOTES
    Runs under the pwsh this repository pins (`dotnet pwsh`, PowerShell 7.6) and may use 7-only features; the module
    it measures also runs on Windows PowerShell 5.1.
#>
[CmdletBinding()]
param(
    # The benchmark data folder holding the sets (../shared/bench); with -Smoke it may be absent.
    [string] $DataPath = (Join-Path $PSScriptRoot '../../../shared/bench'),
    [ValidateSet('scrapinghub', 'wcxb-dev')]
    [string[]] $Set = @('scrapinghub', 'wcxb-dev'),
    [switch] $Smoke,
    # Pages through one pipeline for the memory run (0 = no memory run); e.g. 20000.
    [ValidateRange(0, [int]::MaxValue)]
    [int] $Memory = 0,
    [ValidateRange(1, [int]::MaxValue)]
    [int] $MemoryEvery = 5000,
    # Timed passes per page (each page's time is the median of its passes).
    [ValidateRange(1, 100)]
    [int] $Repeat = 3,
    # Pages per set (0 = all).
    [ValidateRange(0, [int]::MaxValue)]
    [int] $Limit = 0,
    # Fresh-pwsh runs for the Import-Module + first article figure (0 = skip).
    [ValidateRange(0, 20)]
    [int] $StartupRuns = 3,
    # A module already built (e.g. by tests/Invoke-Tests.ps1); when given, src/build.ps1 is not run.
    [string] $ModulePath,
    # Also write the figures as JSON here.
    [string] $JsonPath
)
$ErrorActionPreference = 'Stop'
$root = (Resolve-Path (Join-Path $PSScriptRoot '../..')).Path

if (-not $ModulePath) {
    & (Join-Path $root 'src/build.ps1') -Configuration Release
    $version = (Import-PowerShellDataFile (Join-Path $root 'NewsTools.psd1')).ModuleVersion
    $ModulePath = Join-Path $root "out/NewsTools/$version/NewsTools.psd1"
}
$ModulePath = (Resolve-Path $ModulePath).Path

$project = Join-Path $PSScriptRoot 'NewsTools.Speed/NewsTools.Speed.csproj'
& dotnet build $project -c Release --nologo -v quiet | Out-Null
if ($LASTEXITCODE -ne 0) { throw "Building the speed benchmark failed ($LASTEXITCODE)." }
$runner = Join-Path $PSScriptRoot 'NewsTools.Speed/bin/Release/net10.0/NewsTools.Speed.dll'

$common = @('--module', $ModulePath, '--root', $root)
if ($DataPath -and (Test-Path $DataPath)) { $common += @('--data', (Resolve-Path $DataPath).Path) }
foreach ($name in $Set) { $common += @('--set', $name) }

$speedArgs = $common + @('--repeat', $Repeat, '--limit', $Limit, '--startup', $StartupRuns)
if ($Smoke) { $speedArgs += '--smoke' }
if ($JsonPath) { $speedArgs += @('--json', $JsonPath) }
# The runner is started from the repository root: the fresh-pwsh probe finds `dotnet pwsh` through the local tool manifest.
Push-Location $root
try {
    & dotnet $runner @speedArgs
    $code = $LASTEXITCODE
    if ($Memory -gt 0 -and -not $Smoke) {
        # Its own process, so the working set it reports is the pipeline's, not the speed run's.
        & dotnet $runner @common --limit $Limit --startup 0 --memory $Memory --memory-every $MemoryEvery
        $code = [math]::Max($code, $LASTEXITCODE)
    }
}
finally {
    Pop-Location
}
exit $code
