# Page types (issue 20): each fixture of tests/fixtures/pagetype gets its type with its evidence, and -PageType/-SkipOther
# filter a mixed folder, by path, by pipeline and on parallel threads.
BeforeDiscovery {
    $script:Cases = foreach ($expected in Get-ChildItem (Join-Path $PSScriptRoot 'fixtures/pagetype') -Recurse -Filter expected.json | Sort-Object FullName) {
        $json = Get-Content $expected.FullName -Raw | ConvertFrom-Json -AsHashtable
        @{
            Name      = $expected.Directory.Name
            InputPath = (Get-ChildItem $expected.Directory.FullName -File -Filter 'input.*' | Select-Object -First 1).FullName
            Type      = $json.pageType
            Evidence  = $json.pageTypeEvidence
            Options   = $json.options
        }
    }
    $script:Types = @($Cases | ForEach-Object Type | Sort-Object -Unique)
}

BeforeAll {
    Import-Module $env:NEWSTOOLS_MODULE -Force
    $script:Cmd = 'NewsTools.Commands.GetCleanArticleCommand'
    $script:Fixtures = Join-Path $PSScriptRoot 'fixtures/pagetype'
    # A mixed folder: the HTML fixtures copied flat, named after their case.
    $script:Mixed = Join-Path $TestDrive 'mixed'
    $null = New-Item -ItemType Directory -Path $Mixed
    # The type each copied page should get (its expected.json), for the counts of the filter tests.
    $script:TypeOf = @{}
    foreach ($page in Get-ChildItem $Fixtures -Recurse -Filter 'input.html') {
        Copy-Item $page.FullName (Join-Path $Mixed ($page.Directory.Name + '.html'))
        $TypeOf[$page.Directory.Name] = (Get-Content (Join-Path $page.Directory.FullName 'expected.json') -Raw | ConvertFrom-Json).pageType
    }
    $script:CountOf = { param([string[]]$Types) @($TypeOf.Values | Where-Object { $_ -in $Types }).Count }
    $script:MixedFiles = @(Get-ChildItem $Mixed -Filter *.html | Sort-Object Name)
    $script:ArticleFiles = @($MixedFiles | Where-Object { $_.BaseName -like 'article-*' })
    $script:OtherFiles = @($MixedFiles | Where-Object { $_.BaseName -notlike 'article-*' })
}

Describe 'PageType of fixture <Name>' -ForEach $Cases {
    BeforeAll {
        $params = @{ LiteralPath = $InputPath; ErrorAction = 'Stop'; WarningAction = 'SilentlyContinue' }
        if ($Options) { foreach ($k in $Options.Keys) { $params[$k] = $Options[$k] } }
        $script:article = Get-CleanArticle @params
        $script:found = @($article.MetadataSources | Where-Object Field -eq 'PageType')
    }

    It 'is a <Type> page' {
        [string]$article.PageType | Should -Be $Type
    }

    It 'records its evidence under MetadataSources PageType (<Evidence>)' {
        $found.Count | Should -Be 1
        $found[0].Source | Should -BeLike "$Evidence*"
    }
}

Describe 'Fixture coverage' {
    It 'has a fixture of every page type' {
        $want = [enum]::GetNames([NewsTools.PageType])
        foreach ($t in $want) { $Types | Should -Contain $t }
    }
}

