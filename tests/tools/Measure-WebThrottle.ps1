<#
.SYNOPSIS
    Times Get-CleanArticle -Uri over N pages served by the loopback test server with a latency per response, at
    -ThrottleLimit 1 and at the given limits, and checks every run gives the same articles in the same order.
.DESCRIPTION
    Serves the project's own fixture pages (tests/fixtures/html/*/input.html, pages the team wrote) from the loopback
    server (tests/tools/WebServer.psm1) with -LatencyMs added to every response. With -Hosts 2, two servers are started
    and the pages alternate between them: the per-host limit (2 requests in flight) then allows 4 at once.
.EXAMPLE
    dotnet pwsh -NoProfile -File tests/tools/Measure-WebThrottle.ps1 -Count 50 -LatencyMs 100 -ThrottleLimit 4
#>
[CmdletBinding()]
param(
    [int] $Count = 50,
    [int] $LatencyMs = 100,
    [int[]] $ThrottleLimit = @(4),
    [ValidateRange(1, 4)]
    [int] $Hosts = 1,
    [string] $Module = $(if ($env:NEWSTOOLS_MODULE) { $env:NEWSTOOLS_MODULE } else { Join-Path $PSScriptRoot '../../out/NewsTools/NewsTools.psd1' })
)
$ErrorActionPreference = 'Stop'
Import-Module $Module -Force
Import-Module (Join-Path $PSScriptRoot 'WebServer.psm1') -Force
$root = Join-Path $PSScriptRoot '../fixtures/html'
$pages = @(Get-ChildItem $root -Recurse -Filter input.html | Sort-Object FullName | ForEach-Object { $_.FullName.Substring((Resolve-Path $root).Path.Length + 1) -replace '\\', '/' })
$servers = @(1..$Hosts | ForEach-Object { Start-TestWebServer -Root $root -LatencyMs $LatencyMs })
try {
    $urls = @(for ($i = 0; $i -lt $Count; $i++) { $servers[$i % $Hosts].BaseUri + $pages[$i % $pages.Count] + "?n=$i" })
    $shape = { param($o) if ($o -is [Management.Automation.ErrorRecord]) { 'E:' + $o.FullyQualifiedErrorId } else { 'A:' + $o.Title + '|' + $o.WordCount } }
    # Warm up (JIT, first connection) on a few pages, not timed.
    $null = Get-CleanArticle -Uri $urls[0..2] -ThrottleLimit 1 -WarningAction SilentlyContinue
    $results = foreach ($limit in @(1) + $ThrottleLimit) {
        $sw = [Diagnostics.Stopwatch]::StartNew()
        $out = @(Get-CleanArticle -Uri $urls -ThrottleLimit $limit -ErrorAction Continue -WarningAction SilentlyContinue 2>&1)
        $sw.Stop()
        [pscustomobject]@{
            ThrottleLimit = $limit
            Seconds       = [Math]::Round($sw.Elapsed.TotalSeconds, 2)
            Articles      = @($out | Where-Object { $_ -isnot [Management.Automation.ErrorRecord] }).Count
            Errors        = @($out | Where-Object { $_ -is [Management.Automation.ErrorRecord] }).Count
            Shape         = ($out | ForEach-Object { & $shape $_ }) -join "`n"
        }
    }
    $serial = $results[0]
    $results | ForEach-Object {
        [pscustomobject]@{
            Pages         = $Count
            Hosts         = $Hosts
            LatencyMs     = $LatencyMs
            ThrottleLimit = $_.ThrottleLimit
            Seconds       = $_.Seconds
            Articles      = $_.Articles
            Errors        = $_.Errors
            SpeedUp       = [Math]::Round($serial.Seconds / $_.Seconds, 2)
            SameAsSerial  = $_.Shape -ceq $serial.Shape
        }
    } | Format-Table -AutoSize | Out-String | Write-Output
}
finally {
    $servers | Stop-TestWebServer
}
