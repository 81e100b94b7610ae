# Get-CleanArticle on container files (issue 18): WARC and WARC.gz, JSON Lines and .jsonl.gz, one article per page, one
# error per damaged record, record metadata on each article. The files are written here by a small WARC writer.
BeforeDiscovery {
    $script:Layouts = @('plain', 'per-record', 'whole-file')
}
BeforeAll {
    Import-Module $env:NEWSTOOLS_MODULE -Force
    $script:Cmd = 'NewsTools.Commands.GetCleanArticleCommand'

    function script:New-StoryHtml([int] $Index) {
        "<!DOCTYPE html><html lang=`"en`"><head><title>Ferry timetable $Index</title></head><body><nav><a href=`"/`">Home</a></nav>" +
        "<article><h1>Ferry timetable $Index</h1><p>Story $Index begins: the harbour board changed the winter ferry timetable on Tuesday, adding two early sailings.</p>" +
        "<p>Commuters had asked for an earlier boat for years, and the board said sailing $Index would start next month.</p></article></body></html>"
    }
    function script:ConvertTo-Gzip([byte[]] $Bytes) {
        $ms = [IO.MemoryStream]::new()
        $gz = [IO.Compression.GZipStream]::new($ms, [IO.Compression.CompressionLevel]::Fastest)
        $gz.Write($Bytes, 0, $Bytes.Length); $gz.Dispose(); $ms.ToArray()
    }
    # One WARC record's bytes; $Length overrides Content-Length (to damage it).
    function script:New-WarcRecord([string] $Type, [string] $Uri, [byte[]] $Block, [string] $ContentType, [int] $Id, [long] $Length = -1) {
        if ($Length -lt 0) { $Length = $Block.Length }
        $head = "WARC/1.1`r`nWARC-Type: $Type`r`n" + $(if ($Uri) { "WARC-Target-URI: $Uri`r`n" }) +
            "WARC-Date: 2024-05-17T06:30:00Z`r`nWARC-Record-ID: <urn:uuid:00000000-0000-4000-8000-$('{0:D12}' -f $Id)>`r`n" +
            "Content-Type: $ContentType`r`nContent-Length: $Length`r`n`r`n"
        [byte[]] ([Text.Encoding]::ASCII.GetBytes($head) + $Block + [byte[]](13, 10, 13, 10))
    }
    function script:New-WarcResponse([string] $Uri, [string] $Html, [int] $Id, [string] $Headers = 'Content-Type: text/html; charset=utf-8', [int] $Status = 200, [long] $Length = -1) {
        $block = [Text.Encoding]::ASCII.GetBytes("HTTP/1.1 $Status OK`r`n$Headers`r`n`r`n") + [Text.Encoding]::UTF8.GetBytes($Html)
        New-WarcRecord response $Uri $block 'application/http; msgtype=response' $Id $Length
    }
    # A small crawl: warcinfo, then per page a request and a response; an image; a 404.
    function script:New-Crawl([int] $Pages) {
        $records = [Collections.Generic.List[byte[]]]::new()
        $records.Add((New-WarcRecord warcinfo $null ([Text.Encoding]::UTF8.GetBytes("software: pester`r`n")) 'application/warc-fields' 0))
        for ($i = 1; $i -le $Pages; $i++) {
            $records.Add((New-WarcRecord request "https://news.example/ferry-$i" ([Text.Encoding]::ASCII.GetBytes("GET /ferry-$i HTTP/1.1`r`n`r`n")) 'application/http; msgtype=request' (100 + $i)))
            $records.Add((New-WarcResponse "https://news.example/ferry-$i" (New-StoryHtml $i) $i))
        }
        $records.Add((New-WarcResponse 'https://news.example/logo.png' 'PNG' 900 -Headers 'Content-Type: image/png'))
        $records.Add((New-WarcResponse 'https://news.example/gone' '<html><body>Not here</body></html>' 901 -Status 404))
        , $records
    }
    function script:Save-Warc([Collections.Generic.List[byte[]]] $Records, [string] $Path, [string] $Layout) {
        $bytes = switch ($Layout) {
            'plain' { [byte[]] ($Records | ForEach-Object { $_ }) }
            'per-record' { [byte[]] ($Records | ForEach-Object { ConvertTo-Gzip $_ } | ForEach-Object { $_ }) }
            'whole-file' { ConvertTo-Gzip ([byte[]] ($Records | ForEach-Object { $_ })) }
        }
        [IO.File]::WriteAllBytes($Path, $bytes)
        $Path
    }
}

