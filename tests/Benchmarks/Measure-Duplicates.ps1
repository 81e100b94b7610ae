<#
.SYNOPSIS
    Duplicate-pair precision and recall of Group-NewsDuplicate, and the speed figures of issue 19.

.DESCRIPTION
    Quality: takes -Stories article texts from <DataPath>/wcxb-dev/truth (the stories' true text, with their titles and
    authors from meta.json) and places each into five page templates written here, the way one wire story runs on five
    sites: different navigation, headline wording, byline, related links and footer; one copy with its last paragraph
    cut, one cut by a paywall after its first paragraphs, one with advertisement slots between its paragraphs. It cleans
    every page with Get-CleanArticle, groups them with Group-NewsDuplicate at each -Threshold, and counts pairs: a pair
    is true when both pages carry the same story. Precision = true pairs grouped / pairs grouped; recall = true pairs
    grouped / true pairs. The stories themselves are unrelated pages of many sites, several on the same topics
    (nutrition, finance, sport...), so a false pair is a real confusion.

    Speed: the cost of Fingerprint and ContentHash against cleaning, on the pages of <DataPath>/wcxb-dev/html (each
    article's fingerprint is computed when first read, so the two are timed apart on the same articles); and the time
    and memory of grouping -Synthetic random fingerprints with planted near copies.

.EXAMPLE
    dotnet pwsh -NoProfile -File tests/Benchmarks/Measure-Duplicates.ps1 -DataPath ../shared/bench
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory)]
    [string] $DataPath,
    [int] $Stories = 200,
    [double[]] $Threshold = @(0.85, 0.9, 0.95),
    [int] $Synthetic = 100000,
    [int] $Seed = 19,
    # Which measurements to make.
    [ValidateSet('Pairs', 'Speed', 'Grouping')]
    [string[]] $Part = @('Pairs', 'Speed', 'Grouping')
)
$ErrorActionPreference = 'Stop'
$root = Split-Path -Parent (Split-Path -Parent $PSScriptRoot)
$module = $env:NEWSTOOLS_MODULE ? $env:NEWSTOOLS_MODULE : (Join-Path $root 'out/NewsTools/0.1.0/NewsTools.psd1')
Import-Module $module -Force
$set = Join-Path $DataPath 'wcxb-dev'
$meta = Get-Content -Raw (Join-Path $set 'meta.json') | ConvertFrom-Json -AsHashtable

function Enc([string] $s) { [Net.WebUtility]::HtmlEncode($s) }

