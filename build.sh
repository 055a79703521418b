#!/usr/bin/env bash
# Runs a task of build.cake: ./build.sh --target=Test runs every test (see DEVELOPERS.md).
# Restores Cake, pinned in dotnet-tools.json, then passes the arguments on to it.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"

export DOTNET_CLI_TELEMETRY_OPTOUT=1
export DOTNET_NOLOGO=1
export DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

dotnet tool restore
dotnet cake "$@"
