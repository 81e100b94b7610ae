@{
    RootModule           = 'NewsTools.dll'
    ModuleVersion        = '0.1.0'
    GUID                 = '955c79e9-ba25-4327-bc0f-e03d916144e9'
    Author               = 'NewsTools developers'
    CompanyName          = 'NewsTools'
    Copyright            = '(c) NewsTools developers. MIT licence.'
    Description          = 'Turns dirty news pages and scraped article text into clean article objects: text and structure, metadata, a paywall verdict, and the list of what was removed and why.'
    PowerShellVersion    = '5.1'
    CompatiblePSEditions = @('Desktop', 'Core')
    DotNetFrameworkVersion = '4.7.2'
    # The object model (no dependencies) loads in the default context so [NewsTools.Article] and the enums
    # can be named; the core and AngleSharp stay in Dependencies/, loaded privately by the module initializer.
    RequiredAssemblies   = @('NewsTools.Model.dll')
    FormatsToProcess     = @('NewsTools.Format.ps1xml', 'NewsTools.Feeds.Format.ps1xml')
    # ReadingTime as a hidden TimeSpan property (the object carries ReadingTimeSeconds, which JSON writes as a number).
    TypesToProcess       = @('NewsTools.Types.ps1xml')
    CmdletsToExport      = @('Get-CleanArticle', 'Get-NewsFeed', 'Find-NewsFeed', 'Group-NewsDuplicate', 'Export-NewsArticle')
    FunctionsToExport    = @()
    VariablesToExport    = @()
    AliasesToExport      = @()
    PrivateData          = @{
        PSData = @{
            Tags         = @('news', 'article', 'extraction', 'boilerplate', 'readability', 'scraping', 'html', 'text', 'paywall', 'PSEdition_Core', 'PSEdition_Desktop', 'Windows', 'Linux', 'MacOS')
            LicenseUri   = 'https://github.com/newstools/NewsTools/blob/main/LICENSE'
            ProjectUri   = 'https://github.com/newstools/NewsTools'
            ReleaseNotes = 'First version: Get-CleanArticle for HTML pages and scraped text. See CHANGELOG.md.'
        }
    }
}
