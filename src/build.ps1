<#
.SYNOPSIS
    Builds the NewsTools module, staged as out/NewsTools/<version>/, and with -RunSample cleans the bundled samples.
.DESCRIPTION
    Restores and builds src/NewsTools (and NewsTools.Core) in Release, then lays out the module in the versioned
    layout PowerShell and Publish-PSResource expect (<version> is ModuleVersion of NewsTools.psd1):
      out/NewsTools/<version>/   NewsTools.psd1, NewsTools.dll, NewsTools.Model.dll, NewsTools.Format.ps1xml,
                                 NewsTools.Types.ps1xml, LICENSE, en-US/ (help)
                                 NewsTools.Model.dll (Article, PaywallVerdict, the enums...) has no dependencies and
                                 loads in the default context (RequiredAssemblies), so users can name its types.
      out/NewsTools/<version>/Dependencies/  NewsTools.Core.dll, AngleSharp.dll and the rest, loaded into a private
                                 load context by the module initializer.
    This is the only build output: out/NewsTools is emptied first, so no older version or flat layout stays behind.
    With out/ on PSModulePath, `Import-Module NewsTools` finds it by name:
      $env:PSModulePath = (Resolve-Path out).Path + [IO.Path]::PathSeparator + $env:PSModulePath
    and `Publish-PSResource -Path out/NewsTools/<version>` publishes it.

    This script runs under the pwsh the repository pins (`dotnet pwsh`, PowerShell 7.6); it is not meant for Windows
    PowerShell 5.1 (the module it builds is).
.EXAMPLE
    dotnet tool restore; dotnet pwsh -NoProfile -File src/build.ps1 -RunSample
#>
[CmdletBinding()]
param(
    [ValidateSet('Release', 'Debug')]
    [string] $Configuration = 'Release',
    # The module's base folder; the module is staged in its <version> subfolder.
    [string] $OutputPath = (Join-Path $PSScriptRoot '../out/NewsTools'),
    [switch] $RunSample
)
$ErrorActionPreference = 'Stop'
$root = Resolve-Path (Join-Path $PSScriptRoot '..')
$publish = Join-Path $root 'out/publish'

$sw = [Diagnostics.Stopwatch]::StartNew()
& dotnet publish (Join-Path $root 'src/NewsTools/NewsTools.csproj') -c $Configuration -o $publish --nologo -v quiet
if ($LASTEXITCODE -ne 0) { throw "dotnet publish failed with exit code $LASTEXITCODE" }

$version = (Import-PowerShellDataFile (Join-Path $root 'NewsTools.psd1')).ModuleVersion
if (Test-Path $OutputPath) { Remove-Item $OutputPath -Recurse -Force }
$OutputPath = Join-Path $OutputPath $version
$deps = Join-Path $OutputPath 'Dependencies'
$null = New-Item -ItemType Directory -Path $deps -Force
$null = New-Item -ItemType Directory -Path (Join-Path $OutputPath 'en-US') -Force

# The module root holds only our own assemblies that load in the default context: the cmdlets and the
# object model. Everything else (the core, AngleSharp, Markdig) goes to Dependencies/ and the private context.
$rootAssemblies = 'NewsTools.dll', 'NewsTools.Model.dll'
$rootAssemblies | ForEach-Object { Copy-Item (Join-Path $publish $_) $OutputPath }
Copy-Item (Join-Path $root 'NewsTools.psd1') $OutputPath
# The manifest's LicenseUri names this file; the gallery package carries it too.
Copy-Item (Join-Path $root 'LICENSE') $OutputPath
Copy-Item (Join-Path $root 'src/NewsTools/NewsTools.Types.ps1xml') $OutputPath
Copy-Item (Join-Path $root 'src/NewsTools/NewsTools.Format.ps1xml') $OutputPath
Copy-Item (Join-Path $root 'src/NewsTools/en-US/*') (Join-Path $OutputPath 'en-US')
Get-ChildItem $publish -Filter *.dll | Where-Object Name -notin $rootAssemblies | Copy-Item -Destination $deps
Copy-Item (Join-Path $root 'src/NewsTools/NewsTools.Feeds.Format.ps1xml') $OutputPath
Copy-Item (Join-Path $root 'src/NewsTools/Invoke-NewsToolsStream.ps1') $OutputPath
$OutputPath = (Resolve-Path $OutputPath).Path
Write-Host ("Built {0} in {1:N1} s" -f $OutputPath, $sw.Elapsed.TotalSeconds)

if ($RunSample) {
    # This script imports nothing else, so the fresh module can be imported in-process.
    Import-Module (Join-Path $OutputPath 'NewsTools.psd1') -Force
    Get-ChildItem (Join-Path $root 'tests/samples') -File | Where-Object Name -notlike '*.expected.*' | Sort-Object Name | ForEach-Object {
        $article = Get-CleanArticle -LiteralPath $_.FullName
        Write-Host ('=' * 78)
        Write-Host ('{0}  [{1}, {2} words, paywall: {3}]' -f $_.Name, $article.InputFormat, $article.WordCount, $article.Paywall.Kind)
        Write-Host ('=' * 78)
        $article | Format-List Title, @{ n = 'Authors'; e = { $_.Authors.ToString() } }, Published, SiteName, Language, Url | Out-Host
        Write-Host $article.Text
        Write-Host ''
        Write-Host ('Removed ({0}):' -f $article.Removed.Count)
        $article.Removed | Format-Table Reason, Text -AutoSize -Wrap | Out-Host
    }
}
