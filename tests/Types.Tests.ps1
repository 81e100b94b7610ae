# The object model as PowerShell sees it: types by name, OutputType, tab completion, filters, list display.
BeforeDiscovery {
    # Every type a user sees on an article, named as a user types it.
    $script:TypeNames = @(
        'NewsTools.Article', 'NewsTools.PaywallVerdict', 'NewsTools.PaywallEvidence', 'NewsTools.PaywallKind',
        'NewsTools.PaywallEvidenceSource', 'NewsTools.RemovedBlock', 'NewsTools.RemovalReason', 'NewsTools.RemovedList',
        'NewsTools.TextList', 'NewsTools.MetadataSource', 'NewsTools.MetadataSourceList', 'NewsTools.InputFormat',
        'NewsTools.TextShape', 'NewsTools.ExtractionFocus', 'NewsTools.PageType', 'NewsTools.SyndicationVerdict',
        'NewsTools.SyndicationEvidence', 'NewsTools.SyndicationKind', 'NewsTools.SyndicationEvidenceSource', 'NewsTools.DuplicateGroup', 'NewsTools.Fingerprint'
    )
}

BeforeAll {
    Import-Module $env:NEWSTOOLS_MODULE -Force
    $script:FixtureRoot = Join-Path $PSScriptRoot 'fixtures/html'
    # Two free pages and two paywalled ones (Hard, Metered), as their fixtures expect.
    $script:Pages = [ordered]@{
        'paywall-free-donate-en'      = 'None'
        'paywall-free-newsletter-en'  = 'None'
        'paywall-hard-en-piano'       = 'Hard'
        'paywall-metered-en'          = 'Metered'
    }
    $script:Articles = @($Pages.Keys | ForEach-Object { Get-CleanArticle -LiteralPath (Join-Path $FixtureRoot "$_/input.html") })

    $script:BylineHtml = @'
<html><head><title>Council approves new library</title>
<meta name="author" content="Jane Doe"><meta name="author" content="John Roe"></head>
<body><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
<article><h1>Council approves new library</h1>
<p>The town council voted on Tuesday to build a new central library on the site of the old bus depot, ending a decade of debate.</p>
<p>Construction is due to start next spring and the building should open in two years, the council's planning chief said.</p>
<div class="share">Share on Facebook</div></article><footer>Copyright 2024 Town Crier</footer></body></html>
'@
    $script:Story = Get-CleanArticle -InputObject $BylineHtml
}

