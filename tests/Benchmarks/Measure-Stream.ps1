<#
.SYNOPSIS
    Throughput of the stream mode (Invoke-NewsToolsStream.ps1, JSON Lines in and out) against the in-process core, and
    of -Shard: n processes on the same inputs against one (issue 18).
.DESCRIPTION
    Writes the benchmark's HTML pages (<DataPath>/scrapinghub/html and wcxb-dev/html, -Copies times) as one JSON Lines
    file in -WorkPath, then:
      1. pipes it through one `pwsh -File Invoke-NewsToolsStream.ps1` (start-up included) and reports pages/s;
      2. runs -Shards processes at once, each with -Shard i/n on the same file, and reports the wall time, the speed-up
         over the single process, and whether the shards' records together equal the single run's (by recordId).
    PowerShell 7 (the dotnet pwsh tool runs it); the pages are read from -DataPath and never copied into the project.
.EXAMPLE
    dotnet pwsh -NoProfile -File tests/Benchmarks/Measure-Stream.ps1 -DataPath ../shared/bench -Shards 4
#>
[CmdletBinding()]
param(
    [string] $DataPath = (Join-Path $PSScriptRoot '../../../shared/bench'),
    [ValidateRange(1, 100)]
    [int] $Copies = 2,
    [ValidateRange(1, 64)]
    [int] $Shards = 4,
    [string] $WorkPath = (Join-Path ([IO.Path]::GetTempPath()) "newstools-stream-$PID"),
    [string] $ModulePath
)
$ErrorActionPreference = 'Stop'
$root = (Resolve-Path (Join-Path $PSScriptRoot '../..')).Path
if (-not $ModulePath) {
    & (Join-Path $root 'src/build.ps1') | Out-Null
    $ModulePath = @(Get-ChildItem (Join-Path $root 'out/NewsTools') -Recurse -Filter NewsTools.psd1)[0].FullName
}
$stream = Join-Path (Split-Path $ModulePath) 'Invoke-NewsToolsStream.ps1'
$null = New-Item -ItemType Directory -Force $WorkPath
$in = Join-Path $WorkPath 'pages.jsonl'
$writer = [IO.StreamWriter]::new($in, $false, [Text.UTF8Encoding]::new($false))
$n = 0
try {
    for ($c = 0; $c -lt $Copies; $c++) {
        foreach ($set in 'scrapinghub', 'wcxb-dev') {
            foreach ($f in Get-ChildItem (Join-Path $DataPath "$set/html") -File | Sort-Object Name) {
                $bytes = [IO.File]::ReadAllBytes($f.FullName)
                if ($bytes[0] -eq 0x1F -and $bytes[1] -eq 0x8B) {
                    $gz = [IO.Compression.GZipStream]::new([IO.MemoryStream]::new($bytes), [IO.Compression.CompressionMode]::Decompress)
                    $ms = [IO.MemoryStream]::new(); $gz.CopyTo($ms); $bytes = $ms.ToArray()
                }
                $html = [Text.Encoding]::UTF8.GetString($bytes)
                $writer.WriteLine((@{ id = "$set/$($f.Name)/$c"; html = $html } | ConvertTo-Json -Compress))
                $n++
            }
        }
    }
} finally { $writer.Dispose() }
Write-Host ("{0:N0} pages, {1:N0} MB of JSON Lines" -f $n, ((Get-Item $in).Length / 1MB))

$pwsh = (Get-Process -Id $PID).Path
$pre = if ($pwsh -match 'dotnet(\.exe)?$') { @('pwsh') } else { @() }
function Start-Stream([string] $Out, [string] $Shard) {
    $a = @($pre) + @('-NoProfile', '-File', $stream, '-Fields', 'recordId,title,wordCount')
    if ($Shard) { $a += @('-Shard', $Shard) }
    Start-Process -FilePath $pwsh -ArgumentList $a -RedirectStandardInput $in -RedirectStandardOutput $Out -RedirectStandardError "$Out.err" -PassThru -NoNewWindow
}
$sw = [Diagnostics.Stopwatch]::StartNew()
$p = Start-Stream (Join-Path $WorkPath 'single.jsonl') $null
$p.WaitForExit()
$single = $sw.Elapsed.TotalSeconds
$singleIds = @(Get-Content (Join-Path $WorkPath 'single.jsonl') | ForEach-Object { ($_ | ConvertFrom-Json).recordId })
'STREAM one process: {0:N0} records in {1:N1} s = {2:N1} pages/s (pwsh start-up included)' -f $singleIds.Count, $single, ($singleIds.Count / $single)

$sw.Restart()
$procs = 0..($Shards - 1) | ForEach-Object { Start-Stream (Join-Path $WorkPath "shard-$_.jsonl") "$_/$Shards" }
$procs | ForEach-Object { $_.WaitForExit() }
$sharded = $sw.Elapsed.TotalSeconds
$shardIds = @(0..($Shards - 1) | ForEach-Object { Get-Content (Join-Path $WorkPath "shard-$_.jsonl") | ForEach-Object { ($_ | ConvertFrom-Json).recordId } })
$same = (Compare-Object ($singleIds | Sort-Object) ($shardIds | Sort-Object)) -eq $null
'SHARD {0} processes on {1} cores: {2:N0} records in {3:N1} s, speed-up {4:N2}x over one process; union equals the single run: {5}' -f $Shards, [Environment]::ProcessorCount, $shardIds.Count, $sharded, ($single / $sharded), $same
Remove-Item $WorkPath -Recurse -Force
