# Export-NewsArticle: conventions, the record schema, escaping, -Fields/-As/-Flat, files and clobbering, streaming,
# -Resume (cut-off lines, .gz, a run killed halfway).
BeforeAll {
    Import-Module $env:NEWSTOOLS_MODULE -Force
    $script:FixtureRoot = Join-Path $PSScriptRoot 'fixtures/html'
    $script:Utf8 = [Text.UTF8Encoding]::new($false)

    # Fixture pages with dates, authors, paywalls and removed blocks of several kinds.
    $script:Pages = @('paywall-metered-en', 'paywall-hard-en-piano', 'paywall-free-donate-en', 'amp-article', 'cookie-consent-overlay', 'cjk-japanese')
    $script:Articles = @($Pages | ForEach-Object { Get-CleanArticle -LiteralPath (Join-Path $FixtureRoot "$_/input.html") })

    function script:New-TestArticle {
        param([string] $Source = 'crawl.warc.gz', [string] $RecordId, [string] $Title = 'A title', [string] $Text = 'Body text.')
        $a = [NewsTools.Article]::new()
        $a.Source = $Source
        $a.RecordId = if ($RecordId) { $RecordId } else { $null }
        $a.Title = $Title
        $a.Text = $Text
        $a
    }

    # Every line of a .jsonl or .jsonl.gz file, read through the runtime's own decoder (all gzip members).
    function script:Read-JsonLines([string] $Path) {
        $Path = (Resolve-Path -LiteralPath $Path).ProviderPath
        # ReadWrite sharing: the file may still be open in the writer (the streaming and kill tests read it mid-run).
        $stream = [IO.File]::Open($Path, 'Open', 'Read', 'ReadWrite')
        try {
            if ($Path -like '*.gz') { $stream = [IO.Compression.GZipStream]::new($stream, [IO.Compression.CompressionMode]::Decompress) }
            $reader = [IO.StreamReader]::new($stream, $Utf8)
            $text = $reader.ReadToEnd()
        }
        finally { $stream.Dispose() }
        if ($text.Length -gt 0) { $text.TrimEnd("`n").Split("`n") } else { @() }
    }

    function script:ConvertFrom-Line([string] $Line) { $Line | ConvertFrom-Json -DateKind String }

    # A child pwsh like this one: the same executable (dotnet + pwsh.dll for the local tool, or pwsh).
    function script:New-ChildPwsh([string] $ScriptPath) {
        $psi = [Diagnostics.ProcessStartInfo]::new((Get-Process -Id $PID).Path)
        $first = [Environment]::GetCommandLineArgs()[0]
        if ($first -like '*.dll') { $psi.ArgumentList.Add($first) }
        foreach ($arg in '-NoProfile', '-NonInteractive', '-File', $ScriptPath) { $psi.ArgumentList.Add($arg) }
        $psi.UseShellExecute = $false
        $psi.Environment['NEWSTOOLS_MODULE'] = $env:NEWSTOOLS_MODULE
        $psi
    }
}

