#!/usr/bin/env bash
# The before/after roster tables of docs/roster.md: each engine on the same sites and limits, one run at
# a time on a quiet machine (wrap it in ../shared/tools/quiet-run and give the load it prints).
# usage: benchmarks/roster/run.sh BEFORE_DLL AFTER_DLL SITES_DIR RESULTS.jsonl [ENGINES]
# ENGINES ("before after" by default) picks which to run, e.g. "after" to re-measure a new commit
# beside earlier lines of the fixed before engine.
# SITES_DIR holds sample/ (a copy of data/sample), s500/ (workforce sample --scale 5.2 --seed 11) and
# s2025/ (--scale 22 --seed 14), written by the after engine's `workforce sample`. Each run appends one
# JSON line (benchmarks/roster/measure.py); the worst channel-day service level is added to each.
set -euo pipefail
before=$1 after=$2 sites=$3 results=$4 engines=${5:-before after}
here=$(dirname "$0")
for site in sample s500 s2025; do
  case $site in s2025) limits="10 45 60 120 600" ;; *) limits="10 60 120 300" ;; esac
  for limit in $limits; do
    for engine in $engines; do
      dll=$before; [ "$engine" = after ] && dll=$after
      out="/tmp/roster-measure/$engine-$site-$limit"
      echo "load $(cut -d' ' -f1 /proc/loadavg) $engine $site $limit" >&2
      line=$(python3 "$here/measure.py" "$engine" "$dll" "$sites/$site" "$limit" "$out")
      worst=$([ -f "$out/coverage.csv" ] && python3 "$here/service_levels.py" "$sites/$site" "$out" | tail -1 || echo "")
      python3 -c 'import json,sys; r=json.loads(sys.argv[1]); r["service_levels"]=sys.argv[2]; r["load_after"]=open("/proc/loadavg").read().split()[0]; print(json.dumps(r))' "$line" "$worst" >> "$results"
    done
  done
done
