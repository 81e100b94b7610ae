# The text shape stage on the project's seed sample: one syndicated story behind a metered paywall, scraped three ways
# (tests/samples/syndicated-paywall.txt one block per line, .wrapped.txt hard-wrapped at 72-79 columns, .md as a
# Markdown-returning scraper gives it). Whatever the shape, the article must come out the same: the ten paragraphs of
# syndicated-paywall.expected.txt, a Metered verdict, and the plan box, prompts and disclaimer in Removed.
BeforeDiscovery {
    $script:Samples = @(
        @{ Name = 'one block per line'; File = 'syndicated-paywall.txt'; Shape = 'Lines'; InputFormat = 'Text' }
        @{ Name = 'hard-wrapped'; File = 'syndicated-paywall.wrapped.txt'; Shape = 'HardWrapped'; InputFormat = 'Text' }
        @{ Name = 'Markdown'; File = 'syndicated-paywall.md'; Shape = 'Markdown'; InputFormat = 'Markdown' }
    )
    # The plan box: a column of lines in the text dumps, the rows of a GFM table in the Markdown. Each cell must end up in
    # a Removed entry (a line of its own or its table row) with Reason Subscription.
    $script:PlanCells = @(
        'Smart Quarterly', '₹900', '3 Months', '₹300/Month'
        'Smart Essential', '₹2,700', '1 Year', '₹225/Month'
        'Super Saver', '₹3,900', '2 Years', '₹162/Month'
    ) | ForEach-Object { @{ Cell = $_ } }
    # The prompts around the plan box, each with the reasons that fit it. Snippets avoid the parts Markdown marks up
    # ("[Log in](...)", "**...**") and the curly apostrophes, so they match a Removed entry however it is rendered.
    $script:Prompts = @(
        @{ Snippet = 'reached your limit of'; Reasons = @('Paywall', 'Subscription', 'TemplatePlaceholder') }
        @{ Snippet = 'Subscribe now for unlimited access'; Reasons = @('Paywall', 'Subscription', 'Promotion') }
        @{ Snippet = 'Already subscribed?'; Reasons = @('Paywall', 'Subscription') }
        @{ Snippet = 'Subscribe to read the full story'; Reasons = @('Paywall', 'Subscription') }
        @{ Snippet = 'Renews automatically, cancel anytime'; Reasons = @('Subscription') }
        @{ Snippet = 'included in our digital subscription plans'; Reasons = @('Promotion', 'Subscription') }
        @{ Snippet = 'Exclusive premium stories online'; Reasons = @('Promotion', 'Subscription') }
        @{ Snippet = 'Over 30 premium stories daily'; Reasons = @('Promotion', 'Subscription') }
        @{ Snippet = 'Digital replica of our daily newspaper'; Reasons = @('Promotion', 'Subscription') }
        @{ Snippet = 'Repository of articles and publications dating back to 1997'; Reasons = @('Promotion', 'Subscription') }
        @{ Snippet = 'Seamless Access Across All Devices'; Reasons = @('Promotion', 'Subscription') }
    )
}

BeforeAll {
    Import-Module $env:NEWSTOOLS_MODULE -Force
    function script:Compress-Space([string] $s) { ($s -replace '\s+', ' ').Trim() }

    # Reasons of the Removed entries whose text holds the snippet (whitespace collapsed on both sides).
    function script:Get-RemovedReason($Article, [string] $Snippet) {
        $needle = Compress-Space $Snippet
        @($Article.Removed | Where-Object { (Compress-Space $_.Text).Contains($needle) } | ForEach-Object { [string]$_.Reason })
    }

    $script:SampleDir = Join-Path $PSScriptRoot 'samples'
    $script:MdPath = Join-Path $SampleDir 'syndicated-paywall.md'
    # The expected file holds one paragraph a line (blank lines, if any, are skipped).
    $script:ExpectedParagraphs = @(Get-Content (Join-Path $SampleDir 'syndicated-paywall.expected.txt') -Encoding utf8 |
            Where-Object { $_.Trim() } | ForEach-Object { Compress-Space $_ })
    if ($ExpectedParagraphs.Count -ne 10) { throw "syndicated-paywall.expected.txt should hold 10 paragraphs, found $($ExpectedParagraphs.Count)." }
    $script:Headline = 'Russia says US-led coalition lets IS militants leave for Palmyra'
    $script:LeadImage = 'https://cdn.example-news.test/images/syria-convoy.jpg'
}

