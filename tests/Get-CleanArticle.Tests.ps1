# Get-CleanArticle: every input shape a user types, the sample case, the output object, errors.
BeforeAll {
    Import-Module $env:NEWSTOOLS_MODULE -Force
    $script:Cmd = 'NewsTools.Commands.GetCleanArticleCommand'
    $script:SamplePath = Join-Path $PSScriptRoot '../../shared/samples/syndicated-paywall.txt'
    $script:ExpectedPath = Join-Path $PSScriptRoot '../../shared/samples/syndicated-paywall.expected.txt'
    $script:HtmlSample = Join-Path $PSScriptRoot 'samples/harbour-bridge-page.html'

    $script:StoryHtml = @'
<!DOCTYPE html><html lang="en"><head><title>Council approves new library | Town Crier</title></head>
<body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Council approves new library</h1>
<p>The town council voted on Tuesday to build a new central library on the site of the old bus depot, ending a decade of debate.</p>
<p>Construction is due to start next spring and the building should open in two years, the council's planning chief said after the vote.</p>
<p>Residents who opposed the plan said the depot site was too far from the station, but the motion passed by eleven votes to four.</p>
</article><footer>Copyright 2024 Town Crier</footer></body></html>
'@
    $script:StoryText = @"
Home | News | Sport
The town council voted on Tuesday to build a new central library on the site of the old bus depot, ending a decade of debate.
Construction is due to start next spring and the building should open in two years, the council's planning chief said after the vote.
Residents who opposed the plan said the depot site was too far from the station, but the motion passed by eleven votes to four.
Share this article
"@
    function script:New-TestFile([string] $Name, [string] $Content) {
        $p = Join-Path $TestDrive $Name
        $null = New-Item -ItemType Directory -Path (Split-Path $p) -Force
        Set-Content -LiteralPath $p -Value $Content -Encoding utf8NoBOM
        $p
    }
}

