<#
.SYNOPSIS
    Measures NewsTools metadata (title, author, published date) on a data folder with a meta.json truth.

.DESCRIPTION
    Builds and runs the benchmark runner (NewsTools.Bench) over the pages in -DataPath/html, scores its
    <id>.json outputs with score_meta.py (title, author strict/loose, same-day date), then computes the
    "no-author" rate: among the pages whose truth has no author, the share for which the runner reported
    an empty byline (saying "none" when there is none; reporting the site name there counts as wrong).

.EXAMPLE
    ./tests/Benchmarks/Measure-Metadata.ps1 -DataPath /work/shared/bench/wcxb-dev -ScorerPath /work/shared/bench/score_meta.py
#>
[CmdletBinding()]
param(
    # A folder holding html/ (pages, *.html or *.html.gz) and meta.json ({id: {title, author, publish_date}}).
    [Parameter(Mandatory)]
    [string] $DataPath,

    # score_meta.py (Python 3, standard library only).
    [Parameter(Mandatory)]
    [string] $ScorerPath,

    # Where the runner writes its outputs; a temporary folder by default.
    [string] $OutputPath = (Join-Path ([System.IO.Path]::GetTempPath()) ('newstools-meta-' + [guid]::NewGuid().ToString('N'))),

    [switch] $NoBuild
)

$ErrorActionPreference = 'Stop'
$repo = Split-Path (Split-Path $PSScriptRoot -Parent) -Parent
$benchProject = Join-Path $PSScriptRoot 'NewsTools.Bench'
$benchDll = Join-Path $benchProject 'bin/Release/net10.0/NewsTools.Bench.dll'
$metaFile = Join-Path $DataPath 'meta.json'

if (-not $NoBuild) {
    dotnet build $benchProject -c Release --nologo -v quiet | Out-Host
    if ($LASTEXITCODE -ne 0) { throw "Building $benchProject failed." }
}
New-Item -ItemType Directory -Force -Path $OutputPath | Out-Null
dotnet $benchDll --input (Join-Path $DataPath 'html') --out $OutputPath | Out-Host
if ($LASTEXITCODE -ne 0) { throw 'The benchmark runner failed.' }

# Title, author and date accuracy as the shared scorer defines them.
python3 $ScorerPath --meta $metaFile $OutputPath | Out-Host

# No-author rate: pages whose truth author is null or blank, and whose output byline is empty too.
$truth = Get-Content -Raw -LiteralPath $metaFile | ConvertFrom-Json -AsHashtable
$without = 0
$saidNone = 0
foreach ($id in $truth.Keys) {
    $author = $truth[$id]['author']
    if ($null -ne $author -and "$author".Trim().Length -gt 0) { continue }
    $without++
    $prediction = Join-Path $OutputPath "$id.json"
    $byline = if (Test-Path -LiteralPath $prediction) { (Get-Content -Raw -LiteralPath $prediction | ConvertFrom-Json).byline } else { $null }
    if ($null -eq $byline -or "$byline".Trim().Length -eq 0) { $saidNone++ }
}
$rate = if ($without -gt 0) { $saidNone / $without } else { 0 }
'no_author pages={0} said_none={1} rate={2:F3}' -f $without, $saidNone, $rate