Describe 'Get-CleanArticle on WARC files' {
    It 'gives one article per HTML response, with the record''s address, id, date, status and type (<_>)' -ForEach $Layouts {
        $name = if ($_ -eq 'plain') { 'crawl.warc' } else { "crawl-$_.warc.gz" }
        $path = Save-Warc (New-Crawl 3) (Join-Path $TestDrive $name) $_
        $articles = @(Get-CleanArticle -LiteralPath $path -ErrorVariable errs)
        $errs | Should -BeNullOrEmpty
        $articles.Count | Should -Be 3
        $articles.Url | Should -Be @('https://news.example/ferry-1', 'https://news.example/ferry-2', 'https://news.example/ferry-3')
        $articles.RecordId | Should -Be @(1..3 | ForEach-Object { '<urn:uuid:00000000-0000-4000-8000-{0:D12}>' -f $_ })
        $articles[0].Title | Should -Be 'Ferry timetable 1'
        $articles[2].Text | Should -Match 'sailing 3 would start next month'
        $articles[0].Fetched | Should -Be ([DateTimeOffset]::new(2024, 5, 17, 6, 30, 0, [TimeSpan]::Zero))
        $articles[0].HttpStatus | Should -Be 200
        $articles[0].ContentType | Should -Be 'text/html; charset=utf-8'
        $articles[0].Source | Should -Be $path
    }

    It 'counts the records it skipped in -Verbose' {
        $path = Save-Warc (New-Crawl 2) (Join-Path $TestDrive 'verbose.warc.gz') 'per-record'
        $verbose = Get-CleanArticle -LiteralPath $path -Verbose 4>&1 | Where-Object { $_ -is [Management.Automation.VerboseRecord] }
        ($verbose.Message -match 'WARC records') | Should -Match '7 WARC records, 2 HTML pages; skipped: request 2, (warcinfo 1, not-html 1, status-404 1|.*)'
    }

    It 'reports a damaged record as one ContainerRecordInvalid error and cleans the records after it' {
        $records = New-Crawl 2
        $records.Insert(2, (New-WarcResponse 'https://news.example/broken' (New-StoryHtml 9) 77 -Length 30))
        $path = Save-Warc $records (Join-Path $TestDrive 'damaged.warc') 'plain'
        $articles = @(Get-CleanArticle -LiteralPath $path -ErrorVariable errs -ErrorAction SilentlyContinue)
        $articles.Url | Should -Be @('https://news.example/ferry-1', 'https://news.example/ferry-2')
        $errs.Count | Should -Be 1
        $errs[0].FullyQualifiedErrorId | Should -Be "ContainerRecordInvalid,$Cmd"
        $errs[0].CategoryInfo.Category | Should -Be 'InvalidData'
        $errs[0].TargetObject | Should -Be $path
        $errs[0].Exception.Message | Should -Match 'https://news.example/broken'
    }

    It 'gives the same articles in the same order with -ThrottleLimit 2' {
        $path = Save-Warc (New-Crawl 6) (Join-Path $TestDrive 'parallel.warc.gz') 'per-record'
        $serial = Get-CleanArticle -LiteralPath $path | ForEach-Object { $_.Url + '|' + $_.Text }
        $parallel = Get-CleanArticle -LiteralPath $path -ThrottleLimit 2 | ForEach-Object { $_.Url + '|' + $_.Text }
        $parallel | Should -Be $serial
        $serial.Count | Should -Be 6
    }
}

Describe 'Get-CleanArticle on JSON Lines files' {
    It 'cleans each object by its html, text or markdown field, and one bad line is one error' {
        $story = (New-StoryHtml 1) | ConvertTo-Json
        $lines = @(
            '{"id": "a-1", "url": "https://news.example/a-1", "html": ' + $story + '}'
            '{"id": "a-2", "text": "Ferry timetable 2\nThe harbour board changed the winter ferry timetable on Tuesday, adding two early sailings for commuters who asked for years.\nThe board said the new sailings would start next month, weather permitting."}'
            '{not json'
            '{"id": 4, "markdown": "# Ferry timetable 4\n\nThe harbour board changed the winter ferry timetable on Tuesday, adding two early sailings for commuters.\n\nThe board said the new sailings would start next month."}'
        )
        $path = Join-Path $TestDrive 'pages.jsonl.gz'
        [IO.File]::WriteAllBytes($path, (ConvertTo-Gzip ([Text.Encoding]::UTF8.GetBytes(($lines -join "`n") + "`n"))))
        $articles = @(Get-CleanArticle -LiteralPath $path -ErrorVariable errs -ErrorAction SilentlyContinue)
        $articles.RecordId | Should -Be @('a-1', 'a-2', '4')
        $articles[0].Url | Should -Be 'https://news.example/a-1'
        $articles[0].InputFormat | Should -Be 'Html'
        $articles[1].InputFormat | Should -Be 'Text'
        $articles[2].InputFormat | Should -Be 'Markdown'
        $articles[2].Title | Should -Be 'Ferry timetable 4'
        $errs.Count | Should -Be 1
        $errs[0].FullyQualifiedErrorId | Should -Be "ContainerRecordInvalid,$Cmd"
        $errs[0].Exception.Message | Should -Match 'line 3'
    }
}

