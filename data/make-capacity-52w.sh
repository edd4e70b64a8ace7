#!/usr/bin/env bash
# Needs jq and an awk with exp (mawk or gawk).
# Builds data/capacity-52w from data/capacity-sample: the capacity benchmark's 52-week plan with 4 skills
# (docs/benchmarks.md). The sample's site, forecast week, agents, contracts and capacity rules cut to
# phone, tech, chat and email, with 51 further weeks of weekly volume: each channel's week-0 volume
# growing 0.8 % a week with an 8 % summer dip around week 22, at its week-0 AHT. Same input, same files.
set -euo pipefail
export TZ=UTC  # strftime and mktime read the local zone
cd "$(dirname "$0")"
in=capacity-sample
out=capacity-52w
channels='phone tech chat email'
mkdir -p "$out"
cp "$in/contracts.json" "$out/"

jq --arg keep "$channels" '.channels |= map(select(.id as $id | ($keep | split(" ")) | index($id)))' "$in/site.json" > "$out/site.json"
jq '.horizonWeeks = 52' "$in/capacity.json" > "$out/capacity.json"

awk -F, -v OFS=, -v keep="$channels" '
  BEGIN { n = split(keep, list, " "); for (i = 1; i <= n; i++) wanted[list[i]] = 1 }
  NR == 1 || ($2 in wanted)' "$in/forecast.csv" > "$out/forecast.csv"

# Agents with at least one of the four skills, keeping only those skills.
awk -F, -v OFS=, -v keep="$channels" '
  BEGIN { n = split(keep, list, " "); for (i = 1; i <= n; i++) wanted[list[i]] = 1 }
  NR == 1 { print; next }
  {
    m = split($3, skills, "|"); kept = ""
    for (i = 1; i <= m; i++) { split(skills[i], pair, ":"); if (pair[1] in wanted) kept = kept (kept == "" ? "" : "|") skills[i] }
    if (kept != "") { $3 = kept; print }
  }' "$in/agents.csv" > "$out/agents.csv"

# Weekly volumes for weeks 1-51 (week 0 is forecast.csv's interval week).
awk -F, -v OFS=, '
  function week_start(k,   t) { t = mktime("2026 03 08 12 00 00") + k * 7 * 86400; return strftime("%Y-%m-%d", t) }
  NR > 1 && $3 > 0 { volume[$2] += $3; work[$2] += $3 * $4; if (!($2 in seen)) { seen[$2] = 1; order[++channels] = $2 } }
  END {
    print "week_start", "channel", "volume", "aht_seconds"
    for (k = 1; k < 52; k++)
      for (c = 1; c <= channels; c++) {
        id = order[c]
        season = 1 - 0.08 * exp(-((k - 22) / 4) ^ 2)
        printf "%s,%s,%.0f,%.6f\n", week_start(k), id, volume[id] * (1.008 ^ k) * season, work[id] / volume[id]
      }
  }' "$out/forecast.csv" > "$out/weekly_forecast.csv"
