<#
.SYNOPSIS
    Runs every NewsTools test and ends with one plain line "N passed, N failed".
.DESCRIPTION
    1. Restores the test dependencies (Pester 5.7.1, an older AngleSharp) from NuGet.
    2. Builds the module folder with src/build.ps1.
    3. Runs Pester in a child pwsh (-NoProfile) against the built module, so the suite sees exactly
       what a user imports. Benchmark floor tests read ../shared/bench when it exists.
    Exit code: 0 when every test passed, 1 otherwise.
.EXAMPLE
    dotnet tool restore; dotnet pwsh -NoProfile -File tests/Invoke-Tests.ps1
#>
[CmdletBinding()]
param(
    # Run only the test files whose name matches (e.g. 'Module').
    [string] $Filter = '*',
    # Where the benchmark data lives; the quality floors are skipped when it is absent.
    [string] $BenchPath = (Join-Path $PSScriptRoot '../../shared/bench')
)
$ErrorActionPreference = 'Stop'
$root = (Resolve-Path (Join-Path $PSScriptRoot '..')).Path
$sw = [Diagnostics.Stopwatch]::StartNew()

& dotnet restore (Join-Path $root 'tests/tools/TestDependencies.csproj') --nologo -v quiet
if ($LASTEXITCODE -ne 0) { throw "Restoring the test dependencies failed ($LASTEXITCODE)." }
$packages = if ($env:NUGET_PACKAGES) { $env:NUGET_PACKAGES } else { Join-Path ([Environment]::GetFolderPath('UserProfile')) '.nuget/packages' }
$pester = Join-Path $packages 'pester/5.7.1/tools/Pester.psd1'
if (-not (Test-Path $pester)) { throw "Pester was not found at $pester after the restore." }

& (Join-Path $root 'src/build.ps1')
$module = Join-Path $root 'out/NewsTools/NewsTools.psd1'

$env:NEWSTOOLS_MODULE = $module
$env:NEWSTOOLS_PACKAGES = $packages
$env:NEWSTOOLS_BENCH = if (Test-Path $BenchPath) { (Resolve-Path $BenchPath).Path } else { '' }
$results = Join-Path $root 'out/test-results.txt'
$child = @"
`$ErrorActionPreference = 'Stop'
Import-Module '$pester' -RequiredVersion 5.7.1
`$config = New-PesterConfiguration
`$config.Run.Path = @(Get-ChildItem '$root/tests' -Filter '*.Tests.ps1' | Where-Object Name -like '$Filter.Tests.ps1' | ForEach-Object FullName)
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
# A run that died before writing its counts is a failure, never a silent pass.
$counts = @(0, 1, 0)
if ((Test-Path $results) -and ((Get-Content $results -Raw) -match '^(\d+) (\d+) (\d+)')) { $counts = $Matches[1..3] }
Remove-Item $results -ErrorAction SilentlyContinue
Write-Host ("Test run took {0:N0} s" -f $sw.Elapsed.TotalSeconds)
$line = '{0} passed, {1} failed' -f $counts[0], $counts[1]
if ([int]$counts[2] -gt 0) { $line += ', {0} skipped' -f $counts[2] }
Write-Output $line
exit ([int]([int]$counts[1] -gt 0))