if ('Pairs' -in $Part) {
# ---- The stories: true texts of 3+ paragraphs and 150+ words, drawn with a fixed seed. ----
$rng = [Random]::new($Seed)
$candidates = foreach ($id in ($meta.Keys | Sort-Object)) {
    $path = Join-Path $set "truth/$id.txt"
    if (-not (Test-Path $path)) { continue }
    $paras = @((Get-Content -Raw $path) -split '\r?\n' | ForEach-Object Trim | Where-Object { $_.Length -gt 0 })
    $words = ($paras -join ' ' -split '\s+').Count
    if ($paras.Count -ge 3 -and $words -ge 150 -and $meta[$id].title) {
        [pscustomobject]@{ Id = $id; Title = $meta[$id].title; Author = ($meta[$id].author ?? 'Staff'); Paragraphs = $paras }
    }
}
$picked = @($candidates | Sort-Object { $rng.Next() } | Select-Object -First $Stories)

# ---- Five templates of our own: the same story as five sites would run it. ----
function Page-News($s, $paras) {
    "<html><head><title>$(Enc $s.Title) | Harbour Times</title></head><body><header><nav><a href='/'>Home</a> <a href='/news'>News</a> <a href='/sport'>Sport</a> <a href='/business'>Business</a></nav></header>" +
    "<main><article><h1>$(Enc $s.Title)</h1><p class='byline'>By $(Enc $s.Author)</p><time datetime='2025-09-04T08:00:00Z'>4 September 2025</time>" +
    (($paras | ForEach-Object { "<p>$(Enc $_)</p>" }) -join '') +
    "</article><aside><h3>Most read</h3><ul><li><a href='/a'>Storm closes coast road</a></li><li><a href='/b'>School wins award</a></li></ul></aside></main><footer>Copyright 2025 Harbour Times. All rights reserved.</footer></body></html>"
}
function Page-Blog($s, $paras) {
    "<html><head><title>Update: $(Enc $s.Title)</title></head><body><div class='site-header'><ul class='menu'><li><a href='/'>Blog</a></li><li><a href='/about'>About</a></li><li><a href='/contact'>Contact</a></li></ul></div>" +
    "<div class='entry-header'><h1 class='entry-title'>Update: $(Enc $s.Title)</h1><span class='author vcard'>Posted by the editors</span></div><div class='entry-content'>" +
    (($paras | ForEach-Object { "<p>$(Enc $_)</p>" }) -join '') +
    "</div><div class='sharedaddy'><h3>Share this:</h3><a href='#'>Facebook</a> <a href='#'>X</a> <a href='#'>Email</a></div><div class='related-posts'><h3>Related</h3><a href='/r1'>Ten tips for a better autumn</a> <a href='/r2'>What we read this week</a></div>" +
    "<footer class='widgets'><p>Subscribe to our newsletter for weekly updates.</p></footer></body></html>"
}
function Page-Wire($s, $paras) {
    "<html><head><title>$(Enc $s.Title) - Wire Portal</title></head><body><div class='topbar'>Markets | World | Tech | Weather</div><section class='story'><h2>$(Enc $s.Title), report says</h2><div class='meta'>Agency staff</div>" +
    (($paras | ForEach-Object { "<p>$(Enc $_)</p>" }) -join '') +
    "<p class='more'>Read more:</p><ul><li><a href='/x'>Earlier coverage of the story</a></li><li><a href='/y'>Analysis: what comes next</a></li></ul></section><div class='signup'>Get the morning briefing in your inbox. Sign up now.</div></body></html>"
}
function Page-Paywall($s, $paras) {
    "<html><head><title>$(Enc $s.Title)</title></head><body><nav><a href='/'>Front page</a> <a href='/opinion'>Opinion</a></nav><article><h1>$(Enc $s.Title)</h1><p class='byline'>By $(Enc $s.Author) and Staff</p>" +
    (($paras | ForEach-Object { "<p>$(Enc $_)</p>" }) -join '') +
    "<div class='paywall'><h3>Subscribe to continue reading</h3><p>You have reached your limit of free articles this month. Subscribe now for unlimited access.</p><a href='/subscribe'>Subscribe</a></div></article><footer>Terms | Privacy</footer></body></html>"
}
function Page-Portal($s, $paras) {
    $body = for ($i = 0; $i -lt $paras.Count; $i++) {
        "<p>$(Enc $paras[$i])</p>"
        if ($i % 2 -eq 1) { "<div class='ad-slot'>Advertisement</div>" }
    }
    "<html><head><title>$(Enc $s.Title) | Daily Portal</title></head><body><div class='cookie-banner'>We use cookies to improve your experience. Accept all</div><div class='breadcrumb'><a href='/'>Home</a> &gt; <a href='/world'>World</a></div>" +
    "<div id='content'><h1>$(Enc $s.Title)</h1><div class='author'>From our correspondent</div>" + ($body -join '') +
    "<div class='tags'>Tags: news, world, report</div></div><div id='comments'><h3>2 comments</h3><div class='comment'>Great piece, thanks.</div><div class='comment'>I disagree with the second point.</div></div></body></html>"
}

# The paywall copy keeps paragraphs up to about 80 words, what a teaser shows.
function Teaser($paras) {
    $kept = [Collections.Generic.List[string]]::new(); $n = 0
    foreach ($p in $paras) { $kept.Add($p); $n += ($p -split '\s+').Count; if ($n -ge 80) { break } }
    , $kept.ToArray()
}

$pages = [Collections.Generic.List[object]]::new()
foreach ($s in $picked) {
    $p = $s.Paragraphs
    $pages.Add(@{ Story = $s.Id; Copy = 'news';    Html = (Page-News $s $p) })
    $pages.Add(@{ Story = $s.Id; Copy = 'blog';    Html = (Page-Blog $s $p) })
    $pages.Add(@{ Story = $s.Id; Copy = 'wire-cut'; Html = (Page-Wire $s $p[0..($p.Count - 2)]) })
    $pages.Add(@{ Story = $s.Id; Copy = 'paywall'; Html = (Page-Paywall $s (Teaser $p)) })
    $pages.Add(@{ Story = $s.Id; Copy = 'portal';  Html = (Page-Portal $s $p) })
}

$articles = foreach ($page in $pages) {
    $a = Get-CleanArticle -InputObject $page.Html -WarningAction SilentlyContinue
    $a | Add-Member -NotePropertyName BenchStory -NotePropertyValue $page.Story -PassThru | Add-Member -NotePropertyName BenchCopy -NotePropertyValue $page.Copy -PassThru
}
$articles = @($articles)
$truePairs = $picked.Count * 10
"== duplicate pairs: $($picked.Count) stories from wcxb-dev/truth x 5 templated copies = $($articles.Count) pages, $truePairs true pairs =="
foreach ($t in $Threshold) {
    $groups = @($articles | Group-NewsDuplicate -Threshold $t)
    $grouped = 0; $right = 0
    $missedBy = @{}
    foreach ($g in $groups) {
        $m = @($g.Group)
        for ($i = 0; $i -lt $m.Count; $i++) {
            for ($j = $i + 1; $j -lt $m.Count; $j++) {
                $grouped++
                if ($m[$i].BenchStory -eq $m[$j].BenchStory) { $right++ }
            }
        }
    }
    # Which copies were left out of their story's group (the largest group holding the story).
    foreach ($story in ($articles | Group-Object BenchStory)) {
        $biggest = $groups | Where-Object { $_.Group.BenchStory -contains $story.Name } | Sort-Object { @($_.Group | Where-Object BenchStory -eq $story.Name).Count } -Descending | Select-Object -First 1
        foreach ($a in $story.Group) { if ($biggest.Group -notcontains $a) { $missedBy[$a.BenchCopy] = 1 + ($missedBy[$a.BenchCopy] ?? 0) } }
    }
    $p = $grouped ? $right / $grouped : 1
    $r = $right / $truePairs
    $missed = ($missedBy.GetEnumerator() | Sort-Object Name | ForEach-Object { "$($_.Name) $($_.Value)" }) -join ', '
    '-Threshold {0:N2}: pairs grouped {1}, right {2}; precision {3:N3} recall {4:N3} F1 {5:N3}; groups {6}; copies outside their story''s group: {7}' -f $t, $grouped, $right, $p, $r, ((2 * $p * $r) / [math]::Max(1e-9, $p + $r)), $groups.Count, ($missed ? $missed : 'none')
}

}

