# Help, display and completion as a user meets them: the about topics, the MAML examples (run), the format views and
# the argument completers. Module.Tests.ps1 checks the MAML's completeness (synopsis, >= 3 examples, every parameter
# described, syntax); this file checks what that cannot: that the examples run and the topics cannot go stale.
BeforeDiscovery {
    Import-Module $env:NEWSTOOLS_MODULE -Force
    $helpDir = Join-Path (Split-Path $env:NEWSTOOLS_MODULE) 'en-US'
    $script:AboutTopics = @('about_NewsTools', 'about_NewsTools_Rules')

    # Every example of the cmdlet help, as Get-Help gives it.
    $script:Examples = @((Get-Help Get-CleanArticle -Full).examples.example | ForEach-Object {
            @{ Title = ($_.title -replace '-{3,}', '').Trim(); Code = $_.code }
        })
    # The ones that fetch a page need the network; every other example must run against the files made below.
    # (Invoke-WebRequest, or -Uri and its download parameters.)
    $script:Runnable = @($Examples | Where-Object { $_.Code -notmatch 'Invoke-WebRequest|Invoke-RestMethod|-Uri\b|-UserAgent\b|-MaximumRetryCount\b' })

    # Every ```powershell block of the about topics, as shipped in the built module.
    $script:AboutBlocks = @(foreach ($topic in $AboutTopics) {
            # A missing topic has no blocks here; the tests below say it is missing.
            $text = [string](Get-Content (Join-Path $helpDir "$topic.help.txt") -Raw -ErrorAction SilentlyContinue)
            $n = 0
            foreach ($m in [regex]::Matches($text, '(?ms)^```powershell\r?\n(.*?)^```')) {
                $n++
                @{ Name = "$topic block $n"; Code = $m.Groups[1].Value }
            }
        })
}

