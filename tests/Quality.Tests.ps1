# Quality floors on the benchmark data in ../shared/bench (skipped, with a message, where it is absent).
# The floors live in tests/Benchmarks/floors.json; the benchmark is tests/Benchmarks/Invoke-Benchmark.ps1.
# Html floors are per set; Text floors per scraped-text shape, then per set. Paywall floors (the verdicts against
# ../shared/bench/paywall/labels.json) are per mode, then per shape in Text mode; the benchmark returns them as Set 'paywall'.
# PageType floors (issue 20: the type of each page of wcxb-dev and wcxb-dev-types, and with scrapinghub) are Html only,
# returned as Set 'pagetype'; wcxb-dev-types' per-type word-F1 floors are ordinary Html fields of that set.
BeforeDiscovery {
    $floors = Get-Content (Join-Path $PSScriptRoot 'Benchmarks/floors.json') -Raw | ConvertFrom-Json -AsHashtable
    $script:Checks = @(
        foreach ($set in $floors.Html.Keys | Sort-Object) {
            foreach ($field in $floors.Html[$set].Keys | Sort-Object) {
                @{ Mode = 'Html'; Shape = 'html'; Set = $set; Field = $field; Floor = [double]$floors.Html[$set][$field] }
            }
        }
        foreach ($shape in $floors.Text.Keys | Sort-Object) {
            foreach ($set in $floors.Text[$shape].Keys | Sort-Object) {
                foreach ($field in $floors.Text[$shape][$set].Keys | Sort-Object) {
                    @{ Mode = 'Text'; Shape = $shape; Set = $set; Field = $field; Floor = [double]$floors.Text[$shape][$set][$field] }
                }
            }
        }
        if ($floors.PageType) {
            foreach ($field in $floors.PageType.Html.Keys | Sort-Object) {
                @{ Mode = 'Html'; Shape = 'html'; Set = 'pagetype'; Field = $field; Floor = [double]$floors.PageType.Html[$field] }
            }
        }
        if ($floors.Paywall) {
            foreach ($field in $floors.Paywall.Html.Keys | Sort-Object) {
                @{ Mode = 'Html'; Shape = 'html'; Set = 'paywall'; Field = $field; Floor = [double]$floors.Paywall.Html[$field] }
            }
            foreach ($shape in $floors.Paywall.Text.Keys | Sort-Object) {
                foreach ($field in $floors.Paywall.Text[$shape].Keys | Sort-Object) {
                    @{ Mode = 'Text'; Shape = $shape; Set = 'paywall'; Field = $field; Floor = [double]$floors.Paywall.Text[$shape][$field] }
                }
            }
        }
    )
}

BeforeAll {
    $script:Bench = $env:NEWSTOOLS_BENCH
    $script:Results = @{}
    if ($Bench -and (Test-Path $Bench)) {
        $floors = Get-Content (Join-Path $PSScriptRoot 'Benchmarks/floors.json') -Raw | ConvertFrom-Json -AsHashtable
        $textShapes = @($floors.Text.Keys) + @(if ($floors.Paywall -and $floors.Paywall.Text) { $floors.Paywall.Text.Keys }) | Sort-Object -Unique
        $runs = @(@{ Mode = 'Html'; Shape = 'html' }) + @($textShapes | ForEach-Object { @{ Mode = 'Text'; Shape = $_ } })
        foreach ($run in $runs) {
            $shapeArg = $run.Mode -eq 'Text' ? @{ Shape = $run.Shape } : @{}
            foreach ($r in & (Join-Path $PSScriptRoot 'Benchmarks/Invoke-Benchmark.ps1') -DataPath $Bench -Mode $run.Mode @shapeArg -Quiet) {
                $Results["$($run.Mode)/$($run.Shape)/$($r.Set)"] = $r
                if ($r.Set -eq 'pagetype') {
                    Write-Host ('{0,-4} {1,-9} {2,-12} accuracy {3:N3} ({4} pages), with scrapinghub {5:N3}' -f $run.Mode, $run.Shape, $r.Set, $r.Accuracy, $r.Pages, $r.AccuracyWithScrapinghub)
                    continue
                }
                if ($r.Set -eq 'paywall') {
                    Write-Host ('{0,-4} {1,-9} {2,-12} P {3:N3} R {4:N3} F1 {5:N3} kind {6:N3} free-right {7:N3}{8}' -f $run.Mode, $run.Shape, $r.Set, $r.P, $r.R, $r.F1, $r.KindRate, $r.FreeRight, ($r.PSObject.Properties['VisibleWallsFound'] ? (' visible walls {0:N3}' -f $r.VisibleWallsFound) : ''))
                    continue
                }
                Write-Host ('{0,-4} {1,-9} {2,-12} F1 {3:N3} P {4:N3} R {5:N3} {6:N0} pages/s  title {7} author {8} date {9}' -f $run.Mode, $run.Shape, $r.Set, $r.F1, $r.Precision, $r.Recall, $r.PagesPerSecond, $r.Title, $r.AuthorLoose, $r.Date)
            }
        }
    }
}

Describe 'Quality floors' {
    It '<Mode> <Shape> <Set> <Field> stays at or above <Floor>' -ForEach $Checks {
        if (-not $Bench -or -not (Test-Path $Bench)) {
            Set-ItResult -Skipped -Because "the benchmark data (../shared/bench) is not present"
            return
        }
        $r = $Results["$Mode/$Shape/$Set"]
        $r | Should -Not -BeNullOrEmpty -Because "the benchmark must have run on $Set ($Shape)"
        $r.$Field | Should -BeGreaterOrEqual $Floor
    }
}
