# Runs a task of build.cake: ./build.ps1 --target=Test runs every test (see DEVELOPERS.md).
# Restores Cake, pinned in dotnet-tools.json, then passes the arguments on to it.
$ErrorActionPreference = 'Stop'
Set-Location -LiteralPath $PSScriptRoot

$env:DOTNET_CLI_TELEMETRY_OPTOUT = '1'
$env:DOTNET_NOLOGO = '1'
$env:DOTNET_SKIP_FIRST_TIME_EXPERIENCE = '1'

dotnet tool restore
if ($LASTEXITCODE -ne 0) { exit $LASTEXITCODE }

dotnet cake @args
exit $LASTEXITCODE
