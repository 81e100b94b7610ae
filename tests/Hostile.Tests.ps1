# Get-CleanArticle against hostile input and faults (issue 15, the cmdlet side): one bad item never stops the run,
# nothing crashes or hangs. Every input is generated here; no large file is committed.
BeforeAll {
    Import-Module $env:NEWSTOOLS_MODULE -Force
    $script:Cmd = 'NewsTools.Commands.GetCleanArticleCommand'
    $script:Hooks = [NewsTools.Commands.GetCleanArticleCommand].Assembly.GetType('NewsTools.Commands.TestHooks')
    $script:FaultHook = $Hooks.GetProperty('ThrowWhenContentContains', [Reflection.BindingFlags]'Static,NonPublic')

    function script:New-StoryHtml([int] $Index) {
        @"
<!DOCTYPE html><html lang="en"><head><title>Headline $Index | Town Crier</title></head>
<body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Headline $Index</h1>
<p>Story $Index begins: the town council voted on Tuesday to build a new central library on the site of the old bus depot.</p>
<p>Construction of building $Index is due to start next spring, and it should open in two years, the planning chief said.</p>
<p>Residents who opposed plan $Index said the depot site was too far from the station, but the motion passed by eleven votes to four.</p>
</article><footer>Copyright 2024 Town Crier</footer></body></html>
"@
    }
    # A page big enough that cleaning it takes seconds (about 10 MB of markup).
    function script:New-SlowHtml {
        '<html><body>' + ('<div class="c"><p>Some paragraph text that is long enough to count as prose in a story, with words.</p></div>' * 100000) + '</body></html>'
    }
    # A gzip bomb: concatenated gzip members of 8 MB of spaces each (about 1000:1); -Nested wraps it in gzip once more.
    function script:New-GzipBomb([string] $Path, [int] $ExpandedMB, [switch] $Nested) {
        function Compress([byte[]] $b) {
            $ms = [IO.MemoryStream]::new()
            $gz = [IO.Compression.GZipStream]::new($ms, [IO.Compression.CompressionLevel]::SmallestSize)
            $gz.Write($b, 0, $b.Length); $gz.Dispose(); $ms.ToArray()
        }
        $spaces = [byte[]]::new(8MB); [Array]::Fill($spaces, [byte]32)
        $member = Compress $spaces
        $ms = [IO.MemoryStream]::new()
        for ($i = 0; $i -lt $ExpandedMB / 8; $i++) { $ms.Write($member, 0, $member.Length) }
        $bytes = $ms.ToArray()
        if ($Nested) { $bytes = Compress $bytes }
        [IO.File]::WriteAllBytes($Path, $bytes)
        [pscustomobject]@{ Path = $Path; Ratio = $ExpandedMB * 1MB / $bytes.Length }
    }
    function script:New-TestFile([string] $Name, [string] $Content) {
        $p = Join-Path $TestDrive $Name
        Set-Content -LiteralPath $p -Value $Content -Encoding utf8NoBOM
        $p
    }
    # The base object of an error's target (pipeline objects come wrapped in a PSObject).
    function script:Get-Target($ErrorRecord) {
        $t = $ErrorRecord.TargetObject
        if ($t -is [psobject]) { $t = $t.psobject.BaseObject }
        , $t
    }
}

