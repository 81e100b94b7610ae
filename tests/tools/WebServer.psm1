<#
.SYNOPSIS
    Starts and stops the loopback HTTP server the web tests use (tests/tools/test_web_server.py).
.DESCRIPTION
    The server listens on 127.0.0.1 only, on a free port it picks itself (port 0) and reports through a file, so two
    test runs never collide. It serves every file under -Root by its path, and the test endpoints under /test/
    described at the top of test_web_server.py (status codes, Retry-After, redirects and loops, slow and trickled
    responses, gzip, charsets, oversized bodies, request echo, stats). It needs python3 only: no build, no network.
.EXAMPLE
    Import-Module ./tests/tools/WebServer.psm1
    $server = Start-TestWebServer -Root $TestDrive
    Invoke-WebRequest "$($server.BaseUri)test/page/1"
    Stop-TestWebServer $server
#>

function Start-TestWebServer {
    [CmdletBinding()]
    [OutputType([pscustomobject])]
    param(
        # Folder whose files are served by path (default: a new empty temporary folder).
        [string] $Root,
        # Latency added to every response, in milliseconds.
        [ValidateRange(0, 60000)]
        [int] $LatencyMs = 0,
        # Seconds to wait for the server to listen.
        [int] $StartTimeoutSec = 20
    )
    $python = Get-Command python3 -CommandType Application -ErrorAction SilentlyContinue | Select-Object -First 1
    if (-not $python) { $python = Get-Command python -CommandType Application -ErrorAction SilentlyContinue | Select-Object -First 1 }
    if (-not $python) { throw 'Start-TestWebServer needs python3 on the PATH.' }
    $work = Join-Path ([IO.Path]::GetTempPath()) ('nt-web-' + [guid]::NewGuid().ToString('n'))
    $null = New-Item -ItemType Directory $work
    if (-not $Root) { $Root = $work }
    $portFile = Join-Path $work 'port'
    $script = Join-Path $PSScriptRoot 'test_web_server.py'

    $info = [Diagnostics.ProcessStartInfo]::new($python.Source)
    foreach ($a in @($script, '--root', (Resolve-Path -LiteralPath $Root).ProviderPath, '--port-file', $portFile, '--latency-ms', "$LatencyMs")) { $info.ArgumentList.Add($a) }
    $info.UseShellExecute = $false
    $info.RedirectStandardError = $true
    $info.RedirectStandardOutput = $true
    $process = [Diagnostics.Process]::Start($info)
    # Read the streams asynchronously so a chatty server never blocks on a full pipe.
    $stderr = $process.StandardError.ReadToEndAsync()
    $null = $process.StandardOutput.ReadToEndAsync()

    $deadline = [DateTime]::UtcNow.AddSeconds($StartTimeoutSec)
    while (-not (Test-Path -LiteralPath $portFile)) {
        if ($process.HasExited) { throw "The test web server exited at once ($($process.ExitCode)): $($stderr.Result)" }
        if ([DateTime]::UtcNow -gt $deadline) { $process.Kill(); throw "The test web server did not start within $StartTimeoutSec s." }
        Start-Sleep -Milliseconds 50
    }
    $port = [int](Get-Content -LiteralPath $portFile -Raw)
    [pscustomobject]@{
        PSTypeName = 'NewsTools.TestWebServer'
        Port       = $port
        BaseUri    = "http://127.0.0.1:$port/"
        Root       = $Root
        Process    = $process
        WorkFolder = $work
    }
}

function Stop-TestWebServer {
    [CmdletBinding()]
    param(
        [Parameter(Mandatory, ValueFromPipeline)]
        [pscustomobject] $Server
    )
    process {
        if ($Server.Process -and -not $Server.Process.HasExited) {
            $Server.Process.Kill()
            $null = $Server.Process.WaitForExit(5000)
        }
        $Server.Process.Dispose()
        Remove-Item -LiteralPath $Server.WorkFolder -Recurse -Force -ErrorAction SilentlyContinue
    }
}

function Get-TestWebServerStats {
    [CmdletBinding()]
    param(
        [Parameter(Mandatory)] [pscustomobject] $Server,
        # Clears the counters after reading them.
        [switch] $Reset
    )
    $stats = Invoke-RestMethod ($Server.BaseUri + 'test/stats') -NoProxy
    if ($Reset) { $null = Invoke-RestMethod ($Server.BaseUri + 'test/reset') -NoProxy }
    $stats
}

Export-ModuleMember -Function Start-TestWebServer, Stop-TestWebServer, Get-TestWebServerStats
