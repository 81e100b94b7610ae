# Quality floors on the benchmark data in ../shared/bench (skipped, with a message, where it is absent).
# The floors live in tests/Benchmarks/floors.json; the benchmark is tests/Benchmarks/Invoke-Benchmark.ps1.
BeforeDiscovery {
    $floors = Get-Content (Join-Path $PSScriptRoot 'Benchmarks/floors.json') -Raw | ConvertFrom-Json -AsHashtable
    $script:Checks = foreach ($mode in 'Html', 'Text') {
        foreach ($set in $floors[$mode].Keys | Sort-Object) {
            foreach ($field in $floors[$mode][$set].Keys | Sort-Object) {
                @{ Mode = $mode; Set = $set; Field = $field; Floor = [double]$floors[$mode][$set][$field] }
            }
        }
    }
}

BeforeAll {
    $script:Bench = $env:NEWSTOOLS_BENCH
    $script:Results = @{}
    if ($Bench -and (Test-Path $Bench)) {
        foreach ($mode in 'Html', 'Text') {
            foreach ($r in & (Join-Path $PSScriptRoot 'Benchmarks/Invoke-Benchmark.ps1') -DataPath $Bench -Mode $mode -Quiet) {
                $Results["$mode/$($r.Set)"] = $r
                Write-Host ('{0,-4} {1,-12} F1 {2:N3} P {3:N3} R {4:N3} {5:N0} pages/s  title {6} author {7} date {8}' -f $mode, $r.Set, $r.F1, $r.Precision, $r.Recall, $r.PagesPerSecond, $r.Title, $r.AuthorLoose, $r.Date)
            }
        }
    }
}

Describe 'Quality floors' {
    It '<Mode> <Set> <Field> stays at or above <Floor>' -ForEach $Checks {
        if (-not $Bench -or -not (Test-Path $Bench)) {
            Set-ItResult -Skipped -Because "the benchmark data (../shared/bench) is not present"
            return
        }
        $r = $Results["$Mode/$Set"]
        $r | Should -Not -BeNullOrEmpty -Because "the benchmark must have run on $Set"
        $r.$Field | Should -BeGreaterOrEqual $Floor
    }
}
