# Get-CleanArticle -Uri and piped URLs (issue 17): every request goes to a loopback server these tests start
# (tests/tools/WebServer.psm1, 127.0.0.1 on a free port); no test reaches beyond the loopback interface.
BeforeAll {
    Import-Module $env:NEWSTOOLS_MODULE -Force
    Import-Module (Join-Path $PSScriptRoot 'tools/WebServer.psm1') -Force
    $script:Cmd = 'NewsTools.Commands.GetCleanArticleCommand'
    $script:Server = Start-TestWebServer -Root (Join-Path $PSScriptRoot 'samples')
    $script:B = $Server.BaseUri
    # A loopback port nobody listens on: taken from the system, then released.
    $listener = [Net.Sockets.TcpListener]::new([Net.IPAddress]::Loopback, 0)
    $listener.Start(); $script:ClosedPort = $listener.LocalEndpoint.Port; $listener.Stop()

    function script:Get-Stats { Get-TestWebServerStats $Server }
    function script:Reset-Stats { $null = Get-TestWebServerStats $Server -Reset }
    # Output and errors of one run, in the order written: "A:<title>" for an article, "E:<id>" for an error.
    function script:Get-Shape([object[]] $Out) {
        foreach ($o in $Out) {
            if ($o -is [Management.Automation.ErrorRecord]) { 'E:' + ($o.FullyQualifiedErrorId -replace ',.*') } else { 'A:' + $o.Title }
        }
    }
}
AfterAll {
    if ($Server) { Stop-TestWebServer $Server }
}

