# The per-type extraction profiles (issue 20) through the cmdlet, on the pages of tests/fixtures/pagetypes-extract.
# The core's tests force each type (tests/NewsTools.Core.Tests/Profiles); here the type is whatever the page-type stage
# decides, so these checks hold whichever type a page gets: the key content survives, and the strategy reported is the
# profile of the type reported (or the article cascade's).
BeforeDiscovery {
    $script:Pages = @(
        @{ File = 'forum-thread.html';    Must = 'Look at the pole structure' }
        @{ File = 'listing-cards.html';   Must = 'Cedar garden bench' }
        @{ File = 'collection-grid.html'; Must = 'Everyday things for the home' }
        @{ File = 'service-sections.html'; Must = 'Plans start at nine euros' }
        @{ File = 'product-jsonld.html';  Must = '5200 mAh lithium-ion' }
        @{ File = 'docs-page.html';       Must = 'export SERVER_PORT=8081' }
        @{ File = 'forum-question-answers.html'; Must = 'Your dough is over-proofed' }
        @{ File = 'listing-split-river.html';    Must = 'Council approves the riverside cycle path' }
        @{ File = 'listing-page-builder.html';   Must = 'Pruning fruit trees' }
        @{ File = 'service-body-sections.html';  Must = 'Blinds are dusted' }
    )
}

BeforeAll {
    Import-Module $env:NEWSTOOLS_MODULE -Force
    $script:Dir = Join-Path $PSScriptRoot 'fixtures/pagetypes-extract'
    # What each type's profile calls itself when its own strategy chose the content.
    $script:ProfileStrategy = @{
        Forum = 'forum-posts'; Listing = 'cards'; Collection = 'cards'; Service = 'sections'; Product = 'sections'; Documentation = ''
    }
}

Describe 'Page profile fixture <File>' -ForEach $Pages {
    It 'gives one article holding its key content' {
        $a = @(Get-CleanArticle -LiteralPath (Join-Path $Dir $File) -ErrorAction Stop)
        $a.Count | Should -Be 1
        $a[0].Text | Should -BeLikeExactly "*$Must*"
    }

    It 'reports a strategy that belongs to its page type' {
        $a = Get-CleanArticle -LiteralPath (Join-Path $Dir $File) -ErrorAction Stop
        $a.PageType | Should -BeOfType [NewsTools.PageType]
        $profiles = 'forum-posts', 'cards', 'sections', 'documentation'
        $named = $profiles | Where-Object { $a.Strategy -like "$_*" }
        if ($a.PageType -eq 'Article') {
            # The article profile is the cascade as it was: it never names a profile.
            $named | Should -BeNullOrEmpty
        }
        elseif ($named) {
            $named | Should -Be $ProfileStrategy[[string]$a.PageType]
        }
    }
}
