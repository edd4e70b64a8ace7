#!/usr/bin/env bash
# Regenerates data/sample from the Anonymous Bank arrival shape. Same seed, same files.
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet run --project src/Workforce.Cli -c Release -- sample \
  --profile data/reference/anonymous-bank/anonymous_bank_1999_02_halfhour.csv \
  --out data/sample --seed 7 --week-start 2026-03-08 "$@"
