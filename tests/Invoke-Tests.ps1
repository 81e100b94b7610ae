<#
.SYNOPSIS
    Runs every NewsTools test and ends with one plain line "N passed, N failed".
.DESCRIPTION
    1. Restores the test dependencies (Pester 5.7.1, an older AngleSharp) from NuGet.
    2. Builds the module with src/build.ps1 (staged as out/NewsTools/<version>/).
    3. Runs Pester in a child pwsh (-NoProfile) against the built module, so the suite sees exactly
       what a user imports. Benchmark floor tests read ../shared/bench when it exists.
    4. Runs the core's xunit tests (tests/NewsTools.Core.Tests) with dotnet test, reading the counts
       from its trx file. A failed build or a crashed run counts as a failure.
    The last line adds up both runs. Exit code: 0 when every test passed, 1 otherwise.
.NOTES
    Runs under the pwsh the repository pins (`dotnet pwsh`, PowerShell 7.6), and so do the tests; the module they
    test also targets Windows PowerShell 5.1.
.EXAMPLE
    dotnet tool restore; dotnet pwsh -NoProfile -File tests/Invoke-Tests.ps1
#>
[CmdletBinding()]
param(
    # Run only the test files whose name matches (e.g. 'Module'); the xunit suite of the core is named 'Core'.
    [string] $Filter = '*',
    # Where the benchmark data lives; the quality floors are skipped when it is absent.
    [string] $BenchPath = (Join-Path $PSScriptRoot '../../shared/bench')
)
$ErrorActionPreference = 'Stop'
$root = (Resolve-Path (Join-Path $PSScriptRoot '..')).Path
$sw = [Diagnostics.Stopwatch]::StartNew()

$pesterFiles = @(Get-ChildItem (Join-Path $root 'tests') -Filter '*.Tests.ps1' | Where-Object Name -like "$Filter.Tests.ps1" | ForEach-Object FullName)
$runCore = 'Core' -like $Filter
if ($pesterFiles.Count -eq 0 -and -not $runCore) { throw "No test file matches -Filter '$Filter'." }

# Pester: passed, failed, skipped. A run that died before writing its counts is a failure, never a silent pass.
$pesterCounts = @(0, 0, 0)
if ($pesterFiles.Count -gt 0) {
    & dotnet restore (Join-Path $root 'tests/tools/TestDependencies.csproj') --nologo -v quiet
    if ($LASTEXITCODE -ne 0) { throw "Restoring the test dependencies failed ($LASTEXITCODE)." }
    $packages = if ($env:NUGET_PACKAGES) { $env:NUGET_PACKAGES } else { Join-Path ([Environment]::GetFolderPath('UserProfile')) '.nuget/packages' }
    $pester = Join-Path $packages 'pester/5.7.1/tools/Pester.psd1'
    if (-not (Test-Path $pester)) { throw "Pester was not found at $pester after the restore." }

    & (Join-Path $root 'src/build.ps1')
    # The build stages the module as out/NewsTools/<version>/ (the layout Import-Module by name expects).
    $version = (Import-PowerShellDataFile (Join-Path $root 'NewsTools.psd1')).ModuleVersion
    $module = Join-Path $root "out/NewsTools/$version/NewsTools.psd1"
    if (-not (Test-Path $module)) { throw "The build did not stage $module." }

    $env:NEWSTOOLS_MODULE = $module
    $env:NEWSTOOLS_PACKAGES = $packages
    $env:NEWSTOOLS_BENCH = if (Test-Path $BenchPath) { (Resolve-Path $BenchPath).Path } else { '' }
    $results = Join-Path $root 'out/test-results.txt'
    $paths = ($pesterFiles | ForEach-Object { "'" + ($_ -replace "'", "''") + "'" }) -join ', '
    $child = @"
`$ErrorActionPreference = 'Stop'
Import-Module '$pester' -RequiredVersion 5.7.1
`$config = New-PesterConfiguration
`$config.Run.Path = @($paths)
`$config.Run.PassThru = `$true
`$config.Output.Verbosity = 'Normal'
`$r = Invoke-Pester -Configuration `$config
'{0} {1} {2}' -f `$r.PassedCount, (`$r.FailedCount + `$r.FailedBlocksCount + `$r.FailedContainersCount), `$r.SkippedCount | Set-Content '$results'
"@
    # The child is the same pwsh this script runs in (the dotnet local tool), started through dotnet.
    Push-Location $root
    try {
        & dotnet pwsh -NoProfile -NonInteractive -Command $child
    }
    finally {
        Pop-Location
    }
    $pesterCounts = @(0, 1, 0)
    if ((Test-Path $results) -and ((Get-Content $results -Raw) -match '^(\d+) (\d+) (\d+)')) { $pesterCounts = $Matches[1..3] }
    Remove-Item $results -ErrorAction SilentlyContinue
}

# xunit: the core's unit tests, counted from the trx file. No trx, an aborted run or a non-zero exit with no
# failed test in the file (a build error, a crashed test host) counts as one failure.
$coreCounts = @(0, 0, 0)
if ($runCore) {
    $trxDir = Join-Path $root 'out/core-tests'
    if (Test-Path $trxDir) { Remove-Item $trxDir -Recurse -Force }
    & dotnet test (Join-Path $root 'tests/NewsTools.Core.Tests/NewsTools.Core.Tests.csproj') -c Release --nologo `
        --logger 'trx;LogFileName=core.trx' --logger 'console;verbosity=minimal' --results-directory $trxDir
    $exit = $LASTEXITCODE
    $coreCounts = @(0, 1, 0)
    $trx = Join-Path $trxDir 'core.trx'
    if (Test-Path $trx) {
        $counters = ([xml](Get-Content $trx -Raw)).TestRun.ResultSummary.Counters
        if ($counters) {
            $failed = [int]$counters.failed + [int]$counters.error + [int]$counters.timeout + [int]$counters.aborted
            if ($exit -ne 0 -and $failed -eq 0) { $failed = 1 }
            $coreCounts = @([int]$counters.passed, $failed, ([int]$counters.total - [int]$counters.executed))
        }
    }
    if ($exit -ne 0) { Write-Host "dotnet test exited with code $exit." }
}

$counts = @(0..2 | ForEach-Object { [int]$pesterCounts[$_] + [int]$coreCounts[$_] })
Write-Host ("Pester: {0} passed, {1} failed, {2} skipped; core (xunit): {3} passed, {4} failed, {5} skipped" -f ($pesterCounts + $coreCounts))
Write-Host ("Test run took {0:N0} s" -f $sw.Elapsed.TotalSeconds)
# Skipped tests are counted above; the last line is exactly "N passed, N failed".
if ($counts[2] -gt 0) { Write-Host ('{0} skipped' -f $counts[2]) }
Write-Output ('{0} passed, {1} failed' -f $counts[0], $counts[1])
exit ([int]($counts[1] -gt 0))