BeforeAll {
    Import-Module $env:NEWSTOOLS_MODULE -Force
    $script:HelpDir = Join-Path (Split-Path $env:NEWSTOOLS_MODULE) 'en-US'
    $script:About = @{}
    foreach ($topic in 'about_NewsTools', 'about_NewsTools_Rules') { $About[$topic] = [string](Get-Content (Join-Path $HelpDir "$topic.help.txt") -Raw -ErrorAction SilentlyContinue) }

    # The files the examples name (./pages/*.html, ./story.txt, ./scraped.csv...), written here: our own pages.
    $story = @'
<html><head><title>{0}</title><meta name="author" content="Ann Smith">
<meta property="article:published_time" content="2024-05-17T06:30:00+01:00"></head>
<body><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
<article><h1>{0}</h1>
<p>{1} The decision came after months of public meetings in the town hall, where residents queued to speak for and against.</p>
<p>Officials said the work would start in the spring and take about two years, with most of the cost met by a regional grant.</p>
<p>Opposition members said they would raise the matter again before the election, arguing the money was needed for schools.</p>
{2}
<div class="share">Share on Facebook</div></article><footer>Copyright 2024 The Harbour Times</footer></body></html>
'@
    $wall = '<div class="paywall">Subscribe to continue reading. Already a subscriber? Sign in</div>'
    $null = New-Item -ItemType Directory -Path (Join-Path $TestDrive 'pages'), (Join-Path $TestDrive 'saved'), (Join-Path $TestDrive 'archive/2024'), (Join-Path $TestDrive 'archive-ru'), (Join-Path $TestDrive 'tokyo')
    $script:Pages = [ordered]@{
        'harbour.html' = $story -f 'Harbour wall to be rebuilt', 'The council voted on Tuesday to rebuild the old harbour wall.', ''
        'library.html' = $story -f 'New library for the town centre', 'A new central library will be built on the site of the bus depot.', ''
        'locked.html'  = ($story -f 'Ferry fares to rise next month', 'Single fares on the ferry will rise by four percent next month, the operator said, and the', $wall) -replace '(?s)<p>Officials.*?</p>\s*<p>Opposition.*?</p>', ''
    }
    foreach ($name in $Pages.Keys) { Set-Content -LiteralPath (Join-Path $TestDrive "pages/$name") -Value $Pages[$name] -Encoding utf8 }
    Set-Content -LiteralPath (Join-Path $TestDrive 'page.html') -Encoding utf8 -Value (($story -f 'Bus lanes extended', 'Two new bus lanes will open on the coast road in June.', '<div class="promo">Win a weekend away!</div><div class="newsletter">Sign up for our daily newsletter</div>') -replace '<article>', '<article><div class="story-body">' -replace '</article>', '</div></article>')
    Set-Content -LiteralPath (Join-Path $TestDrive 'saved/story.html') -Encoding utf8 -Value ($story -f 'Harbour wall to be rebuilt', 'The council voted on Tuesday to rebuild the <a href="../harbour/wall.html">old harbour wall</a>.', '')
    Set-Content -LiteralPath (Join-Path $TestDrive 'story.txt') -Encoding utf8 -Value @'
Home | News | Sport | Business
Council budget talks stall
By Ann Smith
Talks on the council budget stalled on Tuesday after the two largest groups failed to agree on how to fund the new library.
The leader of the council said a deal was still possible before the end of the month, but gave no details of what had changed.
Subscribe to continue reading
Already a subscriber? Sign in
'@
    @(foreach ($name in 'harbour.html', 'library.html') { [pscustomobject]@{ Url = "https://harbourtimes.example/news/$name"; Html = $Pages[$name] } }) |
        Export-Csv -LiteralPath (Join-Path $TestDrive 'scraped.csv') -NoTypeInformation
    foreach ($gz in @{ 'archive/harbour.html.gz' = 'harbour.html'; 'archive/2024/library.html.gz' = 'library.html' }.GetEnumerator()) {
        $bytes = [Text.Encoding]::UTF8.GetBytes($Pages[$gz.Value])
        $file = [IO.File]::Create((Join-Path $TestDrive $gz.Key))
        try {
            $zip = [IO.Compression.GZipStream]::new($file, [IO.Compression.CompressionMode]::Compress)
            $zip.Write($bytes, 0, $bytes.Length)
            $zip.Dispose()
        }
        finally { $file.Dispose() }
    }
    $russian = "Паромные тарифы вырастут в следующем месяце`nСтоимость разового билета на паром вырастет на четыре процента со следующего месяца, сообщил оператор в понедельник.`nОператор объяснил рост цен подорожанием топлива и зарплат экипажей, а сезонные билеты останутся прежними."
    [IO.File]::WriteAllBytes((Join-Path $TestDrive 'archive-ru/fares.txt'), [Text.Encoding]::GetEncoding(1251).GetBytes($russian))
    $japanese = "港町の新しいフェリー、来月から運航`n港湾局は十日、新しいフェリーが来月一日から運航を始めると発表した。朝と夕方に一便ずつ増え、通勤客の待ち時間が短くなる見込みだ。`n運賃は据え置かれ、定期券もそのまま使える。港湾局は利用者の声を聞きながら、夏までに時刻表を見直すとしている。"
    [IO.File]::WriteAllBytes((Join-Path $TestDrive 'tokyo/story.txt'), [Text.Encoding]::GetEncoding(932).GetBytes($japanese))

    # Runs one example in the TestDrive folder: what it wrote to the pipeline, its errors and warnings, the CSV it wrote.
    function script:Invoke-Example([string] $Code) {
        $csv = Join-Path $TestDrive 'clean.csv'
        Remove-Item -LiteralPath $csv -ErrorAction SilentlyContinue
        Push-Location -LiteralPath $TestDrive
        try {
            $all = @(& { & ([scriptblock]::Create($Code)) } 2>&1 3>&1 4>$null 6>$null)
        }
        finally { Pop-Location }
        [pscustomobject]@{
            Output   = @($all | Where-Object { $_ -isnot [Management.Automation.ErrorRecord] -and $_ -isnot [Management.Automation.WarningRecord] })
            Problems = @($all | Where-Object { $_ -is [Management.Automation.ErrorRecord] -or $_ -is [Management.Automation.WarningRecord] } | ForEach-Object { "$_" })
            CsvRows  = if (Test-Path -LiteralPath $csv) { @(Import-Csv -LiteralPath $csv).Count } else { 0 }
        }
    }
}

