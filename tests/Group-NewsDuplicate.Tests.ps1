# Group-NewsDuplicate (issue 19): copies of one story under other templates, headlines and bylines, or with the last
# paragraph cut, group together; unrelated stories do not; the index is banded, so a large stream stays fast.
BeforeAll {
    Import-Module $env:NEWSTOOLS_MODULE -Force
    $script:Ferry = @(
        'The harbour board changed the winter ferry timetable on Tuesday, adding two early sailings for commuters who had asked for an earlier boat for years.'
        'The first boat will leave the north pier at quarter to six on weekdays, and a second will follow at half past six, the board said in a statement.'
        'Fares stay the same until April, when the board will review them with the council and the operators of the two bus routes that meet the boats.'
        'The operator said it had hired four crew members to run the extra sailings through the winter, and that it would add a third boat if demand grew.'
        'Passenger groups welcomed the change but said weekend services were still too thin, with only three sailings on Sundays outside the summer months.'
        'The board will publish the full timetable on its website next week, and printed copies will be available at both piers and at the library.'
    )
    $script:Library = @(
        'The city library will close for three weeks in March while its heating system is replaced, the council said on Monday after a long delay.'
        'Readers can return books at the community centre, and the mobile library will visit each district twice a week while the building is shut.'
        'The council said the work could not wait until summer because the old boiler had failed twice in January, leaving the reading rooms cold.'
        'Staff will use the closure to move the local history collection to a new room on the ground floor, which will open when the library reopens.'
    )
    # One page of a site's template; the story's paragraphs inside.
    function script:New-Page([string] $Site, [string] $Headline, [string] $Byline, [string] $Date, [string[]] $Paragraphs) {
        $body = ($Paragraphs | ForEach-Object { "<p>$_</p>" }) -join ''
        "<html><head><title>$Headline | $Site</title><meta property='article:published_time' content='$Date'></head><body>" +
        "<header><a href='/'>$Site</a> <a href='/news'>News</a> <a href='/sport'>Sport</a></header>" +
        "<article><h1>$Headline</h1><p class='byline'>By $Byline</p>$body</article>" +
        "<aside><h3>Most read</h3><a href='/a'>Storm closes coast road</a> <a href='/b'>School wins award</a></aside><footer>Copyright 2024 $Site</footer></body></html>"
    }
    $script:Articles = @(
        New-Page 'Harbour Times' 'Ferry timetable changes this winter' 'Ann Smith' '2024-05-14T09:00:00+01:00' $Ferry
        New-Page 'City Library News' 'Library to close for repairs' 'Tom Reed' '2024-03-01T08:00:00+00:00' $Library
        New-Page 'Coast Courier' 'Early ferries for commuters' 'Staff reporter' '2024-05-14T11:30:00+01:00' $Ferry
        New-Page 'Daily Wire' 'Winter ferry timetable adds early sailings' 'Agency' '2024-05-14T07:15:00+00:00' ($Ferry[0..4])
        New-Page 'Evening Post' 'Library heating to be replaced' 'Mia Lund' '2024-03-01T12:00:00+00:00' $Library
    ) | ForEach-Object { Get-CleanArticle -InputObject $_ }
}

