# Module conventions: manifest, exports, verbs, output types, help, dependency isolation.
BeforeAll {
    $script:ManifestPath = $env:NEWSTOOLS_MODULE
    $script:ModuleDir = Split-Path $ManifestPath
    Import-Module $ManifestPath -Force
    $script:Module = Get-Module NewsTools
    $script:Commands = @(Get-Command -Module NewsTools)
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