Describe 'NewsTools help' {
    Context 'About topics' {
        It 'Get-Help <_> shows the topic after Import-Module' -ForEach $AboutTopics {
            $text = Get-Help $_ | Out-String
            $text | Should -Match "TOPIC\s+$_\b"
            $text | Should -Match 'SHORT DESCRIPTION'
            $text | Should -Match 'LONG DESCRIPTION'
        }

        It 'Get-Help finds the topics of a module on PSModulePath without importing it' {
            # PowerShell looks for about_ topics in $PSHOME, in imported modules' folders, and in every folder under
            # PSModulePath; the last is how a user who installed the module reads them before the first import.
            $root = Split-Path (Split-Path $env:NEWSTOOLS_MODULE)
            $script = "`$env:PSModulePath = '$root' + [IO.Path]::PathSeparator + `$env:PSModulePath; " +
                "'{0}|{1}' -f [bool](Get-Module NewsTools), ((Get-Help about_NewsTools_Rules | Out-String) -match 'TOPIC\s+about_NewsTools_Rules')"
            $out = & dotnet pwsh -NoProfile -NonInteractive -Command $script 2>&1
            $out | Select-Object -Last 1 | Should -Be 'False|True' -Because ($out | Out-String)
        }

        It 'the built module holds every file of src/NewsTools/en-US' {
            $source = @(Get-ChildItem (Join-Path $PSScriptRoot '../src/NewsTools/en-US') -File | ForEach-Object Name | Sort-Object)
            $source | Should -Contain 'about_NewsTools.help.txt'
            @(Get-ChildItem $HelpDir -File | ForEach-Object Name | Sort-Object) | Should -Be $source
        }

        It '<_> has no line longer than 80 characters (an 80-column console shows it unwrapped)' -ForEach $AboutTopics {
            $long = @(($About[$_] -split '\r?\n') | Where-Object Length -gt 80)
            $long | Should -BeNullOrEmpty
        }

        It 'about_NewsTools describes every property of the article, as an entry of its own' {
            # An entry is a line that starts with four spaces and the name: a name mentioned in passing does not count.
            $sample = Get-CleanArticle -InputObject '<html><body><article><h1>A title</h1><p>One paragraph of text for the article.</p></article></body></html>' -WarningAction SilentlyContinue
            $names = @([NewsTools.Article].GetProperties().Name) + @(($sample | Get-Member -MemberType NoteProperty).Name)
            $names.Count | Should -BeGreaterThan 30
            $missing = @($names | Where-Object { $About.about_NewsTools -notmatch "(?m)^ {4}$_( |$)" })
            $missing | Should -BeNullOrEmpty
        }

        It 'about_NewsTools describes every <_.Name> value, as an entry of its own' -ForEach @(
            @{ Name = 'RemovalReason' }, @{ Name = 'PaywallKind' }, @{ Name = 'InputFormat' }, @{ Name = 'TextShape' }, @{ Name = 'ExtractionFocus' }, @{ Name = 'PageType' }, @{ Name = 'SyndicationKind' }
        ) {
            $values = [Enum]::GetNames("NewsTools.$Name" -as [type])
            $values.Count | Should -BeGreaterThan 2
            $missing = @($values | Where-Object { $About.about_NewsTools -notmatch "(?m)^ {4}$_( |$)" })
            $missing | Should -BeNullOrEmpty
        }

        It 'about_NewsTools names every source of paywall evidence and the filter users type' {
            foreach ($source in [Enum]::GetNames([NewsTools.PaywallEvidenceSource])) { $About.about_NewsTools | Should -Match "\b$source\b" }
            $About.about_NewsTools | Should -Match ([regex]::Escape("Where-Object Paywall -eq 'None'"))
        }

        It 'about_NewsTools gives the stages in pipeline order' {
            $positions = foreach ($stage in 'Load', 'Clean', 'Locate', 'Metadata', 'Blocks', 'Paywall', 'Render') {
                $m = [regex]::Match($About.about_NewsTools, "(?m)^ {4}\d\. $stage\b")
                $m.Success | Should -BeTrue -Because "stage $stage needs an entry"
                $m.Index
            }
            @($positions) | Should -Be @($positions | Sort-Object)
        }

        It 'the performance tips and the rules topic name parameters that exist' {
            $parameters = (Get-Command Get-CleanArticle).Parameters.Keys
            foreach ($p in 'ThrottleLimit', 'TimeoutSec', 'MaximumInputSize') {
                $parameters | Should -Contain $p
                $About.about_NewsTools | Should -Match "(?m)^ {4}-$p\b"
            }
            foreach ($p in 'ContentSelector', 'RemoveSelector', 'KeepPattern', 'RemovePattern') {
                $parameters | Should -Contain $p
                $About.about_NewsTools_Rules | Should -Match "(?m)^ {4}-$p\b"
            }
            $About.about_NewsTools_Rules | Should -Match 'PatternTimeout'
        }

        It '<Name> runs without an error or a warning and shows something' -ForEach $AboutBlocks {
            $r = Invoke-Example $Code
            $r.Problems | Should -BeNullOrEmpty
            ($r.Output | Out-String).Trim() | Should -Not -BeNullOrEmpty
        }

        It 'the rules examples show what the rules do' {
            $blocks = @([regex]::Matches($About.about_NewsTools_Rules, '(?ms)^```powershell\r?\n(.*?)^```') | ForEach-Object { $_.Groups[1].Value })
            $blocks.Count | Should -Be 3
            $selectors = (Invoke-Example $blocks[0]).Output | Out-String
            $selectors | Should -Match 'content-selector'
            $selectors | Should -Match 'Rinse 100g of pearl barley'
            $selectors | Should -Match 'UserRule\s+Editor''s note'
            $patterns = (Invoke-Example $blocks[1]).Output | Out-String
            $patterns | Should -Match 'Update 14:05'
            $patterns | Should -Match 'UserRule\s+Listen to this article'
            $timeout = (Invoke-Example $blocks[2]).Output | Out-String
            $timeout | Should -Match 'PatternTimeout,NewsTools.Commands.GetCleanArticleCommand'
        }
    }

    Context 'Get-CleanArticle help' {
        It 'leaves unrun only the examples that download pages (Invoke-WebRequest, -Uri and its download parameters)' {
            $Examples.Count | Should -BeGreaterOrEqual 3
            ($Examples.Count - $Runnable.Count) | Should -BeLessOrEqual 4
        }

        It '<Title>: has a title, code and a remark' -ForEach $Examples {
            $Title | Should -Match '^Example \d+: \S'
            $Code.Trim() | Should -Not -BeNullOrEmpty
            $help = (Get-Help Get-CleanArticle -Full).examples.example | Where-Object code -eq $Code
            ($help.remarks | Out-String).Trim() | Should -Not -BeNullOrEmpty
        }

        It '<Title>: parses, and every command it calls exists' -ForEach $Examples {
            $errors = $null
            $ast = [Management.Automation.Language.Parser]::ParseInput($Code, [ref] $null, [ref] $errors)
            $errors | Should -BeNullOrEmpty
            foreach ($command in $ast.FindAll({ $args[0] -is [Management.Automation.Language.CommandAst] }, $true)) {
                Get-Command $command.GetCommandName() -ErrorAction SilentlyContinue | Should -Not -BeNullOrEmpty -Because "$($command.GetCommandName()) is called"
            }
        }

        It '<Title>: runs against files in TestDrive without an error or a warning' -ForEach $Runnable {
            $r = Invoke-Example $Code
            $r.Problems | Should -BeNullOrEmpty
            ($r.Output.Count + $r.CsvRows) | Should -BeGreaterThan 0 -Because 'an example shows or writes something'
        }

        It 'links to both about topics, and each resolves' {
            $links = (Get-Help Get-CleanArticle -Full).relatedLinks.navigationLink.linkText
            foreach ($topic in 'about_NewsTools', 'about_NewsTools_Rules') {
                $links | Should -Contain $topic
                Get-Help $topic | Out-String | Should -Match "TOPIC\s+$topic\b"
            }
        }

        It 'names every value of each enum parameter in its help' {
            $common = [Management.Automation.PSCmdlet]::CommonParameters + [Management.Automation.PSCmdlet]::OptionalCommonParameters
            $enums = @((Get-Command Get-CleanArticle).Parameters.Values | Where-Object { $_.ParameterType.IsEnum -and $_.Name -notin $common })
            $enums.Count | Should -BeGreaterOrEqual 2
            foreach ($p in $enums) {
                $text = (Get-Help Get-CleanArticle -Parameter $p.Name).description | Out-String
                foreach ($value in [Enum]::GetNames($p.ParameterType)) { $text | Should -Match "\b$value\b" -Because "-$($p.Name) takes $value" }
            }
        }

        It 'says in the -Encoding help that Tab completes the names' {
            (Get-Help Get-CleanArticle -Parameter Encoding | Out-String) | Should -Match 'Tab completes the names'
        }
    }
}

