<#
.SYNOPSIS
    Measures NewsTools's extraction quality and speed on a benchmark data folder.
.DESCRIPTION
    Builds tests/Benchmarks/NewsTools.Bench (a console runner over NewsTools.Core), runs it over
    <DataPath>/<set>/html (or /dump with -Mode Text), writes one <id>.txt and <id>.json per page, and
    scores them with the scorers that live beside the data (score.py, score_segments.py, score_meta.py).
    Prints, per data set: F1 / precision / recall, pages per second and the ratio to the bare AngleSharp
    parse, the snippet rates and metadata accuracy where the set has them, and the worst pages.
    Returns one result object per set (used by tests/Quality.Tests.ps1 for the floors).
    Each page is given its address where the set's meta.json has one (wcxb-dev), as a crawler knows
    the URL of what it fetched; -NoUrl extracts without it.
    Paywall verdicts: when <DataPath>/paywall/labels.json exists, a run in Html mode, or in Text mode with
    -Shape dump, also scores the labelled pages with paywall/score_paywall.py, prints its line and returns
    one more object (Set 'paywall') with P, R, F1, KindRate, FreeRight and, in Text mode, VisibleWallsFound.
    Page types (issue 20): wcxb-dev-types (688 pages of six other kinds, `type` in meta.json) is scored with word-F1,
    with the mean per type (Documentation, Service, Forum, Collection, Listing, Product) and over all its pages (All).
    When wcxb-dev and wcxb-dev-types both ran, the PageType of every page is compared with its truth (wcxb-dev and
    scrapinghub pages are articles): one more object (Set 'pagetype') with Accuracy (the two wcxb sets) and
    AccuracyWithScrapinghub, and the confusion matrix is printed (rows truth, columns predicted).
.EXAMPLE
    dotnet pwsh -NoProfile -File tests/Benchmarks/Invoke-Benchmark.ps1 -DataPath ../shared/bench
.EXAMPLE
    dotnet pwsh -NoProfile -File tests/Benchmarks/Invoke-Benchmark.ps1 -DataPath ../shared/bench -Set scrapinghub -Mode Text
.NOTES
    Runs under the pwsh this repository pins (`dotnet pwsh`, PowerShell 7.6) and may use 7-only features; the module
    it measures also runs on Windows PowerShell 5.1.
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory)]
    [string] $DataPath,
    [ValidateSet('scrapinghub', 'wcxb-dev', 'wcxb-dev-types')]
    [string[]] $Set = @('scrapinghub', 'wcxb-dev', 'wcxb-dev-types'),
    [ValidateSet('Html', 'Text')]
    [string] $Mode = 'Html',
    # Text mode: which scraped shape of the pages to read (dump = one block per line, dump-lynx = hard-wrapped,
    # dump-md = Markdown, dump-soup = BeautifulSoup get_text). Text mode is scored with word-F1 (issue 12).
    [ValidateSet('dump', 'dump-lynx', 'dump-md', 'dump-soup')]
    [string] $Shape = 'dump',
    # Also score the raw input (the dump as it is) with the same metric, to show what cleaning adds.
    [switch] $Raw,
    [string] $OutPath = (Join-Path $PSScriptRoot '../../out/bench'),
    [int] $Worst = 10,
    # Extract without the pages' addresses (by default each page gets its URL from meta.json where the set has one,
    # as a crawler knows the address of what it fetched).
    [switch] $NoUrl,
    [switch] $Quiet
)
$ErrorActionPreference = 'Stop'
$DataPath = (Resolve-Path $DataPath).Path
$project = Join-Path $PSScriptRoot 'NewsTools.Bench/NewsTools.Bench.csproj'
& dotnet build $project -c Release --nologo -v quiet | Out-Null
if ($LASTEXITCODE -ne 0) { throw "Building the benchmark runner failed ($LASTEXITCODE)." }
$runner = Join-Path $PSScriptRoot 'NewsTools.Bench/bin/Release/net10.0/NewsTools.Bench.dll'
$python = (Get-Command python3 -ErrorAction SilentlyContinue) ?? (Get-Command python -ErrorAction Stop)