if ('Speed' -in $Part) {
# ---- Speed: fingerprinting against cleaning, on real pages. ----
$files = @(Get-ChildItem (Join-Path $set 'html') -Filter *.gz | Sort-Object Name)
$docs = foreach ($f in $files) {
    $gz = [IO.Compression.GZipStream]::new([IO.File]::OpenRead($f.FullName), [IO.Compression.CompressionMode]::Decompress)
    $reader = [IO.StreamReader]::new($gz)
    try { $reader.ReadToEnd() } finally { $reader.Dispose() }
}
$docs = @($docs)
$null = $docs[0..19] | ForEach-Object { Get-CleanArticle -InputObject $_ -WarningAction SilentlyContinue } | ForEach-Object { $_.Fingerprint; $_.ContentHash }
$sw = [Diagnostics.Stopwatch]::StartNew()
$clean = @($docs | Get-CleanArticle -WarningAction SilentlyContinue -ErrorAction SilentlyContinue)
$cleanMs = $sw.Elapsed.TotalMilliseconds
$sw.Restart()
foreach ($a in $clean) { $null = $a.Fingerprint; $null = $a.ContentHash }
$printMs = $sw.Elapsed.TotalMilliseconds
"== speed: wcxb-dev/html, $($clean.Count) pages =="
'cleaning {0:N0} ms ({1:N2} ms/page); Fingerprint + ContentHash {2:N0} ms ({3:N3} ms/page) = {4:N1} % of cleaning' -f $cleanMs, ($cleanMs / $clean.Count), $printMs, ($printMs / $clean.Count), (100 * $printMs / $cleanMs)

}

if ('Grouping' -in $Part) {
# ---- Speed: grouping synthetic fingerprints (random, with 1 planted near copy in 100). ----
$sw = [Diagnostics.Stopwatch]::new()
$rand = [Random]::new($Seed)
$buffer = [byte[]]::new(8)
$list = [Collections.Generic.List[NewsTools.Article]]::new($Synthetic)
$planted = [int]($Synthetic / 100)
for ($i = 0; $i -lt $Synthetic - $planted; $i++) {
    $rand.NextBytes($buffer)
    $a = [NewsTools.Article]::new(); $a.WordCount = 100; $a.Source = "a$i"; $a.ContentHash = "h$i"
    $a.Fingerprint = [BitConverter]::ToUInt64($buffer, 0).ToString('x16')
    $list.Add($a)
}
for ($k = 0; $k -lt $planted; $k++) {
    $src = $list[$k * 97]
    $print = [Convert]::ToUInt64($src.Fingerprint, 16)
    foreach ($bit in 5, 21, 38, 52, 63) { $print = $print -bxor ([uint64]1 -shl $bit) }
    $a = [NewsTools.Article]::new(); $a.WordCount = 100; $a.Source = "copy$k"; $a.ContentHash = "c$k"; $a.Fingerprint = $print.ToString('x16')
    $list.Add($a)
}
$array = $list.ToArray()
[GC]::Collect()
$before = [Diagnostics.Process]::GetCurrentProcess().WorkingSet64
$sw.Restart()
$dupes = @(Group-NewsDuplicate -InputObject $array -DuplicatesOnly)
$groupS = $sw.Elapsed.TotalSeconds
$sw.Restart()
$unique = 0
Group-NewsDuplicate -InputObject $array -Unique | ForEach-Object { $unique++ }
$uniqueS = $sw.Elapsed.TotalSeconds
$peak = [Diagnostics.Process]::GetCurrentProcess().PeakWorkingSet64
"== speed: grouping $($array.Count) synthetic fingerprints ($planted planted copies at similarity 0.92) =="
'groups {0:N2} s: {1} duplicate groups found (of {2} planted); -Unique {3:N2} s: {4} kept; working set before {5:N0} MB, peak {6:N0} MB' -f $groupS, $dupes.Count, $planted, $uniqueS, $unique, ($before / 1MB), ($peak / 1MB)
}