Describe 'Get-CleanArticle -Shard' {
    It 'splits the records of a WARC and a folder of files so that 4 shards together clean each input exactly once' {
        $warc = Save-Warc (New-Crawl 40) (Join-Path $TestDrive 'shard.warc.gz') 'per-record'
        $dir = New-Item -ItemType Directory (Join-Path $TestDrive 'pages')
        1..20 | ForEach-Object { Set-Content -LiteralPath (Join-Path $dir "story-$_.html") -Value (New-StoryHtml (100 + $_)) }
        $inputs = @($warc) + @(Get-ChildItem $dir -Filter *.html | ForEach-Object FullName)
        $all = Get-CleanArticle -LiteralPath $inputs | ForEach-Object { "$($_.Source)#$($_.RecordId)|$($_.Title)" }
        $all.Count | Should -Be 60
        $shards = 0..3 | ForEach-Object { , @(Get-CleanArticle -LiteralPath $inputs -Shard "$_/4" | ForEach-Object { "$($_.Source)#$($_.RecordId)|$($_.Title)" }) }
        # Every shard has work, none has all, and the union is the unsharded run with nothing twice.
        $shards | ForEach-Object { $_.Count | Should -BeGreaterThan 0; $_.Count | Should -BeLessThan 60 }
        $union = $shards | ForEach-Object { $_ }
        $union.Count | Should -Be 60
        ($union | Sort-Object) | Should -Be ($all | Sort-Object)
    }

    It 'gives the same shard in another session (a stable hash, not a per-process one)' {
        $path = Save-Warc (New-Crawl 12) (Join-Path $TestDrive 'stable.warc') 'plain'
        $here = (Get-CleanArticle -LiteralPath $path -Shard 1/3).RecordId
        $pwsh = (Get-Process -Id $PID).Path
        $cmd = "Import-Module '$env:NEWSTOOLS_MODULE'; (Get-CleanArticle -LiteralPath '$path' -Shard 1/3).RecordId"
        $there = if ($pwsh -match 'dotnet$') { & $pwsh pwsh -NoProfile -Command $cmd } else { & $pwsh -NoProfile -Command $cmd }
        $there | Should -Be $here
        $here.Count | Should -BeGreaterThan 0
    }

    It 'refuses a shard that is not i/n with 0 <= i < n' -ForEach @('4/4', '1-4', '-1/4', '1/0') {
        { Get-CleanArticle -InputObject '<html><body><p>x</p></body></html>' -Shard $_ -ErrorAction Stop } |
            Should -Throw -ErrorId "InvalidShard,$Cmd"
    }
}

Describe 'Get-CleanArticle -ResumeFrom' {
    It 'skips, before cleaning, the records and files already in the output of an interrupted run' {
        $warc = Save-Warc (New-Crawl 6) (Join-Path $TestDrive 'resume.warc.gz') 'per-record'
        $page = Join-Path $TestDrive 'resume-page.html'
        Set-Content -LiteralPath $page -Value (New-StoryHtml 77)
        $out = Join-Path $TestDrive 'resume-out.jsonl'
        # The interrupted run wrote the first 3 records of the WARC only.
        Get-CleanArticle -LiteralPath $warc | Select-Object -First 3 | Export-NewsArticle -Path $out
        $cleaned = @(Get-CleanArticle -LiteralPath $warc, $page -ResumeFrom $out -Verbose 4>&1)
        $articles = @($cleaned | Where-Object { $_ -is [NewsTools.Article] })
        $articles.Url | Should -Be @('https://news.example/ferry-4', 'https://news.example/ferry-5', 'https://news.example/ferry-6', $null)
        ($cleaned | Where-Object { $_ -is [Management.Automation.VerboseRecord] }).Message | Should -Contain '3 inputs skipped as already written (-ResumeFrom).'
        $articles | Export-NewsArticle -Path $out -Resume
        $ids = Get-Content -LiteralPath $out | ForEach-Object { $r = $_ | ConvertFrom-Json; "$($r.source)#$($r.recordId)" }
        $ids.Count | Should -Be 7
        @($ids | Select-Object -Unique).Count | Should -Be 7
        # A second resume finds everything written: nothing is cleaned again.
        @(Get-CleanArticle -LiteralPath $warc, $page -ResumeFrom $out).Count | Should -Be 0
    }

    It 'skips nothing when the output does not exist yet' {
        $warc = Save-Warc (New-Crawl 2) (Join-Path $TestDrive 'fresh.warc') 'plain'
        @(Get-CleanArticle -LiteralPath $warc -ResumeFrom (Join-Path $TestDrive 'none.jsonl')).Count | Should -Be 2
    }
}