Describe 'Get-CleanArticle' {
    Context 'The syndicated paywall sample' {
        BeforeAll {
            $script:expected = @(Get-Content $ExpectedPath | Where-Object { $_.Trim() })
            $script:junk = @(Get-Content $SamplePath | Where-Object { $_.Trim() -and $_ -notin $expected } | ForEach-Object Trim)
            $script:byPath = Get-CleanArticle $SamplePath
            $script:byLines = @(Get-Content $SamplePath | Get-CleanArticle)
        }

        It 'keeps exactly the 10 story paragraphs, verbatim, through -Path' {
            $expected.Count | Should -Be 10
            @($byPath.Paragraphs) | Should -Be $expected
            $byPath.Text | Should -Be ($expected -join "`n`n")
            $byPath.Text | Should -Match 'Rudskoi hailedg an effort'
        }

        It 'gives the same article through Get-Content lines (one article, not one per line)' {
            $byLines.Count | Should -Be 1
            @($byLines[0].Paragraphs) | Should -Be $expected
            $byLines[0].Source | Should -Be (Resolve-Path $SamplePath).Path
        }

        It 'reads it as text and calls the paywall metered' {
            $byPath.InputFormat | Should -Be 'Text'
            $byPath.Paywall.Kind | Should -Be 'Metered'
            $byPath.Paywall.Evidence | Should -Not -BeNullOrEmpty
        }

        It 'lists every one of the 35 other lines in Removed' {
            $junk.Count | Should -Be 35
            $removedTexts = @($byPath.Removed | ForEach-Object Text)
            foreach ($line in $junk) { $removedTexts | Should -Contain $line }
            $byLines[0].Removed.Count | Should -Be $byPath.Removed.Count
        }

        It 'gives each removed line a fitting reason' {
            $reasonOf = @{}
            foreach ($r in $byPath.Removed) { $reasonOf[$r.Text] = [string]$r.Reason }
            $reasonOf[($junk | Where-Object { $_ -like 'Disclaimer:*' })] | Should -Be 'Disclaimer'
            foreach ($prompt in $junk | Where-Object { $_ -match 'free_limit|^Subscribe|Already subscribed' }) {
                $reasonOf[$prompt] | Should -BeIn 'Paywall', 'Subscription' -Because $prompt
            }
            $plans = $junk | Where-Object { $_ -match '^(₹[\d,]+(/Month)?|\d+ (Months?|Years?)|Smart \w+|Super Saver|Renews automatically.*)$' }
            $plans.Count | Should -Be 13
            foreach ($plan in $plans) { $reasonOf[$plan] | Should -Be 'Subscription' -Because $plan }
            $featureStart = [array]::IndexOf($junk, ($junk | Where-Object { $_ -like 'Here*included*' }))
            $featureStart | Should -BeGreaterThan 0
            foreach ($feature in $junk[$featureStart..($junk.Count - 1)]) {
                $reasonOf[$feature] | Should -BeIn 'Subscription', 'Promotion' -Because $feature
            }
        }
    }

    Context 'Paths' {
        BeforeAll {
            $script:dir = Join-Path $TestDrive 'pages'
            $null = New-Item -ItemType Directory $dir -Force
            Set-Content (Join-Path $dir 'a.html') $StoryHtml
            Set-Content (Join-Path $dir 'b.html') $StoryHtml
            Set-Content -LiteralPath (Join-Path $dir 'story [1].txt') -Value $StoryText
            $gz = [IO.File]::Create((Join-Path $dir 'c.html.gz'))
            $zip = [IO.Compression.GZipStream]::new($gz, [IO.Compression.CompressionMode]::Compress)
            $bytes = [Text.Encoding]::UTF8.GetBytes($StoryHtml); $zip.Write($bytes, 0, $bytes.Length); $zip.Dispose(); $gz.Dispose()
        }

        It 'takes a positional path with wildcards, one article per file' {
            $articles = @(Get-CleanArticle (Join-Path $dir '*.html'))
            $articles.Count | Should -Be 2
            $articles | ForEach-Object { $_.Text | Should -Match 'central library' }
            $articles[0].Source | Should -Be (Join-Path $dir 'a.html')
        }

        It 'takes -Path with several values' {
            @(Get-CleanArticle -Path (Join-Path $dir 'a.html'), (Join-Path $dir 'b.html')).Count | Should -Be 2
        }

        It 'takes -LiteralPath with wildcard characters in the name' {
            $a = Get-CleanArticle -LiteralPath (Join-Path $dir 'story [1].txt')
            $a.InputFormat | Should -Be 'Text'
            $a.Text | Should -Match 'eleven votes to four'
        }

        It 'reads .gz files transparently' {
            $a = Get-CleanArticle -LiteralPath (Join-Path $dir 'c.html.gz')
            $a.InputFormat | Should -Be 'Html'
            $a.Text | Should -Match 'central library'
        }

        It 'takes FileInfo objects from Get-ChildItem' {
            $articles = @(Get-ChildItem $dir -File | Get-CleanArticle)
            $articles.Count | Should -Be 4
            ($articles | Where-Object Source -like '*story `[1`].txt').InputFormat | Should -Be 'Text'
        }

        It 'binds objects with a PSPath property to -LiteralPath' {
            $a = [pscustomobject]@{ PSPath = (Join-Path $dir 'a.html') } | Get-CleanArticle -ErrorAction Stop
            $a.Text | Should -Match 'central library'
        }

        It 'reads the file of every shape Get-Content binds: <Shape>' -ForEach @(
            @{ Shape = 'Get-Item (FileInfo)'; Make = { Get-Item -LiteralPath (Join-Path $dir 'story [1].txt') } }
            @{ Shape = 'Resolve-Path (PathInfo)'; Make = { Resolve-Path -LiteralPath (Join-Path $dir 'story [1].txt') } }
            @{ Shape = 'an object with Path'; Make = { [pscustomobject]@{ Path = (Join-Path $dir 'story [1].txt') } } }
            @{ Shape = 'an object with FullName'; Make = { [pscustomobject]@{ FullName = (Join-Path $dir 'story [1].txt'); Length = 1 } } }
            @{ Shape = 'a hashtable with Path'; Make = { @{ Path = (Join-Path $dir 'story [1].txt') } } }
            @{ Shape = 'Select-String (MatchInfo)'; Make = { Select-String -LiteralPath (Join-Path $dir 'story [1].txt') -Pattern 'council' } }
        ) {
            $a = @(& $Make | Get-CleanArticle -ErrorAction Stop)
            $a.Count | Should -Be 1
            $a[0].Source | Should -Be (Join-Path $dir 'story [1].txt')
            $a[0].Text | Should -Match 'eleven votes to four'
        }

        It 'gives one article per file for Select-String with many matches in several files' {
            @(Select-String -Path (Join-Path $dir '*.html') -Pattern 'the' | Get-CleanArticle -ErrorAction Stop).Count | Should -Be 2
        }

        It 'takes a relative Path property in the current location, and names a missing one' {
            Push-Location $dir
            try { ([pscustomobject]@{ Path = 'a.html' } | Get-CleanArticle -ErrorAction Stop).Source | Should -Be (Join-Path $dir 'a.html') }
            finally { Pop-Location }
            { [pscustomobject]@{ Path = (Join-Path $dir 'none.html') } | Get-CleanArticle -ErrorAction Stop } | Should -Throw -ErrorId "FileNotFound,$Cmd"
        }

        It 'refuses Resolve-Path output of another provider' {
            { Resolve-Path Env:PATH | Get-CleanArticle -ErrorAction Stop } | Should -Throw -ErrorId "NotFileSystemPath,$Cmd"
        }

        It 'prefers content to a path: a row with Html and Path is the Html' {
            ([pscustomobject]@{ Html = $StoryHtml; Path = (Join-Path $dir 'story [1].txt') } | Get-CleanArticle).InputFormat | Should -Be 'Html'
        }
    }

    Context 'Strings and lines from the pipeline' {
        It 'takes Get-Content -Raw as one document' {
            $p = New-TestFile 'raw.txt' $StoryText
            $articles = @(Get-Content $p -Raw | Get-CleanArticle)
            $articles.Count | Should -Be 1
            $articles[0].Source | Should -Be $p
        }

        It 'makes one article per file from the lines of two files' {
            $p1 = New-TestFile 'one.txt' $StoryText
            $p2 = New-TestFile 'two.txt' ($StoryText -replace 'library', 'museum')
            $articles = @(Get-Content $p1, $p2 | Get-CleanArticle)
            $articles.Count | Should -Be 2
            $articles[0].Text | Should -Match 'library'
            $articles[1].Text | Should -Match 'museum'
        }

        It 'makes two articles when the same file is read twice' {
            $p = New-TestFile 'twice.txt' $StoryText
            @(Get-Content $p, $p | Get-CleanArticle).Count | Should -Be 2
        }

        It 'takes Get-Content -ReadCount batches as one document' {
            $p = New-TestFile 'batches.txt' $StoryText
            @(Get-Content $p -ReadCount 2 | Get-CleanArticle).Count | Should -Be 1
        }

        It 'takes an HTML string' {
            $a = $StoryHtml | Get-CleanArticle
            $a.InputFormat | Should -Be 'Html'
            $a.Source | Should -Be 'pipeline'
            $a.Text | Should -Match 'eleven votes to four'
            $a.Text | Should -Not -Match 'Copyright 2024'
        }

        It 'gives one article per whole HTML string in an array' {
            @($StoryHtml, $StoryHtml, $StoryHtml | Get-CleanArticle).Count | Should -Be 3
        }

        It 'gathers loose one-line strings into one document' {
            $lines = $StoryText -split "`n"
            @($lines | Get-CleanArticle).Count | Should -Be 1
        }

        It 'honours -InputFormat' {
            ($StoryHtml | Get-CleanArticle -InputFormat Text).InputFormat | Should -Be 'Text'
            ($StoryText | Get-CleanArticle -InputFormat Html).InputFormat | Should -Be 'Html'
            ($StoryText | Get-CleanArticle).InputFormat | Should -Be 'Text'
        }
    }

    Context 'Objects with Html, Content or Text and Url' {
        It 'takes Import-Csv rows with Html and Url columns' {
            $csv = Join-Path $TestDrive 'pages.csv'
            @(
                [pscustomobject]@{ Url = 'https://news.example.com/a'; Html = $StoryHtml }
                [pscustomobject]@{ Url = 'https://news.example.com/b'; Html = $StoryHtml }
            ) | Export-Csv $csv
            $articles = @(Import-Csv $csv | Get-CleanArticle)
            $articles.Count | Should -Be 2
            $articles[1].Url | Should -Be 'https://news.example.com/b'
            $articles[1].Source | Should -Be 'https://news.example.com/b'
        }

        It 'takes objects with Content or Text, and hashtables' {
            ([pscustomobject]@{ Content = $StoryHtml }).Text | Out-Null
            ([pscustomobject]@{ Content = $StoryHtml } | Get-CleanArticle).Text | Should -Match 'central library'
            ([pscustomobject]@{ Text = $StoryText; Url = 'https://x.example/s' } | Get-CleanArticle).Url | Should -Be 'https://x.example/s'
            (@{ Html = $StoryHtml; Url = 'https://h.example/p' } | Get-CleanArticle).Url | Should -Be 'https://h.example/p'
        }

        It 'takes an Invoke-WebRequest response from a loopback server: its URL becomes Url' {
            $site = Join-Path $TestDrive 'site/news/2024'
            $null = New-Item -ItemType Directory $site -Force
            Copy-Item $HtmlSample (Join-Path $site 'story.html')
            $listener = [Net.Sockets.TcpListener]::new([Net.IPAddress]::Loopback, 0)
            $listener.Start(); $port = $listener.LocalEndpoint.Port; $listener.Stop()
            $server = Start-Process python3 -ArgumentList '-m', 'http.server', $port, '--bind', '127.0.0.1', '--directory', (Join-Path $TestDrive 'site') -PassThru -RedirectStandardError (Join-Path $TestDrive 'server.err') -RedirectStandardOutput (Join-Path $TestDrive 'server.out')
            try {
                $url = "http://127.0.0.1:$port/news/2024/story.html"
                $response = $null
                foreach ($i in 1..50) {
                    try { $response = Invoke-WebRequest $url -TimeoutSec 5; break } catch { Start-Sleep -Milliseconds 200 }
                }
                $response | Should -Not -BeNullOrEmpty
                $a = $response | Get-CleanArticle -IncludeImages -IncludeLinks
                $a.Url | Should -Be $url
                $a.Source | Should -Be $url
                $a.InputFormat | Should -Be 'Html'
                $a.Text | Should -Match 'Kestrel Point bridge'
                $a.Image | Should -Be "http://127.0.0.1:$port/media/2024/05/bridge-lead.jpg"
            }
            finally {
                Stop-Process -Id $server.Id -ErrorAction SilentlyContinue
            }
        }
    }

    Context 'The article object' {
        BeforeAll { $script:a = Get-CleanArticle $HtmlSample }

        It 'has the documented properties' {
            $names = $a.PSObject.Properties.Name
            foreach ($p in 'Title', 'Authors', 'Published', 'Modified', 'SiteName', 'Url', 'Language', 'Description', 'Image',
                'Text', 'Paragraphs', 'Markdown', 'Html', 'WordCount', 'ReadingTimeSeconds', 'Paywall', 'Removed', 'Source', 'InputFormat') {
                $names | Should -Contain $p
            }
            $a.GetType().FullName | Should -Be 'NewsTools.Article'
        }

        It 'separates paragraphs in Text by one blank line and counts words' {
            $a.Text | Should -Be ($a.Paragraphs -join "`n`n")
            $a.WordCount | Should -BeGreaterThan 100
            $a.ReadingTime.TotalSeconds | Should -BeGreaterThan 0
        }

        It 'survives ConvertTo-Json -Depth 5' {
            $json = $a | ConvertTo-Json -Depth 5 -EnumsAsStrings
            $back = $json | ConvertFrom-Json
            $back.Title | Should -Be $a.Title
            @($back.Paragraphs).Count | Should -Be $a.Paragraphs.Count
            $back.InputFormat | Should -Be 'Html'
            $back.Paywall.Kind | Should -Be ([string]$a.Paywall.Kind)
            @($back.Removed).Count | Should -Be $a.Removed.Count
        }

        It 'exports to CSV without System.String[] cells' {
            $csv = Join-Path $TestDrive 'out.csv'
            $a | Export-Csv $csv
            $raw = Get-Content $csv -Raw
            $raw | Should -Not -Match 'System\.String\[\]|System\.Object\[\]|NewsTools\.\w+\[\]|Collections\.ObjectModel'
            $row = Import-Csv $csv
            $row.Paywall | Should -Be ([string]$a.Paywall.Kind)
            $row.Authors | Should -Be ($a.Authors -join '; ')
        }

        It 'has a default table view and a list view' {
            ($a | Format-Table | Out-String) | Should -Match 'Paywall'
            ($a | Format-List | Out-String) | Should -Match 'Removed\s*:\s*\d+ blocks'
        }

        It 'works with Where-Object, Sort-Object and Select-Object' {
            $many = @(Get-CleanArticle $HtmlSample, $SamplePath)
            @($many | Where-Object { $_.Paywall.Kind -ne 'None' }).Count | Should -BeGreaterOrEqual 1
            ($many | Sort-Object WordCount -Descending | Select-Object -First 1).WordCount | Should -Be (($many | Measure-Object WordCount -Maximum).Maximum)
        }

        It 'works under ForEach-Object -Parallel' {
            $paths = @($HtmlSample, $SamplePath, $HtmlSample, $SamplePath)
            $module = $env:NEWSTOOLS_MODULE
            $parallel = @($paths | ForEach-Object -Parallel { Import-Module $using:module; Get-CleanArticle -LiteralPath $_ } -ThrottleLimit 4)
            $parallel.Count | Should -Be 4
            foreach ($a in $parallel) {
                # Output order is not guaranteed in parallel; each result must equal the sequential one.
                $a.Text | Should -Be (Get-CleanArticle -LiteralPath $a.Source).Text
            }
        }
    }

    Context 'Options' {
        It '-Verbose says which strategy found the content and why blocks were dropped' {
            $verbose = Get-CleanArticle $HtmlSample -Verbose 4>&1 | Where-Object { $_ -is [Management.Automation.VerboseRecord] } | ForEach-Object Message
            ($verbose -join "`n") | Should -Match 'strategy'
            @($verbose).Count | Should -BeGreaterThan 2
        }

        It '-IncludeComments returns the comments apart from the text' {
            $without = Get-CleanArticle $HtmlSample
            $with = Get-CleanArticle $HtmlSample -IncludeComments
            $without.Comments.Count | Should -Be 0
            ($with.Comments -join ' ') | Should -Match 'About time'
            $with.Text | Should -Not -Match 'About time'
        }

        It '-RemoveSelector removes what it names, with reason UserRule' {
            $a = Get-CleanArticle $HtmlSample -RemoveSelector '.standfirst'
            $a.Text | Should -Not -Match 'Drivers crossed the Kestrel Point bridge'
            @($a.Removed | Where-Object Reason -eq 'UserRule').Count | Should -BeGreaterThan 0
        }

        It '-ContentSelector names the container' {
            $a = Get-CleanArticle $HtmlSample -ContentSelector 'p.missing-class', 'p.standfirst'
            $a.Strategy | Should -Be 'content-selector'
            $a.Text | Should -Match 'Drivers crossed the Kestrel Point bridge'
            $a.Text | Should -Not -Match 'Shopkeepers in the old town'
        }
    }

    Context 'Tables' {
        BeforeAll {
            $script:TablePage = Join-Path $PSScriptRoot 'fixtures/html/finance-tables-excluded/input.html'
        }

        It 'keeps tables by default and drops them with -ExcludeTables' {
            (Get-CleanArticle -LiteralPath $TablePage).Text | Should -Match 'Northwind Semiconductors'
            $a = Get-CleanArticle -LiteralPath $TablePage -ExcludeTables
            $a.Text | Should -Not -Match 'Northwind Semiconductors'
            $a.Text | Should -Match 'Technology stocks recovered'
        }

        It 'has no -IncludeTables any more: a switch that defaulted to on (the error names the parameter)' {
            { Get-CleanArticle -LiteralPath $TablePage -IncludeTables:$false -ErrorAction Stop } | Should -Throw -ErrorId 'NamedParameterNotFound,NewsTools.Commands.GetCleanArticleCommand'
            (Get-Command Get-CleanArticle).Parameters['ExcludeTables'].SwitchParameter | Should -BeTrue
        }
    }

    Context '-BaseUri' {
        BeforeAll {
            $script:LinkedHtml = @'
<!DOCTYPE html><html lang="en"><head><title>Harbour reopens | Coast News</title></head><body>
<article><h1>Harbour reopens</h1>
<p>The harbour reopened on Monday after <a href="/2024/05/storm-damage.html">last month's storm</a> closed it for three weeks, the port authority said.</p>
<img src="images/harbour.jpg" alt="Boats in the harbour">
<p>Fishing crews returned to the quay at dawn, and the ferry to the islands is due to run again from Friday, weather permitting.</p>
<p>Repairs to the outer wall will continue through the summer, with the cost shared between the town and the regional government.</p>
</article></body></html>
'@
            $script:LinkedPath = Join-Path $TestDrive 'saved/harbour.html'
            $null = New-Item -ItemType Directory (Split-Path $LinkedPath) -Force
            Set-Content -LiteralPath $LinkedPath -Value $LinkedHtml
        }

        It 'makes relative links and images of a saved file absolute, and names Url' {
            $a = Get-CleanArticle -LiteralPath $LinkedPath -BaseUri 'https://coast.example/news/harbour.html' -IncludeLinks -IncludeImages
            $a.Url | Should -Be 'https://coast.example/news/harbour.html'
            $a.Markdown | Should -Match ([regex]::Escape('(https://coast.example/2024/05/storm-damage.html)'))
            $a.Markdown | Should -Match ([regex]::Escape('(https://coast.example/news/images/harbour.jpg)'))
            $a.Source | Should -Be $LinkedPath
        }

        It 'leaves links relative and Url empty without it' {
            $a = Get-CleanArticle -LiteralPath $LinkedPath -IncludeLinks
            $a.Url | Should -BeNullOrEmpty
            $a.Markdown | Should -Not -Match 'https://coast.example'
        }

        It 'applies to strings, and never replaces an address the input brings' {
            ($LinkedHtml | Get-CleanArticle -BaseUri 'https://coast.example/x.html').Url | Should -Be 'https://coast.example/x.html'
            ([pscustomobject]@{ Html = $LinkedHtml; Url = 'https://own.example/a' } | Get-CleanArticle -BaseUri 'https://coast.example/x.html').Url | Should -Be 'https://own.example/a'
        }

        It 'refuses a relative or non-web address before any input' {
            { Get-CleanArticle -LiteralPath $LinkedPath -BaseUri 'news/harbour.html' } | Should -Throw -ErrorId "InvalidBaseUri,$Cmd"
            { Get-CleanArticle -LiteralPath $LinkedPath -BaseUri 'mailto:a@b.example' } | Should -Throw -ErrorId "InvalidBaseUri,$Cmd"
        }
    }

    Context '-Encoding and charset detection' {
        BeforeAll {
            $script:Japanese = @(
                '市議会は火曜日、旧バス車庫の跡地に新しい中央図書館を建設することを決めました。十年にわたる議論に終止符が打たれました。'
                '工事は来年の春に始まり、建物は二年後に開館する予定だと、市の計画担当者が採決の後に話しました。'
                '計画に反対した住民は、車庫の跡地は駅から遠すぎると述べましたが、動議は十一対四で可決されました。'
            ) -join "`n`n"
            $script:ShiftJis = [Text.Encoding]::GetEncoding(932)
            $script:SjisPath = Join-Path $TestDrive 'sjis/story.txt'
            $null = New-Item -ItemType Directory (Split-Path $SjisPath) -Force
            [IO.File]::WriteAllBytes($SjisPath, $ShiftJis.GetBytes($Japanese))   # no BOM, no label
            $script:CyrillicPath = Join-Path $TestDrive 'sjis/ru.txt'
            $script:Russian = 'Городской совет во вторник проголосовал за строительство новой центральной библиотеки на месте старого автобусного парка.'
            [IO.File]::WriteAllBytes($CyrillicPath, [Text.Encoding]::GetEncoding(1251).GetBytes($Russian))
        }

        It 'detects Shift-JIS in an unlabelled file without a BOM' {
            $a = Get-CleanArticle -LiteralPath $SjisPath -InputFormat Text
            $a.Text | Should -Match '中央図書館'
            $a.Text | Should -Match '十一対四で可決'
        }

        It 'takes a name, a code page or an Encoding, for files and bytes: <Given>' -ForEach @(
            @{ Given = 'windows-1251' }, @{ Given = 1251 }, @{ Given = '1251' }, @{ Given = [Text.Encoding]::GetEncoding(1251) }
        ) {
            (Get-CleanArticle -LiteralPath $CyrillicPath -Encoding $Given -InputFormat Text).Text | Should -Match 'центральной библиотеки'
            (, [IO.File]::ReadAllBytes($CyrillicPath) | Get-CleanArticle -Encoding $Given -InputFormat Text).Text | Should -Match 'центральной библиотеки'
        }

        It 'takes Get-Content''s names (shift_jis and 932 for the Japanese file; utf8, unicode...)' {
            (Get-CleanArticle -LiteralPath $SjisPath -Encoding shift_jis -InputFormat Text).Text | Should -Match '中央図書館'
            (Get-CleanArticle -LiteralPath $SjisPath -Encoding 932 -InputFormat Text).Text | Should -Match '中央図書館'
            $plain = New-TestFile 'sjis/plain.txt' $StoryText
            foreach ($name in 'utf8', 'utf8BOM', 'utf8NoBOM', 'ascii', 'oem', 'ansi', 'utf-8', 'iso-8859-1') {
                (Get-CleanArticle -LiteralPath $plain -Encoding $name -ErrorAction Stop).Text | Should -Match 'eleven votes to four' -Because $name
            }
            $utf16 = Join-Path $TestDrive 'sjis/utf16.txt'
            [IO.File]::WriteAllBytes($utf16, [Text.Encoding]::Unicode.GetBytes($StoryText))   # no BOM: only -Encoding unicode reads it
            (Get-CleanArticle -LiteralPath $utf16 -Encoding unicode -ErrorAction Stop).Text | Should -Match 'eleven votes to four'
            [IO.File]::WriteAllBytes($utf16, [Text.Encoding]::BigEndianUnicode.GetBytes($StoryText))
            (Get-CleanArticle -LiteralPath $utf16 -Encoding bigendianunicode -ErrorAction Stop).Text | Should -Match 'eleven votes to four'
            [IO.File]::WriteAllBytes($utf16, [Text.Encoding]::UTF32.GetBytes($StoryText))
            (Get-CleanArticle -LiteralPath $utf16 -Encoding utf32 -ErrorAction Stop).Text | Should -Match 'eleven votes to four' 
        }

        It 'falls back to Windows-1252 for unlabelled Western text (not mistaken for an East Asian charset)' {
            $p = Join-Path $TestDrive 'sjis/fr.txt'
            $french = 'Le conseil municipal a voté mardi la construction d''une nouvelle bibliothèque centrale, à la place de l''ancien dépôt de bus, après une décennie de débats.'
            [IO.File]::WriteAllBytes($p, [Text.Encoding]::GetEncoding(1252).GetBytes($french))
            (Get-CleanArticle -LiteralPath $p -InputFormat Text).Text | Should -Match 'bibliothèque centrale, à la place'
        }

        It 'refuses an unknown encoding before any input' {
            { Get-CleanArticle -LiteralPath $SjisPath -Encoding 'no-such-charset' } | Should -Throw -ErrorId 'ParameterArgumentTransformationError,NewsTools.Commands.GetCleanArticleCommand'
        }
    }

    Context 'Dates and reading time for CSV and JSON' {
        BeforeAll {
            function script:New-DatedHtml([string] $Published, [string] $Modified) {
                $StoryHtml -replace '<head>', ('<head><meta property="article:published_time" content="{0}"><meta property="article:modified_time" content="{1}">' -f $Published, $Modified)
            }
        }

        It 'gives PublishedIso/ModifiedIso in ISO 8601, a day only as a day, whatever the culture' {
            $culture = [Globalization.CultureInfo]::CurrentCulture
            try {
                [Globalization.CultureInfo]::CurrentCulture = 'de-DE'
                $a = New-DatedHtml '2024-05-17' '2024-05-17T06:30:00+01:00' | Get-CleanArticle
                $a.PublishedHasTime | Should -BeFalse
                $a.PublishedIso | Should -BeExactly '2024-05-17'
                $a.ModifiedIso | Should -BeExactly '2024-05-17T06:30:00+01:00'
                $csv = $a | Select-Object Title, PublishedIso, ModifiedIso | ConvertTo-Csv -NoTypeInformation
                $csv[1] | Should -Match '"2024-05-17","2024-05-17T06:30:00\+01:00"$'
            }
            finally { [Globalization.CultureInfo]::CurrentCulture = $culture }
            ($StoryHtml | Get-CleanArticle).PublishedIso | Should -BeNullOrEmpty
        }

        It 'gives ReadingTimeSeconds, a plain number in JSON' {
            $a = $StoryHtml | Get-CleanArticle
            $a.ReadingTimeSeconds | Should -BeOfType [int]
            $a.ReadingTimeSeconds | Should -Be ([int][math]::Round($a.ReadingTime.TotalSeconds, [MidpointRounding]::AwayFromZero))
            $json = $a | Select-Object ReadingTimeSeconds, PublishedIso | ConvertTo-Json -Compress
            $json | Should -Match ('"ReadingTimeSeconds":{0}[,}}]' -f $a.ReadingTimeSeconds)
        }
    }

    Context 'Progress' {
        BeforeAll {
            $script:ProgressDir = Join-Path $TestDrive 'progress'
            $null = New-Item -ItemType Directory $ProgressDir -Force
            foreach ($i in 1..6) { Set-Content -LiteralPath (Join-Path $ProgressDir "page$i.html") -Value ($StoryHtml -replace 'new library', "library number $i") }
            $script:ProgressHook = [NewsTools.Commands.GetCleanArticleCommand].Assembly.GetType('NewsTools.Commands.TestHooks').GetProperty('ProgressInterval', [Reflection.BindingFlags]'Static,NonPublic')
            # Runs a script in a runspace of its own and returns the progress records it wrote (and its output count).
            function script:Get-ProgressOf([string] $Script) {
                $ps = [PowerShell]::Create()
                try {
                    $null = $ps.AddScript("Import-Module '$env:NEWSTOOLS_MODULE'; Set-Location -LiteralPath '$ProgressDir'; $Script")
                    $out = $ps.Invoke()
                    $ps.HadErrors | Should -BeFalse
                    [pscustomobject]@{ Count = $out.Count; Records = @($ps.Streams.Progress) }
                }
                finally { $ps.Dispose() }
            }
        }
        AfterEach { $ProgressHook.SetValue($null, $null) }

        It 'Get-ChildItem | Get-CleanArticle: a count and a rate (the total is unknown), a new record per update, then Completed' {
            $ProgressHook.SetValue($null, [Nullable[TimeSpan]][TimeSpan]::Zero)
            $r = Get-ProgressOf 'Get-ChildItem -Filter *.html | Get-CleanArticle'
            $r.Count | Should -Be 6
            $updates = @($r.Records | Where-Object RecordType -eq 'Processing')
            $updates.Count | Should -Be 6
            $updates[0].StatusDescription | Should -Match '^0 cleaned \('
            $updates[5].StatusDescription | Should -Match '^5 cleaned \([\d.,]+/s\)'
            $updates[5].CurrentOperation | Should -Match 'page6\.html$'
            @($updates | Where-Object PercentComplete -ne -1).Count | Should -Be 0
            [object]::ReferenceEquals($updates[0], $updates[1]) | Should -BeFalse
            $r.Records[-1].RecordType | Should -Be 'Completed'
        }

        It '-Path with a list and -LiteralPath: percent of the known total' {
            $ProgressHook.SetValue($null, [Nullable[TimeSpan]][TimeSpan]::Zero)
            $r = Get-ProgressOf 'Get-CleanArticle -Path page1.html, page2.html, page3.html, page4.html'
            $updates = @($r.Records | Where-Object RecordType -eq 'Processing')
            $updates.PercentComplete | Should -Be @(0, 25, 50, 75)
            $updates[1].StatusDescription | Should -Match '^1 of 4'
            $r.Records[-1].RecordType | Should -Be 'Completed'
            $r = Get-ProgressOf 'Get-CleanArticle -LiteralPath page1.html, page2.html'
            @($r.Records | Where-Object RecordType -eq 'Processing').PercentComplete | Should -Be @(0, 50)
        }

        It 'throttles updates (200 ms) and shows nothing for one quick input' {
            $r = Get-ProgressOf 'Get-ChildItem -Filter *.html | Get-CleanArticle'
            @($r.Records | Where-Object RecordType -eq 'Processing').Count | Should -BeLessThan 3
            (Get-ProgressOf 'Get-CleanArticle page1.html').Records.Count | Should -Be 0
            $slow = Get-ProgressOf '1..4 | ForEach-Object { Start-Sleep -Milliseconds 150; "page$_.html" } | Get-CleanArticle'
            $slow.Count | Should -Be 4
            @($slow.Records | Where-Object RecordType -eq 'Processing').Count | Should -BeGreaterThan 0
        }
    }

    Context 'Hostile input' {
        It 'survives 10,000 nested elements (no recursion over depth)' {
            $n = 10000
            $html = '<html><body>' + ('<div>' * $n) + '<p>The story sits at the bottom of ten thousand nested elements, and it is still found.</p>' + ('</div>' * $n) + '</body></html>'
            $a = $html | Get-CleanArticle
            $a.Text | Should -Match 'ten thousand nested elements'
        }

        It 'survives unclosed tag soup and a very long line' {
            $soup = '<html><body>' + ('<p><b><i><span>' + ('word ' * 50)) * 2000 + '</body></html>'
            { $soup | Get-CleanArticle -ErrorAction Stop } | Should -Not -Throw
            $line = 'A very long line of scraped text without any break. ' * 20000
            ($line | Get-CleanArticle -InputFormat Text).WordCount | Should -BeGreaterThan 0
        }
    }

    Context 'Errors' {
        It 'reports a missing path as FileNotFound and goes on' {
            $articles = @(Get-CleanArticle (Join-Path $TestDrive 'missing.html'), $HtmlSample -ErrorVariable err -ErrorAction SilentlyContinue)
            $articles.Count | Should -Be 1
            $err.Count | Should -Be 1
            $err[0].FullyQualifiedErrorId | Should -Be "FileNotFound,$Cmd"
            $err[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
            $err[0].TargetObject | Should -Be (Join-Path $TestDrive 'missing.html')
        }

        It 'reports a wildcard that matches nothing' {
            Get-CleanArticle (Join-Path $TestDrive 'nothing-*.html') -ErrorVariable err -ErrorAction SilentlyContinue
            $err[0].FullyQualifiedErrorId | Should -Be "FileNotFound,$Cmd"
        }

        It 'refuses a non-filesystem path' {
            Get-CleanArticle Env:PATH -ErrorVariable err -ErrorAction SilentlyContinue
            $err[0].FullyQualifiedErrorId | Should -Be "NotFileSystemPath,$Cmd"
            $err[0].CategoryInfo.Category | Should -Be 'InvalidArgument'
            $err[0].TargetObject | Should -Be 'Env:PATH'
        }

        It 'refuses a directory' {
            Get-CleanArticle -LiteralPath $TestDrive -ErrorVariable err -ErrorAction SilentlyContinue
            $err[0].FullyQualifiedErrorId | Should -Be "PathIsDirectory,$Cmd"
        }

        It 'refuses an object it cannot use, with the object as target, and goes on' {
            $bad = [pscustomobject]@{ Name = 'no content here' }
            $articles = @($bad, $StoryHtml | Get-CleanArticle -ErrorVariable err -ErrorAction SilentlyContinue)
            $articles.Count | Should -Be 1
            $err[0].FullyQualifiedErrorId | Should -Be "InvalidInputObject,$Cmd"
            $err[0].CategoryInfo.Category | Should -Be 'InvalidArgument'
            $err[0].TargetObject.Name | Should -Be 'no content here'
        }

        It 'reports empty input as EmptyInput' {
            '   ' | Get-CleanArticle -ErrorVariable err -ErrorAction SilentlyContinue
            $err[0].FullyQualifiedErrorId | Should -Be "EmptyInput,$Cmd"
            $err[0].CategoryInfo.Category | Should -Be 'InvalidData'
            $empty = New-TestFile 'empty.txt' ''
            Get-CleanArticle -LiteralPath $empty -ErrorVariable err2 -ErrorAction SilentlyContinue
            $err2[0].FullyQualifiedErrorId | Should -Be "EmptyInput,$Cmd"
            $err2[0].TargetObject | Should -Be $empty
        }

        It 'reports binary junk as BinaryInput' {
            $bin = Join-Path $TestDrive 'image.png'
            $rng = [Random]::new(7); $bytes = [byte[]]::new(4096); $rng.NextBytes($bytes); $bytes[0] = 0x89; $bytes[10] = 0
            [IO.File]::WriteAllBytes($bin, $bytes)
            Get-CleanArticle -LiteralPath $bin -ErrorVariable err -ErrorAction SilentlyContinue
            $err[0].FullyQualifiedErrorId | Should -Be "BinaryInput,$Cmd"
            $err[0].TargetObject | Should -Be $bin
        }

        It 'stops at once on an invalid -RemovePattern or -ContentSelector' {
            { $StoryHtml | Get-CleanArticle -RemovePattern '([' -ErrorAction Stop } | Should -Throw -ErrorId "InvalidPattern,$Cmd"
            { $StoryHtml | Get-CleanArticle -ContentSelector 'div[[' -ErrorAction Stop } | Should -Throw -ErrorId "InvalidSelector,$Cmd"
        }
    }
}
