# Get-NewsFeed and Find-NewsFeed (issue 17): formats, sitemaps, damaged feeds, inputs, discovery, conventions.
BeforeDiscovery {
    # One case per well-formed feed fixture: what its first item must say.
    $script:FeedCases = @(
        @{ File = 'rss20.xml'; Format = 'Rss20'; Count = 3; Title = 'Ferry timetable changes from Monday'; Link = 'https://gazette.example.org/2024/05/ferry-timetable'
           Published = '2024-05-14T09:30:00+01:00'; Author = 'Mara Quinlan'; FeedTitle = 'Harbour Gazette'; FeedUrl = 'https://gazette.example.org/feed.xml' }
        @{ File = 'rss10.rdf'; Format = 'Rss10'; Count = 2; Title = 'Rail fares rise in April'; Link = 'https://kiosk.example.net/a/1'
           Published = '2024-03-02T08:15:00+09:00'; Author = 'Aiko Mori'; FeedTitle = 'Kiosk Daily'; FeedUrl = $null }
        @{ File = 'atom.xml'; Format = 'Atom10'; Count = 2; Title = 'Mill reopens after flood'; Link = 'https://courier.example.com/news/mill-reopens'
           Published = '2024-06-01T09:00:00-05:00'; Author = 'Priya Nair'; FeedTitle = 'Valley Courier'; FeedUrl = 'https://courier.example.com/atom.xml' }
        @{ File = 'jsonfeed.json'; Format = 'JsonFeed'; Count = 2; Title = 'When to prune apple trees'; Link = 'https://orchard.example.com/posts/pruning'
           Published = '2024-02-10T07:30:00+01:00'; Author = 'Lena Fischer'; FeedTitle = 'Orchard Notes'; FeedUrl = 'https://orchard.example.com/feed.json' }
    )
    # Damaged feeds: how many items survive, and a word the single warning must contain.
    $script:DamagedCases = @(
        @{ File = 'malformed-dates.xml'; Count = 4; Warning = 'dates that could not be read' }
        @{ File = 'malformed-nolink.xml'; Count = 3; Warning = 'without a link' }
        @{ File = 'malformed-entities.xml'; Count = 2; Warning = 'undeclared entities' }
        @{ File = 'truncated.xml'; Count = 2; Warning = 'breaks at line 8' }
        @{ File = 'truncated-sitemap.xml'; Count = 2; Warning = 'breaks at line 5' }
    )
}

BeforeAll {
    Import-Module $env:NEWSTOOLS_MODULE -Force
    $script:Fixtures = Join-Path $PSScriptRoot 'fixtures/feeds'
    function script:Fixture([string] $name) { Join-Path $Fixtures $name }
    $script:CommandId = 'NewsTools.Commands.GetNewsFeedCommand'
}

