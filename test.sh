#!/usr/bin/env bash
# The one test command: builds the solution and runs every test project.
set -euo pipefail
cd "$(dirname "$0")"
dotnet test Workforce.sln --nologo "$@"
