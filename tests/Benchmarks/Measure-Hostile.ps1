<#
.SYNOPSIS
    Times the core on hostile inputs built in memory (issue 15): 1x/10x/100x varied pages, deep nesting, a million
    siblings, huge attributes and lines, whitespace, random bytes, unclosed comments and scripts, bidi, emoji, marks.
.DESCRIPTION
    Builds tests/Benchmarks/NewsTools.Hostile (Release) and runs each case in a fresh process, so the peak working set
    is that case's own. Prints one row per case: the input in MB (UTF-8), the core's time, the process's peak working
    set and its ratio to the input, and the outcome (an article with its word count and strategy, or the failure).
    Nothing is written to disk. The CI-sized versions of these cases are xunit tests (tests/NewsTools.Core.Tests/Hostile).
.PARAMETER Quick
    Smaller sizes (1x/10x of 0.5 MB, 100,000 siblings): about a minute instead of several.
.EXAMPLE
    dotnet pwsh -NoProfile -File tests/Benchmarks/Measure-Hostile.ps1
.EXAMPLE
    dotnet pwsh -NoProfile -File tests/Benchmarks/Measure-Hostile.ps1 -Case varied -Quick
.NOTES
    Runs under the pwsh this repository pins (`dotnet pwsh`, PowerShell 7.6) and may use 7-only features; the module
    it measures also runs on Windows PowerShell 5.1.
#>
[CmdletBinding()]
param(
    # Only the cases whose name matches one of these (varied, nest, tables, siblings, paragraphs, attr, line, linehtml,
    # whitespace, random, comment, script, bidi, emoji, combining).
    [string[]] $Case,
    [switch] $Quick
)
$ErrorActionPreference = 'Stop'
$project = Join-Path $PSScriptRoot 'NewsTools.Hostile/NewsTools.Hostile.csproj'
& dotnet build $project -c Release --nologo -v quiet | Out-Null
if ($LASTEXITCODE -ne 0) { throw "Building the hostile-input runner failed ($LASTEXITCODE)." }
$runner = Join-Path $PSScriptRoot 'NewsTools.Hostile/bin/Release/net10.0/NewsTools.Hostile.dll'
$fixtures = (Resolve-Path (Join-Path $PSScriptRoot '../fixtures')).Path

# Case and size (see NewsTools.Hostile/Program.cs for the unit of each size).
$plan = if ($Quick) {
    @(('varied', 512), ('varied', 5120), ('nest', 100000), ('tables', 10000), ('siblings', 100000), ('attr', 10240),
      ('line', 5120), ('whitespace', 4096), ('random', 1024), ('comment', 5120), ('script', 5120), ('bidi', 1024), ('emoji', 1024), ('combining', 1024))
} else {
    @(('varied', 512), ('varied', 5120), ('varied', 51200), ('nest', 100000), ('nest', 1000000), ('tables', 10000),
      ('siblings', 1000000), ('paragraphs', 100000), ('attr', 10240), ('line', 25600), ('linehtml', 25600), ('whitespace', 16384),
      ('random', 5120), ('comment', 10240), ('script', 10240), ('bidi', 5120), ('emoji', 5120), ('combining', 5120))
}
if ($Case) { $plan = $plan | Where-Object { $_[0] -in $Case } }

$rows = foreach ($p in $plan) {
    $line = & dotnet $runner $fixtures $p[0] $p[1]
    if ($LASTEXITCODE -ne 0) { throw "Case $($p[0]) $($p[1]) failed ($LASTEXITCODE)." }
    $f = $line -split "`t"
    [pscustomobject]@{ Case = $f[0]; Size = [int]$f[1]; InputMB = [double]$f[2]; Ms = [int]$f[3]; PeakMB = [double]$f[4]; PeakPerInput = [double]$f[5]; Outcome = $f[6] }
}
$rows | Format-Table -AutoSize | Out-Host
$rows