Describe 'Get-CleanArticle -PageType' {
    Context 'without -SkipOther' {
        BeforeAll {
            $script:out = @(Get-CleanArticle -Path (Join-Path $Mixed '*.html') -PageType Article -ErrorVariable errs -ErrorAction SilentlyContinue)
            $script:errs = @($errs)
        }

        It 'writes the articles' {
            $out.Count | Should -Be $ArticleFiles.Count
            $out | ForEach-Object { [string]$_.PageType | Should -Be 'Article' }
        }

        It 'gives one NotAnArticle error per other page, InvalidData, with the file as target' {
            $errs.Count | Should -Be $OtherFiles.Count
            $errs | ForEach-Object { $_.FullyQualifiedErrorId | Should -Be "NotAnArticle,$Cmd" }
            $errs | ForEach-Object { $_.CategoryInfo.Category | Should -Be 'InvalidData' }
            @($errs | ForEach-Object { [string]$_.TargetObject } | Sort-Object) | Should -Be @($OtherFiles.FullName | Sort-Object)
        }

        It 'names the type found and its evidence in the message' {
            $forum = $errs | Where-Object { [string]$_.TargetObject -like '*forum-thread.html' }
            $forum.Exception.Message | Should -BeLike '*a Forum page (structure:posts*'
        }

        It 'takes a set of types' {
            $two = @(Get-CleanArticle -Path (Join-Path $Mixed '*.html') -PageType Product, Collection -ErrorAction SilentlyContinue)
            @($two | ForEach-Object { [string]$_.PageType } | Sort-Object -Unique) | Should -Be @('Collection', 'Product')
            $two.Count | Should -Be (& $CountOf 'Product', 'Collection')
            $two.Count | Should -BeGreaterThan 2
        }

        It 'filters piped strings, with the string as target' {
            # A new string: Get-Content's PSPath note would make the file the target.
            $html = [string]::Concat((Get-Content -Raw (Join-Path $Mixed 'shop-category.html')), '')
            $r = @($html | Get-CleanArticle -PageType Article -ErrorVariable e -ErrorAction SilentlyContinue)
            $r.Count | Should -Be 0
            @($e).Count | Should -Be 1
            $e[0].FullyQualifiedErrorId | Should -Be "NotAnArticle,$Cmd"
            $e[0].TargetObject | Should -Be $html
        }

        It 'filters the same on parallel threads (-ThrottleLimit)' {
            $p = @(Get-CleanArticle -Path (Join-Path $Mixed '*.html') -PageType Article -ThrottleLimit 3 -ErrorVariable pe -ErrorAction SilentlyContinue)
            $p.Count | Should -Be $ArticleFiles.Count
            @($pe).Count | Should -Be $OtherFiles.Count
        }

        It 'writes every page without -PageType' {
            @(Get-CleanArticle -Path (Join-Path $Mixed '*.html') -WarningAction SilentlyContinue -ErrorAction Stop).Count | Should -Be $MixedFiles.Count
        }
    }

    Context 'with -SkipOther' {
        It 'skips other pages with no error, saying so in verbose output' {
            $all = @(Get-CleanArticle -Path (Join-Path $Mixed '*.html') -PageType Article -SkipOther -ErrorVariable se -ErrorAction SilentlyContinue -Verbose 4>&1)
            $articles = @($all | Where-Object { $_ -is [NewsTools.Article] })
            $verbose = @($all | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] -and $_.Message -like 'Skipped *' })
            $articles.Count | Should -Be $ArticleFiles.Count
            @($se).Count | Should -Be 0
            $verbose.Count | Should -Be $OtherFiles.Count
            ($verbose | Where-Object Message -like '*docs-page.html*').Message | Should -BeLike '*a Documentation page (structure:code*'
        }

        It 'keeps articles only when -PageType is not given' {
            $r = @(Get-CleanArticle -Path (Join-Path $Mixed '*.html') -SkipOther -ErrorAction Stop)
            $r.Count | Should -Be $ArticleFiles.Count
        }

        It 'skips on parallel threads too' {
            $listings = @(Get-CleanArticle -Path (Join-Path $Mixed '*.html') -PageType Listing -SkipOther -ThrottleLimit 2 -ErrorAction Stop)
            $listings.Count | Should -Be (& $CountOf 'Listing')
            $listings.Count | Should -BeGreaterThan 1
            $listings | ForEach-Object { [string]$_.PageType | Should -Be 'Listing' }
        }
    }
}