Describe 'Get-NewsFeed' {
    Context 'Feed formats' {
        It '<File>: <Count> items as <Format>, the first one read in full' -ForEach $FeedCases {
            $items = @(Get-NewsFeed -LiteralPath (Fixture $File) -WarningVariable w -ErrorVariable e)
            $w.Count | Should -Be 0
            $e.Count | Should -Be 0
            $items.Count | Should -Be $Count
            $first = $items[0]
            $first | Should -BeOfType ([NewsTools.FeedItem])
            $first.Format | Should -Be $Format
            $first.Title | Should -BeExactly $Title
            $first.Link | Should -BeOfType ([uri])
            $first.Link.AbsoluteUri | Should -Be $Link
            # The offset as the feed wrote it, not converted to UTC or local time.
            $first.Published.ToString('yyyy-MM-ddTHH:mm:sszzz') | Should -Be $Published
            $first.Authors | Should -Contain $Author
            $first.FeedTitle | Should -BeExactly $FeedTitle
            if ($FeedUrl) { $first.FeedUrl.AbsoluteUri | Should -Be $FeedUrl }
            else { $first.FeedUrl.IsFile | Should -BeTrue }
        }

        It 'RSS 2.0: categories, guid, an enclosure, a relative link made absolute against the channel link, a GMT date' {
            $items = Get-NewsFeed (Fixture 'rss20.xml')
            @($items[0].Categories) | Should -Be @('Transport', 'Harbour')
            $items[0].Guid | Should -Be 'gazette-1001'
            $items[1].Link.AbsoluteUri | Should -Be 'https://gazette.example.org/2024/05/lifeboat-rescue'
            $items[1].Enclosure.Url.AbsoluteUri | Should -Be 'https://gazette.example.org/media/rescue.mp3'
            $items[1].Enclosure.Type | Should -Be 'audio/mpeg'
            $items[1].Enclosure.Length | Should -Be 482113
            $items[1].Published.Offset | Should -Be ([timespan]::Zero)
            $items[2].Published.Offset | Should -Be ([timespan]::FromHours(-4))
        }

        It 'Atom: HTML titles and summaries become text, Updated and an enclosure link are read' {
            $items = Get-NewsFeed (Fixture 'atom.xml')
            $items[0].Summary | Should -BeExactly 'Production resumes & jobs return.'
            $items[0].Updated.ToString('yyyy-MM-ddTHH:mm:sszzz') | Should -Be '2024-06-02T11:30:00-05:00'
            $items[0].Enclosure.Length | Should -Be 20480
            $items[1].Published | Should -BeNullOrEmpty
            $items[1].Updated | Should -Not -BeNullOrEmpty
        }

        It 'JSON Feed: tags, the attachment, a relative url resolved against feed_url, the language' {
            $items = Get-NewsFeed (Fixture 'jsonfeed.json')
            @($items[0].Categories) | Should -Be @('gardening', 'fruit')
            $items[0].Enclosure.Length | Should -Be 90210
            $items[0].Language | Should -Be 'en'
            $items[1].Link.AbsoluteUri | Should -Be 'https://orchard.example.com/posts/cider'
            $items[1].Summary | Should -Be 'Pressed on Saturday.'
        }

        It 'RSS 2.0 with the Media RSS namespace: the item is read as RSS 2.0 and media:content is the enclosure' {
            $item = Get-NewsFeed (Fixture 'media-rss.xml') -WarningVariable w
            $w.Count | Should -Be 0
            $item.Format | Should -Be 'Rss20'
            $item.Title | Should -Be 'Storm clouds over the estuary'
            $item.Published.ToString('yyyy-MM-ddTHH:mm:sszzz') | Should -Be '2024-06-04T17:20:00+01:00'
            $item.Authors | Should -Be 'Ines Duarte'
            $item.Guid | Should -Be 'pd-77'
            $item.Enclosure.Url.AbsoluteUri | Should -Be 'https://pictures.example.com/img/storm-1.jpg'
            $item.Enclosure.Type | Should -Be 'image/jpeg'
            $item.Enclosure.Length | Should -Be 123456
        }

        It 'reads the charset from the XML declaration' {
            $item = Get-NewsFeed (Fixture 'windows-1251.xml')
            $item.Title | Should -BeExactly 'Паром отменён'
            $item.FeedTitle | Should -BeExactly 'Новости'
        }
    }

    Context 'Sitemaps' {
        It 'a URL set gives one item per <url> with its lastmod, and ignores image:loc' {
            $items = @(Get-NewsFeed (Fixture 'sitemap.xml'))
            $items.Count | Should -Be 4
            $items[1].Link.AbsoluteUri | Should -Be 'https://gazette.example.org/2024/05/ferry-timetable'
            $items[1].Updated.ToString('yyyy-MM-ddTHH:mm:sszzz') | Should -Be '2024-05-14T09:30:00+01:00'
            $items.Format | Select-Object -Unique | Should -Be 'Sitemap'
        }

        It 'a sitemap index lists its child sitemaps as items, not followed' {
            $items = @(Get-NewsFeed (Fixture 'sitemap-index.xml'))
            $items.Count | Should -Be 3
            $items.Format | Select-Object -Unique | Should -Be 'SitemapIndex'
            $items[2].Link.AbsoluteUri | Should -Be 'https://gazette.example.org/news-sitemap.xml'
        }

        It 'a Google News sitemap gives title, publication date, publication name and language, keywords' {
            $items = @(Get-NewsFeed (Fixture 'news-sitemap.xml'))
            $items.Count | Should -Be 2
            $items[0].Format | Should -Be 'NewsSitemap'
            $items[0].Title | Should -Be 'Ferry timetable changes from Monday'
            $items[0].Published.ToString('yyyy-MM-ddTHH:mm:sszzz') | Should -Be '2024-05-14T09:30:00+01:00'
            $items[0].FeedTitle | Should -Be 'Harbour Gazette'
            $items[0].Language | Should -Be 'en'
            @($items[0].Categories) | Should -Be @('ferry', 'timetable', 'harbour')
        }

        It '-Since keeps items published (else updated) at or after it and drops undated ones' {
            $since = [DateTimeOffset]::Parse('2024-05-12T00:00:00+00:00')
            @(Get-NewsFeed (Fixture 'sitemap.xml') -Since $since).Link.AbsoluteUri | Should -Be @('https://gazette.example.org/', 'https://gazette.example.org/2024/05/ferry-timetable')
            @(Get-NewsFeed (Fixture 'news-sitemap.xml') -Since '2024-05-14').Title | Should -Be @('Ferry timetable changes from Monday')
            @(Get-NewsFeed (Fixture 'sitemap-index.xml') -Since $since).Count | Should -Be 1
        }

        It '-First counts across inputs and stops there' {
            @(Get-NewsFeed (Fixture 'sitemap.xml') -First 2).Count | Should -Be 2
            $items = @(Get-NewsFeed (Fixture 'rss20.xml'), (Fixture 'atom.xml'), (Fixture 'not-there.xml') -First 4 -ErrorVariable e -ErrorAction SilentlyContinue)
            $items.Count | Should -Be 4
            $items[3].Format | Should -Be 'Atom10'
            # The third path is never looked at once four items are out.
            $e.Count | Should -Be 0
        }
    }

    Context 'Damaged feeds' {
        It '<File>: <Count> items and exactly one warning, no error' -ForEach $DamagedCases {
            $items = @(Get-NewsFeed (Fixture $File) -WarningVariable w -WarningAction SilentlyContinue -ErrorVariable e)
            $items.Count | Should -Be $Count
            $w.Count | Should -Be 1
            $w[0].Message | Should -BeLike "*$File*$Warning*"
            $e.Count | Should -Be 0
        }

        It 'an unreadable date leaves that item undated; RFC 822 zone names and two-digit years are read' {
            $items = Get-NewsFeed (Fixture 'malformed-dates.xml') -WarningAction SilentlyContinue
            $items[1].Published | Should -BeNullOrEmpty
            $items[2].Published | Should -BeNullOrEmpty
            $items[3].Published.ToString('yyyy-MM-ddTHH:mm:sszzz') | Should -Be '2024-05-02T08:00:00-05:00'
        }

        It 'HTML entities and a bare & are read as text' {
            $items = Get-NewsFeed (Fixture 'malformed-entities.xml') -WarningAction SilentlyContinue
            $items[0].Title | Should -BeExactly 'Café owners protest — again'
            $items[0].FeedTitle | Should -BeExactly 'Entities Daily'
            $items[1].Title | Should -BeExactly 'AT&T buys a rival'
            $items[1].Link.AbsoluteUri | Should -Be 'https://entities.example.org/att?a=1&b=2'
        }

        It 'HTML and CDATA in titles and summaries give plain text and no warning' {
            $items = Get-NewsFeed (Fixture 'malformed-html.xml') -WarningVariable w
            $w.Count | Should -Be 0
            $items[0].Title | Should -BeExactly 'Budget passes & taxes fall'
            $items[0].Summary | Should -BeExactly 'The vote was close.'
            $items[1].Title | Should -BeExactly 'Storm warning for the coast'
            $items[1].Summary | Should -BeExactly 'Winds of 5 < 6 on the scale.'
        }

        It 'a permalink guid stands in for a missing link; a missing link stays null' {
            $items = Get-NewsFeed (Fixture 'malformed-nolink.xml') -WarningAction SilentlyContinue
            $items[1].Link | Should -BeNullOrEmpty
            $items[2].Link.AbsoluteUri | Should -Be 'https://links.example.org/c'
        }

        It 'a feed broken before its first item is one FeedUnreadable error' {
            $path = Join-Path $TestDrive 'broken-head.xml'
            Set-Content $path '<rss version="2.0"><channel><title>Broken</ti'
            Get-NewsFeed $path -ErrorVariable e -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
            $e.Count | Should -Be 1
            $e[0].FullyQualifiedErrorId | Should -Be "FeedUnreadable,$CommandId"
            $e[0].CategoryInfo.Category | Should -Be 'InvalidData'
        }
    }

    Context 'Hostile feeds' {
        It 'an entity bomb in an internal DTD is not expanded: the DOCTYPE is dropped, the reference kept as text, one warning' {
            $bomb = '<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>' +
                '<rss version="2.0"><channel><title>B</title><item><title>&c;</title><link>https://b.example/1</link></item></channel></rss>'
            $item = $bomb | Get-NewsFeed -WarningVariable w -WarningAction SilentlyContinue
            $item.Title | Should -BeExactly '&c;'
            $w.Count | Should -Be 1
        }

        It 'elements nested 30,000 deep are flattened (XDocument slows with the square of the depth): the item is read at once, one warning' {
            $n = 30000
            $deep = '<rss version="2.0"><channel><title>D</title><item><title>Deep</title><link>https://d.example/1</link><x>' + ('<y>' * $n) + 'z' + ('</y>' * $n) + '</x></item></channel></rss>'
            $sw = [Diagnostics.Stopwatch]::StartNew()
            $item = $deep | Get-NewsFeed -WarningVariable w -WarningAction SilentlyContinue
            $sw.Elapsed.TotalSeconds | Should -BeLessThan 5
            $item.Title | Should -Be 'Deep'
            $w.Count | Should -Be 1
            $w[0].Message | Should -BeLike '*nested deeper than 128*'
        }
    }

    Context 'Not a feed' {
        It '<_> is one NotAFeed error with the input as target, and the next input is still read' -ForEach @('page.html', 'plain.txt') {
            $path = Fixture $_
            $items = @(Get-NewsFeed $path, (Fixture 'rss20.xml') -ErrorVariable e -ErrorAction SilentlyContinue)
            $items.Count | Should -Be 3
            $e.Count | Should -Be 1
            $e[0].FullyQualifiedErrorId | Should -Be "NotAFeed,$CommandId"
            $e[0].CategoryInfo.Category | Should -Be 'InvalidData'
            $e[0].TargetObject | Should -Be $path
        }

        It 'JSON that is not a JSON Feed is NotAFeed' {
            '{"name": "not a feed", "list": [1, 2]}' | Get-NewsFeed -ErrorVariable e -ErrorAction SilentlyContinue
            $e[0].FullyQualifiedErrorId | Should -Be "NotAFeed,$CommandId"
        }
    }

    Context 'Inputs' {
        It 'wildcards, FileInfo, Get-Content -Raw, Get-Content lines and .gz give the same items' {
            $expected = (Get-NewsFeed (Fixture 'rss20.xml')).Title
            (Get-NewsFeed (Join-Path $Fixtures 'rss2*.xml')).Title | Should -Be $expected
            (Get-Item (Fixture 'rss20.xml') | Get-NewsFeed).Title | Should -Be $expected
            (Get-Content (Fixture 'rss20.xml') -Raw | Get-NewsFeed).Title | Should -Be $expected
            (Get-Content (Fixture 'rss20.xml') | Get-NewsFeed).Title | Should -Be $expected
            $gz = Join-Path $TestDrive 'rss20.xml.gz'
            $out = [IO.File]::Create($gz)
            $zip = [IO.Compression.GZipStream]::new($out, [IO.Compression.CompressionMode]::Compress)
            $bytes = [IO.File]::ReadAllBytes((Fixture 'rss20.xml'))
            $zip.Write($bytes, 0, $bytes.Length)
            $zip.Dispose(); $out.Dispose()
            (Get-NewsFeed -LiteralPath $gz).Title | Should -Be $expected
        }

        It 'a piped string without an address keeps relative links relative, resolved only against the feed''s own link' {
            $feed = '<rss version="2.0"><channel><title>T</title><item><title>A</title><link>/a</link></item></channel></rss>'
            $item = $feed | Get-NewsFeed
            $item.Link.IsAbsoluteUri | Should -BeFalse
            $item.Link.OriginalString | Should -Be '/a'
        }

        It 'an object with Content and Url (a web response''s shape) makes relative links absolute against its address' {
            $feed = '<rss version="2.0"><channel><title>T</title><item><title>A</title><link>/2024/a</link></item></channel></rss>'
            $item = [pscustomobject]@{ Content = $feed; Url = 'https://site.example/news/feed.xml' } | Get-NewsFeed
            $item.Link.AbsoluteUri | Should -Be 'https://site.example/2024/a'
            $item.FeedUrl.AbsoluteUri | Should -Be 'https://site.example/news/feed.xml'
        }

        It 'a piped path string is that file, read with its XML declaration''s charset; a piped path that names nothing is FileNotFound' {
            Push-Location $Fixtures
            try {
                ('windows-1251.xml' | Get-NewsFeed).Title | Should -BeExactly 'Паром отменён'
                $null = './no-such-feed.xml' | Get-NewsFeed -ErrorVariable e -ErrorAction SilentlyContinue -WarningVariable w
                $e.Count | Should -Be 1
                $e[0].FullyQualifiedErrorId | Should -Be "FileNotFound,$CommandId"
                $w.Count | Should -Be 0
            }
            finally { Pop-Location }
        }

        It 'a missing path is FileNotFound and the run goes on' {
            $items = @(Get-NewsFeed (Fixture 'missing.xml'), (Fixture 'atom.xml') -ErrorVariable e -ErrorAction SilentlyContinue)
            $items.Count | Should -Be 2
            $e[0].FullyQualifiedErrorId | Should -Be "FileNotFound,$CommandId"
        }

        It '-Uri, a URL -Path, a piped URL and [uri] download the feed from the loopback server; a 404 is one HttpError with the URL as target' {
            Import-Module (Join-Path $PSScriptRoot 'tools/WebServer.psm1') -Force
            $server = Start-TestWebServer -Root $Fixtures
            try {
                $b = $server.BaseUri
                $fromFile = @(Get-NewsFeed (Fixture 'rss20.xml'))
                $byUri = @(Get-NewsFeed -Uri "${b}rss20.xml", "${b}atom.xml")
                $byUri.Count | Should -Be ($fromFile.Count + 2)
                $byUri[0..($fromFile.Count - 1)].Title | Should -Be $fromFile.Title
                # A relative item link resolves against the feed's own address once it has one.
                $byUri[1].Link.AbsoluteUri | Should -Be "${b}2024/05/lifeboat-rescue"
                $byUri[0].Published | Should -Be $fromFile[0].Published
                @(Get-NewsFeed "${b}jsonfeed.json").Count | Should -Be 2
                @("${b}rss10.rdf", [uri]"${b}news-sitemap.xml" | Get-NewsFeed).Count | Should -BeGreaterThan 2
                $null = Get-NewsFeed -Uri "${b}test/status/404", "${b}atom.xml" -OutVariable ok -ErrorVariable e -ErrorAction SilentlyContinue
                $ok.Count | Should -Be 2
                $e.Count | Should -Be 1
                $e[0].FullyQualifiedErrorId | Should -Be "HttpError,$CommandId"
                ([uri]"$($e[0].TargetObject)").AbsoluteUri | Should -Be "${b}test/status/404"
                $e[0].Exception.Message | Should -Match '404'
            }
            finally { Stop-TestWebServer $server }
        }

        It 'Get-NewsFeed $url | Get-CleanArticle downloads and cleans every item the feed links to, in feed order' {
            Import-Module (Join-Path $PSScriptRoot 'tools/WebServer.psm1') -Force
            $root = New-Item -ItemType Directory (Join-Path $TestDrive 'site')
            $server = Start-TestWebServer -Root $root
            try {
                $b = $server.BaseUri
                $items = foreach ($n in 1..5) {
                    Set-Content -LiteralPath (Join-Path $root "story-$n.html") -Encoding utf8 -Value ("<html><head><title>Pier repairs, part $n</title></head><body><nav><a href='/'>Home</a></nav><article><h1>Pier repairs, part $n</h1>" +
                        "<p>Part $n of the pier repairs began on Monday, and the harbour board expects the work to last until the end of the month.</p>" +
                        "<p>Boats will use the north quay while the work goes on, the board said in a statement on its website.</p></article></body></html>")
                    "<item><title>Pier repairs, part $n</title><link>${b}story-$n.html</link><pubDate>Tue, 14 May 2024 09:3${n}:00 +0100</pubDate></item>"
                }
                Set-Content -LiteralPath (Join-Path $root 'feed.xml') -Encoding utf8 -Value "<?xml version='1.0'?><rss version='2.0'><channel><title>Harbour</title><link>$b</link>$($items -join '')</channel></rss>"
                $articles = @(Get-NewsFeed "${b}feed.xml" | Get-CleanArticle -ThrottleLimit 4 -ErrorVariable e)
                $e | Should -BeNullOrEmpty
                $articles.Title | Should -Be @(1..5 | ForEach-Object { "Pier repairs, part $_" })
                $articles.Url | Should -Be @(1..5 | ForEach-Object { "${b}story-$_.html" })
            }
            finally { Stop-TestWebServer $server }
        }

        It 'Find-NewsFeed -Probe finds a feed at a common path of a site whose page declares none' {
            Import-Module (Join-Path $PSScriptRoot 'tools/WebServer.psm1') -Force
            $root = New-Item -ItemType Directory (Join-Path $TestDrive 'probe')
            Set-Content -LiteralPath (Join-Path $root 'index.html') -Value '<html><head><title>Harbour Gazette</title></head><body><p>News of the harbour.</p></body></html>'
            Copy-Item (Fixture 'rss20.xml') (Join-Path $root 'rss.xml')
            $server = Start-TestWebServer -Root $root
            try {
                @(Find-NewsFeed -Uri "$($server.BaseUri)index.html").Count | Should -Be 0
                $found = @(Find-NewsFeed -Uri "$($server.BaseUri)index.html" -Probe -ErrorVariable e)
                $e | Should -BeNullOrEmpty
                $found.Url.AbsoluteUri | Should -Be "$($server.BaseUri)rss.xml"
                $found[0].Format | Should -Be 'Rss20'
            }
            finally { Stop-TestWebServer $server }
        }

        It '-Uri with another scheme is InvalidFeedUri' {
            $null = Get-NewsFeed -Uri 'ftp://files.example/feed.xml' -ErrorVariable e -ErrorAction SilentlyContinue
            $e[0].FullyQualifiedErrorId | Should -Be "InvalidFeedUri,$CommandId"
            $e[0].CategoryInfo.Category | Should -Be 'InvalidArgument'
        }
    }

    Context 'Binding to a -Uri parameter by property name' {
        It 'Link is a System.Uri that a [uri] parameter with alias Link binds from the pipeline' {
            # The shape of Get-CleanArticle's -Uri (the other half of issue 17): ValueFromPipelineByPropertyName, aliases Link and Url.
            function Test-UriBinding {
                param([Parameter(Mandatory, ValueFromPipelineByPropertyName)][Alias('Link', 'Url')][uri[]] $Uri)
                process { $Uri }
            }
            $bound = @(Get-NewsFeed (Fixture 'rss20.xml') | Test-UriBinding)
            $bound.Count | Should -Be 3
            $bound[0] | Should -BeOfType ([uri])
            $bound[1].AbsoluteUri | Should -Be 'https://gazette.example.org/2024/05/lifeboat-rescue'
            @(Find-NewsFeed (Fixture 'page.html') | Test-UriBinding).Count | Should -Be 3
        }
    }

    Context 'Display' {
        It 'the default view is a table of date, title and link' {
            $text = Get-NewsFeed (Fixture 'rss20.xml') | Out-String -Width 200
            $text | Should -Match 'Published\s+Title\s+Link'
            $text | Should -Match '2024-05-14 09:30\s+Ferry timetable changes from Monday\s+https://gazette.example.org/2024/05/ferry-timetable'
        }
    }

    Context 'Dependency isolation' {
        It 'CodeHollow.FeedReader ships in Dependencies and loads outside the default load context' {
            $null = Get-NewsFeed (Fixture 'atom.xml')
            Join-Path (Split-Path $env:NEWSTOOLS_MODULE) 'Dependencies/CodeHollow.FeedReader.dll' | Should -Exist
            Join-Path (Split-Path $env:NEWSTOOLS_MODULE) 'CodeHollow.FeedReader.dll' | Should -Not -Exist
            $asm = [AppDomain]::CurrentDomain.GetAssemblies() | Where-Object { $_.GetName().Name -eq 'CodeHollow.FeedReader' }
            $asm | Should -Not -BeNullOrEmpty
            foreach ($a in $asm) { [Runtime.Loader.AssemblyLoadContext]::GetLoadContext($a) | Should -Not -Be ([Runtime.Loader.AssemblyLoadContext]::Default) }
        }
    }
}