Describe 'Get-CleanArticle -Uri' {
    Context 'Where URLs come from' {
        It 'downloads -Uri (one and several, in order): Url and Source are the address, StatusCode 200' {
            $a = Get-CleanArticle -Uri "${B}test/page/1"
            $a.Title | Should -Be 'Headline 1'
            $a.Url | Should -Be "${B}test/page/1"
            $a.Source | Should -Be "${B}test/page/1"
            $a.StatusCode | Should -Be 200
            $a.Text | Should -Match 'Story 1: The town council voted'
            @(Get-CleanArticle -Uri "${B}test/page/1", "${B}test/page/2", "${B}test/page/3").Title | Should -Be 'Headline 1', 'Headline 2', 'Headline 3'
        }

        It 'downloads piped URL strings, [uri] objects, objects with Link ([uri]) or Url (string), and hashtables' {
            $in = @(
                "${B}test/page/1"
                [uri] "${B}test/page/2"
                [pscustomobject]@{ Title = 'feed item'; Link = [uri] "${B}test/page/3"; Summary = 'a summary is no content' }
                [pscustomobject]@{ Url = "${B}test/page/4" }
                @{ Link = "${B}test/page/5" }
            )
            @($in | Get-CleanArticle).Title | Should -Be 'Headline 1', 'Headline 2', 'Headline 3', 'Headline 4', 'Headline 5'
        }

        It 'downloads a URL given as -Path (Get-CleanArticle https://...)' {
            (Get-CleanArticle "${B}test/page/7").Title | Should -Be 'Headline 7'
        }

        It 'keeps an object with content and a Url a document (its Url is its address, nothing is downloaded)' {
            Reset-Stats
            $html = '<html><head><title>Kept</title></head><body><article><h1>Kept</h1><p>' + ('The council voted on Tuesday to build a library near the station. ' * 4) + '</p></article></body></html>'
            $a = [pscustomobject]@{ Html = $html; Url = "${B}test/page/9" } | Get-CleanArticle
            $a.Url | Should -Be "${B}test/page/9"
            (Get-Stats).requests | Should -Be 0
        }

        It 'binds -Uri by property name (aliases Url and Link) and takes a delay-bind script block' {
            $p = (Get-Command Get-CleanArticle).Parameters['Uri']
            $p.ParameterType | Should -Be ([uri[]])
            $p.Aliases | Should -Be 'Url', 'Link'
            $p.ParameterSets['Uri'].ValueFromPipelineByPropertyName | Should -BeTrue
            $items = [pscustomobject]@{ Address = "${B}test/page/11" }, [pscustomobject]@{ Address = "${B}test/page/12" }
            @($items | Get-CleanArticle -Uri { $_.Address }).Title | Should -Be 'Headline 11', 'Headline 12'
        }

        It 'keeps input order across text, URLs and errors in one pipeline' {
            $text = "The council voted on Tuesday to build a new central library on the site of the old bus depot.`nIt opens in two years."
            $out = @($text, "${B}test/page/1", "${B}test/status/404", "${B}test/page/2" | Get-CleanArticle -ErrorAction Continue 2>&1)
            Get-Shape $out | Should -Be @('A:' + $out[0].Title), 'A:Headline 1', 'E:HttpError', 'A:Headline 2'
        }

        It 'gives UnsupportedUri for an address that is not http or https, and goes on' {
            $out = @(Get-CleanArticle -Uri 'ftp://127.0.0.1/story.html', "${B}test/page/1" -ErrorAction Continue 2>&1)
            Get-Shape $out | Should -Be 'E:UnsupportedUri', 'A:Headline 1'
            $out[0].CategoryInfo.Category | Should -Be 'InvalidArgument'
            $out[0].TargetObject | Should -Be ([uri] 'ftp://127.0.0.1/story.html')
            $null = [uri] 'file:///tmp/story.html' | Get-CleanArticle -ErrorVariable err -ErrorAction SilentlyContinue
            $err[0].FullyQualifiedErrorId | Should -Be "UnsupportedUri,$Cmd"
        }
    }

    Context 'HTTP' {
        It 'sends an honest default User-Agent naming NewsTools, its version and the project page' {
            $a = Get-CleanArticle -Uri "${B}test/echo"
            $version = (Get-Module NewsTools).Version
            $a.Text | Should -Match ([regex]::Escape("Header User-Agent is NewsTools/$($version.Major).$($version.Minor).$($version.Build) (+https://github.com/newstools/NewsTools),"))
        }

        It 'sends -UserAgent and -Headers' {
            $a = Get-CleanArticle -Uri "${B}test/echo" -UserAgent 'TestAgent/1.0' -Headers @{ 'X-Test-Token' = 'abc123'; 'Accept-Language' = 'fr' }
            $a.Text | Should -Match 'Header User-Agent is TestAgent/1\.0,'
            $a.Text | Should -Match 'Header X-Test-Token is abc123,'
            $a.Text | Should -Match 'Header Accept-Language is fr,'
        }

        It 'asks for compressed responses (gzip, deflate, brotli on PowerShell 7) and undoes gzip and deflate' {
            $echo = (Get-CleanArticle -Uri "${B}test/echo").Text
            foreach ($coding in 'gzip', 'deflate', 'br') { $echo | Should -Match "Header Accept-Encoding is [a-z, ]*\b$coding\b" }
            (Get-CleanArticle -Uri "${B}test/gzip").Title | Should -Be 'Headline gzip'
            (Get-CleanArticle -Uri "${B}test/deflate").Title | Should -Be 'Headline deflate'
        }

        It 'follows redirects (relative and absolute): Url is the final address, RequestedUrl the one asked for, and -Verbose shows each hop' {
            $out = @(Get-CleanArticle -Uri "${B}test/redirect/3" -Verbose 4>&1)
            $a = $out | Where-Object { $_ -isnot [Management.Automation.VerboseRecord] }
            $a.Url | Should -Be "${B}test/redirect/0"
            $a.RequestedUrl | Should -Be "${B}test/redirect/3"
            $a.Title | Should -Be 'Headline after redirects'
            @($out | Where-Object { $_ -is [Management.Automation.VerboseRecord] -and $_.Message -match '302 redirect to' }).Count | Should -Be 3
            (Get-CleanArticle -Uri "${B}test/absredirect/2").Url | Should -Be "${B}test/absredirect/0"
            (Get-CleanArticle -Uri "${B}test/redirect/1?code=301").Url | Should -Be "${B}test/redirect/0?code=301"
        }

        It 'follows 10 redirects and refuses 11 with TooManyRedirects' {
            (Get-CleanArticle -Uri "${B}test/redirect/10").Title | Should -Be 'Headline after redirects'
            $null = Get-CleanArticle -Uri "${B}test/redirect/11" -ErrorVariable err -ErrorAction SilentlyContinue
            $err.Count | Should -Be 1
            $err[0].FullyQualifiedErrorId | Should -Be "TooManyRedirects,$Cmd"
            $err[0].CategoryInfo.Category | Should -Be 'LimitsExceeded'
            $err[0].Exception.Message | Should -Match 'More than 10 redirects'
        }

        It 'stops a redirect loop at once with RedirectLoop, naming the chain' {
            Reset-Stats
            $null = Get-CleanArticle -Uri "${B}test/loop/a" -ErrorVariable err -ErrorAction SilentlyContinue
            $err[0].FullyQualifiedErrorId | Should -Be "RedirectLoop,$Cmd"
            $err[0].Exception.Message | Should -Match ([regex]::Escape("${B}test/loop/a -> ${B}test/loop/b -> ${B}test/loop/a"))
            (Get-Stats).requests | Should -Be 2
        }

        It 'does not follow a redirect to another scheme' {
            $null = Get-CleanArticle -Uri "${B}test/redirect-to?url=file:///etc/passwd" -ErrorVariable err -ErrorAction SilentlyContinue
            $err[0].FullyQualifiedErrorId | Should -Be "UnsupportedUri,$Cmd"
            $err[0].Exception.Message | Should -Match 'not an http or https address'
        }

        It 'reuses one connection for a run (one HttpClient per command run)' {
            Reset-Stats
            $a = @(Get-CleanArticle -Uri (1..6 | ForEach-Object { "${B}test/page/$_" }) -ThrottleLimit 1)
            $a.Count | Should -Be 6
            $s = Get-Stats
            $s.requests | Should -Be 6
            $s.connections | Should -Be 1
        }

        It 'has at most 2 requests in flight to one host, whatever -ThrottleLimit' {
            Reset-Stats
            $a = @(Get-CleanArticle -Uri (1..8 | ForEach-Object { "${B}test/page/${_}?latency=300" }) -ThrottleLimit 8)
            $a.Count | Should -Be 8
            $s = Get-Stats
            $s.maxInFlight | Should -Be 2
        }

        It 'goes through -Proxy (the loopback server acting as an http proxy; the named host is never resolved)' {
            Reset-Stats
            $a = Get-CleanArticle -Uri 'http://news.invalid/test/page/5' -Proxy $B
            $a.Title | Should -Be 'Headline 5'
            $a.Url | Should -Be 'http://news.invalid/test/page/5'
            (Get-Stats).proxied | Should -Be 'http://news.invalid/test/page/5'
        }

        It 'refuses a -Proxy that is not http, and -Proxy with -NoProxy, before reading anything' {
            { Get-CleanArticle -Uri "${B}test/page/1" -Proxy 'ftp://127.0.0.1:21' } | Should -Throw -ErrorId "InvalidProxy,$Cmd"
            { Get-CleanArticle -Uri "${B}test/page/1" -Proxy $B -NoProxy } | Should -Throw -ErrorId "InvalidProxy,$Cmd"
            (Get-CleanArticle -Uri "${B}test/page/1" -NoProxy).Title | Should -Be 'Headline 1'
        }

        It 'spaces requests to one host by -PerHostDelayMilliseconds' {
            $sw = [Diagnostics.Stopwatch]::StartNew()
            $a = @(Get-CleanArticle -Uri (1..4 | ForEach-Object { "${B}test/page/$_" }) -PerHostDelayMilliseconds 400)
            $sw.Stop()
            $a.Count | Should -Be 4
            # Four starts 400 ms apart: at least 1.2 s; without the delay the four pages take well under that.
            $sw.Elapsed.TotalSeconds | Should -BeGreaterThan 1.15
        }
    }

    Context 'Failures: one error per URL, the URL as target, the status in the message, and the run goes on' {
        It 'gives HttpError for <Code> (<Category>)' -ForEach @(
            @{ Code = 404; Category = 'ObjectNotFound' }
            @{ Code = 410; Category = 'ObjectNotFound' }
            @{ Code = 403; Category = 'PermissionDenied' }
            @{ Code = 500; Category = 'ResourceUnavailable' }
            @{ Code = 400; Category = 'InvalidResult' }
        ) {
            $url = "${B}test/status/$Code"
            $out = @($url, "${B}test/page/1" | Get-CleanArticle -ErrorAction Continue 2>&1)
            Get-Shape $out | Should -Be 'E:HttpError', 'A:Headline 1'
            $out[0].CategoryInfo.Category | Should -Be $Category
            $out[0].TargetObject | Should -Be $url
            $out[0].Exception.StatusCode | Should -Be $Code
            $out[0].Exception.Message | Should -Match "answered $Code "
        }

        It 'retries 500 -MaximumRetryCount times, then gives one error saying how many attempts' {
            Reset-Stats
            $null = Get-CleanArticle -Uri "${B}test/status/500" -MaximumRetryCount 2 -RetryIntervalSec 0 -ErrorVariable err -ErrorAction SilentlyContinue
            $err.Count | Should -Be 1
            $err[0].Exception.Message | Should -Match '500 Internal Server Error.*\(3 attempts\)'
            (Get-Stats).paths.'/test/status/500' | Should -Be 3
        }

        It 'retries 503 and 408 and succeeds when the server recovers' {
            (Get-CleanArticle -Uri "${B}test/flaky/k503/2/503" -MaximumRetryCount 2 -RetryIntervalSec 0).Title | Should -Be 'Headline flaky k503'
            (Get-CleanArticle -Uri "${B}test/flaky/k408/1/408" -MaximumRetryCount 1 -RetryIntervalSec 0).Title | Should -Be 'Headline flaky k408'
        }

        It 'does not retry a 404, nor anything without -MaximumRetryCount' {
            Reset-Stats
            $null = Get-CleanArticle -Uri "${B}test/status/404" -MaximumRetryCount 3 -RetryIntervalSec 0 -ErrorAction SilentlyContinue
            $null = Get-CleanArticle -Uri "${B}test/status/503" -ErrorAction SilentlyContinue
            $s = Get-Stats
            $s.paths.'/test/status/404' | Should -Be 1
            $s.paths.'/test/status/503' | Should -Be 1
        }

        It 'waits as a 429 Retry-After says (<Kind>) before retrying' -ForEach @(
            @{ Kind = 'seconds'; Query = 'retry-after=1'; Key = 'ra1' }
            @{ Kind = 'HTTP date'; Query = 'retry-after-date=2'; Key = 'ra2' }
        ) {
            $url = if ($Kind -eq 'seconds') { "${B}test/flaky/$Key/1/429?$Query" } else { "${B}test/flaky/$Key/1/429?$Query" }
            $sw = [Diagnostics.Stopwatch]::StartNew()
            $a = Get-CleanArticle -Uri $url -MaximumRetryCount 1 -RetryIntervalSec 0 -Verbose 4>&1
            $sw.Stop()
            ($a | Where-Object { $_ -isnot [Management.Automation.VerboseRecord] }).Title | Should -Be "Headline flaky $Key"
            @($a | Where-Object { $_ -is [Management.Automation.VerboseRecord] -and $_.Message -match '429.*Retry 1 of 1 in .*\(Retry-After\)' }).Count | Should -Be 1
            # -RetryIntervalSec 0: only Retry-After can make it wait (an HTTP date has whole seconds: at least ~1 s).
            $sw.Elapsed.TotalSeconds | Should -BeGreaterThan 0.9
        }

        It 'gives ConnectionFailed (ConnectionError, no status) for a refused connection' {
            $url = "http://127.0.0.1:$ClosedPort/story.html"
            $out = @($url, "${B}test/page/1" | Get-CleanArticle -ErrorAction Continue 2>&1)
            Get-Shape $out | Should -Be 'E:ConnectionFailed', 'A:Headline 1'
            $out[0].CategoryInfo.Category | Should -Be 'ConnectionError'
            $out[0].TargetObject | Should -Be $url
            $out[0].Exception.StatusCode | Should -Be 0
            $out[0].Exception.Message | Should -Match 'No HTTP status'
        }

        It 'gives WebRequestTimeout after -TimeoutSec, and goes on' {
            $sw = [Diagnostics.Stopwatch]::StartNew()
            $out = @("${B}test/slow?ms=6000", "${B}test/page/1" | Get-CleanArticle -TimeoutSec 1 -ErrorAction Continue 2>&1)
            $sw.Stop()
            Get-Shape $out | Should -Be 'E:WebRequestTimeout', 'A:Headline 1'
            $out[0].CategoryInfo.Category | Should -Be 'OperationTimeout'
            $out[0].Exception.Message | Should -Match 'did not answer within 1 s'
            $sw.Elapsed.TotalSeconds | Should -BeLessThan 4
        }

        It 'times out a body that never ends (the timeout covers the body too)' {
            $sw = [Diagnostics.Stopwatch]::StartNew()
            $null = Get-CleanArticle -Uri "${B}test/trickle?ms=100" -TimeoutSec 1 -ErrorVariable err -ErrorAction SilentlyContinue
            $sw.Stop()
            $err[0].FullyQualifiedErrorId | Should -Be "WebRequestTimeout,$Cmd"
            $err[0].Exception.Message | Should -Match 'status 200 OK, the body was still coming'
            $sw.Elapsed.TotalSeconds | Should -BeLessThan 4
        }

        It 'cuts off a body over -MaximumSize (<Name>) with ResponseTooLarge, holding no more than the cap' -ForEach @(
            @{ Name = 'streamed, no length'; Query = 'mb=40'; Size = $null; Expect = 'cut off' }
            @{ Name = 'Content-Length given'; Query = 'mb=40&length=1'; Size = $null; Expect = 'nothing was read' }
            @{ Name = '-MaximumSize 1MB'; Query = 'mb=8'; Size = 1MB; Expect = 'limit of 1,048,576' }
        ) {
            $extra = if ($Size) { @{ MaximumSize = $Size } } else { @{} }
            [GC]::Collect()
            $before = [GC]::GetTotalAllocatedBytes($true)
            $out = @("${B}test/big?$Query", "${B}test/page/1" | Get-CleanArticle @extra -ErrorAction Continue 2>&1)
            $allocated = [GC]::GetTotalAllocatedBytes($true) - $before
            Get-Shape $out | Should -Be 'E:ResponseTooLarge', 'A:Headline 1'
            $out[0].CategoryInfo.Category | Should -Be 'LimitsExceeded'
            $out[0].Exception.Message | Should -Match $Expect
            $out[0].Exception.Message | Should -Match 'status 200'
            # 40 MB read whole would allocate far more (a growing buffer copies itself); the cap is 32 MB.
            $allocated | Should -BeLessThan 200MB
        }

        It 'counts the bytes after Content-Encoding: a gzip bomb is cut off at the cap' {
            $null = Get-CleanArticle -Uri "${B}test/gzip-bomb?mb=48" -ErrorVariable err -ErrorAction SilentlyContinue
            $err[0].FullyQualifiedErrorId | Should -Be "ResponseTooLarge,$Cmd"
        }

        It 'gives UnsupportedContentType for <Type>, before reading the body' -ForEach @(
            @{ Type = 'image/png' }, @{ Type = 'application/pdf' }, @{ Type = 'application/json' }, @{ Type = 'application/octet-stream' }
        ) {
            $null = Get-CleanArticle -Uri "${B}test/type?t=$Type" -ErrorVariable err -ErrorAction SilentlyContinue
            $err[0].FullyQualifiedErrorId | Should -Be "UnsupportedContentType,$Cmd"
            $err[0].CategoryInfo.Category | Should -Be 'InvalidType'
            $err[0].Exception.Message | Should -Match ([regex]::Escape("of type '$Type' (status 200 OK)"))
        }

        It 'takes text/plain, XHTML and a response without a Content-Type' {
            foreach ($t in 'text/plain', 'application/xhtml+xml', '') {
                Get-CleanArticle -Uri "${B}test/type?t=$t" -ErrorAction Stop | Should -Not -BeNullOrEmpty -Because "type '$t'"
            }
        }

        It 'writes every error in its place with -ThrottleLimit 4, the same as serially' {
            $urls = @(
                "${B}test/page/1", "${B}test/status/404", "${B}test/page/2", "http://127.0.0.1:$ClosedPort/x",
                "${B}test/loop/a", "${B}test/page/3", "${B}test/type?t=image/png", "${B}test/page/4"
            )
            $serial = Get-Shape @($urls | Get-CleanArticle -ThrottleLimit 1 -ErrorAction Continue 2>&1)
            $parallel = Get-Shape @($urls | Get-CleanArticle -ThrottleLimit 4 -ErrorAction Continue 2>&1)
            $serial | Should -Be 'A:Headline 1', 'E:HttpError', 'A:Headline 2', 'E:ConnectionFailed', 'E:RedirectLoop', 'A:Headline 3', 'E:UnsupportedContentType', 'A:Headline 4'
            $parallel | Should -Be $serial
        }
    }

    Context 'Character sets' {
        # Each page is a story of our own writing in that language, encoded in that charset.
        It '<Charset> declared in <Where> comes out right' -ForEach @(
            foreach ($w in 'header', 'meta', 'http-equiv') {
                @{ Charset = 'windows-1251'; Where = $w; Phrase = 'проголосовал за строительство новой центральной библиотеки' }
                @{ Charset = 'windows-1252'; Where = $w; Phrase = "leurs sœurs aînées ont célébré l$([char]0x2019)événement" }
                @{ Charset = 'shift_jis'; Where = $w; Phrase = '新しい中央図書館を建設する' }
                @{ Charset = 'gb18030'; Where = $w; Phrase = '建造一座新的中央图书馆' }
                @{ Charset = 'iso-8859-2'; Where = $w; Phrase = 'zagłosowała za budową nowej biblioteki' }
            }
        ) {
            $a = Get-CleanArticle -Uri "${B}test/charset/${Charset}?where=$Where"
            $a.Text | Should -Match ([regex]::Escape($Phrase))
        }

        It '<Charset> with no declaration at all is recognised from the bytes' -ForEach @(
            @{ Charset = 'shift_jis'; Phrase = '新しい中央図書館を建設する' }
            @{ Charset = 'gb18030'; Phrase = '建造一座新的中央图书馆' }
            @{ Charset = 'windows-1252'; Phrase = "leurs sœurs aînées ont célébré l$([char]0x2019)événement" }
            @{ Charset = 'windows-1251'; Phrase = 'проголосовал за строительство новой центральной библиотеки' }
        ) {
            (Get-CleanArticle -Uri "${B}test/charset/${Charset}?where=none").Text | Should -Match ([regex]::Escape($Phrase))
        }

        It 'lets -Encoding override a wrong header charset' {
            # The 1251 page declared nowhere: -Encoding says what it is.
            (Get-CleanArticle -Uri "${B}test/charset/windows-1251?where=none" -Encoding windows-1251).Text | Should -Match 'проголосовал'
        }
    }

    Context 'Meta refresh, canonical and AMP: reported, not followed' {
        It 'records them on the article, says so in verbose output, and requests none of them' {
            Reset-Stats
            $out = @(Get-CleanArticle -Uri "${B}test/refresh" -Verbose 4>&1)
            $a = $out | Where-Object { $_ -isnot [Management.Automation.VerboseRecord] }
            $verbose = @($out | Where-Object { $_ -is [Management.Automation.VerboseRecord] }).Message
            $a.Url | Should -Be "${B}test/refresh"
            $a.RefreshUrl | Should -Be "${B}test/page/refreshed"
            $a.AmpUrl | Should -Be "${B}test/page/amp"
            $a.CanonicalUrl | Should -Be "${B}test/page/canonical"
            $verbose | Should -Contain "'${B}test/refresh' has a meta refresh to '${B}test/page/refreshed'; it was not followed (see RefreshUrl)."
            $verbose | Should -Contain "'${B}test/refresh' has an AMP version at '${B}test/page/amp'; it was not fetched (see AmpUrl)."
            ($verbose -match 'canonical address').Count | Should -Be 1
            (Get-Stats).requests | Should -Be 1
        }

        It '-FollowAmp cleans the AMP version instead: Url is its address, RequestedUrl the page asked for' {
            Reset-Stats
            $out = @(Get-CleanArticle -Uri "${B}test/refresh" -FollowAmp -Verbose 4>&1)
            $a = $out | Where-Object { $_ -isnot [Management.Automation.VerboseRecord] }
            $a.Title | Should -Be 'Headline amp'
            $a.Url | Should -Be "${B}test/page/amp"
            $a.RequestedUrl | Should -Be "${B}test/refresh"
            $a.AmpUrl | Should -Be "${B}test/page/amp"
            @($out | Where-Object { $_ -is [Management.Automation.VerboseRecord] }).Message | Should -Contain "Cleaning the AMP version '${B}test/page/amp' of '${B}test/refresh' (-FollowAmp)."
            $s = Get-Stats
            $s.paths.'/test/page/amp' | Should -Be 1
            $s.paths.'/test/page/refreshed' | Should -BeNullOrEmpty
        }

        It '-FollowAmp cleans the page itself, without an error, when its AMP version fails' {
            $out = @(Get-CleanArticle -Uri "${B}test/refresh?amp=/test/status/404" -FollowAmp -Verbose 4>&1 2>&1)
            $a = $out | Where-Object { $_ -isnot [Management.Automation.VerboseRecord] }
            $a | Should -HaveCount 1
            $a.Title | Should -Match '^Refresh'
            $a.Url | Should -Be "${B}test/refresh?amp=/test/status/404"
            (@($out | Where-Object { $_ -is [Management.Automation.VerboseRecord] }).Message -match 'could not be downloaded \(.*404 Not Found').Count | Should -Be 1
        }

        It 'leaves RefreshUrl and AmpUrl empty on a page without them' {
            $a = Get-CleanArticle -Uri "${B}test/page/1"
            $a.RefreshUrl | Should -BeNullOrEmpty
            $a.AmpUrl | Should -BeNullOrEmpty
        }
    }

    Context 'Files served by path (for feeds and fixtures)' {
        It 'serves a file under the root and 404 for one outside it' {
            (Get-CleanArticle -Uri "${B}harbour-bridge-page.html").Text | Should -Match 'Kestrel Point bridge'
            $null = Get-CleanArticle -Uri "${B}..%2f..%2fREADME.md" -ErrorVariable err -ErrorAction SilentlyContinue
            $err[0].Exception.StatusCode | Should -Be 404
        }
    }

    Context 'Parallel downloads' {
        It 'defaults to 4 downloads at once for URLs, and 1 (serial) when -ThrottleLimit 1 is given' {
            $urls = 1..8 | ForEach-Object { "${B}test/page/${_}?latency=400" }
            $sw = [Diagnostics.Stopwatch]::StartNew()
            $default = @(Get-CleanArticle -Uri $urls)
            $tDefault = $sw.Elapsed.TotalSeconds
            $sw.Restart()
            $serial = @(Get-CleanArticle -Uri $urls -ThrottleLimit 1)
            $tSerial = $sw.Elapsed.TotalSeconds
            $default.Title | Should -Be $serial.Title
            $serial.Title | Should -Be (1..8 | ForEach-Object { "Headline $_" })
            # Serial: 8 x 400 ms. Two at a time (one host): 4 x 400 ms.
            $tSerial | Should -BeGreaterThan 3.1
            $tDefault | Should -BeLessThan ($tSerial * 0.75)
        }

        It 'downloads piped URLs in parallel too, keeping the input order' {
            $urls = 1..6 | ForEach-Object { "${B}test/page/${_}?latency=" + (600 - 100 * $_) }
            @($urls | Get-CleanArticle).Title | Should -Be (1..6 | ForEach-Object { "Headline $_" })
        }

        It '-Unordered writes each article as soon as it is done; without it a slow first page holds back the rest' {
            $urls = "${B}test/page/1?latency=1500", "${B}test/page/2", "${B}test/page/3"
            @(Get-CleanArticle -Uri $urls).Title | Should -Be 'Headline 1', 'Headline 2', 'Headline 3'
            $unordered = @(Get-CleanArticle -Uri $urls -Unordered).Title
            $unordered[-1] | Should -Be 'Headline 1'
            $unordered | Sort-Object | Should -Be 'Headline 1', 'Headline 2', 'Headline 3'
        }

        It '-Unordered still gives every result once, with errors and -TimeoutSec' {
            $urls = "${B}test/page/1?latency=800", "${B}test/status/404", "${B}test/page/2", "${B}test/slow?ms=5000", "${B}test/page/3"
            $out = Get-Shape @($urls | Get-CleanArticle -Unordered -TimeoutSec 1 -ErrorAction Continue 2>&1)
            $out | Sort-Object | Should -Be 'A:Headline 1', 'A:Headline 2', 'A:Headline 3', 'E:HttpError', 'E:WebRequestTimeout'
        }

        It 'does not count the download against -TimeoutSec''s cleaning time' {
            # Two requests of 1.5 s each (a 503, then the page), each within -TimeoutSec 2 but 3 s together: the download
            # is bounded per request, and cleaning's clock starts once the page is there (no ExtractionTimeout).
            $urls = "${B}test/flaky/tA/1/503?latency=1500", "${B}test/flaky/tB/1/503?latency=1500"
            $a = @(Get-CleanArticle -Uri $urls -TimeoutSec 2 -ThrottleLimit 2 -MaximumRetryCount 1 -RetryIntervalSec 0 -ErrorAction Stop)
            $a.Title | Should -Be 'Headline flaky tA', 'Headline flaky tB'
        }
    }

    Context 'Progress' {
        It 'shows percent of the known total for -Uri with a list' {
            $hook = [NewsTools.Commands.GetCleanArticleCommand].Assembly.GetType('NewsTools.Commands.TestHooks').GetProperty('ProgressInterval', [Reflection.BindingFlags]'Static,NonPublic')
            $hook.SetValue($null, [Nullable[TimeSpan]][TimeSpan]::Zero)
            $ps = [PowerShell]::Create()
            try {
                $null = $ps.AddScript("Import-Module '$env:NEWSTOOLS_MODULE'; Get-CleanArticle -Uri '${B}test/page/1', '${B}test/page/2', '${B}test/page/3', '${B}test/page/4'")
                $out = $ps.Invoke()
                $out.Count | Should -Be 4
                $updates = @($ps.Streams.Progress | Where-Object RecordType -eq 'Processing')
                $updates.PercentComplete | Should -Be @(0, 25, 50, 75)
                $updates[1].CurrentOperation | Should -Be "${B}test/page/2"
                $ps.Streams.Progress[-1].RecordType | Should -Be 'Completed'
            }
            finally {
                $ps.Dispose()
                $hook.SetValue($null, $null)
            }
        }
    }

    Context 'Ctrl+C' {
        It 'stops within a second in the middle of a download (<Name>)' -ForEach @(
            @{ Name = 'serial, headers not yet come'; Parameters = '-ThrottleLimit 1'; Path = 'test/slow?ms=20000' }
            @{ Name = 'serial, body trickling'; Parameters = '-ThrottleLimit 1'; Path = 'test/trickle?ms=200' }
            @{ Name = 'parallel (default), body trickling'; Parameters = ''; Path = 'test/trickle?ms=200' }
        ) {
            $ps = [powershell]::Create()
            try {
                $urls = @("${B}test/page/1") + @(1..4 | ForEach-Object { "$B$Path&n=$_" })
                $null = $ps.AddScript("param(`$m, `$urls) Import-Module `$m; `$urls | Get-CleanArticle $Parameters").AddArgument($env:NEWSTOOLS_MODULE).AddArgument($urls)
                $in = [Management.Automation.PSDataCollection[psobject]]::new(); $in.Complete()
                $out = [Management.Automation.PSDataCollection[psobject]]::new()
                $async = $ps.BeginInvoke($in, $out)
                $deadline = [DateTime]::UtcNow.AddSeconds(30)
                while ($out.Count -eq 0 -and -not $async.IsCompleted -and [DateTime]::UtcNow -lt $deadline) { Start-Sleep -Milliseconds 100 }
                # The first article came from the quick page: the run is now inside the slow download.
                Start-Sleep -Milliseconds 700
                $ps.InvocationStateInfo.State | Should -Be 'Running'
                $sw = [Diagnostics.Stopwatch]::StartNew()
                $ps.Stop()
                $sw.Stop()
                $ps.InvocationStateInfo.State | Should -Be 'Stopped'
                $out.Count | Should -Be 1
                $sw.Elapsed.TotalSeconds | Should -BeLessThan 1
            }
            finally {
                $ps.Dispose()
            }
        }
    }
}
