# An article as JSON, CSV and on screen: the reading time as one JSON value and a usable TimeSpan, and every surface
# a list property shows on (the one form "A; B" where PowerShell lets a list choose, and the two places it does not).
BeforeAll {
    Import-Module $env:NEWSTOOLS_MODULE -Force

    function script:New-StoryPage([string] $Title, [int] $Sentences, [string[]] $Authors) {
        $meta = ($Authors | ForEach-Object { '<meta name="author" content="{0}">' -f $_ }) -join ''
        $body = (1..$Sentences | ForEach-Object { "<p>The council met on day $_ to discuss the new library, and the vote went ahead after a long debate.</p>" }) -join ''
        "<html><head><title>$Title</title>$meta</head><body><nav><a href=`"/`">Home</a> <a href=`"/news`">News</a></nav>" +
        "<article><h1>$Title</h1>$body<div class=`"share`">Share on Facebook</div></article><footer>Copyright 2024 Town Crier</footer></body></html>"
    }
    $script:Long = Get-CleanArticle -InputObject (New-StoryPage 'Council approves new library' 40 'Jane Doe', 'John Roe')
    $script:Short = Get-CleanArticle -InputObject (New-StoryPage 'Library vote delayed' 6 'Ann Lee')
}

Describe 'Article exports' {
    Context 'Reading time' {
        It 'has pages of different lengths to compare (the tests below rely on it)' {
            $Long.ReadingTimeSeconds | Should -BeGreaterThan $Short.ReadingTimeSeconds
            $Short.ReadingTimeSeconds | Should -BeGreaterThan 0
        }

        It 'counts 230 words a minute, in whole seconds' {
            $Long.ReadingTimeSeconds | Should -BeOfType [int]
            $Long.ReadingTimeSeconds | Should -Be ([int][math]::Round($Long.WordCount * 60 / 230, [MidpointRounding]::AwayFromZero))
        }

        It 'writes one number to JSON, ReadingTimeSeconds, and no TimeSpan object' {
            $json = $Long | ConvertTo-Json -Depth 5 -Compress
            $json | Should -Match ('"ReadingTimeSeconds":{0}[,}}]' -f $Long.ReadingTimeSeconds)
            $json | Should -Not -Match '"ReadingTime"'
            $json | Should -Not -Match '"Ticks"|"TotalMinutes"'
            $back = $json | ConvertFrom-Json
            $back.ReadingTimeSeconds | Should -Be $Long.ReadingTimeSeconds
            $back.PSObject.Properties.Name | Should -Not -Contain 'ReadingTime'
        }

        It 'gives $a.ReadingTime as a TimeSpan of the same length' {
            $Long.ReadingTime | Should -BeOfType [timespan]
            $Long.ReadingTime | Should -Be ([timespan]::FromSeconds($Long.ReadingTimeSeconds))
            $Long.ReadingTime.TotalMinutes | Should -Be ($Long.ReadingTimeSeconds / 60)
        }

        It 'sorts, adds up and formats as a TimeSpan' {
            @($Long, $Short | Sort-Object ReadingTime).Title | Should -Be @('Library vote delayed', 'Council approves new library')
            @($Short, $Long | Sort-Object ReadingTime -Descending)[0].Title | Should -Be 'Council approves new library'
            ($Long.ReadingTime + $Short.ReadingTime).TotalSeconds | Should -Be ($Long.ReadingTimeSeconds + $Short.ReadingTimeSeconds)
            '{0:mm\:ss}' -f $Long.ReadingTime | Should -Be ('{0:00}:{1:00}' -f [math]::Floor($Long.ReadingTimeSeconds / 60), ($Long.ReadingTimeSeconds % 60))
            ($Long | Format-List | Out-String) | Should -Match ('ReadingTime\s*:\s*' + [regex]::Escape($Long.ReadingTime.ToString()))
        }

        It 'is a hidden member: Get-Member -Force lists it, Select-Object * and Export-Csv carry the number only' {
            ($Long | Get-Member -Name ReadingTime) | Should -BeNullOrEmpty
            $member = $Long | Get-Member -Name ReadingTime -Force
            $member.MemberType | Should -Be 'CodeProperty'
            $member.Definition | Should -Match '^System\.TimeSpan ReadingTime'
            $selected = $Long | Select-Object *
            $selected.PSObject.Properties.Name | Should -Contain 'ReadingTimeSeconds'
            $selected.PSObject.Properties.Name | Should -Not -Contain 'ReadingTime'
            $row = $Long | ConvertTo-Csv | ConvertFrom-Csv
            $row.ReadingTimeSeconds | Should -Be "$($Long.ReadingTimeSeconds)"
            $row.PSObject.Properties.Name | Should -Not -Contain 'ReadingTime'
        }

        It 'works on an article made in PowerShell too (the type data covers every NewsTools.Article)' {
            $made = [NewsTools.Article]::new()
            $made.ReadingTimeSeconds = 95
            $made.ReadingTime | Should -Be ([timespan]::FromSeconds(95))
            $made.GetReadingTime() | Should -Be ([timespan]::FromSeconds(95))
        }
    }

    Context 'Lists' {
        It 'has two authors and several removed blocks (the tests below rely on it)' {
            @($Long.Authors) | Should -Be @('Jane Doe', 'John Roe')
            $Long.Removed.Count | Should -BeGreaterThan 1
        }

        It 'stays a list: ForEach-Object, indexing, Count, -contains, -join, Where-Object' {
            @($Long.Authors | ForEach-Object { $_.Length }) | Should -Be @(8, 8)
            $Long.Authors[0] | Should -Be 'Jane Doe'
            $Long.Authors[-1] | Should -Be 'John Roe'
            $Long.Authors.Count | Should -Be 2
            $Long.Authors -contains 'John Roe' | Should -BeTrue
            $Long.Authors -contains 'Nobody' | Should -BeFalse
            'Jane Doe' -in $Long.Authors | Should -BeTrue
            $Long.Authors -join ' & ' | Should -Be 'Jane Doe & John Roe'
            @($Long.Removed | Where-Object Reason -eq 'Navigation').Count | Should -BeGreaterThan 0
            $Long.Removed[0].Reason | Should -BeOfType [NewsTools.RemovalReason]
        }

        It 'is a JSON array (of strings, of removed blocks)' {
            $back = $Long | ConvertTo-Json -Depth 5 -Compress | ConvertFrom-Json
            $back.Authors.GetType().IsArray | Should -BeTrue
            @($back.Authors) | Should -Be @('Jane Doe', 'John Roe')
            @($back.Removed).Count | Should -Be $Long.Removed.Count
            $back.Removed[0].Text | Should -Be $Long.Removed[0].Text
            ($Long.Authors | ConvertTo-Json -Compress) | Should -Be '["Jane Doe","John Roe"]'
        }

        It 'shows one form, "A; B", in ToString, CSV cells of the whole article, and the list view' {
            $Long.Authors.ToString() | Should -Be 'Jane Doe; John Roe'
            $row = $Long | ConvertTo-Csv | ConvertFrom-Csv
            $row.Authors | Should -Be 'Jane Doe; John Roe'
            $row.Removed | Should -Be $Long.Removed.ToString()
            $row.Removed | Should -Match '^(\w+: \d+)(; \w+: \d+)*$'
            $row.Paywall | Should -Be 'None'
            $row.MetadataSources | Should -Match '^\w+=[\w-]+(; \w+=[\w-]+)*$'
            $list = $Long | Format-List | Out-String -Width 300
            $list | Should -Match 'Authors\s*:\s*Jane Doe; John Roe'
            $list | Should -Match ('Removed\s*:\s*{0} blocks: {1}' -f $Long.Removed.Count, [regex]::Escape($Long.Removed.ToString()))
        }

        It 'an empty list is false, so Where-Object Authors keeps the articles that have authors' {
            $none = Get-CleanArticle -InputObject (New-StoryPage 'No byline here' 6 @())
            $none.Authors.Count | Should -Be 0
            [bool]$none.Authors | Should -BeFalse
            [bool]$Long.Authors | Should -BeTrue
            @($Long, $none, $Short | Where-Object Authors).Title | Should -Be @('Council approves new library', 'Library vote delayed')
        }

        It 'Group-Object groups equal lists together; its group name is {A, B} (any ICollection), a script block gives "A; B"' {
            $again = Get-CleanArticle -InputObject (New-StoryPage 'Library opens' 8 'Jane Doe', 'John Roe')
            $groups = @($Long, $Short, $again | Group-Object Authors | Sort-Object Name)
            $groups.Count | Should -Be 2
            $groups.Name | Should -Be @('{Ann Lee}', '{Jane Doe, John Roe}')
            ($groups | Where-Object Name -eq '{Jane Doe, John Roe}').Count | Should -Be 2
            @($Long, $Short, $again | Group-Object { $_.Authors.ToString() } | Sort-Object Name).Name | Should -Be @('Ann Lee', 'Jane Doe; John Roe')
        }

        # What PowerShell itself does with any list, whatever its type (see README, "How lists print"): recorded, so the
        # README changes if PowerShell ever changes.
        It 'Select-Object and Format-List * show {A, B}: the formatter writes every enumerable that way' {
            ($Long | Select-Object Authors | Format-List | Out-String) | Should -Match 'Authors : \{Jane Doe, John Roe\}'
            ($Long | Format-List * | Out-String -Width 300) | Should -Match 'Authors\s*: \{Jane Doe, John Roe\}'
        }

        It 'a string joins the items with $OFS; a calculated property or ToString() gives the one form' {
            "$($Long.Authors)" | Should -Be 'Jane Doe John Roe'
            & { $OFS = '; '; "$($Long.Authors)" } | Should -Be 'Jane Doe; John Roe'
            ($Long | Select-Object @{ n = 'Authors'; e = { $_.Authors.ToString() } } | Format-List | Out-String) |
                Should -Match 'Authors : Jane Doe; John Roe'
        }
    }
}
