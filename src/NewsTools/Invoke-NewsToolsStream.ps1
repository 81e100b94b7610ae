<#
.SYNOPSIS
    NewsTools as a stream filter for cluster engines: JSON Lines in on stdin, JSON Lines out on stdout.
.DESCRIPTION
    Each input line is one page: {"id": ..., "url": ..., "html": ...} (or "text", or "markdown"). Each output line is
    one article in the Export-NewsArticle schema (schemaVersion 1), in input order; "recordId" is the input's "id" (or
    "line N"). A bad input line is one error on stderr; the rest go on. One pwsh per partition: start-up is paid once,
    not per page. This is what Hadoop Streaming, Spark's RDD.pipe and a Dask task run:

        pwsh -NoProfile -File <module folder>/Invoke-NewsToolsStream.ps1 < part-00000.jsonl > clean-00000.jsonl

    Works in Windows PowerShell 5.1 and PowerShell 7.
.PARAMETER Fields
    The keys of each output record (Export-NewsArticle -Fields); all of them by default.
.PARAMETER ThrottleLimit
    Pages cleaned at once in this process (Get-CleanArticle -ThrottleLimit); 1 by default, as engines run one process per core.
.PARAMETER Shard
    Clean only shard i of n of the records (Get-CleanArticle -Shard).
.EXAMPLE
    Get-Content pages.jsonl | pwsh -NoProfile -File ./Invoke-NewsToolsStream.ps1 -Fields id,url,title,text > clean.jsonl
#>
[CmdletBinding()]
param(
    [string[]] $Fields,
    [ValidateRange(1, 64)]
    [int] $ThrottleLimit = 1,
    [string] $Shard
)
$ErrorActionPreference = 'Continue'
# Errors go to stderr as plain text for the engine's logs (PowerShell 7 would colour them).
if (Get-Variable PSStyle -ErrorAction SilentlyContinue) { $PSStyle.OutputRendering = 'PlainText' }
# "-Fields a,b" from a shell arrives as one string.
$Fields = @($Fields | ForEach-Object { $_ -split ',' } | Where-Object { $_ })
Import-Module (Join-Path $PSScriptRoot 'NewsTools.psd1')
$clean = @{ JsonLines = $true; ThrottleLimit = $ThrottleLimit }
if ($Shard) { $clean.Shard = $Shard }
$export = @{ Path = '-' }
if ($Fields.Count -gt 0) { $export.Fields = $Fields }
$stdin = [Console]::In
# stdout carries records only: warnings (a page left empty after cleaning...) go to stderr with the errors.
& { while ($null -ne ($line = $stdin.ReadLine())) { $line } } | Get-CleanArticle @clean 3>&1 | ForEach-Object {
    if ($_ -is [System.Management.Automation.WarningRecord]) { [Console]::Error.WriteLine('WARNING: ' + $_.Message) } else { $_ }
} | Export-NewsArticle @export