function Write-Line([string] $s) { if (-not $Quiet) { Write-Host $s } }

# The page as a reader sees it, folded like score_meta.py's norm (entities decoded, NFKC, case-folded, quotes and
# dashes folded, whitespace collapsed): the body's text without scripts and styles in Html mode, the dump in Text mode.
function Get-ShownText([string] $path) {
    $raw = if ($path -like '*.gz') {
        $gz = [IO.Compression.GZipStream]::new([IO.File]::OpenRead($path), [IO.Compression.CompressionMode]::Decompress)
        try { [IO.StreamReader]::new($gz).ReadToEnd() } finally { $gz.Dispose() }
    } else { [IO.File]::ReadAllText($path) }
    if ($path -like '*.html*') {
        $body = $raw.IndexOf('<body', [StringComparison]::OrdinalIgnoreCase)
        if ($body -gt 0) { $raw = $raw.Substring($body) }
        $raw = [regex]::Replace($raw, '(?is)<(script|style|noscript|template)\b.*?</\1\s*>', ' ')
        $raw = [Net.WebUtility]::HtmlDecode([regex]::Replace($raw, '<[^>]*>', ' '))
    }
    ConvertTo-FoldedText $raw
}

function ConvertTo-FoldedText([string] $s) {
    $s = [Net.WebUtility]::HtmlDecode($s).Normalize([Text.NormalizationForm]::FormKC).ToLowerInvariant()
    $s = [regex]::Replace($s, "[\u2018\u2019\u201a\u201b\u2032\u0060\u00b4]", "'")
    $s = [regex]::Replace($s, '[\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb]', '"')
    $s = [regex]::Replace($s, '[\u2010-\u2015\u2212\ufe58\ufe63\uff0d]', '-')
    [regex]::Replace($s, '\s+', ' ').Trim()
}

function Read-Final([string[]] $lines) {
    $final = $lines | Where-Object { $_ -like 'FINAL*' } | Select-Object -Last 1
    $values = @{}
    foreach ($m in [regex]::Matches($final, '(\w+)=([\d.]+)')) { $values[$m.Groups[1].Value] = [double]$m.Groups[2].Value }
    $values
}

# Paywall labels cover pages of both sets; they are scored once, after every set has run.
$paywallLabels = Join-Path $DataPath 'paywall/labels.json'
$scorePaywall = (Test-Path $paywallLabels) -and ($Mode -eq 'Html' -or $Shape -eq 'dump')
$ranSets = [ordered]@{}

