# The speed benchmark's smoke mode (tests/Benchmarks/Measure-Speed.ps1 -Smoke): a handful of pages through every path
# (bare parse, core HTML, cmdlet, core text, one pipeline, a fresh pwsh, a small memory run). Sanity only: every path
# produced articles and every figure is finite. No speed ratio is asserted here: CI machines are noisy.
BeforeAll {
    $script:Json = Join-Path $TestDrive 'speed.json'
    $smokeArgs = @{ Smoke = $true; ModulePath = $env:NEWSTOOLS_MODULE; JsonPath = $Json }
    # Without the benchmark data the smoke run falls back to the project's own fixtures.
    $smokeArgs.DataPath = $env:NEWSTOOLS_BENCH ? $env:NEWSTOOLS_BENCH : (Join-Path $TestDrive 'no-bench')
    $script:Lines = @(& (Join-Path $PSScriptRoot 'Benchmarks/Measure-Speed.ps1') @smokeArgs 2>&1 | ForEach-Object { "$_" })
    $script:ExitCode = $LASTEXITCODE
    $Lines | Write-Host
    $script:Figures = (Test-Path $Json) ? (Get-Content $Json -Raw | ConvertFrom-Json) : $null
}

Describe 'Speed benchmark smoke mode' {
    It 'exits 0 and says SMOKE OK' {
        $ExitCode | Should -Be 0 -Because (($Lines | Where-Object { $_ -like 'PROBLEM*' }) -join '; ')
        $Lines | Should -Contain 'SMOKE OK'
    }

    It 'prints the table: a header and a row per path' {
        $Lines | Where-Object { $_ -match '^path\s+pages\s+median ms\s+p95 ms\s+mean ms\s+MB/s\s+alloc KB/pg' } | Should -Not -BeNullOrEmpty
        foreach ($path in 'parse', 'core-html', 'cmdlet', 'core-text', 'cmdlet-pipeline') {
            $Lines | Where-Object { $_ -match "^$path\s+\d+\s" } | Should -Not -BeNullOrEmpty -Because "the table needs a $path row"
        }
        $Lines | Where-Object { $_ -like 'cmdlet over core-html:*' } | Should -Not -BeNullOrEmpty
        $Lines | Where-Object { $_ -like '== targets*' } | Should -Not -BeNullOrEmpty
    }

    It 'gives finite, positive figures for every path' {
        $Figures | Should -Not -BeNullOrEmpty
        foreach ($row in $Figures.Rows) {
            $row.Pages | Should -BeGreaterThan 0
            $row.MeanMs | Should -BeGreaterThan 0 -Because "$($row.Set)/$($row.Path) has a time"
            $row.MBps | Should -BeGreaterThan 0
            $row.AllocKBPerPage | Should -BeGreaterThan 0 -Because "$($row.Set)/$($row.Path) allocates something"
        }
    }

    It 'measured the fresh pwsh and the memory run' {
        @($Figures.Startup).Count | Should -Be 1
        $Figures.Startup[0].FirstArticleMs | Should -BeGreaterThan 0
        $Figures.Startup[0].Words | Should -BeGreaterThan 0
        @($Figures.Memory).Count | Should -BeGreaterThan 1
        $Figures.Memory | ForEach-Object { $_.WorkingSetMB | Should -BeGreaterThan 0 }
    }
}
