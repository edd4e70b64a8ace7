#!/usr/bin/env bash
# Runs the Curtois–Qu shift scheduling benchmark and regenerates its table in docs/benchmarks.md.
#
#   benchmarks/nrp/run.sh [--limit 60s] [--threads 2] [--instances "1 2 3 4 6 7 8 9 10"] [--settings "plain engine"]
#
# Resumable: each (setting, limit, instance) result is cached in benchmarks/nrp/results/<setting>-<limit>/
# (the command's JSON on stdout, its progress on stderr, and the machine's load when it ran); a cached
# result is never run again, so a long campaign can be done in parts and interrupted at any point.
# Delete a result file to run it again. Settings: "engine" (workforce nrp, the roster engine) and
# "plain" (the plain reference model in benchmarks/Workforce.Benchmarks, CP-SAT defaults).
set -euo pipefail
cd "$(dirname "$0")/../.."

limit=60s
threads=2
instances="1 2 3 4 6 7 8 9 10 12 13 15 16 17 19 20 21 23 24"
settings="plain engine"
while [ $# -gt 0 ]; do
  case "$1" in
    --limit) limit=$2; shift 2 ;;
    --threads) threads=$2; shift 2 ;;
    --instances) instances=$2; shift 2 ;;
    --settings) settings=$2; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done

dotnet build src/Workforce.Cli -c Release -v q -nologo > /dev/null
dotnet build benchmarks/Workforce.Benchmarks -c Release -v q -nologo > /dev/null
cli="dotnet src/Workforce.Cli/bin/Release/net10.0/workforce.dll"
plain="dotnet benchmarks/Workforce.Benchmarks/bin/Release/net10.0/Workforce.Benchmarks.dll nrp-plain"
data=data/benchmarks/curtois-qu-2014
machine="$(grep -m1 'model name' /proc/cpuinfo | sed 's/.*: //'), $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB"

for setting in $settings; do
  dir="benchmarks/nrp/results/$setting-$limit"
  mkdir -p "$dir"
  for n in $instances; do
    name="Instance$n"
    [ -s "$dir/$name.json" ] && continue
    case "$setting" in
      engine) run="$cli nrp" ;;
      plain) run="$plain" ;;
      *) echo "unknown setting $setting" >&2; exit 2 ;;
    esac
    echo "$setting $limit $name ..." >&2
    before=$(uptime)
    # A run that finds nothing still leaves its log; only a finished run is cached.
    if $run "$data/$name.txt" --time-limit "$limit" --threads "$threads" --seed 1 --json \
        --solution-out "$dir/$name.csv" > "$dir/$name.out" 2> "$dir/$name.log"; then
      mv "$dir/$name.out" "$dir/$name.json"
    else
      echo '{"instance":"'"$name"'","status":"none"}' > "$dir/$name.json"
      rm -f "$dir/$name.out"
    fi
    printf 'machine: %s\nbefore: %s\nafter: %s\ndate: %s\ncommit: %s\n' "$machine" "$before" "$(uptime)" "$(date -u +%FT%TZ)" "$(git rev-parse --short HEAD)" > "$dir/$name.env"
    if [ -s "$dir/$name.csv" ]; then
      # The referee: the solution file must keep every hard rule and score the reported objective.
      $cli nrp "$data/$name.txt" --evaluate "$dir/$name.csv" --json > "$dir/$name.check.json"
    fi
  done
done

dotnet benchmarks/Workforce.Benchmarks/bin/Release/net10.0/Workforce.Benchmarks.dll nrp-table benchmarks/nrp/results "$data" docs/benchmarks.md