Describe 'Find-NewsFeed' {
    It 'lists the alternate feed links of a page, resolved against the base href, each once, commented-out links skipped' {
        $links = @(Find-NewsFeed (Fixture 'page.html'))
        $links.Count | Should -Be 3
        $links[0] | Should -BeOfType ([NewsTools.FeedLink])
        $links.Url.AbsoluteUri | Should -Be @('https://gazette.example.org/feed.xml', 'https://gazette.example.org/news/atom.xml', 'https://gazette.example.org/feed.json')
        $links.Format | Should -Be @('Rss20', 'Atom10', 'JsonFeed')
        $links[0].Title | Should -BeExactly 'Gazette & Friends'
    }

    It '-BaseUri resolves a page without <base>; a page with no feed gives nothing and no error' {
        $html = '<html><head><link rel="alternate" type="application/atom+xml" href="/atom.xml"></head><body></body></html>'
        (Find-NewsFeed -InputObject $html -BaseUri 'https://site.example/news/').Url.AbsoluteUri | Should -Be 'https://site.example/atom.xml'
        '<html><head><title>x</title></head></html>' | Find-NewsFeed -ErrorVariable e | Should -BeNullOrEmpty
        $e.Count | Should -Be 0
    }

    It 'a -BaseUri that is not http(s) stops the command' {
        { Find-NewsFeed (Fixture 'page.html') -BaseUri 'file:///tmp/' -ErrorAction Stop } | Should -Throw -ErrorId 'InvalidBaseUri,NewsTools.Commands.FindNewsFeedCommand'
    }
}

