# The syndication verdict (issue 19) as a user meets it: the fixtures of tests/fixtures/syndication (our own pages, HTML
# and scraped text, several languages), the seed sample in its three shapes, filters, display and exports.
BeforeDiscovery {
    $script:Cases = foreach ($expected in Get-ChildItem (Join-Path $PSScriptRoot 'fixtures/syndication') -Recurse -Filter expected.json | Sort-Object FullName) {
        $dir = $expected.Directory
        @{
            Name      = $dir.Name
            InputPath = (Get-ChildItem $dir.FullName -File | Where-Object Name -like 'input.*' | Select-Object -First 1).FullName
            Expected  = Get-Content $expected.FullName -Raw | ConvertFrom-Json -AsHashtable
        }
    }
    # The seed sample of the issue, read where the other tests read it (the shared folder beside the repository).
    $samples = Join-Path $PSScriptRoot '../../shared/samples'
    $script:SampleShapes = foreach ($file in 'syndicated-paywall.txt', 'syndicated-paywall.wrapped.txt', 'syndicated-paywall.md') {
        @{ File = $file; Path = Join-Path $samples $file; Present = Test-Path (Join-Path $samples $file) }
    }
}

BeforeAll {
    Import-Module $env:NEWSTOOLS_MODULE -Force
    $script:FixtureRoot = Join-Path $PSScriptRoot 'fixtures/syndication'
    function script:Read-Fixture([string] $Name) {
        $dir = Join-Path $FixtureRoot $Name
        $expected = Get-Content (Join-Path $dir 'expected.json') -Raw | ConvertFrom-Json -AsHashtable
        $inputPath = (Get-ChildItem $dir -File | Where-Object Name -like 'input.*' | Select-Object -First 1).FullName
        $params = @{ ErrorAction = 'Stop' }
        if ($expected.options) { foreach ($k in $expected.options.Keys) { $params[$k] = $expected.options[$k] } }
        if ($expected.url) { [pscustomobject]@{ Html = [IO.File]::ReadAllText($inputPath); Url = $expected.url } | Get-CleanArticle @params }
        else { Get-CleanArticle -LiteralPath $inputPath @params }
    }
    function script:Compress-Space([string] $s) { ($s -replace '\s+', ' ').Trim() }
}

