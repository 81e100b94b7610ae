# Module conventions: manifest, exports, verbs, output types, help, dependency isolation, release staging,
# Windows PowerShell 5.1 compatibility (assembly metadata and the README's recipes).
BeforeDiscovery {
    # Every ```powershell block of the README, with the line it starts on (the fence's line + 1).
    $readme = Get-Content (Join-Path $PSScriptRoot '../README.md')
    $script:ReadmeBlocks = @(for ($i = 0; $i -lt $readme.Count; $i++) {
            if ($readme[$i] -match '^```powershell\s*$') {
                $start = $i + 1
                $end = $start
                while ($end -lt $readme.Count -and $readme[$end] -notmatch '^```\s*$') { $end++ }
                @{ Line = $start + 1; Code = ($readme[$start..($end - 1)] -join "`n") }
                $i = $end
            }
        })
}

BeforeAll {
    $script:Root = (Resolve-Path (Join-Path $PSScriptRoot '..')).Path
    $script:ManifestPath = $env:NEWSTOOLS_MODULE
    $script:ModuleDir = Split-Path $ManifestPath
    Import-Module $ManifestPath -Force
    $script:Module = Get-Module NewsTools
    $script:Commands = @(Get-Command -Module NewsTools)
    $script:Manifest = Import-PowerShellDataFile $ManifestPath

    # What a README block uses that Windows PowerShell 5.1 lacks: syntax (from the AST) and commands or parameters
    # added in PowerShell 6 or 7. Parameters are matched as PowerShell matches them, by unambiguous prefix.
    $script:SevenOnlyCommands = 'Get-Error', 'Join-String', 'Test-Json', 'ConvertFrom-Markdown', 'Show-Markdown',
    'Get-MarkdownOption', 'Set-MarkdownOption', 'Get-Uptime', 'Remove-Alias', 'Remove-Service', 'Get-PSSubsystem'
    $script:SevenOnlyParameters = @{
        'ForEach-Object'    = 'Parallel', 'ThrottleLimit', 'TimeoutSeconds', 'AsJob', 'UseNewRunspace'
        'ConvertFrom-Json'  = 'AsHashtable', 'Depth', 'NoEnumerate', 'DateKind'
        'ConvertTo-Json'    = 'EnumsAsStrings', 'AsArray', 'EscapeHandling'
        'Get-Content'       = 'AsByteStream'
        'Set-Content'       = 'AsByteStream'
        'Add-Content'       = 'AsByteStream'
        'Sort-Object'       = 'Stable', 'Top', 'Bottom'
        'Export-Csv'        = 'UseQuotes', 'QuoteFields'
        'ConvertTo-Csv'     = 'UseQuotes', 'QuoteFields'
        'Select-String'     = 'Raw', 'NoEmphasis'
        'Invoke-WebRequest' = 'SkipHttpErrorCheck', 'StatusCodeVariable', 'Resume', 'SslProtocol', 'Authentication', 'HttpVersion', 'SkipHeaderValidation'
        'Invoke-RestMethod' = 'SkipHttpErrorCheck', 'StatusCodeVariable', 'Resume', 'SslProtocol', 'Authentication', 'HttpVersion', 'SkipHeaderValidation', 'ResponseHeadersVariable'
    }
    $script:Aliases = @{ '%' = 'ForEach-Object'; 'foreach' = 'ForEach-Object'; 'sort' = 'Sort-Object'; 'gc' = 'Get-Content'
        'sc' = 'Set-Content'; 'ac' = 'Add-Content'; 'sls' = 'Select-String'; 'iwr' = 'Invoke-WebRequest'; 'irm' = 'Invoke-RestMethod'
        'epcsv' = 'Export-Csv'; 'ConvertFrom-JSON' = 'ConvertFrom-Json'
    }

    function script:Get-SevenOnlyFeature([System.Management.Automation.Language.Ast] $Ast) {
        $L = 'System.Management.Automation.Language'
        foreach ($node in $Ast.FindAll({ $true }, $true)) {
            $type = $node.GetType().Name
            if ($type -eq 'PipelineChainAst') { '&& or ||' }
            elseif ($type -eq 'TernaryExpressionAst') { 'the ternary ? :' }
            elseif ($node -is "$L.BinaryExpressionAst" -and "$($node.Operator)" -eq 'QuestionQuestion') { '??' }
            elseif ($node -is "$L.AssignmentStatementAst" -and "$($node.Operator)" -eq 'QuestionQuestionEquals') { '??=' }
            elseif ($node -is "$L.MemberExpressionAst" -and $node.NullConditional) { '?.' }
            elseif ($node -is "$L.IndexExpressionAst" -and $node.NullConditional) { '?[]' }
            elseif ($node -is "$L.CommandAst") {
                $name = $node.GetCommandName()
                if (-not $name) { continue }
                if ($Aliases.ContainsKey($name)) { $name = $Aliases[$name] }
                if ($name -in $SevenOnlyCommands) { $name; continue }
                $sevenOnly = $SevenOnlyParameters[$name]
                if (-not $sevenOnly) { continue }
                foreach ($p in $node.CommandElements | Where-Object { $_ -is "$L.CommandParameterAst" }) {
                    $hit = @($sevenOnly | Where-Object { $_.StartsWith($p.ParameterName, [StringComparison]::OrdinalIgnoreCase) })
                    if ($hit.Count -gt 0) { '{0} -{1}' -f $name, $hit[0] }
                }
            }
        }
    }

    # Metadata of an assembly read without loading it (System.Reflection.Metadata): target framework and references.
    function script:Read-AssemblyMetadata([string] $Path) {
        $stream = [IO.File]::OpenRead($Path)
        try {
            $pe = [System.Reflection.PortableExecutable.PEReader]::new($stream)
            $md = [System.Reflection.Metadata.PEReaderExtensions]::GetMetadataReader($pe)
            $framework = $null
            foreach ($handle in $md.GetAssemblyDefinition().GetCustomAttributes()) {
                $attribute = $md.GetCustomAttribute($handle)
                $ctor = $md.GetMemberReference([System.Reflection.Metadata.MemberReferenceHandle]$attribute.Constructor)
                $typeName = $md.GetString($md.GetTypeReference([System.Reflection.Metadata.TypeReferenceHandle]$ctor.Parent).Name)
                if ($typeName -ne 'TargetFrameworkAttribute') { continue }
                # The blob: prolog 01 00, then the first argument as a SerString (a length byte under 128, UTF-8).
                $blob = $md.GetBlobBytes($attribute.Value)
                $framework = [Text.Encoding]::UTF8.GetString($blob, 3, $blob[2])
            }
            $references = foreach ($handle in $md.AssemblyReferences) {
                $ref = $md.GetAssemblyReference($handle)
                [pscustomobject]@{ Name = $md.GetString($ref.Name); Version = $ref.Version }
            }
            [pscustomobject]@{ Name = [IO.Path]::GetFileNameWithoutExtension($Path); Framework = $framework; References = @($references) }
        }
        finally {
            $stream.Dispose()
        }
    }
}