Describe 'Feed cmdlet conventions' {
    # tests/Module.Tests.ps1 checks these for Get-CleanArticle; the same checks for the feed cmdlets live here.
    BeforeAll {
        $script:Common = [Management.Automation.PSCmdlet]::CommonParameters + [Management.Automation.PSCmdlet]::OptionalCommonParameters
    }

    It '<_>: approved verb, singular noun, exported by the manifest' -ForEach @('Get-NewsFeed', 'Find-NewsFeed') {
        $c = Get-Command $_
        (Get-Verb).Verb | Should -Contain $c.Verb
        $c.Noun | Should -Not -Match 's$'
        (Import-PowerShellDataFile $env:NEWSTOOLS_MODULE).CmdletsToExport | Should -Contain $_
    }

    It '<Name>: OutputType is the real <Type>' -ForEach @(@{ Name = 'Get-NewsFeed'; Type = 'NewsTools.FeedItem' }, @{ Name = 'Find-NewsFeed'; Type = 'NewsTools.FeedLink' }) {
        (Get-Command $Name).OutputType[0].Type.FullName | Should -Be $Type
    }

    It '<_>: help syntax matches Get-Command -Syntax, set by set; every parameter described; at least 3 examples that parse' -ForEach @('Get-NewsFeed', 'Find-NewsFeed') {
        $fromCommand = foreach ($set in (Get-Command $_).ParameterSets) {
            (($set.Parameters | Where-Object Name -notin $Common) | ForEach-Object { '{0}{1}' -f $_.Name, $(if ($_.ParameterType -eq [switch]) { ':switch' } else { '' }) } | Sort-Object) -join ','
        }
        $help = Get-Help $_ -Full
        $fromHelp = foreach ($item in $help.syntax.syntaxItem) {
            ($item.parameter | ForEach-Object { '{0}{1}' -f $_.name, $(if (-not $_.parameterValue) { ':switch' } else { '' }) } | Sort-Object) -join ','
        }
        @($fromHelp | Sort-Object) | Should -Be @($fromCommand | Sort-Object)
        foreach ($p in (Get-Command $_).Parameters.Keys | Where-Object { $_ -notin $Common }) {
            (($help.parameters.parameter | Where-Object Name -eq $p).description | Out-String).Trim() | Should -Not -BeNullOrEmpty -Because "parameter $p needs a description"
        }
        $examples = @($help.examples.example)
        $examples.Count | Should -BeGreaterOrEqual 3
        foreach ($ex in $examples) {
            $errors = $null
            $null = [Management.Automation.Language.Parser]::ParseInput($ex.code, [ref] $null, [ref] $errors)
            $errors | Should -BeNullOrEmpty
        }
    }
}
