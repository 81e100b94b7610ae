# The fixture corpus: pages and texts we wrote, each with the snippets that must and must not survive.
# Layout and keys: tests/fixtures/README.md. Only the checks a fixture asks for become tests (decided at discovery).
BeforeDiscovery {
    $script:Cases = foreach ($expected in Get-ChildItem (Join-Path $PSScriptRoot 'fixtures') -Recurse -Filter expected.json | Sort-Object FullName) {
        $dir = $expected.Directory
        $inputFile = Get-ChildItem $dir.FullName -File | Where-Object Name -like 'input.*' | Select-Object -First 1
        @{
            Name     = '{0}/{1}' -f $dir.Parent.Name, $dir.Name
            InputPath = $inputFile.FullName
            Expected = Get-Content $expected.FullName -Raw | ConvertFrom-Json -AsHashtable
        }
    }
}

BeforeAll {
    Import-Module $env:NEWSTOOLS_MODULE -Force
    function script:Compress-Space([string] $s) { ($s -replace '\s+', ' ').Trim() }
    # One paywallEvidence entry of expected.json against one PaywallEvidence: same Source, same Counted (true unless
    # the entry says otherwise), and a Text holding `contains` (case-insensitive; a list means any one of them).
    function script:Test-PaywallEvidence($evidence, [hashtable] $want) {
        $counted = $want.ContainsKey('counted') ? [bool]$want.counted : $true
        if ([string]$evidence.Source -ne $want.source -or $evidence.Counted -ne $counted) { return $false }
        foreach ($needle in @($want.contains)) {
            if ((Compress-Space $evidence.Text).IndexOf((Compress-Space $needle), [StringComparison]::OrdinalIgnoreCase) -ge 0) { return $true }
        }
        $false
    }
}

Describe 'Fixture <Name>' -ForEach $Cases {
    BeforeAll {
        $params = @{ LiteralPath = $InputPath; ErrorAction = 'Stop' }
        if ($Expected.options) { foreach ($k in $Expected.options.Keys) { $params[$k] = $Expected.options[$k] } }
        if ($Expected.url) {
            $params.Remove('LiteralPath')
            $content = [IO.File]::ReadAllText($InputPath)
            $script:article = [pscustomobject]@{ Html = $content; Url = $Expected.url } | Get-CleanArticle @params
        }
        else {
            $script:article = Get-CleanArticle @params
        }
        $script:text = Compress-Space $article.Text
    }

    It 'yields one article' {
        @($article).Count | Should -Be 1
    }

    if ($Expected.inputFormat) {
        It 'reads the input as <Expected.inputFormat>' {
            [string]$article.InputFormat | Should -Be $Expected.inputFormat
        }
    }

    if ($Expected.shape) {
        It 'reads the text as shape <Expected.shape>' {
            [string]$article.Shape | Should -Be $Expected.shape
        }
    }

    if ($Expected.mustContain) {
        It 'keeps every must-contain snippet' {
            foreach ($s in $Expected.mustContain) { $text | Should -BeLike ('*' + [WildcardPattern]::Escape((Compress-Space $s)) + '*') -Because 'it is story' }
        }
    }

    if ($Expected.mustNotContain) {
        It 'drops every must-not-contain snippet' {
            foreach ($s in $Expected.mustNotContain) { $text | Should -Not -BeLike ('*' + [WildcardPattern]::Escape((Compress-Space $s)) + '*') -Because 'it is junk' }
        }
    }

    if ($Expected.paragraphs) {
        It 'has exactly the expected paragraphs' {
            @($article.Paragraphs) | Should -Be @($Expected.paragraphs)
        }
    }

    if ($Expected.markdownContains) {
        It 'keeps the structure in Markdown' {
            foreach ($s in $Expected.markdownContains) { $article.Markdown | Should -BeLike ('*' + [WildcardPattern]::Escape($s) + '*') }
        }
    }

    if ($Expected.removed) {
        It 'records removed blocks with a fitting reason' {
            foreach ($r in $Expected.removed) {
                $hit = @($article.Removed | Where-Object { (Compress-Space $_.Text).Contains((Compress-Space $r.text)) })
                $hit.Count | Should -BeGreaterThan 0 -Because "'$($r.text)' should be in Removed"
                @($hit | Where-Object { [string]$_.Reason -in @($r.reason) }).Count | Should -BeGreaterThan 0 -Because "'$($r.text)' should be removed as $(@($r.reason) -join ' or '), got $(@($hit.Reason) -join ', ')"
            }
        }
    }

    if ($Expected.paywall) {
        It 'gives the expected paywall verdict' {
            [string]$article.Paywall.Kind | Should -Be $Expected.paywall
        }
    }

    if ($Expected.paywallEvidence) {
        It 'shows the expected paywall evidence' {
            $seen = @($article.Paywall.Evidence)
            $seenText = ($seen | ForEach-Object { '{0}{1}' -f $_, ($_.Counted ? '' : ' (not counted)') }) -join ' | '
            foreach ($want in $Expected.paywallEvidence) {
                $hit = @($seen | Where-Object { Test-PaywallEvidence $_ $want })
                $hit.Count | Should -BeGreaterThan 0 -Because ("some {0} evidence containing '{1}' should be there, {2}; seen: {3}" -f $want.source, (@($want.contains) -join "' or '"), (($want.ContainsKey('counted') -and -not $want.counted) ? 'not counted' : 'counted'), ($seenText ? $seenText : 'none'))
            }
        }
    }

    if ($Expected.ContainsKey('truncated')) {
        It 'flags a truncated teaser' {
            $article.Paywall.Truncated | Should -Be ([bool]$Expected.truncated)
        }
    }

    if ($Expected.title -or $Expected.authors -or $Expected.published -or $Expected.modified -or $Expected.siteName -or $Expected.language -or $Expected.image -or $Expected.ContainsKey('authors')) {
        It 'finds the metadata' {
            if ($Expected.title) { $article.Title | Should -Be $Expected.title }
            if ($Expected.ContainsKey('authors')) { @($article.Authors) | Should -Be @($Expected.authors) }
            if ($Expected.published) { $article.Published.ToString('yyyy-MM-dd') | Should -Be $Expected.published }
            if ($Expected.modified) { $article.Modified.ToString('yyyy-MM-dd') | Should -Be $Expected.modified }
            if ($Expected.siteName) { $article.SiteName | Should -Be $Expected.siteName }
            if ($Expected.language) { $article.Language | Should -BeLike ($Expected.language + '*') }
            if ($Expected.image) { $article.Image | Should -Be $Expected.image }
        }
    }

    if ($Expected.captionsContain -or $Expected.commentsContain) {
        It 'keeps captions and comments apart' {
            foreach ($s in @($Expected.captionsContain)) { if ($s) { ($article.Captions -join "`n") | Should -BeLike "*$s*" } }
            foreach ($s in @($Expected.commentsContain)) { if ($s) { ($article.Comments -join "`n") | Should -BeLike "*$s*" } }
        }
    }
}
