# Language identification: Get-CleanArticle -InputFormat Text on texts we wrote, one per language
# (tests/fixtures/lang/<tag>.txt), short headlines and sentences (short/<tag>-N.txt), and Lorem ipsum
# placeholders (lorem/*.txt), which must get no language at all (null): placeholder text is no Latin article.
# A full-length story must get its language. A headline may get none (a Danish and a Norwegian headline can be
# the same words), but never a wrong one; how many get theirs is a floor of its own.
BeforeDiscovery {
    $langDir = Join-Path $PSScriptRoot 'fixtures/lang'
    function Get-LangCase([IO.FileInfo] $file) {
        @{ Name = $file.Name; Path = $file.FullName; Tag = ($file.BaseName -split '-')[0] }
    }
    $script:FullCases = foreach ($f in Get-ChildItem $langDir -File -Filter '*.txt' | Sort-Object Name) { Get-LangCase $f }
    $script:ShortCases = foreach ($f in Get-ChildItem (Join-Path $langDir 'short') -File -Filter '*.txt' | Sort-Object Name) { Get-LangCase $f }
    $script:LoremCases = foreach ($f in Get-ChildItem (Join-Path $langDir 'lorem') -File -Filter '*.txt' | Sort-Object Name) { Get-LangCase $f }
}

BeforeAll {
    Import-Module $env:NEWSTOOLS_MODULE -Force
    # The primary subtag of what the article says ("pt-BR" -> "pt"), or $null when it has no language.
    function script:Get-PrimaryLanguage([string] $LiteralPath) {
        $article = Get-CleanArticle -LiteralPath $LiteralPath -InputFormat Text -ErrorAction Stop
        if ($article.Language) { ($article.Language -split '-')[0].ToLowerInvariant() } else { $null }
    }
}

Describe 'Language identification' {
    Context 'Full-length stories' {
        It '<Name> is <Tag>' -ForEach $FullCases {
            Get-PrimaryLanguage $Path | Should -Be $Tag
        }

        It 'is right on at least 95 % of the full-length stories' {
            $files = @(Get-ChildItem (Join-Path $PSScriptRoot 'fixtures/lang') -File -Filter '*.txt')
            $right = @($files | Where-Object { (Get-PrimaryLanguage $_.FullName) -eq $_.BaseName }).Count
            $accuracy = $right / $files.Count
            Write-Host ('Language accuracy on full-length fixtures: {0:N3} ({1}/{2})' -f $accuracy, $right, $files.Count)
            $accuracy | Should -BeGreaterOrEqual 0.95
        }
    }

    Context 'Headlines and short sentences' {
        It '<Name> is <Tag> or none, never another language' -ForEach $ShortCases {
            Get-PrimaryLanguage $Path | Should -BeIn @($Tag, $null)
        }

        It 'gets the language of at least 75 % of the short texts' {
            $files = @(Get-ChildItem (Join-Path $PSScriptRoot 'fixtures/lang/short') -File -Filter '*.txt')
            $right = @($files | Where-Object { (Get-PrimaryLanguage $_.FullName) -eq ($_.BaseName -split '-')[0] }).Count
            $accuracy = $right / $files.Count
            Write-Host ('Language accuracy on short fixtures: {0:N3} ({1}/{2})' -f $accuracy, $right, $files.Count)
            $accuracy | Should -BeGreaterOrEqual 0.75
        }
    }

    Context 'Lorem ipsum placeholder' {
        It '<Name> has no language' -ForEach $LoremCases {
            Get-PrimaryLanguage $Path | Should -BeNullOrEmpty
        }
    }
}