Describe 'NewsTools types' {
    Context 'Names' {
        It '[<_>] resolves after Import-Module' -ForEach $TypeNames {
            $_ -as [type] | Should -Not -BeNullOrEmpty
        }

        It 'loads the object model in the default load context, outside Dependencies/' {
            $assembly = [NewsTools.Article].Assembly
            $assembly.GetName().Name | Should -Be 'NewsTools.Model'
            [Runtime.Loader.AssemblyLoadContext]::GetLoadContext($assembly) | Should -Be ([Runtime.Loader.AssemblyLoadContext]::Default)
            Split-Path $assembly.Location -Parent | Should -Be (Split-Path $env:NEWSTOOLS_MODULE -Parent)
        }

        It 'returns articles of the type users name, with casts and -is working' {
            $Story -is [NewsTools.Article] | Should -BeTrue
            $Story.Paywall -is [NewsTools.PaywallVerdict] | Should -BeTrue
            $Story.Authors -is [NewsTools.TextList] | Should -BeTrue
            $Story.Removed[0] -is [NewsTools.RemovedBlock] | Should -BeTrue
            [NewsTools.PaywallKind]::Hard | Should -Be 'Hard'
            [NewsTools.RemovalReason]'Navigation' | Should -Be ([NewsTools.RemovalReason]::Navigation)
            ($Story | Get-Member)[0].TypeName | Should -Be 'NewsTools.Article'
        }

        It 'keeps the engine private: NewsTools.Core and AngleSharp are not in the default context' {
            $default = [Runtime.Loader.AssemblyLoadContext]::Default.Assemblies | ForEach-Object { $_.GetName().Name }
            $default | Should -Not -Contain 'NewsTools.Core'
            'NewsTools.ArticleExtractor' -as [type] | Should -BeNullOrEmpty
        }

        It 'shows short type names in Get-Member, not assembly-qualified ones' {
            $definitions = ($Story | Get-Member -Name Authors, Paywall, Removed).Definition
            $definitions | Should -Be @('NewsTools.TextList Authors {get;set;}', 'NewsTools.PaywallVerdict Paywall {get;set;}', 'NewsTools.RemovedList Removed {get;set;}')
        }

        It 'declares a real OutputType' {
            (Get-Command Get-CleanArticle).OutputType[0].Type | Should -Be ([NewsTools.Article])
        }
    }

    Context 'Tab completion' {
        It 'completes Paywall after "Get-CleanArticle x | Where-Object Pay"' {
            $line = 'Get-CleanArticle x | Where-Object Pay'
            $r = TabExpansion2 -inputScript $line -cursorColumn $line.Length
            $r.CompletionMatches.CompletionText | Should -Contain 'Paywall'
        }

        It 'completes property names after "| Select-Object "' {
            $line = 'Get-CleanArticle x | Select-Object '
            $r = TabExpansion2 -inputScript $line -cursorColumn $line.Length
            $r.CompletionMatches.CompletionText | Should -Contain 'Removed'
            $r.CompletionMatches.CompletionText | Should -Contain 'WordCount'
        }

        It 'completes $_.Remo inside ForEach-Object' {
            $line = 'Get-CleanArticle x | ForEach-Object { $_.Remo'
            # Completion prefers a live $_ over inference, and Pester's $_ is set here: hide it.
            $r = & { $_ = $null; TabExpansion2 -inputScript $line -cursorColumn $line.Length }
            $r.CompletionMatches.CompletionText | Should -Contain 'Removed'
        }

        It 'lists the article''s properties after "$a = Get-CleanArticle ...; $a."' {
            $line = '$a = Get-CleanArticle -InputObject ''<p>Some text</p>''; $a.'
            $r = TabExpansion2 -inputScript $line -cursorColumn $line.Length
            $names = $r.CompletionMatches.CompletionText
            foreach ($p in 'Title', 'Authors', 'Paywall', 'Removed', 'Text', 'Markdown', 'WordCount') { $names | Should -Contain $p }
        }

        It 'completes the members of a nested type: $a.Paywall.' {
            $line = '$a = Get-CleanArticle x; $a.Paywall.'
            $r = TabExpansion2 -inputScript $line -cursorColumn $line.Length
            $r.CompletionMatches.CompletionText | Should -Contain 'IsPaywalled'
            $r.CompletionMatches.CompletionText | Should -Contain 'Kind'
        }

        It 'completes the enum values of [NewsTools.PaywallKind]::' {
            $line = '[NewsTools.PaywallKind]::'
            $r = TabExpansion2 -inputScript $line -cursorColumn $line.Length
            $r.CompletionMatches.CompletionText | Should -Contain 'Metered'
        }
    }

    Context 'Filtering on Paywall' {
        It 'reads the fixtures as expected (the filters below rely on it)' {
            @($Articles.Paywall.Kind | ForEach-Object ToString) | Should -Be @($Pages.Values)
        }

        It 'Where-Object Paywall -eq ''None'' selects the free articles' {
            @($Articles | Where-Object Paywall -eq 'None').Count | Should -Be 2
            @($Articles | Where-Object Paywall -eq 'None').Paywall.Kind | Should -Be @('None', 'None')
        }

        It 'Where-Object Paywall -ne ''None'' selects the others' {
            $walled = @($Articles | Where-Object Paywall -ne 'None')
            $walled.Count | Should -Be 2
            @($walled.Paywall.Kind | ForEach-Object ToString) | Should -Be @('Hard', 'Metered')
        }

        It 'compares with a kind name in any case, a PaywallKind, or another verdict' {
            @($Articles | Where-Object Paywall -eq 'hard').Count | Should -Be 1
            @($Articles | Where-Object { $_.Paywall -eq [NewsTools.PaywallKind]::Metered }).Count | Should -Be 1
            @($Articles | Where-Object Paywall -in 'Hard', 'Metered').Count | Should -Be 2
            $Articles[0].Paywall -eq $Articles[1].Paywall | Should -BeTrue
            $Articles[0].Paywall -eq $Articles[2].Paywall | Should -BeFalse
            $Articles[0].Paywall -eq 'Nonsense' | Should -BeFalse
            $Articles[0].Paywall -eq $null | Should -BeFalse
        }

        It 'groups by kind with Group-Object Paywall' {
            $groups = @($Articles | Group-Object Paywall | Sort-Object Name)
            $groups.Name | Should -Be @('Hard', 'Metered', 'None')
            ($groups | Where-Object Name -eq 'None').Count | Should -Be 2
        }

        It 'selects the paywalled ones with Where-Object { $_.Paywall.IsPaywalled }' {
            @($Articles | Where-Object { $_.Paywall.IsPaywalled }).Count | Should -Be 2
        }

        # PowerShell's truth test (LanguagePrimitives.IsTrue) asks an object nothing: every object that is not
        # null, false, 0, '' or an empty list is true. So `Where-Object Paywall` cannot mean "paywalled"; this
        # test records that, so the README's advice changes if PowerShell ever changes.
        It 'Where-Object Paywall (no operator) is true for every article: use -ne None or IsPaywalled' {
            @($Articles | Where-Object Paywall).Count | Should -Be $Articles.Count
        }
    }

    Context 'Lists display' {
        It 'has the authors and removed blocks the display tests rely on' {
            @($Story.Authors) | Should -Be @('Jane Doe', 'John Roe')
            $Story.Removed.Count | Should -BeGreaterThan 1
        }

        It 'prints Authors as "A; B" in ToString, CSV and the list view' {
            $Story.Authors.ToString() | Should -Be 'Jane Doe; John Roe'
            ($Story | Select-Object Authors | ConvertTo-Csv | ConvertFrom-Csv).Authors | Should -Be 'Jane Doe; John Roe'
            ($Story | Format-List | Out-String) | Should -Match 'Authors\s*:\s*Jane Doe; John Roe'
        }

        It 'prints Removed as "Reason: count; ..." in ToString, CSV and the list view' {
            # Counts per reason, most frequent first, ties in the order the reasons first appear.
            $counts = [ordered]@{}
            foreach ($r in $Story.Removed) { $counts["$($r.Reason)"] = 1 + [int]$counts["$($r.Reason)"] }
            $expected = ($counts.GetEnumerator() | Sort-Object Value -Descending -Stable |
                    ForEach-Object { '{0}: {1}' -f $_.Key, $_.Value }) -join '; '
            $Story.Removed.ToString() | Should -Be $expected
            ($Story | Select-Object Removed | ConvertTo-Csv | ConvertFrom-Csv).Removed | Should -Be $expected
            ($Story | Format-List | Out-String) | Should -Match ('Removed\s*:\s*\d+ blocks: ' + [regex]::Escape($expected))
        }

        It 'orders equal counts as the reasons first appear, so the same article always prints the same' {
            $blocks = [NewsTools.RemovedBlock[]]@(
                [NewsTools.RemovedBlock]::new('a', 'Share', 'x'), [NewsTools.RemovedBlock]::new('b', 'Navigation', 'x'),
                [NewsTools.RemovedBlock]::new('c', 'Navigation', 'x'), [NewsTools.RemovedBlock]::new('d', 'Cookie', 'x'))
            [NewsTools.RemovedList]::new($blocks).ToString() | Should -Be 'Navigation: 2; Share: 1; Cookie: 1'
        }

        It 'keeps the lists lists: pipeline, indexing, -join and JSON arrays' {
            @($Story.Authors | ForEach-Object { $_.ToUpper() }) | Should -Be @('JANE DOE', 'JOHN ROE')
            $Story.Authors[1] | Should -Be 'John Roe'
            $Story.Authors -join '; ' | Should -Be $Story.Authors.ToString()
            ($Story | Select-Object Authors | ConvertTo-Json | ConvertFrom-Json).Authors | Should -Be @('Jane Doe', 'John Roe')
        }
    }
}