foreach ($name in $Set) {
    $root = Join-Path $DataPath $name
    $inputDir = Join-Path $root ($Mode -eq 'Text' ? $Shape : 'html')
    if (-not (Test-Path $inputDir)) { Write-Warning "No ${inputDir}: skipped."; continue }
    $tag = $Mode -eq 'Text' ? $Shape : 'html'
    $out = Join-Path $OutPath "$name-$tag"
    if (Test-Path $out) { Remove-Item $out -Recurse -Force }
    $runnerArgs = @('--input', $inputDir, '--out', $out, '--mode', $Mode.ToLower())
    $metaFile = Join-Path $root 'meta.json'
    if (-not $NoUrl -and (Test-Path $metaFile)) { $runnerArgs += @('--urls', $metaFile) }
    $timing = & dotnet $runner @runnerArgs
    if ($LASTEXITCODE -ne 0) { throw "The runner failed on $name ($LASTEXITCODE)." }
    $ranSets[$name] = $out
    $t = @{}
    foreach ($m in [regex]::Matches(($timing -join ' '), '(\w+)=([\w.\-()]+)')) { $t[$m.Groups[1].Value] = $m.Groups[2].Value }

    # wcxb-dev's published HTML figures use its word-F1 metric, scrapinghub's the shingle metric; text mode is
    # scored with word-F1 on every set (issue 12's targets). The other metric is printed too.
    $metric = ($name -like 'wcxb-dev*' -or $Mode -eq 'Text') ? 'wordf1' : 'shingle'
    $json = Join-Path $OutPath "$name-$tag.score.json"
    $scoreLines = & $python.Source (Join-Path $DataPath 'score.py') --truth (Join-Path $root 'truth') --pred $out --metric $metric --n-bootstrap 200 --json $json --quiet
    $final = Read-Final $scoreLines
    $result = [ordered]@{
        Set = $name; Mode = $Mode; Shape = ($Mode -eq 'Text' ? $Shape : $null); Metric = $metric
        F1 = $final.F1; Precision = $final.P; Recall = $final.R
        Pages = [int]$t.pages; PagesPerSecond = [double]$t.pages_per_second
        MsPerPage = [double]$t.extract_ms_per_page; ParseMsPerPage = [double]$t.parse_ms_per_page
        WithFound = $null; WithoutFound = $null
        Title = $null; TitleShown = $null; AuthorLoose = $null; NoAuthorSaidNone = $null; Date = $null
    }
    if ($Raw) {
        $rawFinal = Read-Final (& $python.Source (Join-Path $DataPath 'score.py') --truth (Join-Path $root 'truth') --pred $inputDir --metric $metric --n-bootstrap 50 --quiet)
        $result.RawF1 = $rawFinal.F1
    }
    if ($name -eq 'wcxb-dev-types') {
        # Word-F1 per page, averaged per type and over every page (WCXB's per-type figures).
        $types = (Get-Content (Join-Path $root 'meta.json') -Raw | ConvertFrom-Json -AsHashtable)
        $byType = @{}
        foreach ($doc in (Get-Content $json -Raw | ConvertFrom-Json).documents) {
            $type = (Get-Culture).TextInfo.ToTitleCase([string]$types[$doc.id].type)
            if (-not $byType.ContainsKey($type)) { $byType[$type] = [Collections.Generic.List[double]]::new() }
            $byType[$type].Add([double]($doc.f1 ?? 0))
        }
        $all = @($byType.Values | ForEach-Object { $_ })
        $result.All = ($all | Measure-Object -Average).Average
        foreach ($type in $byType.Keys | Sort-Object) { $result[$type] = ($byType[$type] | Measure-Object -Average).Average }
    }
    if ($name -eq 'wcxb-dev' -or $Mode -eq 'Text') {
        $other = $metric -eq 'wordf1' ? 'shingle' : 'wordf1'
        $result.OtherMetric = $other
        $result.OtherF1 = (Read-Final (& $python.Source (Join-Path $DataPath 'score.py') --truth (Join-Path $root 'truth') --pred $out --metric $other --n-bootstrap 50 --quiet)).F1
    }

    Write-Line ''
    Write-Line ("== {0} ({1} mode{2}, {3} pages) ==" -f $name, $Mode, ($Mode -eq 'Text' ? " $Shape" : ''), $result.Pages)
    Write-Line ("{0}: F1 {1:N3}  P {2:N3}  R {3:N3}" -f $metric, $result.F1, $result.Precision, $result.Recall)
    if ($result.Contains('RawF1')) { Write-Line ("raw input ({0}): {1} F1 {2:N3}" -f $Shape, $metric, $result.RawF1) }
    if ($result.Contains('OtherF1')) { Write-Line ("{0}: F1 {1:N3}" -f $result.OtherMetric, $result.OtherF1) }
    $parseNote = $Mode -eq 'Html' ? (" (bare AngleSharp parse {0:N2} ms/page, ratio {1:N2})" -f $result.ParseMsPerPage, ($result.MsPerPage / [math]::Max(0.001, $result.ParseMsPerPage))) : ''
    Write-Line ("speed: {0:N1} pages/s, {1:N2} ms/page{2}" -f $result.PagesPerSecond, $result.MsPerPage, $parseNote)
    if ($result.Contains('All')) {
        Write-Line (("word-F1 per type (mean of pages): " + (($result.Keys | Where-Object { $_ -in 'Collection', 'Documentation', 'Forum', 'Listing', 'Product', 'Service' } | ForEach-Object { '{0} {1:N3}' -f $_, $result[$_] }) -join '  ')) + ('  all {0:N3}' -f $result.All))
    }

    $meta = Join-Path $root 'meta.json'
    if ((Test-Path $meta) -and $name -ne 'wcxb-dev-types') {
        $truth = Get-Content $meta -Raw | ConvertFrom-Json -AsHashtable
        # Snippets: with = story that must be found, without = junk that must not.
        $evaldata = @{}
        foreach ($id in $truth.Keys) { $evaldata[$id] = @{ with = @($truth[$id].with); without = @($truth[$id].without) } }
        $evalPath = Join-Path $OutPath "$name.evaldata.json"
        $evaldata | ConvertTo-Json -Depth 4 | Set-Content $evalPath -Encoding utf8NoBOM
        $segJson = Join-Path $OutPath "$name-$tag.segments.json"
        $null = & $python.Source (Join-Path $DataPath 'score_segments.py') --evaldata $evalPath --pred $out --json $segJson
        $seg = Get-Content $segJson -Raw | ConvertFrom-Json
        $result.WithFound = $seg.tp / [math]::Max(1, $seg.tp + $seg.fn)
        $result.WithoutFound = $seg.fp / [math]::Max(1, $seg.fp + $seg.tn)
        Write-Line ("snippets: 'with' found {0:P1} ({1}/{2}); 'without' left in {3:P1} ({4}/{5})" -f $result.WithFound, $seg.tp, ($seg.tp + $seg.fn), $result.WithoutFound, $seg.fp, ($seg.fp + $seg.tn))

        # Metadata in both modes: from the page's markup in Html mode, from the scraped lines in Text mode.
        $metaJson = Join-Path $OutPath "$name-$tag.meta.json"
        $null = & $python.Source (Join-Path $DataPath 'score_meta.py') --meta $meta $out --json $metaJson
        $scores = (Get-Content $metaJson -Raw | ConvertFrom-Json -AsHashtable).Values | Select-Object -First 1
        $result.Title = $scores.title.accuracy
        $result.AuthorLoose = $scores.author_loose.accuracy
        $result.Date = $scores.date.accuracy
        # Pages whose truth has no author: the right answer is no author at all.
        $none = 0; $said = 0
        foreach ($id in $truth.Keys) {
            if ([string]::IsNullOrWhiteSpace([string]$truth[$id].author)) {
                $none++
                $p = Join-Path $out "$id.json"
                if ((Test-Path $p) -and [string]::IsNullOrWhiteSpace([string](Get-Content $p -Raw | ConvertFrom-Json).byline)) { $said++ }
            }
        }
        $result.NoAuthorSaidNone = $none ? $said / $none : $null
        Write-Line ("metadata: title {0:N3}  author (loose) {1:N3}  date {2:N3}  no-author pages left empty {3:N3} ({4}/{5})" -f $result.Title, $result.AuthorLoose, $result.Date, $result.NoAuthorSaidNone, $said, $none)

        # Titles split by whether the truth's wording is shown in the page at all (issue 6 defines the title as
        # "the article's headline as shown on the page"; some truths are an SEO title found only in the metadata).
        $shown = @{}; $hidden = @{}
        foreach ($id in $truth.Keys) {
            $tt = [string]$truth[$id].title
            if ([string]::IsNullOrWhiteSpace($tt)) { continue }
            $page = Get-ChildItem $inputDir -Filter "$id.*" | Select-Object -First 1
            if (-not $page) { continue }
            $entry = @{ title = $tt }
            if ((Get-ShownText $page.FullName).Contains((ConvertTo-FoldedText $tt))) { $shown[$id] = $entry } else { $hidden[$id] = $entry }
        }
        $split = foreach ($part in @(@('shown', $shown), @('hidden', $hidden))) {
            $subset = Join-Path $OutPath "$name-$tag.title-$($part[0]).json"
            $part[1] | ConvertTo-Json -Depth 3 | Set-Content $subset -Encoding utf8NoBOM
            $subsetScore = Join-Path $OutPath "$name-$tag.title-$($part[0]).score.json"
            $null = & $python.Source (Join-Path $DataPath 'score_meta.py') --meta $subset $out --json $subsetScore
            ((Get-Content $subsetScore -Raw | ConvertFrom-Json -AsHashtable).Values | Select-Object -First 1).title
        }
        $result.TitleShown = $split[0].accuracy
        Write-Line ("title where the truth's wording is shown in the page {0:N3} ({1}/{2}); only in the metadata {3:N3} ({4}/{5})" -f $split[0].accuracy, $split[0].correct, $split[0].n, $split[1].accuracy, $split[1].correct, $split[1].n)
    }

    $docs = (Get-Content $json -Raw | ConvertFrom-Json).documents
    Write-Line ("worst {0} pages:" -f $Worst)
    $docs | ForEach-Object {
        $p = [double]($_.precision ?? 0); $r = [double]($_.recall ?? 0)
        [pscustomobject]@{ Id = $_.id; F1 = ($p + $r) ? 2 * $p * $r / ($p + $r) : 0; P = $p; R = $r }
    } | Sort-Object F1 | Select-Object -First $Worst | ForEach-Object {
        Write-Line ("  {0,-20} F1 {1:N3}  P {2:N3}  R {3:N3}" -f ($_.Id.Length -gt 20 ? $_.Id.Substring(0, 20) : $_.Id), $_.F1, $_.P, $_.R)
    }
    [pscustomobject]$result
}

