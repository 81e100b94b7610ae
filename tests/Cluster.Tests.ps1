# The stream mode on a real cluster engine (issue 18): Dask distributed (Debian's python3-distributed) runs a LocalCluster
# of worker processes on 127.0.0.1; each of 8 partitions of a 2,000-page crawl (JSON Lines) is piped through
# Invoke-NewsToolsStream.ps1 by one worker, and the union must equal one process's run, record for record.
# Skipped, with the reason, when /usr/bin/python3 cannot import distributed (.ci/run installs it on Debian).
BeforeDiscovery {
    $script:Python = '/usr/bin/python3'
    $script:HasDask = $false
    if (Test-Path $Python) {
        & $Python -c 'import distributed' 2>$null
        $script:HasDask = $LASTEXITCODE -eq 0
    }
}

Describe 'Invoke-NewsToolsStream.ps1' {
    BeforeAll {
        $script:Stream = Join-Path (Split-Path $env:NEWSTOOLS_MODULE) 'Invoke-NewsToolsStream.ps1'
        $script:Pwsh = (Get-Process -Id $PID).Path
        $script:PwshArgs = if ($Pwsh -match 'dotnet(\.exe)?$') { @('pwsh') } else { @() }
    }

    It 'reads JSON Lines on stdin and writes one record per page on stdout, in order, a bad line to stderr' {
        $in = Join-Path $TestDrive 'in.jsonl'
        $page = '<html><head><title>Ferry {0}</title></head><body><article><p>The harbour board changed the winter ferry timetable on Tuesday, adding sailing {0} for the commuters of the north shore.</p></article></body></html>'
        $lines = 1..3 | ForEach-Object { @{ id = "p$_"; url = "https://news.example/$_"; html = ($page -f $_) } | ConvertTo-Json -Compress }
        # The last record cleans to nothing: its warning must go to stderr, not into the records on stdout.
        $empty = '{"id": "empty", "html": "<html><body><nav><a href=\"/\">Home</a></nav></body></html>"}'
        Set-Content -LiteralPath $in -Value (@($lines[0], '{not json', $lines[1], $lines[2], $empty) -join "`n") -Encoding utf8NoBOM
        $out = Join-Path $TestDrive 'out.jsonl'; $err = Join-Path $TestDrive 'err.txt'
        $p = Start-Process -FilePath $Pwsh -ArgumentList (@($PwshArgs) + @('-NoProfile', '-File', $Stream, '-Fields', 'recordId,url,title')) -RedirectStandardInput $in -RedirectStandardOutput $out -RedirectStandardError $err -Wait -PassThru -NoNewWindow
        $p.ExitCode | Should -Be 0
        $records = Get-Content -LiteralPath $out | ForEach-Object { $_ | ConvertFrom-Json }
        $records.recordId | Should -Be @('p1', 'p2', 'p3', 'empty')
        $records[0..2].title | Should -Be @('Ferry 1', 'Ferry 2', 'Ferry 3')
        (Get-Content -LiteralPath $err -Raw) | Should -Match 'WARNING: .*nothing was left'
        (Get-Content -LiteralPath $err -Raw) | Should -Match 'line 2 is not a JSON object'
    }

    It 'runs on Dask distributed: 2,000 pages in 8 partitions on 2 worker processes equal one process' -Skip:(-not $HasDask) {
        $work = Join-Path $TestDrive 'dask'
        $pwshCommand = (@($Pwsh) + @($PwshArgs)) -join ' '
        $output = & '/usr/bin/python3' (Join-Path $PSScriptRoot 'tools/dask_clean.py') --pwsh $pwshCommand --stream $Stream --work $work --pages 2000 --partitions 8 --workers 2 2>&1
        $output | Where-Object { $_ -match '^DASK' } | ForEach-Object { Write-Host $_ }
        $LASTEXITCODE | Should -Be 0 -Because ($output -join "`n")
        ($output -match 'identical=True') | Should -Not -BeNullOrEmpty
        ($output -match 'union=2000 single=2000') | Should -Not -BeNullOrEmpty
    }
}