Describe 'NewsTools module' {
    Context 'Manifest' {
        It 'passes Test-ModuleManifest' {
            { Test-ModuleManifest $ManifestPath -ErrorAction Stop } | Should -Not -Throw
        }

        It 'lists its cmdlets explicitly and exports exactly them' {
            $data = Import-PowerShellDataFile $ManifestPath
            $data.CmdletsToExport | Should -Not -Contain '*'
            $data.VariablesToExport.Count | Should -Be 0
            @($Module.ExportedCmdlets.Keys) | Sort-Object | Should -Be (@($data.CmdletsToExport) | Sort-Object)
            $Commands.Count | Should -Be @($data.CmdletsToExport).Count
        }

        It 'declares both editions, a format file and gallery data' {
            $data = Import-PowerShellDataFile $ManifestPath
            $data.CompatiblePSEditions | Should -Be @('Desktop', 'Core')
            $data.FormatsToProcess | Should -Contain 'NewsTools.Format.ps1xml'
            $data.PrivateData.PSData.Tags | Should -Contain 'news'
            $data.PrivateData.PSData.ProjectUri | Should -Not -BeNullOrEmpty
        }

        It 'keeps third-party assemblies out of the module root' {
            # The root holds only our own default-context assemblies: the cmdlets and the object model.
            (Get-ChildItem $ModuleDir -Filter *.dll).Name | Sort-Object | Should -Be @('NewsTools.dll', 'NewsTools.Model.dll')
            Join-Path $ModuleDir 'Dependencies/NewsTools.Model.dll' | Should -Not -Exist
            Join-Path $ModuleDir 'Dependencies/AngleSharp.dll' | Should -Exist
            Join-Path $ModuleDir 'Dependencies/NewsTools.Core.dll' | Should -Exist
        }
    }

    Context 'Release staging' {
        It 'is staged as out/NewsTools/<version>/, the version being the manifest''s, semantic (MAJOR.MINOR.PATCH)' {
            $version = (Import-PowerShellDataFile (Join-Path $Root 'NewsTools.psd1')).ModuleVersion
            $version | Should -Match '^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$'
            $Manifest.ModuleVersion | Should -Be $version -Because 'the staged manifest is a copy of the repository''s'
            Split-Path $ModuleDir -Leaf | Should -Be $version
            Split-Path (Split-Path $ModuleDir -Parent) -Leaf | Should -Be 'NewsTools'
            (Test-ModuleManifest $ManifestPath -ErrorAction Stop).Version | Should -Be ([version]$version)
        }

        It 'leaves nothing of the flat layout beside the versioned folder' {
            @(Get-ChildItem (Split-Path $ModuleDir -Parent) -Force).Name | Should -Be @(Split-Path $ModuleDir -Leaf)
        }

        It 'imports by name in a fresh pwsh with out/ on PSModulePath, at this version, and cleans a page' {
            $outFolder = Split-Path (Split-Path $ModuleDir -Parent) -Parent
            $version = $Manifest.ModuleVersion
            $script = @'
$ErrorActionPreference = 'Stop'
Import-Module NewsTools
$m = Get-Module NewsTools
$a = '<html><body><article><h1>Staged</h1><p>A paragraph long enough to count as the story of this page, with words in it.</p></article></body></html>' | Get-CleanArticle
'{0}|{1}|{2}|{3}' -f $m.Version, $m.ModuleBase, $a.Title, $a.Text
'@
            $saved = $env:PSModulePath
            try {
                # As a user puts a folder of modules first on the path; the child inherits it.
                $env:PSModulePath = $outFolder + [IO.Path]::PathSeparator + $saved
                $out = & dotnet pwsh -NoProfile -NonInteractive -Command $script 2>&1
            }
            finally {
                $env:PSModulePath = $saved
            }
            $LASTEXITCODE | Should -Be 0 -Because ($out | Out-String)
            $parts = ($out | Select-Object -Last 1) -split '\|'
            $parts[0] | Should -Be $version
            $parts[1] | Should -Be $ModuleDir
            $parts[2] | Should -Be 'Staged'
            $parts[3] | Should -Match 'A paragraph long enough'
        }

        It 'publishes with Publish-PSResource to a file repository, and the saved package imports by name and cleans a page' {
            # PSResourceGet keeps its repository list under the user's local data folder: point that at TestDrive, so
            # the test registers nothing for the user running it.
            # The folder must exist: .NET reports a missing local data folder as '', and PSResourceGet would then write
            # its list relative to the current directory.
            $data = (New-Item -ItemType Directory (Join-Path $TestDrive 'data')).FullName
            $repo = New-Item -ItemType Directory (Join-Path $TestDrive 'repo')
            $saved = New-Item -ItemType Directory (Join-Path $TestDrive 'saved')
            $script = @"
`$ErrorActionPreference = 'Stop'
Register-PSResourceRepository -Name NewsToolsTest -Uri '$repo' -Trusted
Publish-PSResource -Path '$ModuleDir' -Repository NewsToolsTest
Save-PSResource -Name NewsTools -Repository NewsToolsTest -Path '$saved' -TrustRepository
`$env:PSModulePath = '$saved' + [IO.Path]::PathSeparator + `$env:PSModulePath
Import-Module NewsTools
`$a = '<html><body><article><h1>Published</h1><p>A paragraph long enough to count as the story of this page, with words.</p></article></body></html>' | Get-CleanArticle
'{0}|{1}|{2}' -f (Get-Module NewsTools).Version, (Get-Module NewsTools).ModuleBase, `$a.Title
"@
            $before = @{ XDG_DATA_HOME = $env:XDG_DATA_HOME; LOCALAPPDATA = $env:LOCALAPPDATA }
            try {
                $env:XDG_DATA_HOME = $data
                $env:LOCALAPPDATA = $data
                $out = & dotnet pwsh -NoProfile -NonInteractive -Command $script 2>&1
            }
            finally {
                $env:XDG_DATA_HOME = $before.XDG_DATA_HOME
                $env:LOCALAPPDATA = $before.LOCALAPPDATA
            }
            $LASTEXITCODE | Should -Be 0 -Because ($out | Out-String)
            Join-Path $data 'PSResourceGet/PSResourceRepository.xml' | Should -Exist -Because 'the repository list stays in TestDrive'
            Join-Path $repo "NewsTools.$($Manifest.ModuleVersion).nupkg" | Should -Exist
            $parts = ($out | Select-Object -Last 1) -split '\|'
            $parts[0] | Should -Be $Manifest.ModuleVersion
            $parts[1] | Should -Be (Join-Path $saved "NewsTools/$($Manifest.ModuleVersion)")
            $parts[2] | Should -Be 'Published'
            # What the gallery would receive: the staged folder, LICENSE and type data included.
            foreach ($file in 'LICENSE', 'NewsTools.Types.ps1xml', 'NewsTools.Format.ps1xml', 'Dependencies/NewsTools.Core.dll') {
                Join-Path $parts[1] $file | Should -Exist
            }
        }

        It 'ships the LICENSE the manifest''s LicenseUri names, in the repository and in the staged module' {
            $uri = [uri]$Manifest.PrivateData.PSData.LicenseUri
            $uri.IsAbsoluteUri | Should -BeTrue
            $name = $uri.Segments[-1]
            $name | Should -Be 'LICENSE'
            Join-Path $Root $name | Should -Exist
            Join-Path $ModuleDir $name | Should -Exist
            (Get-Content (Join-Path $ModuleDir $name) -Raw) | Should -BeExactly (Get-Content (Join-Path $Root $name) -Raw)
            (Get-Content (Join-Path $Root $name) -TotalCount 1) | Should -Match 'License'
        }

        It 'has a CHANGELOG.md section for the manifest''s version' {
            $changelog = Get-Content (Join-Path $Root 'CHANGELOG.md')
            $version = [regex]::Escape($Manifest.ModuleVersion)
            @($changelog -match "^## \[$version\]").Count | Should -Be 1
            # Every released section names a semantic version.
            foreach ($heading in $changelog -match '^## \[') {
                $heading | Should -Match '^## \[(Unreleased|\d+\.\d+\.\d+)\]'
            }
        }
    }

    Context 'Windows PowerShell 5.1' {
        BeforeAll {
            # Every assembly of ours in the staged module: the root ones and the core in Dependencies/.
            $script:OurAssemblies = @(Get-ChildItem $ModuleDir -Filter 'NewsTools*.dll' -Recurse | ForEach-Object { Read-AssemblyMetadata $_.FullName })
            $standard = Join-Path $env:NEWSTOOLS_PACKAGES 'powershellstandard.library/5.1.1/lib/netstandard2.0/System.Management.Automation.dll'
            $script:StandardSma = [Reflection.AssemblyName]::GetAssemblyName($standard).Version
        }

        It 'claims Windows PowerShell 5.1 (Desktop) in the manifest' {
            [version]$Manifest.PowerShellVersion | Should -Be ([version]'5.1')
            $Manifest.CompatiblePSEditions | Should -Contain 'Desktop'
        }

        It 'finds our assemblies (NewsTools, NewsTools.Model, NewsTools.Core)' {
            $OurAssemblies.Name | Should -Contain 'NewsTools'
            $OurAssemblies.Name | Should -Contain 'NewsTools.Model'
            $OurAssemblies.Name | Should -Contain 'NewsTools.Core'
        }

        It 'every assembly of ours targets .NETStandard 2.0 and references netstandard, not a .NET runtime' {
            foreach ($a in $OurAssemblies) {
                $a.Framework | Should -Be '.NETStandard,Version=v2.0' -Because $a.Name
                $a.References.Name | Should -Contain 'netstandard' -Because $a.Name
                $a.References.Name | Should -Not -Contain 'System.Runtime' -Because "$($a.Name) would need .NET Core"
                $a.References.Name | Should -Not -Contain 'System.Private.CoreLib' -Because $a.Name
            }
        }

        It 'ships no assembly built for .NET Core or .NET 5+ (a Windows PowerShell 5.1 process could not load one)' {
            $all = @(Get-ChildItem $ModuleDir -Filter '*.dll' -Recurse | ForEach-Object { Read-AssemblyMetadata $_.FullName })
            $all.Count | Should -BeGreaterThan $OurAssemblies.Count
            foreach ($a in $all) {
                $a.Framework | Should -Not -BeLike '.NETCoreApp*' -Because $a.Name
                $a.References.Name | Should -Not -Contain 'System.Runtime' -Because $a.Name
                $a.References.Name | Should -Not -Contain 'System.Private.CoreLib' -Because $a.Name
            }
        }

        It 'NewsTools.dll compiles against the 5.1 API: System.Management.Automation no newer than PowerShellStandard.Library 5.1' {
            $sma = ($OurAssemblies | Where-Object Name -eq 'NewsTools').References | Where-Object Name -eq 'System.Management.Automation'
            $sma | Should -Not -BeNullOrEmpty
            $sma.Version | Should -BeLessOrEqual $StandardSma
            # Only the cmdlet assembly knows PowerShell; the model and the core load anywhere.
            foreach ($a in $OurAssemblies | Where-Object Name -ne 'NewsTools') {
                $a.References.Name | Should -Not -Contain 'System.Management.Automation' -Because $a.Name
            }
            $a = $OurAssemblies | Where-Object Name -eq 'NewsTools'
            $a.References.Name | Where-Object { $_ -like 'Microsoft.PowerShell.*' } | Should -BeNullOrEmpty
        }

        It 'README block at line <Line> parses, and says #Requires -Version 7 when it uses what 5.1 lacks' -ForEach $ReadmeBlocks {
            $tokens = $errors = $null
            $ast = [System.Management.Automation.Language.Parser]::ParseInput($Code, [ref]$tokens, [ref]$errors)
            $errors | Should -BeNullOrEmpty -Because ($errors | Out-String)
            $needs = @(Get-SevenOnlyFeature $ast | Sort-Object -Unique)
            $labelled = $ast.ScriptRequirements -and $ast.ScriptRequirements.RequiredPSVersion -ge [version]'7.0'
            if ($needs.Count -gt 0) {
                $labelled | Should -BeTrue -Because "it uses $($needs -join ', ') (PowerShell 7 only); begin the block with '#Requires -Version 7'"
            }
            else {
                $labelled | Should -BeFalse -Because 'a block that runs on Windows PowerShell 5.1 should not say it needs 7'
            }
        }

        It 'the 7-only detector sees each kind of 7-only code (so the README test can fail)' -ForEach @(
            @{ Code = 'Get-ChildItem | Get-CleanArticle && "done"' }
            @{ Code = '$a.Paywall.IsPaywalled ? "walled" : "free"' }
            @{ Code = '$a.Title ?? $a.Source' }
            @{ Code = '$t ??= "untitled"' }
            @{ Code = '${a}?.Title' }
            @{ Code = 'Get-ChildItem | ForEach-Object -Parallel { $_ | Get-CleanArticle }' }
            @{ Code = 'Get-Content x.json | ConvertFrom-Json -AsHashtable' }
            @{ Code = 'gc -AsByte ./page.html | Get-CleanArticle' }
            @{ Code = 'Get-Error' }
            @{ Code = '$a | ConvertTo-Json -EnumsAsStrings' }
        ) {
            $ast = [System.Management.Automation.Language.Parser]::ParseInput($Code, [ref]$null, [ref]$null)
            @(Get-SevenOnlyFeature $ast).Count | Should -BeGreaterThan 0
        }

        It 'the 7-only detector passes 5.1 code: <Code>' -ForEach @(
            @{ Code = 'Get-ChildItem ./pages | Get-CleanArticle | Where-Object Paywall -ne ''None'' | Export-Csv a.csv' }
            @{ Code = 'Get-ChildItem | ForEach-Object { $_ | Get-CleanArticle } | Sort-Object WordCount' }
            @{ Code = '$a | ConvertTo-Json -Depth 5 -Compress' }
        ) {
            $ast = [System.Management.Automation.Language.Parser]::ParseInput($Code, [ref]$null, [ref]$null)
            @(Get-SevenOnlyFeature $ast) | Should -BeNullOrEmpty
        }
    }

    Context 'Command conventions' {
        It '<_> uses an approved verb and a singular noun' -ForEach @('Get-CleanArticle') {
            $c = Get-Command $_
            (Get-Verb).Verb | Should -Contain $c.Verb
            $c.Noun | Should -Not -Match 's$'
        }

        It 'every cmdlet declares its output type' {
            foreach ($c in $Commands) {
                $c.OutputType.Name | Should -Not -BeNullOrEmpty -Because $c.Name
                $c.OutputType[0].Type | Should -Not -BeNullOrEmpty -Because "$($c.Name) must name a real type"
            }
        }

        It 'every cmdlet has help with a synopsis, a description, examples and every parameter described' {
            foreach ($c in $Commands) {
                $help = Get-Help $c.Name -Full
                $help.Synopsis | Should -Not -Match '^\s*Get-CleanArticle\s*\[' -Because 'a synopsis must be written, not generated'
                ($help.description | Out-String).Trim() | Should -Not -BeNullOrEmpty
                @($help.examples.example).Count | Should -BeGreaterOrEqual 3
                $common = [Management.Automation.PSCmdlet]::CommonParameters + [Management.Automation.PSCmdlet]::OptionalCommonParameters
                foreach ($p in $c.Parameters.Keys | Where-Object { $_ -notin $common }) {
                    $ph = $help.parameters.parameter | Where-Object Name -eq $p
                    $ph | Should -Not -BeNullOrEmpty -Because "parameter $p needs help"
                    ($ph.description | Out-String).Trim() | Should -Not -BeNullOrEmpty -Because "parameter $p needs a description"
                }
            }
        }
    }

    Context 'Help syntax' {
        # Get-Help's SYNTAX comes from the MAML file, Get-Command's from the cmdlet: they must say the same, set by set.
        It '<_>: Get-Help shows the same parameter sets, names and switches as Get-Command -Syntax' -ForEach @('Get-CleanArticle') {
            $common = [Management.Automation.PSCmdlet]::CommonParameters + [Management.Automation.PSCmdlet]::OptionalCommonParameters
            $fromCommand = foreach ($set in (Get-Command $_).ParameterSets) {
                $visible = $set.Parameters | Where-Object Name -notin $common
                ($visible | ForEach-Object { '{0}{1}' -f $_.Name, $(if ($_.ParameterType -eq [switch]) { ':switch' } else { '' }) } | Sort-Object) -join ','
            }
            $fromHelp = foreach ($item in (Get-Help $_ -Full).syntax.syntaxItem) {
                ($item.parameter | ForEach-Object { '{0}{1}' -f $_.name, $(if (-not $_.parameterValue) { ':switch' } else { '' }) } | Sort-Object) -join ','
            }
            @($fromHelp | Sort-Object) | Should -Be @($fromCommand | Sort-Object)
        }

        It '<_>: the rendered syntax never shows <SwitchParameter>' -ForEach @('Get-CleanArticle') {
            (Get-Help $_ | Out-String -Width 400) | Should -Not -Match '<SwitchParameter>'
        }
    }

    Context 'Dependency isolation' {
        It 'imports and works in a session where another AngleSharp was loaded first' {
            $old = Join-Path $env:NEWSTOOLS_PACKAGES 'anglesharp/1.1.2/lib/netstandard2.0/AngleSharp.dll'
            $old | Should -Exist
            $script = @"
`$ErrorActionPreference = 'Stop'
Add-Type -Path '$old'
`$first = [AppDomain]::CurrentDomain.GetAssemblies() | Where-Object { `$_.GetName().Name -eq 'AngleSharp' }
Import-Module '$ManifestPath'
`$a = '<html><body><article><h1>Title here</h1><p>A paragraph long enough to count as the story of this page, with words.</p></article></body></html>' | Get-CleanArticle
`$loaded = [AppDomain]::CurrentDomain.GetAssemblies() | Where-Object { `$_.GetName().Name -eq 'AngleSharp' } | ForEach-Object { `$_.GetName().Version.ToString() }
'{0}|{1}|{2}' -f `$first.GetName().Version, (`$loaded -join ','), `$a.Text
"@
            $out = & dotnet pwsh -NoProfile -NonInteractive -Command $script 2>&1
            $LASTEXITCODE | Should -Be 0 -Because ($out | Out-String)
            $parts = ($out | Select-Object -Last 1) -split '\|'
            $parts[0] | Should -Be '1.1.2.0'
            $parts[1] -split ',' | Should -Contain '1.1.2.0'
            @($parts[1] -split ',').Count | Should -Be 2 -Because 'ours loads beside the older one, in its own context'
            $parts[2] | Should -Match 'A paragraph long enough'
        }
    }
}