Describe 'Syndication verdict' {
    Context 'Fixture <Name>' -ForEach $Cases {
        BeforeAll {
            $script:article = Read-Fixture $Name
        }

        It 'gives the expected kind' {
            $article.Syndication.Kind | Should -Be $Expected.syndication
            if ($Expected.syndication -eq 'None') { @($article.Syndication.Evidence) | Should -BeNullOrEmpty }
        }

        It 'names the expected source' {
            if ($Expected.ContainsKey('syndicationSource')) { $article.Syndication.Source | Should -BeExactly $Expected.syndicationSource }
            else { $article.Syndication.Source | Should -BeNullOrEmpty }
        }

        # Only a fixture that names evidence gets this test (decided at discovery).
        if ($Expected.syndicationEvidence) {
            It 'shows the expected evidence' {
                foreach ($want in $Expected.syndicationEvidence) {
                    $hit = @($article.Syndication.Evidence | Where-Object {
                            [string]$_.Source -eq $want.source -and (Compress-Space $_.Text).IndexOf((Compress-Space $want.contains), [StringComparison]::OrdinalIgnoreCase) -ge 0
                        })
                    $hit | Should -Not -BeNullOrEmpty -Because ("{0} evidence holding '{1}' was expected; got: {2}" -f $want.source, $want.contains, ($article.Syndication.Evidence -join ' | '))
                }
            }
        }
    }

    Context 'The seed sample, <File>' -ForEach $SampleShapes {
        It 'is Syndicated, with the disclaimer (removed from the text) as evidence' -Skip:(-not $Present) {
            $a = Get-CleanArticle -LiteralPath $Path
            $a.Syndication.Kind | Should -Be 'Syndicated'
            $a.Syndication.Source | Should -BeNullOrEmpty
            $a.Syndication.Reason | Should -Be 'a syndication disclaimer'
            $disclaimer = @($a.Syndication.Evidence | Where-Object Source -eq 'Disclaimer')
            $disclaimer.Count | Should -Be 1
            $disclaimer[0].Text | Should -Match 'No Business Standard Journalist was involved in creation of this content'
            $a.Text | Should -Not -Match 'Journalist was involved'
            @($a.Removed | Where-Object Reason -eq 'Disclaimer').Text | Should -Match 'Journalist was involved'
        }
    }

    Context 'Filters' {
        BeforeAll {
            $script:Mixed = @('ap-dateline-en', 'pti-credit-en-in', 'republished-permission-en', 'syndicated-feed-disclaimer-html', 'quotes-agency-prose', 'staff-story-text' |
                    ForEach-Object { Read-Fixture $_ })
        }

        It 'reads the fixtures as the filters below expect' {
            @($Mixed.Syndication.Kind | ForEach-Object ToString) | Should -Be @('WireCopy', 'WireCopy', 'Republished', 'Syndicated', 'None', 'None')
        }

        It 'Where-Object Syndication -eq ''WireCopy'' keeps the wire copies, in any case' {
            @($Mixed | Where-Object Syndication -eq 'WireCopy').Syndication.Source | Should -Be @('AP', 'PTI')
            @($Mixed | Where-Object Syndication -eq 'wirecopy').Count | Should -Be 2
            @($Mixed | Where-Object { $_.Syndication -eq [NewsTools.SyndicationKind]::Republished }).Count | Should -Be 1
        }

        It 'Where-Object Syndication -ne ''None'' and -in select the copies' {
            @($Mixed | Where-Object Syndication -ne 'None').Count | Should -Be 4
            @($Mixed | Where-Object Syndication -in 'Syndicated', 'Republished').Count | Should -Be 2
            @($Mixed | Where-Object Syndication -eq 'None').Count | Should -Be 2
        }

        It 'groups by kind with Group-Object Syndication' {
            $groups = @($Mixed | Group-Object Syndication | Sort-Object Name)
            $groups.Name | Should -Be @('None', 'Republished', 'Syndicated', 'WireCopy')
        }

        It 'IsSyndicated is true for every kind but None' {
            @($Mixed | Where-Object { $_.Syndication.IsSyndicated }).Count | Should -Be 4
        }

        # As for Paywall (Types.Tests.ps1): PowerShell's truth test asks an object nothing, so the bare filter keeps every
        # article. Recorded, so the help's advice changes if PowerShell ever changes.
        It 'Where-Object Syndication (no operator) is true for every article: use -ne None or IsSyndicated' {
            @($Mixed | Where-Object Syndication).Count | Should -Be $Mixed.Count
        }

        It 'defaults to the shared None verdict on a new article' {
            $a = [NewsTools.Article]::new()
            $a.Syndication | Should -Be 'None'
            [object]::ReferenceEquals($a.Syndication, [NewsTools.SyndicationVerdict]::None) | Should -BeTrue
        }
    }

    Context 'Help' {
        BeforeAll {
            $script:AboutText = [string](Get-Content (Join-Path (Split-Path $env:NEWSTOOLS_MODULE) 'en-US/about_NewsTools.help.txt') -Raw)
        }

        It 'about_NewsTools has a SYNDICATION section naming every source of evidence and the filters users type' {
            $AboutText | Should -Match '(?m)^SYNDICATION$'
            foreach ($source in [Enum]::GetNames([NewsTools.SyndicationEvidenceSource])) { $AboutText | Should -Match "\b$source\b" }
            $AboutText | Should -Match ([regex]::Escape("Where-Object Syndication -eq 'WireCopy'"))
            $AboutText | Should -Match ([regex]::Escape("Where-Object Syndication -ne 'None'"))
        }

        It 'Get-CleanArticle has an example that finds wire copies' {
            $examples = (Get-Help Get-CleanArticle -Full).examples.example
            @($examples | Where-Object { $_.code -match "Syndication" }).Count | Should -BeGreaterOrEqual 1
        }
    }

    Context 'Display and exports' {
        BeforeAll {
            $script:Wire = Read-Fixture 'ap-dateline-en'
            $script:Plain = Read-Fixture 'staff-story-text'
        }

        It 'shows the verdict in the list view, with its source and reason' {
            ($Wire | Format-List | Out-String -Width 120) | Should -Match 'Syndication\s+: WireCopy \(AP: an agency dateline\)'
            ($Plain | Format-List | Out-String -Width 120) | Should -Match 'Syndication\s+: None'
        }

        It 'shows a verdict as a table of kind, source, evidence count and reason, and its evidence one piece a row' {
            $lines = @(($Wire.Syndication | Out-String -Width 120) -split '\r?\n' | Where-Object { $_.Trim() })
            $lines[0] | Should -Match '^Kind\s+Source\s+Evidence\s+Reason\s*$'
            $lines[2] | Should -Match ('^WireCopy\s+AP\s+{0} an agency dateline$' -f $Wire.Syndication.Evidence.Count)
            ($Wire.Syndication.Evidence | Out-String -Width 120) | Should -Match 'Dateline\s+WireCopy\s+AP\s+WASHINGTON \(AP\)'
        }

        It 'writes the kind as a string in ConvertTo-Json -EnumsAsStrings and in CSV' {
            $json = $Wire | ConvertTo-Json -Depth 5 -EnumsAsStrings | ConvertFrom-Json
            $json.Syndication.Kind | Should -BeExactly 'WireCopy'
            $json.Syndication.Source | Should -BeExactly 'AP'
            $json.Syndication.Evidence[0].Source | Should -BeExactly 'Dateline'
            ($Wire | Select-Object Title, Syndication | ConvertTo-Csv | ConvertFrom-Csv).Syndication | Should -BeExactly 'WireCopy'
        }

        It 'exports a syndication object in Export-NewsArticle, and four columns with -Flat' {
            $path = Join-Path $TestDrive 'synd.jsonl'
            $Wire, $Plain | Export-NewsArticle -Path $path -Force
            $records = @(Get-Content $path | ConvertFrom-Json)
            $records[0].syndication.kind | Should -BeExactly 'WireCopy'
            $records[0].syndication.source | Should -BeExactly 'AP'
            $records[0].syndication.reason | Should -BeExactly 'an agency dateline'
            $records[0].syndication.evidence[0] | Should -Match '^Dateline: WASHINGTON \(AP\)'
            $records[1].syndication.kind | Should -BeExactly 'None'
            $records[1].syndication.source | Should -BeNullOrEmpty

            $flat = Join-Path $TestDrive 'synd-flat.jsonl'
            $Wire | Export-NewsArticle -Path $flat -Flat -Fields title, syndication -Force
            $row = Get-Content $flat | ConvertFrom-Json
            @($row.PSObject.Properties.Name) | Should -Be @('title', 'syndicationKind', 'syndicationSource', 'syndicationReason', 'syndicationEvidence')
            $row.syndicationKind | Should -BeExactly 'WireCopy'
            $row.syndicationEvidence | Should -Match '^Dateline: WASHINGTON \(AP\)'
        }
    }
}