Describe 'NewsTools views' {
    BeforeAll {
        $fixtures = Join-Path $PSScriptRoot 'fixtures/html'
        # Ten pages with distinct titles, free and paywalled, short and long titles, a CJK one and an RTL one.
        $script:Ten = @('amp-article', 'cjk-japanese', 'paywall-hard-en-piano', 'paywall-metered-en', 'paywall-registration-en',
            'paywall-declared-jsonld-en', 'finance-tables', 'wordpress-post', 'live-blog', 'rtl-arabic' |
                ForEach-Object { Get-CleanArticle -LiteralPath (Join-Path $fixtures "$_/input.html") -WarningAction SilentlyContinue })
        $script:Hard = $Ten[2]
    }

    It 'defines a table view (the default, first) and a list view for <_>' -ForEach @(
        'NewsTools.Article', 'NewsTools.PaywallVerdict', 'NewsTools.PaywallEvidence', 'NewsTools.RemovedBlock', 'NewsTools.SyndicationVerdict', 'NewsTools.SyndicationEvidence'
    ) {
        $views = @((Get-FormatData -TypeName $_).FormatViewDefinition)
        $views.Name | Should -Be @("$_.Table", "$_.List")
        $views[0].Control | Should -BeOfType [Management.Automation.TableControl]
        $views[1].Control | Should -BeOfType [Management.Automation.ListControl]
    }

    It 'reads the ten pages the table tests rely on' {
        $Ten.Count | Should -Be 10
        @($Ten.Title | Sort-Object -Unique).Count | Should -Be 10
        @($Ten | Where-Object Paywall -ne 'None').Count | Should -BeGreaterOrEqual 3
    }

    It 'shows ten articles as a table that fits 120 columns, one row each, with title, paywall and words' {
        foreach ($text in ($Ten | Format-Table | Out-String -Width 120), ($Ten | Out-String -Width 120)) {
            $lines = @($text -split '\r?\n' | Where-Object { $_.Trim() })
            @($lines | Where-Object Length -gt 120) | Should -BeNullOrEmpty
            $lines[0] | Should -Match '^Title\s+Published\s+Words\s+Paywall\s+Removed\s+Format\s+Source\s*$'
            $lines.Count | Should -Be 12 -Because 'a header, a rule and one row per article'
            for ($i = 0; $i -lt 10; $i++) {
                $a = $Ten[$i]
                $row = $lines[$i + 2]
                $row | Should -Match ('^' + [regex]::Escape($a.Title.Substring(0, [Math]::Min(12, $a.Title.Length))))
                $row | Should -Match ("\s{0}\s+{1}\s+{2}\s+Html\s+input\.html$" -f $a.WordCount, $a.Paywall.Kind, $a.Removed.Count)
            }
        }
    }

    It 'shows every field of an article in the list view' {
        $text = $Hard | Format-List | Out-String -Width 120
        $text | Should -Match ("Paywall\s+: Hard \({0}\)" -f [regex]::Escape($Hard.Paywall.Reason))
        $text | Should -Match ('Removed\s+: {0} blocks: ' -f $Hard.Removed.Count)
        foreach ($label in 'Title', 'Authors', 'Published', 'Tags', 'WordCount', 'InputFormat', 'Shape', 'Source', 'Text') { $text | Should -Match "(?m)^$label\s+:" }
    }

    It 'shows a verdict as kind, truncated, counted/seen evidence and reason' {
        $v = $Hard.Paywall
        $lines = @(($v | Out-String -Width 120) -split '\r?\n' | Where-Object { $_.Trim() })
        $lines[0] | Should -Match '^Kind\s+Truncated\s+Evidence\s+Reason\s*$'
        $counted = @($v.Evidence | Where-Object Counted).Count
        $lines[2] | Should -Match ('^Hard\s+True\s+{0}/{1} {2}$' -f $counted, $v.Evidence.Count, [regex]::Escape($v.Reason))
    }

    It 'lists a verdict''s evidence one piece a line in Format-List' {
        $v = $Hard.Paywall
        $text = $v | Format-List | Out-String -Width 400
        $text | Should -Match 'IsPaywalled\s+: True'
        foreach ($e in $v.Evidence) { $text | Should -Match ([regex]::Escape(('{0}: {1} [{2}]' -f $e.Source, $e.Text, $e.Where))) }
    }

    It 'shows paywall evidence as a table within 120 columns, one line a piece' {
        $lines = @(($Hard.Paywall.Evidence | Out-String -Width 120) -split '\r?\n' | Where-Object { $_.Trim() })
        $lines[0] | Should -Match '^Source\s+Points\s+Counted\s+Where\s+Text\s*$'
        $lines.Count | Should -Be ($Hard.Paywall.Evidence.Count + 2)
        @($lines | Where-Object Length -gt 120) | Should -BeNullOrEmpty
        $text = $Hard.Paywall.Evidence[0] | Format-List | Out-String
        foreach ($label in 'Source', 'Points', 'Counted', 'Where', 'Text') { $text | Should -Match "(?m)^$label\s+:" }
    }

    It 'shows a removed block as its reason and its text on one line, cut with an ellipsis' {
        $long = "First line of a long block`n   second line " + ('word ' * 60)
        $block = [NewsTools.RemovedBlock]::new($long, 'Navigation', 'body>nav', 'nav-element')
        # A wide width, so the cut comes from the view and not from the console.
        $lines = @(($block | Out-String -Width 400) -split '\r?\n' | Where-Object { $_.Trim() })
        $lines[0] | Should -Match '^Reason\s+Text\s*$'
        $lines.Count | Should -Be 3
        $lines[2] | Should -Match '^Navigation\s+First line of a long block second line word word'
        $lines[2] | Should -Match ([char]0x2026 + '$')
        $lines[2].Length | Should -BeLessOrEqual 120
        $text = $block | Format-List | Out-String -Width 400
        $text | Should -Match 'Rule\s+: nav-element'
        $text | Should -Match 'Location\s+: body>nav'
    }

    It 'shows an article''s Removed as one line per block' {
        $lines = @(($Hard.Removed | Out-String -Width 120) -split '\r?\n' | Where-Object { $_.Trim() })
        $lines.Count | Should -Be ($Hard.Removed.Count + 2)
        for ($i = 0; $i -lt $Hard.Removed.Count; $i++) { $lines[$i + 2] | Should -Match ('^{0}\s' -f $Hard.Removed[$i].Reason) }
    }
}