# Page types against the truth: wcxb-dev-types' meta.json `type`; every wcxb-dev and scrapinghub page is an article.
if ($ranSets.Contains('wcxb-dev') -and $ranSets.Contains('wcxb-dev-types')) {
    $kinds = 'Article', 'Forum', 'Listing', 'Collection', 'Product', 'Service', 'Documentation', 'Other'
    $confusion = @{}
    $right = 0; $pages = 0; $rightAll = 0; $pagesAll = 0
    foreach ($name in $ranSets.Keys) {
        $metaFile = Join-Path $DataPath "$name/meta.json"
        $truthTypes = (Test-Path $metaFile) ? (Get-Content $metaFile -Raw | ConvertFrom-Json -AsHashtable) : @{}
        foreach ($file in Get-ChildItem $ranSets[$name] -Filter *.json) {
            $id = $file.BaseName
            $truthType = $truthTypes[$id] -and $truthTypes[$id].type ? (Get-Culture).TextInfo.ToTitleCase([string]$truthTypes[$id].type) : 'Article'
            $predicted = [string](Get-Content $file.FullName -Raw | ConvertFrom-Json).pageType
            if (-not $predicted) { $predicted = 'Article' }
            $confusion["$truthType/$predicted"] = 1 + ($confusion["$truthType/$predicted"] ?? 0)
            $hit = [int]($truthType -eq $predicted)
            $rightAll += $hit; $pagesAll++
            if ($name -ne 'scrapinghub') { $right += $hit; $pages++ }
        }
    }
    $pageTypes = [ordered]@{ Set = 'pagetype'; Mode = $Mode; Shape = ($Mode -eq 'Text' ? $Shape : $null); Accuracy = $right / [math]::Max(1, $pages); Pages = $pages
        AccuracyWithScrapinghub = $ranSets.Contains('scrapinghub') ? $rightAll / [math]::Max(1, $pagesAll) : $null; PagesWithScrapinghub = $pagesAll }
    Write-Line ''
    Write-Line ("== page types ({0} mode{1}) ==" -f $Mode, ($Mode -eq 'Text' ? " $Shape" : ''))
    Write-Line ("accuracy wcxb-dev + wcxb-dev-types {0:N3} ({1}/{2}); with scrapinghub (all articles) {3:N3} ({4}/{5})" -f $pageTypes.Accuracy, $right, $pages, $pageTypes.AccuracyWithScrapinghub, $rightAll, $pagesAll)
    Write-Line ('{0,-14}' -f 'truth\predicted' + (($kinds | ForEach-Object { '{0,8}' -f ($_.Length -gt 7 ? $_.Substring(0, 7) : $_) }) -join ''))
    foreach ($t in $kinds) {
        $row = $kinds | ForEach-Object { $confusion["$t/$_"] ?? 0 }
        if (($row | Measure-Object -Sum).Sum -eq 0) { continue }
        Write-Line ('{0,-14}' -f $t + (($row | ForEach-Object { '{0,8}' -f $_ }) -join ''))
    }
    [pscustomobject]$pageTypes
}