Describe 'Text shapes: the syndicated paywall sample' {
    Context 'The <Name> sample' -ForEach $Samples {
        BeforeAll {
            $script:article = Get-CleanArticle -LiteralPath (Join-Path $SampleDir $File) -ErrorAction Stop
        }

        It 'yields one article' {
            @($article).Count | Should -Be 1
        }

        It 'is read as shape <Shape>' {
            [string]$article.Shape | Should -Be $Shape
        }

        It 'is read as input format <InputFormat>' {
            [string]$article.InputFormat | Should -Be $InputFormat
        }

        It 'keeps exactly the ten story paragraphs' {
            $got = @($article.Paragraphs | ForEach-Object { Compress-Space $_ })
            # Joined so that a failure shows the first paragraph that differs.
            ($got -join "`n") | Should -Be ($ExpectedParagraphs -join "`n")
            $got.Count | Should -Be 10
        }

        It 'has no hard wrap inside a paragraph' {
            foreach ($p in @($article.Paragraphs)) { $p | Should -Not -Match '\n' -Because 'a paragraph is re-joined into one line' }
            foreach ($block in ($article.Text -split '\n\n')) { $block | Should -Not -Match '\n' -Because 'Text separates paragraphs by one blank line and has no other line break' }
        }

        It 'finds a metered paywall' {
            [string]$article.Paywall.Kind | Should -Be 'Metered'
        }

        It 'removes the plan cell <Cell> as Subscription' -ForEach $PlanCells {
            $reasons = Get-RemovedReason $article $Cell
            $reasons.Count | Should -BeGreaterThan 0 -Because "'$Cell' should be in Removed"
            $reasons | Should -Contain 'Subscription' -Because "'$Cell' is part of the plan box (got $($reasons -join ', '))"
        }

        It 'removes the prompt "<Snippet>" as <Reasons>' -ForEach $Prompts {
            $found = Get-RemovedReason $article $Snippet
            $found.Count | Should -BeGreaterThan 0 -Because "'$Snippet' should be in Removed"
            @($found | Where-Object { $_ -in $Reasons }).Count | Should -BeGreaterThan 0 -Because "'$Snippet' should be removed as $($Reasons -join ' or '), got $($found -join ', ')"
        }

        It 'removes the syndication disclaimer as Disclaimer' {
            $reasons = Get-RemovedReason $article 'No Business Standard Journalist was involved in creation of'
            $reasons | Should -Contain 'Disclaimer' -Because "got $($reasons -join ', ')"
        }
    }

    Context 'The Markdown sample, read as Markdown' {
        BeforeAll {
            $script:auto = Get-CleanArticle -LiteralPath $MdPath -ErrorAction Stop
            $script:forced = Get-CleanArticle -LiteralPath $MdPath -InputFormat Markdown -ErrorAction Stop
            $script:piped = Get-Content -LiteralPath $MdPath -Raw -Encoding utf8 | Get-CleanArticle -InputFormat Markdown -ErrorAction Stop
        }

        It 'takes the # headline as Title' {
            $auto.Title | Should -Be $Headline
        }

        It 'takes the image as Image' {
            $auto.Image | Should -Be $LeadImage
        }

        It 'leaves no Markdown syntax in Text' {
            foreach ($syntax in '](', '**', '#') { $auto.Text.Contains($syntax) | Should -BeFalse -Because "Text is plain text, without '$syntax'" }
        }

        It 'works with -InputFormat Markdown (<Name>)' -ForEach @(
            @{ Name = 'path'; Key = 'forced' }
            @{ Name = 'raw string from the pipeline'; Key = 'piped' }
        ) {
            $a = Get-Variable -Name $Key -ValueOnly
            @($a).Count | Should -Be 1
            [string]$a.InputFormat | Should -Be 'Markdown'
            [string]$a.Shape | Should -Be 'Markdown'
            $a.Title | Should -Be $Headline
            $a.Image | Should -Be $LeadImage
            (@($a.Paragraphs | ForEach-Object { Compress-Space $_ }) -join "`n") | Should -Be ($ExpectedParagraphs -join "`n")
            [string]$a.Paywall.Kind | Should -Be 'Metered'
        }
    }
}