Describe 'NewsTools completion' {
    BeforeAll {
        function script:Complete([string] $Line) {
            # Completion prefers a live $_ over inference, and Pester's $_ is set here: hide it.
            & { $_ = $null; TabExpansion2 -inputScript $Line -cursorColumn $Line.Length }
        }
    }

    It '-Encoding completes the names Get-Content takes and common code pages, with tooltips' {
        $r = (Complete 'Get-CleanArticle x.html -Encoding ').CompletionMatches
        $names = $r.CompletionText
        foreach ($n in 'utf8', 'utf8BOM', 'utf8NoBOM', 'ascii', 'unicode', 'bigendianunicode', 'utf32', 'oem', 'ansi', 'latin1', 'windows-1251', 'windows-1252', 'iso-8859-2', 'shift_jis', 'gb18030', 'big5') {
            $names | Should -Contain $n
        }
        # Without the completer, PowerShell offers file names here.
        $names | Should -Not -Contain './README.md'
        @($r | Where-Object { $_.ToolTip -eq $_.CompletionText }) | Should -BeNullOrEmpty -Because 'each tooltip says what the name reads'
    }

    It '-Encoding completes by prefix, in any case, after a quote, and code page numbers after digits' {
        $win = (Complete 'Get-CleanArticle x.html -Encoding WIN').CompletionMatches.CompletionText
        $win | Should -Contain 'windows-1251'
        @($win | Where-Object { $_ -notlike 'windows-*' }) | Should -BeNullOrEmpty
        (Complete "Get-CleanArticle x.html -Encoding 'shi").CompletionMatches.CompletionText | Should -Be 'shift_jis'
        $pages = (Complete 'Get-CleanArticle x.html -Encoding 93').CompletionMatches
        $pages.CompletionText | Should -Be @('932', '936')
        $pages[0].ToolTip | Should -Match 'shift_jis'
    }

    It '-Encoding accepts every name it completes' {
        # A string is already text, so -Encoding only has to bind: any name it refuses throws here.
        $story = 'Plain text of a story, long enough to be kept as a paragraph by the cleaner, with a full stop.'
        $names = (Complete 'Get-CleanArticle x.html -Encoding ').CompletionMatches.CompletionText
        $names.Count | Should -BeGreaterThan 20
        foreach ($n in $names) {
            { Get-CleanArticle -InputObject $story -Encoding $n -ErrorAction Stop -WarningAction SilentlyContinue } | Should -Not -Throw -Because "-Encoding $n is offered"
        }
    }

    It '-<Name> completes every value of its enum' -ForEach @(@{ Name = 'InputFormat'; Type = 'NewsTools.InputFormat' }, @{ Name = 'Focus'; Type = 'NewsTools.ExtractionFocus' }) {
        # PowerShell completes enum parameters itself (an ArgumentCompleter on them is never asked in 7.6).
        $names = (Complete "Get-CleanArticle x.html -$Name ").CompletionMatches.CompletionText
        @($names | Sort-Object) | Should -Be @([Enum]::GetNames($Type -as [type]) | Sort-Object)
    }

    It 'completes reason names after "Where-Object { $_.Reason -eq "' {
        $names = (Complete '$a = Get-CleanArticle x.html; $a.Removed | Where-Object { $_.Reason -eq ').CompletionMatches.CompletionText
        @($names -replace "'") | Should -Be @([Enum]::GetNames([NewsTools.RemovalReason]))
    }

    # Where-Object's -Value is an object: PowerShell 7.6 offers no value for it, and a module could only change that by
    # registering a completer for Where-Object's -Value, which would replace any other one for every command in the
    # session. This test records the limit, so about_NewsTools changes if PowerShell ever completes it.
    It 'completes nothing after "Where-Object Reason -eq " (PowerShell''s limit; about_NewsTools says so)' {
        (Complete '$a = Get-CleanArticle x.html; $a.Removed | Where-Object Reason -eq ').CompletionMatches | Should -BeNullOrEmpty
    }
}