Describe 'Group-NewsDuplicate' {
    It 'groups the copies of each story, members by Published, with their similarity to the first' {
        $groups = @($Articles | Group-NewsDuplicate)
        $groups.Count | Should -Be 2
        $ferry = $groups | Where-Object Count -eq 3
        $ferry.Group.Title | Should -Be @('Winter ferry timetable adds early sailings', 'Ferry timetable changes this winter', 'Early ferries for commuters')
        $ferry.Name | Should -Be 'Winter ferry timetable adds early sailings'
        $ferry.Similarity[0] | Should -Be 1
        # The cut copy joins by its lead; its whole-text similarity is a little lower.
        $ferry.Similarity | ForEach-Object { $_ | Should -BeGreaterOrEqual 0.85 }
        $library = $groups | Where-Object Count -eq 2
        $library.Group.Title | Should -Be @('Library to close for repairs', 'Library heating to be replaced')
        $groups[0].GetType().FullName | Should -Be 'NewsTools.DuplicateGroup'
    }

    It 'keeps unrelated stories apart, and -DuplicatesOnly drops the singletons' {
        $other = Get-CleanArticle -InputObject (New-Page 'Harbour Times' 'Ferry fares' 'Ann Smith' '2024-06-01T09:00:00+01:00' @(
                'Ferry fares will rise by four percent in June, the operator said, blaming the cost of fuel and of the new crew it hired for the winter.'
                'Season tickets for commuters are not affected, and children under twelve will still travel free on every sailing of the day.'
                'The harbour board said it had not been consulted and would ask the operator to delay the rise until the autumn review of the timetable.'))
        $groups = @(@($Articles) + $other | Group-NewsDuplicate)
        $groups.Count | Should -Be 3
        @(@($Articles) + $other | Group-NewsDuplicate -DuplicatesOnly).Count | Should -Be 2
    }

    It '-Unique writes the first article of each story as it arrives, before the input ends' {
        # A steppable pipeline feeds one article at a time: each new story must come out at once, a copy never.
        $pipe = { Group-NewsDuplicate -Unique }.GetSteppablePipeline()
        $pipe.Begin($true)
        $out = foreach ($a in $Articles) { , @($pipe.Process($a)) }
        $end = @($pipe.End())
        $out[0][0].Title | Should -Be 'Ferry timetable changes this winter'
        $out[1][0].Title | Should -Be 'Library to close for repairs'
        foreach ($k in 2, 3, 4) { $out[$k].Count | Should -Be 0 }
        $end.Count | Should -Be 0
        (Get-Command Group-NewsDuplicate).OutputType.Type.FullName | Should -Contain 'NewsTools.Article'
    }

    It '-Unique -Keep Earliest keeps the earliest published copy of each story, in the order the stories came' {
        $kept = @($Articles | Group-NewsDuplicate -Unique -Keep Earliest)
        $kept.Title | Should -Be @('Winter ferry timetable adds early sailings', 'Library to close for repairs')
        $kept[0].GetType().FullName | Should -Be 'NewsTools.Article'
        # -Unique and -DuplicatesOnly are different answers: they cannot be combined.
        { $Articles | Group-NewsDuplicate -Unique -DuplicatesOnly } | Should -Throw -ErrorId 'AmbiguousParameterSet,NewsTools.Commands.GroupNewsDuplicateCommand'
    }

    It 'groups a copy cut short by a paywall by its lead, which the whole-text fingerprint alone would miss' {
        $teaser = Get-CleanArticle -InputObject (New-Page 'Metro Daily' 'Early boats for commuters' 'Metro staff' '2024-05-15T06:00:00+01:00' (@($Ferry[0..2]) + 'Subscribe to keep reading: you have reached your limit of free articles this month.'))
        $teaser.Text | Should -Not -Match 'Subscribe'
        [NewsTools.Fingerprint]::Similarity($teaser.Fingerprint, $Articles[0].Fingerprint) | Should -BeLessThan 0.9
        $groups = @(@($Articles) + $teaser | Group-NewsDuplicate)
        $groups.Count | Should -Be 2
        ($groups | Where-Object Count -eq 4).Group.Title | Should -Contain 'Early boats for commuters'
    }

    It 'finds planted near copies among 30,000 fingerprints quickly (banded, not all pairs)' {
        $rng = [Random]::new(7)
        $buffer = [byte[]]::new(8)
        $list = [Collections.Generic.List[NewsTools.Article]]::new()
        for ($i = 0; $i -lt 30000; $i++) {
            $rng.NextBytes($buffer)
            $a = [NewsTools.Article]::new(); $a.WordCount = 100; $a.Source = "a$i"
            $a.Fingerprint = [BitConverter]::ToUInt64($buffer, 0).ToString('x16')
            $list.Add($a)
        }
        # 50 near copies: 5 bits flipped (similarity 0.92), each of a random article.
        for ($k = 0; $k -lt 50; $k++) {
            $src = $list[$k * 500]
            $print = [Convert]::ToUInt64($src.Fingerprint, 16)
            foreach ($bit in 3, 17, 29, 44, 60) { $print = $print -bxor ([uint64]1 -shl $bit) }
            $a = [NewsTools.Article]::new(); $a.WordCount = 100; $a.Source = "copy$k"; $a.Fingerprint = $print.ToString('x16')
            $list.Add($a)
        }
        $sw = [Diagnostics.Stopwatch]::StartNew()
        $dupes = @(Group-NewsDuplicate -InputObject $list.ToArray() -DuplicatesOnly)
        $sw.Stop()
        $dupes.Count | Should -Be 50
        $dupes | ForEach-Object { $_.Count | Should -Be 2; $_.Group[1].Source | Should -BeLike 'copy*' }
        # All pairs would be 450 million comparisons; the bands make it a few million.
        $sw.Elapsed.TotalSeconds | Should -BeLessThan 30
    }

    It 'at -Threshold <Threshold> finds every copy exactly <Distance> bits away, spread over the bands, and none one bit further' -ForEach @(
        @{ Threshold = 0.95; Distance = 3 }, @{ Threshold = 0.9; Distance = 6 }, @{ Threshold = 0.85; Distance = 9 }, @{ Threshold = 0.8; Distance = 12 }
    ) {
        # Worst cases for the index: flips spread evenly over the 64 bits, so no band keeps an exact key for every band layout.
        $rng = [Random]::new(11)
        $buffer = [byte[]]::new(8)
        $list = [Collections.Generic.List[NewsTools.Article]]::new()
        for ($i = 0; $i -lt 2000; $i++) {
            $rng.NextBytes($buffer)
            $a = [NewsTools.Article]::new(); $a.WordCount = 100; $a.Source = "a$i"; $a.ContentHash = "h$i"
            $a.Fingerprint = [BitConverter]::ToUInt64($buffer, 0).ToString('x16')
            $list.Add($a)
        }
        foreach ($k in 0..39) {
            $flips = $Distance + ($k % 2)   # even k: at the threshold (must group); odd k: one bit past it (must not)
            $print = [Convert]::ToUInt64($list[$k * 50].Fingerprint, 16)
            $offset = $k % 7
            for ($f = 0; $f -lt $flips; $f++) { $print = $print -bxor ([uint64]1 -shl ((($f * 64 / $flips) + $offset) % 64)) }
            $a = [NewsTools.Article]::new(); $a.WordCount = 100; $a.Source = "copy$k"; $a.ContentHash = "c$k"; $a.Fingerprint = $print.ToString('x16')
            [NewsTools.Fingerprint]::Similarity($list[$k * 50].Fingerprint, $a.Fingerprint) | Should -Be (1 - $flips / 64)
            $list.Add($a)
        }
        $dupes = @(Group-NewsDuplicate -InputObject $list.ToArray() -Threshold $Threshold -DuplicatesOnly)
        # (Two of the random fingerprints may fall within 12 bits by chance: only the planted copies are counted.)
        $found = @($dupes | ForEach-Object { $_.Group.Source } | Where-Object { $_ -like 'copy*' } | Sort-Object)
        $found | Should -Be @(0..39 | Where-Object { $_ % 2 -eq 0 } | ForEach-Object { "copy$_" } | Sort-Object)
    }

    Context 'one agency story in five templates, five other stories on the same topic (tests/fixtures/duplicates)' {
        BeforeAll {
            $dir = Join-Path $PSScriptRoot 'fixtures/duplicates'
            $script:Fixture = @(Get-ChildItem $dir -Filter *.html | Sort-Object Name | Get-CleanArticle -WarningAction SilentlyContinue)
        }

        It 'reads all ten pages, and the paywalled copy is only a teaser' {
            $Fixture.Count | Should -Be 10
            $teaser = $Fixture | Where-Object { $_.Source -like '*copy4-paywall.html' }
            $teaser.Paywall.Kind | Should -Not -Be 'None'
            $teaser.WordCount | Should -BeLessThan 80
        }

        It 'puts the five copies in one group, ordered by Published, and leaves each other story alone' {
            $groups = @($Fixture | Group-NewsDuplicate)
            $groups.Count | Should -Be 6
            $copies = @($groups | Where-Object Count -gt 1)
            $copies.Count | Should -Be 1
            $copies[0].Count | Should -Be 5
            ($copies[0].Group.Source | ForEach-Object { Split-Path -Leaf $_ }) | Should -Be @('copy3-wire.html', 'copy1-daily.html', 'copy2-blog.html', 'copy4-paywall.html', 'copy5-portal.html')
            @($groups | Where-Object Count -eq 1 | ForEach-Object { Split-Path -Leaf $_.Group[0].Source }) | Should -Be @('other-bus-fares.html', 'other-cycle-lanes.html', 'other-station-works.html', 'other-tram-history.html', 'other-tram-strike.html')
        }

        It '-Unique keeps one copy of the story and every other story' {
            $kept = @($Fixture | Group-NewsDuplicate -Unique)
            $kept.Count | Should -Be 6
            @($kept | Where-Object { $_.Source -like '*copy*' }).Count | Should -Be 1
            (@($Fixture | Group-NewsDuplicate -Unique -Keep Earliest) | Where-Object { $_.Source -like '*copy*' }).Source | Should -BeLike '*copy3-wire.html'
        }
    }
}