Describe 'Export-NewsArticle' {
    Context 'Conventions' {
        It 'is exported by the manifest, with an approved verb and a singular noun' {
            (Import-PowerShellDataFile $env:NEWSTOOLS_MODULE).CmdletsToExport | Should -Contain 'Export-NewsArticle'
            $c = Get-Command Export-NewsArticle -Module NewsTools
            (Get-Verb).Verb | Should -Contain $c.Verb
            $c.Noun | Should -Not -Match 's$'
        }

        It 'declares its -PassThru output type and supports -WhatIf/-Confirm' {
            $c = Get-Command Export-NewsArticle
            $c.OutputType[0].Type | Should -Be ([NewsTools.Article])
            $c.Parameters.Keys | Should -Contain 'WhatIf'
            $c.Parameters.Keys | Should -Contain 'Confirm'
        }

        It 'has help with a synopsis, a description, 3 examples or more and every parameter described' {
            $help = Get-Help Export-NewsArticle -Full
            $help.Synopsis | Should -Not -Match '^\s*Export-NewsArticle\s*\['
            ($help.description | Out-String).Trim() | Should -Not -BeNullOrEmpty
            @($help.examples.example).Count | Should -BeGreaterOrEqual 3
            $common = [Management.Automation.PSCmdlet]::CommonParameters + [Management.Automation.PSCmdlet]::OptionalCommonParameters
            foreach ($p in (Get-Command Export-NewsArticle).Parameters.Keys | Where-Object { $_ -notin $common }) {
                $ph = $help.parameters.parameter | Where-Object Name -eq $p
                $ph | Should -Not -BeNullOrEmpty -Because "parameter $p needs help"
                ($ph.description | Out-String).Trim() | Should -Not -BeNullOrEmpty -Because "parameter $p needs a description"
            }
        }

        It 'shows in Get-Help the same syntax as Get-Command -Syntax (names and switches)' {
            $common = [Management.Automation.PSCmdlet]::CommonParameters + [Management.Automation.PSCmdlet]::OptionalCommonParameters
            $fromCommand = foreach ($set in (Get-Command Export-NewsArticle).ParameterSets) {
                (($set.Parameters | Where-Object Name -notin $common) | ForEach-Object { '{0}{1}' -f $_.Name, $(if ($_.ParameterType -eq [switch]) { ':switch' } else { '' }) } | Sort-Object) -join ','
            }
            $fromHelp = foreach ($item in (Get-Help Export-NewsArticle -Full).syntax.syntaxItem) {
                ($item.parameter | Where-Object name -notin $common | ForEach-Object { '{0}{1}' -f $_.name, $(if (-not $_.parameterValue) { ':switch' } else { '' }) } | Sort-Object) -join ','
            }
            @($fromHelp) | Should -Be @($fromCommand)
            (Get-Help Export-NewsArticle | Out-String -Width 400) | Should -Not -Match '<SwitchParameter>'
        }
    }

    Context 'Help examples' {
        It 'runs examples 1 to 4 in order, each without an error, and they write what they say' {
            $examples = @((Get-Help Export-NewsArticle -Full).examples.example)
            $dir = New-Item (Join-Path $TestDrive 'examples') -ItemType Directory
            $pageDir = New-Item (Join-Path $dir 'pages') -ItemType Directory
            $crawlDir = New-Item (Join-Path $dir 'crawl/day1') -ItemType Directory -Force
            foreach ($name in $Pages[0..2]) {
                Copy-Item (Join-Path $FixtureRoot "$name/input.html") (Join-Path $pageDir "$name.html")
                Copy-Item (Join-Path $FixtureRoot "$name/input.html") (Join-Path $crawlDir "$name.html")
            }
            Push-Location $dir
            try {
                $results = foreach ($example in $examples[0..3]) {
                    $code = ($example.code | Out-String).Trim()
                    $output = & ([scriptblock]::Create($code)) 2>&1 4>&1
                    @($output | Where-Object { $_ -is [Management.Automation.ErrorRecord] }) | Should -BeNullOrEmpty -Because $code
                    , @($output)
                }
                # Example 2 again: a rerun skips what is written.
                $rerun = & ([scriptblock]::Create(($examples[1].code | Out-String).Trim())) 4>&1
            }
            finally { Pop-Location }
            @(Read-JsonLines (Join-Path $dir 'articles.jsonl')).Count | Should -Be 3
            @(Read-JsonLines (Join-Path $dir 'crawl.jsonl.gz')).Count | Should -Be 3
            ($rerun | Out-String) | Should -Match 'skipped 3 articles'
            (ConvertFrom-Line (Read-JsonLines (Join-Path $dir 'table.jsonl'))[0]).PSObject.Properties.Name |
                Should -Be @('url', 'title', 'published', 'wordCount', 'paywallKind', 'paywallTruncated', 'paywallReason', 'paywallEvidence', 'removed')
            $results[3].Count | Should -Be 3
            $results[3][0].title | Should -Not -BeNullOrEmpty
            $examples[4].code | Should -Match 'Export-NewsArticle - -As Text' -Because 'example 5 (a child pwsh on PATH) is not run here; its -Path - is tested under Files'
        }
    }

    Context 'Records' {
        BeforeAll {
            $script:Out = Join-Path $TestDrive 'records.jsonl'
            $Articles | Export-NewsArticle $Out
            $script:Bytes = [IO.File]::ReadAllBytes($Out)
            $script:Lines = @(Read-JsonLines $Out)
            $script:Records = @($Lines | ForEach-Object { ConvertFrom-Line $_ })
        }

        It 'writes one line per article, UTF-8 without a byte-order mark, each ended by a single "\n"' {
            $Lines.Count | Should -Be $Articles.Count
            $Bytes[0] | Should -Be ([byte][char]'{')
            $Bytes[-1] | Should -Be 10
            @($Bytes | Where-Object { $_ -eq 10 }).Count | Should -Be $Articles.Count
            $Bytes | Should -Not -Contain 13
            # The Japanese page's text survives as UTF-8.
            $Utf8.GetString($Bytes) | Should -Match ([regex]::Escape($Articles[-1].Title))
        }

        It 'parses every line with ConvertFrom-Json and a strict parser (System.Text.Json)' {
            foreach ($line in $Lines) {
                { [Text.Json.JsonDocument]::Parse($line).Dispose() } | Should -Not -Throw
            }
            $Records.Count | Should -Be $Articles.Count
        }

        It 'writes the same camelCase keys, in the same order, in every record, starting with schemaVersion 1' {
            $keys = @($Records | ForEach-Object { $_.PSObject.Properties.Name -join ',' } | Select-Object -Unique)
            $keys.Count | Should -Be 1
            $names = $Records[0].PSObject.Properties.Name
            $names[0..2] | Should -Be @('schemaVersion', 'source', 'recordId')
            foreach ($n in $names) { $n | Should -MatchExactly '^[a-z][A-Za-z]*$' }
            foreach ($n in 'title', 'authors', 'published', 'modified', 'siteName', 'url', 'canonicalUrl', 'language', 'description', 'image',
                'section', 'tags', 'text', 'wordCount', 'readingTimeSeconds', 'paywall', 'removed', 'captions', 'comments', 'metadataSources',
                'fetched', 'httpStatus', 'contentType', 'inputFormat', 'shape', 'strategy') { $names | Should -Contain $n }
            foreach ($n in 'markdown', 'html', 'paragraphs') { $names | Should -Not -Contain $n -Because "$n is asked for with -Fields" }
            $Records | ForEach-Object { $_.schemaVersion | Should -Be 1 }
        }

        It 'round-trips the values of each article' {
            for ($i = 0; $i -lt $Articles.Count; $i++) {
                $a = $Articles[$i]; $r = $Records[$i]
                $r.source | Should -Be $a.Source
                $r.title | Should -Be $a.Title
                $r.url | Should -Be $a.Url
                $r.text | Should -BeExactly $a.Text
                @($r.authors) | Should -Be @($a.Authors)
                $r.published | Should -Be $a.PublishedIso
                $r.modified | Should -Be $a.ModifiedIso
                $r.wordCount | Should -Be $a.WordCount
                $r.readingTimeSeconds | Should -Be $a.ReadingTimeSeconds
                $r.paywall.kind | Should -BeExactly $a.Paywall.Kind.ToString()
                $r.paywall.truncated | Should -Be $a.Paywall.Truncated
                @($r.paywall.evidence) | Should -Be @($a.Paywall.Evidence | ForEach-Object ToString)
                @($r.removed).Count | Should -Be $a.Removed.Count
                @($r.removed.reason) | Should -Be @($a.Removed | ForEach-Object { $_.Reason.ToString() })
                @($r.removed.text) | Should -Be @($a.Removed.Text)
                $r.inputFormat | Should -BeExactly $a.InputFormat.ToString()
                $r.shape | Should -BeExactly $a.Shape.ToString()
                $r.strategy | Should -Be $a.Strategy
            }
            # The set covers what the assertions are about: several paywall kinds and removed reasons.
            @($Records.paywall.kind | Select-Object -Unique).Count | Should -BeGreaterThan 1
            @($Records.removed.reason | Select-Object -Unique).Count | Should -BeGreaterThan 3
        }

        It 'keeps "day only", times with their offset, nulls, enums as strings and empty arrays' {
            $a = New-TestArticle -RecordId '<urn:uuid:1>'
            $a.Published = [DateTimeOffset]::new(2024, 5, 17, 0, 0, 0, [TimeSpan]::Zero); $a.PublishedHasTime = $false
            $a.Modified = [DateTimeOffset]::new(2024, 5, 17, 6, 30, 0, [TimeSpan]::FromHours(1)); $a.ModifiedHasTime = $true
            $a.Fetched = [DateTimeOffset]::new(2024, 5, 18, 1, 2, 3, [TimeSpan]::Zero)
            $a.HttpStatus = 200
            $a.ContentType = 'text/html; charset=utf-8'
            $a.InputFormat = 'Text'; $a.Shape = 'HardWrapped'
            $a.Authors = [NewsTools.TextList]::new([string[]]@('Jane Doe', 'John Roe'))
            $a.Paywall = [NewsTools.PaywallVerdict]::new('Hard', @([NewsTools.PaywallEvidence]::new('Prompt', 'Hard', 'Subscribe to read on', 'line 4', $true)), $true, 'a hard prompt')
            $a.Removed = [NewsTools.RemovedList]::new([NewsTools.RemovedBlock[]]@(
                    [NewsTools.RemovedBlock]::new('Home News Sport', 'Navigation', 'line 1'),
                    [NewsTools.RemovedBlock]::new('Share this', 'Share', 'line 9')))
            $a.MetadataSources = [NewsTools.MetadataSourceList]::new([NewsTools.MetadataSource[]]@([NewsTools.MetadataSource]::new('Title', 'json-ld')))
            $file = Join-Path $TestDrive 'values.jsonl'
            $a, (New-TestArticle -RecordId '<urn:uuid:2>') | Export-NewsArticle $file
            $lines = @(Read-JsonLines $file)
            $lines[0] | Should -Match '"published":"2024-05-17","modified":"2024-05-17T06:30:00\+01:00"'
            $r = ConvertFrom-Line $lines[0]
            $r.published | Should -BeExactly '2024-05-17'
            $r.modified | Should -BeExactly '2024-05-17T06:30:00+01:00'
            $r.fetched | Should -BeExactly '2024-05-18T01:02:03+00:00'
            $r.httpStatus | Should -Be 200
            $r.httpStatus | Should -BeOfType [long]
            $r.recordId | Should -BeExactly '<urn:uuid:1>'
            $r.inputFormat | Should -BeExactly 'Text'
            $r.shape | Should -BeExactly 'HardWrapped'
            $r.authors | Should -Be @('Jane Doe', 'John Roe')
            $r.paywall.kind | Should -BeExactly 'Hard'
            $r.paywall.truncated | Should -BeTrue
            $r.paywall.evidence | Should -Be @('Prompt: Subscribe to read on')
            $r.removed[1].reason | Should -BeExactly 'Share'
            $r.removed[1].text | Should -BeExactly 'Share this'
            $r.metadataSources.title | Should -BeExactly 'json-ld'
            $empty = ConvertFrom-Line $lines[1]
            $lines[1] | Should -Match '"published":null,"modified":null'
            $lines[1] | Should -Match '"authors":\[\],'
            $lines[1] | Should -Match '"httpStatus":null,'
            $empty.paywall.kind | Should -BeExactly 'None'
        }
    }

    Context 'Escaping' {
        It 'escapes quotes, backslashes, control characters, DEL and U+2028/U+2029, and replaces lone surrogates' {
            $nasty = 'q" b\ n' + "`n" + 'r' + "`r" + 't' + "`t" + 'b' + [char]8 + 'f' + [char]12 + 'c1' + [char]1 + 'c31' + [char]31 + 'del' + [char]127 +
                'ls' + [char]0x2028 + 'ps' + [char]0x2029 + 'é 日本 😀 c1ctl' + [char]0x85 + ' end'
            $lone = 'hi' + [char]0xD800 + 'lo' + [char]0xDC00 + '!'
            $file = Join-Path $TestDrive 'escape.jsonl'
            New-TestArticle -RecordId 'x' -Title $nasty -Text $lone | Export-NewsArticle $file
            $bytes = [IO.File]::ReadAllBytes($file)
            @($bytes | Where-Object { $_ -lt 32 }) | Should -Be @(10) -Because 'the only raw control byte is the line end'
            $line = @(Read-JsonLines $file)[0]
            $line | Should -Match ([regex]::Escape('"title":"q\" b\\ n\nr\rt\tb\bf\fc1\u0001c31\u001fdel\u007fls\u2028ps\u2029é 日本 😀 c1ctl'))
            { [Text.Json.JsonDocument]::Parse($line).Dispose() } | Should -Not -Throw
            $r = ConvertFrom-Line $line
            $r.title | Should -BeExactly $nasty
            $r.text | Should -BeExactly ('hi' + [char]0xFFFD + 'lo' + [char]0xFFFD + '!')
        }
    }

    Context '-Fields, -As and -Flat' {
        It '-Fields writes only the named keys, in the schema order, names in any case' {
            $file = Join-Path $TestDrive 'fields.jsonl'
            $Articles | Export-NewsArticle $file -Fields TEXT, title, Url
            $r = @(Read-JsonLines $file | ForEach-Object { ConvertFrom-Line $_ })
            $r.Count | Should -Be $Articles.Count
            $r[0].PSObject.Properties.Name | Should -Be @('url', 'title', 'text')
            $r[0].text | Should -BeExactly $Articles[0].Text
        }

        It '-Fields * adds the opt-in keys (markdown, paragraphs) to the default record' {
            $file = Join-Path $TestDrive 'star.jsonl'
            $Articles[0] | Export-NewsArticle $file -Fields *, markdown, paragraphs
            $r = ConvertFrom-Line (Read-JsonLines $file)
            $r.markdown | Should -BeExactly $Articles[0].Markdown
            @($r.paragraphs) | Should -Be @($Articles[0].Paragraphs)
            $r.PSObject.Properties.Name | Should -Contain 'removed'
        }

        It 'refuses an unknown field name before writing anything (InvalidField)' {
            $file = Join-Path $TestDrive 'badfield.jsonl'
            { $Articles | Export-NewsArticle $file -Fields title, nope -ErrorAction Stop } |
                Should -Throw -ErrorId 'InvalidField,NewsTools.Commands.ExportNewsArticleCommand'
            $file | Should -Not -Exist
        }

        It 'completes -Fields with the schema keys' {
            $line = 'Export-NewsArticle x.jsonl -Fields ti'
            (TabExpansion2 -inputScript $line -cursorColumn $line.Length).CompletionMatches.CompletionText | Should -Be @('title')
            $line = 'Export-NewsArticle x.jsonl -Fields '
            (TabExpansion2 -inputScript $line -cursorColumn $line.Length).CompletionMatches.Count | Should -BeGreaterThan 25
        }

        It '-As Text and -As Markdown write the body with the keys that name it' {
            $text = Join-Path $TestDrive 'text.jsonl'
            $md = Join-Path $TestDrive 'md.jsonl'
            $Articles | Export-NewsArticle $text -As Text
            $Articles | Export-NewsArticle $md -As Markdown
            $t = @(Read-JsonLines $text | ForEach-Object { ConvertFrom-Line $_ })
            $m = @(Read-JsonLines $md | ForEach-Object { ConvertFrom-Line $_ })
            $t[0].PSObject.Properties.Name | Should -Be @('source', 'recordId', 'url', 'text')
            $m[0].PSObject.Properties.Name | Should -Be @('source', 'recordId', 'url', 'markdown')
            for ($i = 0; $i -lt $Articles.Count; $i++) {
                $t[$i].text | Should -BeExactly $Articles[$i].Text
                $m[$i].markdown | Should -BeExactly $Articles[$i].Markdown
            }
        }

        It '-As Text with -Fields is a parameter conflict' {
            { $Articles[0] | Export-NewsArticle (Join-Path $TestDrive 'c.jsonl') -As Text -Fields title -ErrorAction Stop } |
                Should -Throw -ErrorId 'ConflictingParameters,NewsTools.Commands.ExportNewsArticleCommand'
        }

        It '-Flat writes one scalar per key: lists joined, paywall as columns, removed as counts per reason' {
            $file = Join-Path $TestDrive 'flat.jsonl'
            $Articles | Export-NewsArticle $file -Flat
            $r = @(Read-JsonLines $file | ForEach-Object { ConvertFrom-Line $_ })
            for ($i = 0; $i -lt $Articles.Count; $i++) {
                foreach ($p in $r[$i].PSObject.Properties) {
                    (($p.Value -is [array]) -or ($p.Value -is [Management.Automation.PSCustomObject])) | Should -BeFalse -Because "$($p.Name) must be a single value"
                }
                $r[$i].authors | Should -BeExactly ($Articles[$i].Authors -join '; ')
                $r[$i].paywallKind | Should -BeExactly $Articles[$i].Paywall.Kind.ToString()
                $r[$i].removed | Should -BeExactly $Articles[$i].Removed.ToString()
            }
            $r[0].removed | Should -Match '^(\w+: \d+)(; \w+: \d+)*$'
            $r[0].PSObject.Properties.Name | Should -Not -Contain 'paywall'
        }
    }

    Context 'Files' {
        BeforeEach { Push-Location $TestDrive }
        AfterEach { Pop-Location }

        It 'resolves a relative -Path against the PowerShell location, not the process directory' {
            $sub = New-Item (Join-Path $TestDrive 'here') -ItemType Directory -Force
            Set-Location $sub
            [Environment]::CurrentDirectory | Should -Not -Be $sub.FullName
            $Articles[0] | Export-NewsArticle ./relative.jsonl
            Join-Path $sub 'relative.jsonl' | Should -Exist
        }

        It 'refuses to overwrite an existing file (OutputFileExists) and leaves it as it was' {
            Set-Content ./keep.jsonl 'precious'
            { $Articles[0] | Export-NewsArticle ./keep.jsonl -ErrorAction Stop } |
                Should -Throw -ErrorId 'OutputFileExists,NewsTools.Commands.ExportNewsArticleCommand'
            Get-Content ./keep.jsonl | Should -Be 'precious'
        }

        It 'overwrites with -Force (a read-only file too) and an empty file without it' {
            Set-Content ./force.jsonl 'old'
            (Get-Item ./force.jsonl).IsReadOnly = $true
            $Articles[0..1] | Export-NewsArticle ./force.jsonl -Force
            @(Read-JsonLines ./force.jsonl).Count | Should -Be 2
            $null = New-Item ./empty.jsonl -ItemType File
            $Articles[0] | Export-NewsArticle ./empty.jsonl
            @(Read-JsonLines ./empty.jsonl).Count | Should -Be 1
        }

        It '-Append adds to an existing file' {
            $Articles[0..1] | Export-NewsArticle ./append.jsonl
            $Articles[2] | Export-NewsArticle ./append.jsonl -Append
            @(Read-JsonLines ./append.jsonl | ForEach-Object { (ConvertFrom-Line $_).source }) | Should -Be @($Articles[0..2].Source)
        }

        It '-WhatIf writes nothing' {
            $Articles | Export-NewsArticle ./whatif.jsonl -WhatIf
            './whatif.jsonl' | Should -Not -Exist
        }

        It '-PassThru sends each article on' {
            $out = @($Articles | Export-NewsArticle ./pass.jsonl -PassThru)
            $out.Count | Should -Be $Articles.Count
            $out[0] | Should -BeOfType [NewsTools.Article]
            [object]::ReferenceEquals($out[0].PSObject.BaseObject, $Articles[0].PSObject.BaseObject) | Should -BeTrue
        }

        It 'gives one NotAnArticle error per other object and writes the articles around it' {
            $errs = $null
            $Articles[0], 'just a string', $Articles[1] | Export-NewsArticle ./mixed.jsonl -ErrorVariable errs -ErrorAction SilentlyContinue
            @(Read-JsonLines ./mixed.jsonl).Count | Should -Be 2
            $errs.Count | Should -Be 1
            $errs[0].FullyQualifiedErrorId | Should -Be 'NotAnArticle,NewsTools.Commands.ExportNewsArticleCommand'
            $errs[0].CategoryInfo.Category | Should -Be 'InvalidArgument'
            $errs[0].TargetObject | Should -Be 'just a string'
        }

        It 'refuses a directory (PathIsDirectory) and a path outside the file system (NotFileSystemPath)' {
            { $Articles[0] | Export-NewsArticle $TestDrive -ErrorAction Stop } | Should -Throw -ErrorId 'PathIsDirectory,NewsTools.Commands.ExportNewsArticleCommand'
            { $Articles[0] | Export-NewsArticle 'Variable:\exported' -ErrorAction Stop } | Should -Throw -ErrorId 'NotFileSystemPath,NewsTools.Commands.ExportNewsArticleCommand'
        }

        It 'writes gzip for .jsonl.gz' {
            $Articles | Export-NewsArticle ./articles.jsonl.gz
            $bytes = [IO.File]::ReadAllBytes((Join-Path $TestDrive 'articles.jsonl.gz'))
            $bytes[0..1] | Should -Be @(0x1f, 0x8b)
            @(Read-JsonLines ./articles.jsonl.gz | ForEach-Object { (ConvertFrom-Line $_).source }) | Should -Be @($Articles.Source)
        }

        It 'writes exact bytes to standard output with -Path -' {
            $script = Join-Path $TestDrive 'stdout.ps1'
            $paths = ($Pages[0..1] | ForEach-Object { "'" + (Join-Path $FixtureRoot "$_/input.html") + "'" }) -join ','
            Set-Content $script "Import-Module `$env:NEWSTOOLS_MODULE; Get-CleanArticle -LiteralPath $paths | Export-NewsArticle - -Fields source,title"
            $psi = New-ChildPwsh $script
            $psi.RedirectStandardOutput = $true
            $p = [Diagnostics.Process]::Start($psi)
            $ms = [IO.MemoryStream]::new()
            $p.StandardOutput.BaseStream.CopyTo($ms)
            $p.WaitForExit(60000) | Should -BeTrue
            $p.ExitCode | Should -Be 0
            $bytes = $ms.ToArray()
            $bytes[0] | Should -Be ([byte][char]'{') -Because 'no byte-order mark'
            $bytes | Should -Not -Contain 13
            $lines = $Utf8.GetString($bytes).TrimEnd("`n").Split("`n")
            $lines.Count | Should -Be 2
            (ConvertFrom-Line $lines[1]).title | Should -Be $Articles[1].Title
        }
    }

    Context 'Streaming' {
        It 'has each record on disk before the next article arrives (.jsonl and .jsonl.gz)' -ForEach @('stream.jsonl', 'stream.jsonl.gz') {
            $file = Join-Path $TestDrive $_
            $seen = [Collections.Generic.List[int]]::new()
            0..4 | ForEach-Object { $Articles[$_]; $seen.Add(@(Read-JsonLines $file).Count) } | Export-NewsArticle $file
            $seen | Should -Be @(1, 2, 3, 4, 5)
        }

        It 'writes a record of several megabytes, and the small ones after it' {
            $file = Join-Path $TestDrive 'huge.jsonl'
            $huge = 'Ab ' * 1MB
            (New-TestArticle -RecordId 'small1'), (New-TestArticle -RecordId 'huge' -Text $huge), (New-TestArticle -RecordId 'small2') | Export-NewsArticle $file
            $r = @(Read-JsonLines $file | ForEach-Object { ConvertFrom-Line $_ })
            $r.recordId | Should -Be @('small1', 'huge', 'small2')
            $r[1].text.Length | Should -Be $huge.Length
        }

        It 'keeps memory flat over 5,000 articles (nothing of the run is held)' {
            # 5,000 records of about 16 KB: 80 MB of JSON. Held in memory as strings it would be 160 MB of growth.
            $big = New-TestArticle -Text ('All work and no play makes a dull story. ' * 400)
            $file = Join-Path $TestDrive 'big.jsonl'
            $marks = @{}
            1..5000 | ForEach-Object {
                if ($_ -eq 1000 -or $_ -eq 5000) {
                    [GC]::Collect(); [GC]::WaitForPendingFinalizers(); [GC]::Collect()
                    $marks[$_] = [GC]::GetTotalMemory($true)
                }
                $big
            } | Export-NewsArticle $file -Fields source, text
            $growth = $marks[5000] - $marks[1000]
            (Get-Item $file).Length | Should -BeGreaterThan 60MB
            $growth | Should -BeLessThan 8MB -Because "4,000 records (over 60 MB) were written between the two marks; the heap grew $([math]::Round($growth / 1MB, 1)) MB"
        }
    }

    Context '-Resume' {
        It 'skips articles already written, appends the others, and says how many it skipped' {
            $file = Join-Path $TestDrive 'resume.jsonl'
            $Articles[0..2] | Export-NewsArticle $file
            $verbose = $Articles | Export-NewsArticle $file -Resume -Verbose 4>&1
            @(Read-JsonLines $file | ForEach-Object { (ConvertFrom-Line $_).source }) | Should -Be @($Articles.Source)
            ($verbose | Out-String) | Should -Match 'skipped 3 articles'
        }

        It 'tells records of one container apart by recordId, and writes a repeated input once' {
            $file = Join-Path $TestDrive 'records.jsonl'
            New-TestArticle -RecordId 'r1' | Export-NewsArticle $file
            'r1', 'r2', 'r2', 'r3' | ForEach-Object { New-TestArticle -RecordId $_ } | Export-NewsArticle $file -Resume
            @(Read-JsonLines $file | ForEach-Object { (ConvertFrom-Line $_).recordId }) | Should -Be @('r1', 'r2', 'r3')
        }

        It 'resumes a JSON Lines input by its record ids (one source, many records)' {
            $in = Join-Path $TestDrive 'in.jsonl'
            $html = Get-Content -Raw (Join-Path $FixtureRoot "$($Pages[0])/input.html")
            1..4 | ForEach-Object { [ordered]@{ id = "doc-$_"; html = $html } | ConvertTo-Json -Compress } | Set-Content $in
            $file = Join-Path $TestDrive 'from-jsonl.jsonl'
            Get-Content $in -TotalCount 2 | Set-Content (Join-Path $TestDrive 'half.jsonl')
            Get-CleanArticle -LiteralPath (Join-Path $TestDrive 'half.jsonl') | ForEach-Object { $_.Source = $in; $_ } | Export-NewsArticle $file
            $verbose = Get-CleanArticle -LiteralPath $in | Export-NewsArticle $file -Resume -Verbose 4>&1
            @(Read-JsonLines $file | ForEach-Object { (ConvertFrom-Line $_).recordId }) | Should -Be @('doc-1', 'doc-2', 'doc-3', 'doc-4')
            ($verbose | Out-String) | Should -Match 'skipped 2 articles'
        }

        It 'reads back keys that needed escaping (backslashes, quotes, non-ASCII)' {
            $file = Join-Path $TestDrive 'escaped-keys.jsonl'
            $source = 'C:\crawl\"odd" naïve.warc.gz'
            New-TestArticle -Source $source -RecordId '<urn:uuid:é1>' | Export-NewsArticle $file
            $verbose = New-TestArticle -Source $source -RecordId '<urn:uuid:é1>' | Export-NewsArticle $file -Resume -Verbose 4>&1
            @(Read-JsonLines $file).Count | Should -Be 1
            ($verbose | Out-String) | Should -Match 'skipped 1 articles'
        }

        It 'adds source and recordId to -Fields, so the file can be resumed again' {
            $file = Join-Path $TestDrive 'light.jsonl'
            $Articles[0..1] | Export-NewsArticle $file -Fields title -Resume
            $Articles | Export-NewsArticle $file -Fields title -Resume
            $r = @(Read-JsonLines $file | ForEach-Object { ConvertFrom-Line $_ })
            $r[0].PSObject.Properties.Name | Should -Be @('source', 'recordId', 'title')
            @($r.source) | Should -Be @($Articles.Source)
        }

        It 'writes articles with no key (pipeline strings) every time, with a warning' {
            $file = Join-Path $TestDrive 'nokey.jsonl'
            $Articles[0] | Export-NewsArticle $file
            $w = $null
            New-TestArticle -Source 'pipeline' | Export-NewsArticle $file -Resume -WarningVariable w -WarningAction SilentlyContinue
            @(Read-JsonLines $file).Count | Should -Be 2
            ($w | Out-String) | Should -Match 'cannot tell'
        }

        It 'removes a record cut off mid-write before appending (<_>)' -ForEach @('-Resume', '-Append') {
            $file = Join-Path $TestDrive "cut$_.jsonl"
            $Articles[0..2] | Export-NewsArticle $file
            $whole = [IO.File]::ReadAllBytes($file)
            # A killed run: the fourth record's first 100 bytes, no line end.
            $fourth = $Utf8.GetBytes((Get-Content $file -TotalCount 1).Substring(0, 100))
            [IO.File]::WriteAllBytes($file, [byte[]]($whole + $fourth))
            $w = $null
            $params = @{ ($_.TrimStart('-')) = $true }
            $Articles | Export-NewsArticle $file @params -WarningVariable w -WarningAction SilentlyContinue
            ($w | Out-String) | Should -Match 'cut-off record \(100 bytes'
            $lines = @(Read-JsonLines $file)
            foreach ($line in $lines) { { [Text.Json.JsonDocument]::Parse($line).Dispose() } | Should -Not -Throw }
            $expected = if ($_ -eq '-Resume') { $Articles.Count } else { 3 + $Articles.Count }
            $lines.Count | Should -Be $expected
        }

        It 'resumes a .jsonl.gz that a killed run left without its end' {
            $file = Join-Path $TestDrive 'killed.jsonl.gz'
            $Articles[0..2] | Export-NewsArticle $file
            $bytes = [IO.File]::ReadAllBytes($file)
            # Cut inside the compressed data: no gzip trailer, the last record possibly partial.
            [IO.File]::WriteAllBytes($file, [byte[]]$bytes[0..($bytes.Length - 40)])
            $Articles | Export-NewsArticle $file -Resume -WarningAction SilentlyContinue
            $sources = @(Read-JsonLines $file | ForEach-Object { (ConvertFrom-Line $_).source })
            @($sources | Sort-Object) | Should -Be @($Articles.Source | Sort-Object)
            # Appending again after a clean end keeps every member readable.
            New-TestArticle -RecordId 'extra' | Export-NewsArticle $file -Append
            @(Read-JsonLines $file).Count | Should -Be ($Articles.Count + 1)
        }

        It 'after a run killed halfway, a -Resume run gives each input exactly once' {
            $inputs = @(Get-ChildItem $FixtureRoot -Directory | ForEach-Object { Join-Path $_.FullName 'input.html' } | Where-Object { Test-Path $_ })
            $list = Join-Path $TestDrive 'inputs.txt'
            $inputs | Set-Content $list
            $file = Join-Path $TestDrive 'killed.jsonl'
            $script = Join-Path $TestDrive 'run.ps1'
            Set-Content $script @"
Import-Module `$env:NEWSTOOLS_MODULE
Get-Content '$list' | ForEach-Object { Start-Sleep -Milliseconds 100; Get-Item -LiteralPath `$_ } | Get-CleanArticle | Export-NewsArticle '$file' -Resume
"@
            $p = [Diagnostics.Process]::Start((New-ChildPwsh $script))
            try {
                $deadline = [DateTime]::UtcNow.AddSeconds(90)
                while ([DateTime]::UtcNow -lt $deadline -and -not $p.HasExited) {
                    if ((Test-Path $file) -and @(Read-JsonLines $file).Count -ge 10) { break }
                    Start-Sleep -Milliseconds 50
                }
                $p.HasExited | Should -BeFalse -Because 'the run must be killed halfway, not finish'
            }
            finally {
                if (-not $p.HasExited) { $p.Kill(); $p.WaitForExit(10000) | Out-Null }
            }
            # Complete records only: a line cut by the kill has no line end.
            $before = @(Read-JsonLines $file)
            if ([IO.File]::ReadAllBytes($file)[-1] -ne 10) { $before = @($before | Select-Object -SkipLast 1) }
            $before.Count | Should -BeGreaterOrEqual 10
            $before.Count | Should -BeLessThan $inputs.Count

            $verbose = Get-Content $list | Get-Item | Get-CleanArticle | Export-NewsArticle $file -Resume -Verbose -WarningAction SilentlyContinue 4>&1
            $sources = @(Read-JsonLines $file | ForEach-Object { (ConvertFrom-Line $_).source })
            $sources.Count | Should -Be $inputs.Count
            @($sources | Sort-Object) | Should -Be @($inputs | ForEach-Object { (Get-Item $_).FullName } | Sort-Object)
            ($verbose | Out-String) | Should -Match "skipped $($before.Count) articles"
        }
    }
}
