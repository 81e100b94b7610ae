<#
.SYNOPSIS
    Streams a large WARC.gz through Get-CleanArticle and reports pages/s and the peak working set (issue 18).
.DESCRIPTION
    Writes a WARC.gz of -SizeMB (compressed) by cycling the benchmark's HTML pages (<DataPath>/<set>/html) into response
    records, one gzip member per record as Common Crawl writes them, with a request record before each response, then
    cleans it in a fresh pwsh: `Get-CleanArticle -LiteralPath crawl.warc.gz` counted by ForEach-Object, nothing kept.
    Prints the pages, the seconds, pages/s on one core and the process's peak working set. The file is deleted unless
    -Keep. PowerShell 7 (the dotnet pwsh tool runs it); the data is read from -DataPath and never copied into the project.
.EXAMPLE
    dotnet pwsh -NoProfile -File tests/Benchmarks/Measure-Warc.ps1 -DataPath ../shared/bench -SizeMB 2048
#>
[CmdletBinding()]
param(
    [string] $DataPath = (Join-Path $PSScriptRoot '../../../shared/bench'),
    [ValidateRange(1, 100000)]
    [int] $SizeMB = 2048,
    [string] $WorkPath = [IO.Path]::GetTempPath(),
    [string] $ModulePath,
    [switch] $Keep
)
$ErrorActionPreference = 'Stop'
$root = (Resolve-Path (Join-Path $PSScriptRoot '../..')).Path
if (-not $ModulePath) {
    & (Join-Path $root 'src/build.ps1') | Out-Null
    $ModulePath = @(Get-ChildItem (Join-Path $root 'out/NewsTools') -Recurse -Filter NewsTools.psd1 | Sort-Object FullName -Descending)[0].FullName
}

$ModulePath = (Resolve-Path $ModulePath).Path
$pages = foreach ($set in 'scrapinghub', 'wcxb-dev') {
    Get-ChildItem (Join-Path $DataPath "$set/html") -File | ForEach-Object {
        $bytes = [IO.File]::ReadAllBytes($_.FullName)
        if ($bytes.Length -ge 2 -and $bytes[0] -eq 0x1F -and $bytes[1] -eq 0x8B) {
            $in = [IO.Compression.GZipStream]::new([IO.MemoryStream]::new($bytes), [IO.Compression.CompressionMode]::Decompress)
            $ms = [IO.MemoryStream]::new(); $in.CopyTo($ms); $bytes = $ms.ToArray()
        }
        , $bytes
    }
}
Write-Host ("{0} source pages" -f $pages.Count)

# Byte arrays are joined by stream writes: PowerShell's "+" on byte[] boxes every byte.
function Get-Record([string] $Type, [string] $Uri, [byte[][]] $Parts, [string] $ContentType, [int] $Id) {
    $length = 0; foreach ($p in $Parts) { $length += $p.Length }
    $head = [Text.Encoding]::ASCII.GetBytes("WARC/1.1`r`nWARC-Type: $Type`r`nWARC-Target-URI: $Uri`r`nWARC-Date: 2024-05-17T06:30:00Z`r`n" +
        "WARC-Record-ID: <urn:uuid:00000000-0000-4000-8000-$('{0:D12}' -f $Id)>`r`nContent-Type: $ContentType`r`nContent-Length: $length`r`n`r`n")
    $ms = [IO.MemoryStream]::new()
    $gz = [IO.Compression.GZipStream]::new($ms, [IO.Compression.CompressionLevel]::Fastest)
    $gz.Write($head, 0, $head.Length)
    foreach ($p in $Parts) { $gz.Write($p, 0, $p.Length) }
    $gz.Write([byte[]](13, 10, 13, 10), 0, 4)
    $gz.Dispose()
    , $ms.ToArray()
}

$warc = Join-Path $WorkPath ('newstools-bench-{0}.warc.gz' -f $PID)
$sw = [Diagnostics.Stopwatch]::StartNew()
$file = [IO.File]::Create($warc)
$written = 0; $n = 0
$httpHead = [Text.Encoding]::ASCII.GetBytes("HTTP/1.1 200 OK`r`nContent-Type: text/html; charset=utf-8`r`n`r`n")
try {
    while ($file.Length -lt $SizeMB * 1MB) {
        $body = $pages[$n % $pages.Count]
        $uri = "https://bench.example/page-$n"
        $req = Get-Record request $uri @(, [Text.Encoding]::ASCII.GetBytes("GET /page-$n HTTP/1.1`r`n`r`n")) 'application/http; msgtype=request' (2 * $n)
        $resp = Get-Record response $uri @($httpHead, $body) 'application/http; msgtype=response' (2 * $n + 1)
        $file.Write($req, 0, $req.Length); $file.Write($resp, 0, $resp.Length)
        $n++
    }
} finally { $file.Dispose() }
Write-Host ("Wrote {0}: {1:N0} responses, {2:N0} MB compressed, in {3:N0} s" -f $warc, $n, ((Get-Item $warc).Length / 1MB), $sw.Elapsed.TotalSeconds)

$pwsh = (Get-Process -Id $PID).Path
$child = @"
Import-Module '$ModulePath' -ErrorAction Stop
`$sw = [Diagnostics.Stopwatch]::StartNew()
`$count = 0
Get-CleanArticle -LiteralPath '$warc' -ErrorAction SilentlyContinue | ForEach-Object { `$count++ }
`$s = `$sw.Elapsed.TotalSeconds
`$p = [Diagnostics.Process]::GetCurrentProcess()
'WARC pages={0} seconds={1:F1} pages_per_second={2:F1} peak_working_set_mb={3:F0} cpu_seconds={4:F1}' -f `$count, `$s, (`$count / `$s), (`$p.PeakWorkingSet64 / 1MB), `$p.TotalProcessorTime.TotalSeconds
"@
$argsList = if ($pwsh -match 'dotnet(\.exe)?$') { @('pwsh', '-NoProfile', '-Command', $child) } else { @('-NoProfile', '-Command', $child) }
& $pwsh @argsList
if (-not $Keep) { Remove-Item $warc -Force }