# Paywall verdicts against the hand labels. score_paywall.py reads OUT_ROOT/<set>/<id>.json, while the runner wrote
# <OutPath>/<set>-<tag>/<id>.json: the labelled pages' json files are copied under one root of that layout (copies,
# not symlinks, which Windows grants only with a privilege). A labelled page of a set that did not run counts as
# missing, as the scorer says.
if ($scorePaywall) {
    $tag = $Mode -eq 'Text' ? $Shape : 'html'
    $paywallRoot = Join-Path $OutPath "paywall-$tag"
    if (Test-Path $paywallRoot) { Remove-Item $paywallRoot -Recurse -Force }
    $labels = @(Get-Content $paywallLabels -Raw | ConvertFrom-Json)
    $visible = 0; $visibleFound = 0
    foreach ($label in $labels) {
        if (-not $ranSets.Contains($label.set)) { continue }
        $source = Join-Path $ranSets[$label.set] "$($label.id).json"
        if (-not (Test-Path $source)) { continue }
        $dir = Join-Path $paywallRoot $label.set
        if (-not (Test-Path $dir)) { $null = New-Item -ItemType Directory $dir }
        Copy-Item $source $dir
        # A wall a reader sees in the page (hard, metered, registration): found when the verdict is anything but None.
        if ($label.label -in 'hard', 'metered', 'registration') {
            $visible++
            $verdict = [string](Get-Content $source -Raw | ConvertFrom-Json).paywall
            if ($verdict -and $verdict -ne 'None') { $visibleFound++ }
        }
    }
    $paywallLines = @(& $python.Source (Join-Path $DataPath 'paywall/score_paywall.py') --labels $paywallLabels $paywallRoot)
    if ($LASTEXITCODE -ne 0) { throw "score_paywall.py failed ($LASTEXITCODE)." }
    $line = $paywallLines | Where-Object { $_ -like 'paywall P=*' } | Select-Object -Last 1
    if ($line -notmatch 'P=([\d.]+) R=([\d.]+) F1=([\d.]+) kind=(\d+)/(\d+) free-right=(\d+)/(\d+) missing=(\d+)') {
        throw "score_paywall.py printed no score line: $($paywallLines -join ' / ')"
    }
    $paywall = [ordered]@{
        Set = 'paywall'; Mode = $Mode; Shape = ($Mode -eq 'Text' ? $Shape : $null)
        P = [double]$Matches[1]; R = [double]$Matches[2]; F1 = [double]$Matches[3]
        KindRate = [int]$Matches[5] ? [int]$Matches[4] / [int]$Matches[5] : $null
        FreeRight = [int]$Matches[7] ? [int]$Matches[6] / [int]$Matches[7] : $null
        Missing = [int]$Matches[8]
    }
    Write-Line ''
    Write-Line ("== paywall ({0} mode{1}, {2} labelled pages) ==" -f $Mode, ($Mode -eq 'Text' ? " $Shape" : ''), $labels.Count)
    Write-Line $line
    if ($Mode -eq 'Text') {
        # In text mode only the words are left: a declared-but-free-to-read page has nothing to show, so the figure that
        # matters is whether the walls a reader sees (hard, metered, registration) got a verdict at all.
        $paywall.VisibleWallsFound = $visible ? $visibleFound / $visible : $null
        Write-Line ("visible walls (hard, metered, registration) found: {0:N3} ({1}/{2})" -f $paywall.VisibleWallsFound, $visibleFound, $visible)
    }
    [pscustomobject]$paywall
}
