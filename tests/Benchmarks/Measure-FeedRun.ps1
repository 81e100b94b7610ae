<#
.SYNOPSIS
    The run of issue 17: `Get-NewsFeed http://127.0.0.1:PORT/feed.xml | Get-CleanArticle -ThrottleLimit N` on a feed of
    -Count items served by the loopback test server with -LatencyMs per response; time, articles, errors, speed-up.
.DESCRIPTION
    Copies the project's own fixture pages (tests/fixtures/html/*/input.html) into a temporary site folder, writes an
    RSS 2.0 feed linking -Count of them, serves the folder with tests/tools/WebServer.psm1 (latency added to every
    response, the feed included) and runs the pipeline at -ThrottleLimit 1 and at each given limit, checking every run
    gives the same articles in the same order. PowerShell 7 (the dotnet pwsh tool runs it).
.EXAMPLE
    dotnet pwsh -NoProfile -File tests/Benchmarks/Measure-FeedRun.ps1 -Count 50 -LatencyMs 100 -ThrottleLimit 4
#>
[CmdletBinding()]
param(
    [int] $Count = 50,
    [int] $LatencyMs = 100,
    [int[]] $ThrottleLimit = @(4),
    [string] $ModulePath
)
$ErrorActionPreference = 'Stop'
$root = (Resolve-Path (Join-Path $PSScriptRoot '../..')).Path
if (-not $ModulePath) {
    & (Join-Path $root 'src/build.ps1') | Out-Null
    $ModulePath = @(Get-ChildItem (Join-Path $root 'out/NewsTools') -Recurse -Filter NewsTools.psd1)[0].FullName
}
Import-Module $ModulePath -Force
Import-Module (Join-Path $root 'tests/tools/WebServer.psm1') -Force
$site = Join-Path ([IO.Path]::GetTempPath()) "newstools-feedrun-$PID"
$null = New-Item -ItemType Directory -Force $site
$pages = @(Get-ChildItem (Join-Path $root 'tests/fixtures/html') -Recurse -Filter input.html | Sort-Object FullName)
for ($i = 0; $i -lt $Count; $i++) { Copy-Item $pages[$i % $pages.Count].FullName (Join-Path $site "story-$i.html") }
$server = Start-TestWebServer -Root $site -LatencyMs $LatencyMs
try {
    $b = $server.BaseUri
    $items = for ($i = 0; $i -lt $Count; $i++) { "<item><title>Story $i</title><link>${b}story-$i.html</link><pubDate>Tue, 14 May 2024 09:30:00 +0100</pubDate></item>" }
    Set-Content -LiteralPath (Join-Path $site 'feed.xml') -Encoding utf8 -Value "<?xml version='1.0'?><rss version='2.0'><channel><title>Local</title><link>$b</link>$($items -join '')</channel></rss>"
    $null = Get-NewsFeed "${b}feed.xml" -First 2 | Get-CleanArticle -WarningAction SilentlyContinue   # warm-up, not timed
    $shape = $null
    foreach ($limit in @(1) + $ThrottleLimit) {
        $sw = [Diagnostics.Stopwatch]::StartNew()
        $out = @(Get-NewsFeed "${b}feed.xml" | Get-CleanArticle -ThrottleLimit $limit -ErrorAction Continue -WarningAction SilentlyContinue 2>&1)
        $sw.Stop()
        $articles = @($out | Where-Object { $_ -is [NewsTools.Article] })
        $errors = @($out | Where-Object { $_ -is [Management.Automation.ErrorRecord] })
        $now = ($articles | ForEach-Object { $_.Url + '|' + $_.WordCount }) -join "`n"
        if ($null -eq $shape) { $shape = $now; $base = $sw.Elapsed.TotalSeconds }
        'FEEDRUN items={0} -ThrottleLimit {1}: {2:N2} s, {3} articles, {4} errors, speed-up {5:N2}x, same as -ThrottleLimit 1: {6}' -f $Count, $limit, $sw.Elapsed.TotalSeconds, $articles.Count, $errors.Count, ($base / $sw.Elapsed.TotalSeconds), ($now -eq $shape)
    }
}
finally {
    Stop-TestWebServer $server
    Remove-Item $site -Recurse -Force
}
