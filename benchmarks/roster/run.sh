#!/usr/bin/env bash
# The before/after roster table of docs/roster.md: each engine on the same sites and limits, one run at
# a time on a quiet machine. usage: benchmarks/roster/run.sh BEFORE_DLL AFTER_DLL SITES_DIR RESULTS.jsonl
# SITES_DIR holds sample/ (a copy of data/sample), s500/ (workforce sample --scale 5.2 --seed 11) and
# s2025/ (--scale 22 --seed 14), written by the after engine's `workforce sample`.
set -euo pipefail
before=$1 after=$2 sites=$3 results=$4
here=$(dirname "$0")
for site in sample s500 s2025; do
  case $site in s2025) limits="10 45 60 120" ;; *) limits="10 60 120" ;; esac
  for limit in $limits; do
    for engine in before after; do
      dll=$before; [ "$engine" = after ] && dll=$after
      echo "load $(cut -d' ' -f1 /proc/loadavg) before $engine $site $limit" >&2
      python3 "$here/measure.py" "$engine" "$dll" "$sites/$site" "$limit" "/tmp/roster-measure/$engine-$site-$limit" >> "$results"
    done
  done
done
