<#
.SYNOPSIS
    Times Get-CleanArticle -ThrottleLimit N against the serial run on the same files, and checks the output is identical.
.EXAMPLE
    dotnet pwsh -NoProfile -File tests/Benchmarks/Measure-Throttle.ps1 -DataPath ../shared/bench/wcxb-dev/html -Count 400 -LimitList 1,2 -Runs 5
.NOTES
    Runs under the pwsh this repository pins (`dotnet pwsh`, PowerShell 7.6) and may use 7-only features; the module
    it measures also runs on Windows PowerShell 5.1.
#>
param(
    # A folder of pages (.html or .html.gz); nothing is copied from it.
    [Parameter(Mandatory)] [string] $DataPath,
    [int] $Count = 400,
    # Comma-separated -ThrottleLimit values; the first is the baseline (1 = serial).
    [string] $LimitList = '1,2',
    [int] $Runs = 5
)
$ErrorActionPreference = 'Stop'
$Limits = [int[]]($LimitList -split ',')
# The module as src/build.ps1 stages it: out/NewsTools/<version>/.
$version = (Import-PowerShellDataFile (Join-Path $PSScriptRoot '../../NewsTools.psd1')).ModuleVersion
Import-Module (Join-Path $PSScriptRoot "../../out/NewsTools/$version/NewsTools.psd1")
$files = Get-ChildItem $DataPath -File | Where-Object Name -match '\.html?(\.gz)?$' | Select-Object -First $Count
$ProgressPreference = 'SilentlyContinue'
foreach ($t in $Limits) { $null = $files | Get-CleanArticle -ThrottleLimit $t -ErrorAction SilentlyContinue -WarningAction SilentlyContinue }  # warm-up
$times = @{}; $texts = @{}
foreach ($run in 1..$Runs) {
    foreach ($t in $Limits) {
        [GC]::Collect()
        $sw = [Diagnostics.Stopwatch]::StartNew()
        $out = @($files | Get-CleanArticle -ThrottleLimit $t -ErrorAction SilentlyContinue -WarningAction SilentlyContinue)
        $sw.Stop()
        $times[$t] += @($sw.Elapsed.TotalSeconds)
        $texts[$t] = ($out | ForEach-Object { $_ | ConvertTo-Json -Depth 4 -Compress }) -join "`n"
    }
}
$median = { param($t) ($times[$t] | Sort-Object)[[int][math]::Floor($Runs / 2)] }
foreach ($t in $Limits) {
    '-ThrottleLimit {0}: {1} files, median {2:N2} s (runs: {3}); speed-up {4:N2}x over -ThrottleLimit {5}; output identical: {6}' -f $t, $files.Count,
        (& $median $t), (($times[$t] | ForEach-Object { $_.ToString('N2') }) -join ', '), ((& $median $Limits[0]) / (& $median $t)), $Limits[0], ($texts[$t] -ceq $texts[$Limits[0]])
}