Describe 'Get-CleanArticle with hostile input and faults' {
    Context 'One unexpected failure is one error, and the run goes on' {
        AfterEach { $FaultHook.SetValue($null, $null) }

        It 'turns an exception inside the core into ExtractionFailed for that input only' {
            $FaultHook.SetValue($null, 'FAULT-MARKER')
            $bad = (New-StoryHtml 2) -replace 'Story 2 begins', 'FAULT-MARKER begins'
            $out = @((New-StoryHtml 1), $bad, (New-StoryHtml 3) | Get-CleanArticle -ErrorVariable err -ErrorAction SilentlyContinue)
            $out.Title | Should -Be 'Headline 1', 'Headline 3'
            $err.Count | Should -Be 1
            $err[0].FullyQualifiedErrorId | Should -Be "ExtractionFailed,$Cmd"
            $err[0].CategoryInfo.Category | Should -Be 'NotSpecified'
            Get-Target $err[0] | Should -Be $bad
            $err[0].Exception.InnerException.Message | Should -Match 'Fault injected'
        }

        It 'turns a -RemovePattern that times out into PatternTimeout and still cleans the next file' {
            $evil = New-TestFile 'evil.txt' ("Some words before.`n" + ('a' * 40) + 'b')
            $good = New-TestFile 'good.txt' ('The council voted on Tuesday to build a library near the station. ' * 5)
            $out = @(Get-CleanArticle $evil, $good -RemovePattern '^(a|aa)+$' -ErrorVariable err -ErrorAction SilentlyContinue)
            $out.Source | Should -Be $good
            $err.Count | Should -Be 1
            $err[0].FullyQualifiedErrorId | Should -Be "PatternTimeout,$Cmd"
            $err[0].CategoryInfo.Category | Should -Be 'OperationTimeout'
            $err[0].TargetObject | Should -Be $evil
            $err[0].Exception.Message | Should -Match ([regex]::Escape("-RemovePattern '^(a|aa)+$'"))
            $err[0].Exception.InnerException | Should -BeOfType [Text.RegularExpressions.RegexMatchTimeoutException]
        }

        It 'does the same for -KeepPattern' {
            $evil = New-TestFile 'evil2.txt' ("Some words before.`n" + ('a' * 40) + 'b')
            $good = New-TestFile 'good2.txt' ('The council voted on Tuesday to build a library near the station. ' * 5)
            $out = @(Get-CleanArticle $evil, $good -KeepPattern '^(a+)+$' -ErrorVariable err -ErrorAction SilentlyContinue)
            $out.Source | Should -Be $good
            $err[0].FullyQualifiedErrorId | Should -Be "PatternTimeout,$Cmd"
            $err[0].Exception.Message | Should -Match 'KeepPattern'
        }
    }

    Context 'Bytes from the pipeline' {
        BeforeAll {
            # Windows-1252 with a meta charset: decoding the bytes as a file does gives "café", not a replacement char.
            $script:Page = Join-Path $TestDrive 'bytes.html'
            $html = (New-StoryHtml 7) -replace '<head>', '<head><meta charset="windows-1252">' -replace 'Story 7 begins', 'Story 7 at the café begins'
            [IO.File]::WriteAllBytes($Page, [Text.Encoding]::GetEncoding(1252).GetBytes($html))
            $script:FromFile = Get-CleanArticle $Page
        }

        It 'makes one article of Get-Content -AsByteStream, decoded like the file' {
            $a = @(Get-Content -AsByteStream $Page | Get-CleanArticle)
            $a.Count | Should -Be 1
            $a[0].Text | Should -Be $FromFile.Text
            $a[0].Text | Should -Match 'café'
            $a[0].Source | Should -Be $Page
        }

        It 'makes one article of -AsByteStream -ReadCount batches' {
            $a = @(Get-Content -AsByteStream -ReadCount 100 $Page | Get-CleanArticle)
            $a.Count | Should -Be 1
            $a[0].Text | Should -Be $FromFile.Text
        }

        It 'makes one article per file when two files are read as bytes' {
            @(Get-Content -AsByteStream $Page, $Page | Get-CleanArticle).Count | Should -Be 2
        }

        It 'makes one article of unrolled bytes without notes, and of a byte array as one object' {
            $bytes = [IO.File]::ReadAllBytes($Page)
            @($bytes | Get-CleanArticle).Text | Should -Be $FromFile.Text
            @(, $bytes | Get-CleanArticle).Text | Should -Be $FromFile.Text
        }

        It 'unwraps gzip bytes' {
            $ms = [IO.MemoryStream]::new()
            $gz = [IO.Compression.GZipStream]::new($ms, [IO.Compression.CompressionMode]::Compress)
            $raw = [IO.File]::ReadAllBytes($Page); $gz.Write($raw, 0, $raw.Length); $gz.Dispose()
            (, $ms.ToArray() | Get-CleanArticle).Text | Should -Be $FromFile.Text
        }
    }

    Context 'Strings that are paths, URLs or text' {
        BeforeAll {
            $script:Dir = Join-Path $TestDrive 'pages'
            $null = New-Item -ItemType Directory $Dir -Force
            Set-Content (Join-Path $Dir '001.html') (New-StoryHtml 1)
            Set-Content (Join-Path $Dir '002.html') (New-StoryHtml 2)
        }
        BeforeEach { Push-Location $Dir }
        AfterEach { Pop-Location }

        It 'reads a relative path string as that file (relative to the PowerShell location)' {
            $a = './001.html' | Get-CleanArticle -WarningVariable w
            $a.Title | Should -Be 'Headline 1'
            $a.Source | Should -Be (Join-Path $Dir '001.html')
            $w | Should -BeNullOrEmpty
        }

        It 'reads each of (Get-ChildItem).FullName as its file' {
            $a = @((Get-ChildItem *.html).FullName | Get-CleanArticle)
            $a.Title | Should -Be 'Headline 1', 'Headline 2'
        }

        It 'downloads a one-line http(s) URL (a loopback server), and reads the path after it' {
            Import-Module (Join-Path $PSScriptRoot 'tools/WebServer.psm1')
            $server = Start-TestWebServer
            try {
                $url = $server.BaseUri + 'test/page/1'
                $a = @($url, './002.html' | Get-CleanArticle -ErrorVariable err -ErrorAction SilentlyContinue)
                $err | Should -BeNullOrEmpty
                $a.Title | Should -Be 'Headline 1', 'Headline 2'
                $a[0].Url | Should -Be $url
                (Get-TestWebServerStats $server).paths.'/test/page/1' | Should -Be 1
            }
            finally {
                Stop-TestWebServer $server
            }
        }

        It 'cleans a multi-line string that starts with a URL as text' {
            $text = "https://example.com/news/1.html`nThe council voted on Tuesday to build a new central library on the site of the old bus depot, ending a decade of debate."
            $a = $text | Get-CleanArticle -ErrorVariable err -ErrorAction SilentlyContinue
            $err | Should -BeNullOrEmpty
            $a.Text | Should -Match 'central library'
        }

        It 'warns about a path-shaped string that names no file, and cleans it as text' {
            $a = './missing.html' | Get-CleanArticle -WarningVariable w -WarningAction SilentlyContinue
            $w.Count | Should -Be 1
            $w[0].Message | Should -Be "'./missing.html' is not an existing file; cleaning it as text."
            $a | Should -Not -BeNullOrEmpty
        }

        It 'gives PathIsDirectory for a path-shaped string that names a directory' {
            $null = "$Dir/" | Get-CleanArticle -ErrorVariable err -ErrorAction SilentlyContinue
            $err[0].FullyQualifiedErrorId | Should -Be "PathIsDirectory,$Cmd"
        }

        It 'takes ordinary lines and HTML snippets as text, without a warning' {
            $a = @('The council voted on Tuesday.', 'Share this article', '<p>A short <b>snippet</b></p>', 'and/or more text follows here today' |
                Get-CleanArticle -WarningVariable w -WarningAction SilentlyContinue)
            $a.Count | Should -BeGreaterThan 0
            $w | Where-Object Message -Match 'not an existing file' | Should -BeNullOrEmpty
        }
    }

    Context 'XML from Invoke-RestMethod' {
        It 'reads an XmlDocument and an XmlElement as HTML, like the same page as a string' {
            $xhtml = (New-StoryHtml 5) -replace '<!DOCTYPE html>', ''
            $asString = $xhtml | Get-CleanArticle
            $doc = [xml]$xhtml
            foreach ($a in ($doc | Get-CleanArticle), ($doc.DocumentElement | Get-CleanArticle)) {
                $a.InputFormat | Should -Be 'Html'
                $a.Title | Should -Be 'Headline 5'
                $a.Title | Should -Be $asString.Title
                $a.Text | Should -Be $asString.Text
            }
        }
    }

    Context 'Size caps' {
        It 'refuses a string over -MaximumInputSize with InputTooLarge, naming the limit, and goes on' {
            $big = New-StoryHtml 1
            $small = '<p>' + ('The council voted on Tuesday to build a library. ' * 3) + '</p>'
            $a = @($big, $small | Get-CleanArticle -MaximumInputSize 500 -ErrorVariable err -ErrorAction SilentlyContinue)
            $a.Count | Should -Be 1
            $err[0].FullyQualifiedErrorId | Should -Be "InputTooLarge,$Cmd"
            $err[0].CategoryInfo.Category | Should -Be 'LimitsExceeded'
            $err[0].Exception.Message | Should -Match 'more than the limit of 500'
            Get-Target $err[0] | Should -Be $big
        }

        It 'refuses a file, piped bytes and Get-Content lines over the limit' {
            $p = New-TestFile 'big.html' (New-StoryHtml 1)
            $null = Get-CleanArticle $p -MaximumInputSize 500 -ErrorVariable e1 -ErrorAction SilentlyContinue
            $null = Get-Content -AsByteStream $p | Get-CleanArticle -MaximumInputSize 500 -ErrorVariable e2 -ErrorAction SilentlyContinue
            $null = Get-Content $p | Get-CleanArticle -MaximumInputSize 500 -ErrorVariable e3 -ErrorAction SilentlyContinue
            foreach ($e in $e1, $e2, $e3) {
                $e.Count | Should -Be 1
                $e[0].FullyQualifiedErrorId | Should -Be "InputTooLarge,$Cmd"
                $e[0].Exception.Message | Should -Match ([regex]::Escape($p))
            }
        }

        It 'has a 64 MB default: a 1 MB string is cleaned' {
            (Get-Command Get-CleanArticle).Parameters['MaximumInputSize'].ParameterType | Should -Be ([int])
            $page = (New-StoryHtml 1) + ('<!-- padding -->' * 70000)
            ($page | Get-CleanArticle).Title | Should -Be 'Headline 1'
        }

        It 'stops a <Name> gzip bomb early, quickly and without inflating it' -ForEach @(
            @{ Name = '1000:1'; MB = 1024; Nested = $false; MinRatio = 1000 }
            @{ Name = '10,000:1 (nested)'; MB = 2048; Nested = $true; MinRatio = 10000 }
        ) {
            $bomb = New-GzipBomb (Join-Path $TestDrive "bomb-$MB.gz") -ExpandedMB $MB -Nested:$Nested
            $bomb.Ratio | Should -BeGreaterThan $MinRatio
            [GC]::Collect()
            $before = [GC]::GetTotalAllocatedBytes($true)
            $sw = [Diagnostics.Stopwatch]::StartNew()
            $null = Get-CleanArticle $bomb.Path -ErrorVariable err -ErrorAction SilentlyContinue
            $sw.Stop()
            $allocated = [GC]::GetTotalAllocatedBytes($true) - $before
            $err[0].FullyQualifiedErrorId | Should -Be "InputTooLarge,$Cmd"
            $err[0].Exception.Message | Should -Match 'more than 67,108,864 bytes'
            # Inflating all of it would take many seconds and 1-2 GB; the cap stops at 64 MB.
            $sw.Elapsed.TotalSeconds | Should -BeLessThan 5
            $allocated | Should -BeLessThan 400MB
        }

        It 'still reads a .gz under the limit' {
            $p = Join-Path $TestDrive 'page.html.gz'
            $fs = [IO.File]::Create($p)
            $gz = [IO.Compression.GZipStream]::new($fs, [IO.Compression.CompressionMode]::Compress)
            $raw = [Text.Encoding]::UTF8.GetBytes((New-StoryHtml 9)); $gz.Write($raw, 0, $raw.Length); $gz.Dispose(); $fs.Dispose()
            (Get-CleanArticle $p).Title | Should -Be 'Headline 9'
        }
    }

    Context 'An empty result' {
        It 'warns, naming the input and the reason, and still returns the article' {
            $nav = '<html><head><title>Home</title></head><body><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav></body></html>'
            $p = New-TestFile 'nav.html' $nav
            $a = Get-CleanArticle $p -WarningVariable w -WarningAction SilentlyContinue
            $a.WordCount | Should -Be 0
            $w.Count | Should -Be 1
            $w[0].Message | Should -Match ([regex]::Escape("'$p': nothing was left after cleaning"))
            $w[0].Message | Should -Match 'strategy'
        }
    }

    Context 'Time bounds' {
        BeforeAll { $script:Slow = New-SlowHtml }

        It 'gives ExtractionTimeout for a document slower than -TimeoutSec, and goes on' {
            $sw = [Diagnostics.Stopwatch]::StartNew()
            $a = @($Slow, (New-StoryHtml 4) | Get-CleanArticle -TimeoutSec 1 -ErrorVariable err -ErrorAction SilentlyContinue)
            $sw.Stop()
            $a.Title | Should -Be 'Headline 4'
            $err[0].FullyQualifiedErrorId | Should -Be "ExtractionTimeout,$Cmd"
            $err[0].CategoryInfo.Category | Should -Be 'OperationTimeout'
            $sw.Elapsed.TotalSeconds | Should -BeLessThan 3
        }

        It 'gives ExtractionTimeout in its place with -ThrottleLimit, and goes on' {
            $sw = [Diagnostics.Stopwatch]::StartNew()
            $a = @((New-StoryHtml 3), $Slow, (New-StoryHtml 4) | Get-CleanArticle -TimeoutSec 1 -ThrottleLimit 2 -ErrorAction Continue 2>&1)
            $sw.Stop()
            $a.Count | Should -Be 3
            $a[0].Title | Should -Be 'Headline 3'
            $a[1].FullyQualifiedErrorId | Should -Be "ExtractionTimeout,$Cmd"
            $a[2].Title | Should -Be 'Headline 4'
            $sw.Elapsed.TotalSeconds | Should -BeLessThan 3
        }

        It 'stops a long run within a second of Ctrl+C (StopProcessing), even in the middle of a document (<Name>)' -ForEach @(
            @{ Name = 'serial'; Parameters = '' }
            @{ Name = '-ThrottleLimit 2'; Parameters = ' -ThrottleLimit 2' }
        ) {
            $ps = [powershell]::Create()
            try {
                $null = $ps.AddScript('param($m, $pages) Import-Module $m; $pages | Get-CleanArticle' + $Parameters).
                    AddArgument($env:NEWSTOOLS_MODULE).AddArgument(@((New-StoryHtml 1)) + @($Slow) * 20)
                $in = [Management.Automation.PSDataCollection[psobject]]::new(); $in.Complete()
                $out = [Management.Automation.PSDataCollection[psobject]]::new()
                $async = $ps.BeginInvoke($in, $out)
                # The first article comes from the quick page: the run is then inside the first slow page.
                $deadline = [DateTime]::UtcNow.AddSeconds(30)
                while ($out.Count -eq 0 -and -not $async.IsCompleted -and [DateTime]::UtcNow -lt $deadline) { Start-Sleep -Milliseconds 100 }
                Start-Sleep -Milliseconds 500
                $ps.InvocationStateInfo.State | Should -Be 'Running'
                $sw = [Diagnostics.Stopwatch]::StartNew()
                $ps.Stop()
                $sw.Stop()
                $ps.InvocationStateInfo.State | Should -Be 'Stopped'
                $out.Count | Should -Be 1
                $sw.Elapsed.TotalSeconds | Should -BeLessThan 1
            } finally {
                $ps.Dispose()
            }
        }
    }

    Context 'Faults in a pipeline of 1,000 inputs' {
        BeforeAll {
            $FaultHook.SetValue($null, 'FAULT-MARKER')
            $listener = [Net.Sockets.TcpListener]::new([Net.IPAddress]::Loopback, 0)
            $listener.Start(); $ClosedPort = $listener.LocalEndpoint.Port; $listener.Stop()
            # Every tenth input is bad, each of a different kind in turn; the others are distinct small pages.
            $badKinds = @(
                { '' }                                                               # EmptyInput
                { "binary`n" + [string]::new([char]0, 64) + [string]::new([char]1, 64) } # BinaryInput
                { (New-StoryHtml 0) + '<!--' + ('x' * 20000) + '-->' }               # InputTooLarge (with -MaximumInputSize 20000)
                { , [byte[]](0..255) }                                               # BinaryInput, as bytes
                { "http://127.0.0.1:$ClosedPort/bad.html" }                           # ConnectionFailed (a loopback port nobody listens on)
                { "FAULT-MARKER`nsome text" }                                        # ExtractionFailed
                { "   `n  " }                                                        # EmptyInput
                { $null }                                                            # EmptyInput (a null object)
            )
            $script:Items = [Collections.Generic.List[object]]::new()
            $script:Bad = [Collections.Generic.HashSet[int]]::new()
            for ($i = 0; $i -lt 1000; $i++) {
                if ($i % 10 -eq 9) {
                    $n = ($i - 9) / 10
                    # Three pattern timeouts (1 s each) among the hundred keep the file fast.
                    $value = if ($n -in 15, 55, 95) { "Before.`n" + ('a' * 40) + 'b' } else { & $badKinds[$n % $badKinds.Count] }
                    $Items.Add($value); $null = $Bad.Add($i)
                } else {
                    $Items.Add((New-StoryHtml $i))
                }
            }
            $script:RunArgs = @{ MaximumInputSize = 20000; RemovePattern = '^(a|aa)+$' }
        }
        AfterAll { $FaultHook.SetValue($null, $null) }

        It 'gives 900 articles and 100 errors, each naming its input, in input order' {
            $out = @($Items | Get-CleanArticle @RunArgs -ErrorAction Continue 2>&1)
            $out.Count | Should -Be 1000
            @($out | Where-Object { $_ -is [Management.Automation.ErrorRecord] }).Count | Should -Be 100
            for ($i = 0; $i -lt 1000; $i++) {
                if ($Bad.Contains($i)) {
                    $out[$i] | Should -BeOfType [Management.Automation.ErrorRecord] -Because "input $i is bad"
                    $t = Get-Target $out[$i]
                    ([object]::ReferenceEquals($t, $Items[$i]) -or ($t -is [string] -and $t -eq $Items[$i])) | Should -BeTrue -Because "error $i names input $i"
                } else {
                    $out[$i].Title | Should -Be "Headline $i"
                }
            }
            $ids = $out | Where-Object { $_ -is [Management.Automation.ErrorRecord] } | ForEach-Object { $_.FullyQualifiedErrorId -replace ',.*' } | Sort-Object -Unique
            $ids | Should -Be 'BinaryInput', 'ConnectionFailed', 'EmptyInput', 'ExtractionFailed', 'InputTooLarge', 'PatternTimeout'
        }

        It 'gives the same 900 articles and 100 errors, in input order, with -ThrottleLimit 3' {
            $serial = @($Items | Get-CleanArticle @RunArgs -ErrorAction Continue -WarningAction SilentlyContinue 2>&1)
            $parallel = @($Items | Get-CleanArticle @RunArgs -ThrottleLimit 3 -ErrorAction Continue -WarningAction SilentlyContinue 2>&1)
            $parallel.Count | Should -Be 1000
            for ($i = 0; $i -lt 1000; $i++) {
                if ($serial[$i] -is [Management.Automation.ErrorRecord]) {
                    $parallel[$i] | Should -BeOfType [Management.Automation.ErrorRecord] -Because "input $i is bad"
                    $parallel[$i].FullyQualifiedErrorId | Should -Be $serial[$i].FullyQualifiedErrorId
                    $t = Get-Target $parallel[$i]
                    ([object]::ReferenceEquals($t, $Items[$i]) -or ($t -is [string] -and $t -eq $Items[$i])) | Should -BeTrue -Because "error $i names input $i"
                } else {
                    ($parallel[$i] | ConvertTo-Json -Depth 4 -Compress) | Should -BeExactly ($serial[$i] | ConvertTo-Json -Depth 4 -Compress)
                }
            }
        }

        It 'stops at the first bad one with -ErrorAction Stop' {
            $got = [Collections.Generic.List[object]]::new()
            { $Items | Get-CleanArticle @RunArgs -ErrorAction Stop | ForEach-Object { $got.Add($_) } } |
                Should -Throw -ErrorId "EmptyInput,$Cmd"
            $got.Count | Should -Be 9
        }

        It 'collects all 100 with -ErrorAction SilentlyContinue -ErrorVariable' {
            $a = @($Items | Get-CleanArticle @RunArgs -ErrorAction SilentlyContinue -ErrorVariable e)
            $a.Count | Should -Be 900
            $e.Count | Should -Be 100
        }
    }

    Context '-ThrottleLimit on files' {
        It 'reads and cleans files on several threads: the same output, in the order given (paths, FileInfo, missing files)' {
            $dir = Join-Path $TestDrive 'throttle'
            $null = New-Item -ItemType Directory $dir -Force
            $fixtures = @(Get-ChildItem (Join-Path $PSScriptRoot 'fixtures/html') -Recurse -Filter input.html)
            for ($i = 0; $i -lt 60; $i++) {
                $html = if ($i % 2) { Get-Content -Raw $fixtures[$i % $fixtures.Count].FullName } else { New-StoryHtml $i }
                Set-Content -LiteralPath (Join-Path $dir ('{0:D3}.html' -f $i)) -Value $html
            }
            $paths = @(Get-ChildItem $dir | ForEach-Object FullName)
            $paths = $paths[0..9] + @((Join-Path $dir 'missing.html')) + $paths[10..59]
            $shape = { param($o) if ($o -is [Management.Automation.ErrorRecord]) { $o.FullyQualifiedErrorId + '|' + $o.TargetObject } else { $o | ConvertTo-Json -Depth 4 -Compress } }
            $serial = @(Get-CleanArticle -LiteralPath $paths -ErrorAction Continue -WarningAction SilentlyContinue 2>&1 | ForEach-Object { & $shape $_ })
            $parallel = @(Get-CleanArticle -LiteralPath $paths -ThrottleLimit 2 -ErrorAction Continue -WarningAction SilentlyContinue 2>&1 | ForEach-Object { & $shape $_ })
            $piped = @(Get-ChildItem $dir | Get-CleanArticle -ThrottleLimit 4 -WarningAction SilentlyContinue | ForEach-Object { & $shape $_ })
            $serial.Count | Should -Be 61
            $serial[10] | Should -Match '^FileNotFound'
            $parallel | Should -Be $serial
            $piped | Should -Be @($serial | Where-Object { $_ -notmatch '^FileNotFound' })
        }
    }

    Context 'ForEach-Object -Parallel' {
        It 'gives the same Text, Title and paywall kind for 500 pages as the serial run' {
            $fixtures = @(Get-ChildItem (Join-Path $PSScriptRoot 'fixtures/html') -Recurse -Filter input.html | ForEach-Object { Get-Content -Raw $_.FullName })
            $pages = for ($i = 0; $i -lt 500; $i++) {
                $html = if ($i % 2) { $fixtures[$i % $fixtures.Count] } else { New-StoryHtml $i }
                [pscustomobject]@{ Index = $i; Html = $html + "<!-- page $i -->" }
            }
            $shape = { param($page, $a) '{0}|{1}|{2}|{3}' -f $page.Index, $a.Title, $a.Paywall.Kind, $a.Text }
            $serial = foreach ($p in $pages) { & $shape $p ($p.Html | Get-CleanArticle -WarningAction SilentlyContinue) }
            $module = $env:NEWSTOOLS_MODULE
            $parallel = $pages | ForEach-Object -ThrottleLimit 4 -Parallel {
                Import-Module $using:module
                $a = $_.Html | Get-CleanArticle -WarningAction SilentlyContinue
                '{0}|{1}|{2}|{3}' -f $_.Index, $a.Title, $a.Paywall.Kind, $a.Text
            }
            $parallel = $parallel | Sort-Object { [int]($_ -split '\|')[0] }
            $parallel.Count | Should -Be 500
            for ($i = 0; $i -lt 500; $i++) { $parallel[$i] | Should -Be $serial[$i] }
        }
    }
}
