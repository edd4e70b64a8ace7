#!/usr/bin/env bash
# Needs an awk with mktime and strftime (mawk 1.3.4 or gawk).
# Builds data/capacity-sample from data/sample: the same site, forecast week, agents and contracts,
# plus hire dates, 25 further weeks of rising weekly volume and capacity.json. Same input, same files.
set -euo pipefail
export TZ=UTC  # strftime and mktime read the local zone
cd "$(dirname "$0")"
out=capacity-sample
mkdir -p "$out"
cp sample/site.json sample/forecast.csv sample/contracts.json sample/time_off.csv sample/carry_in.csv "$out/"

# Hire dates (the day the agent's class started training) for a 4-week training and 4-week nesting:
# agents in training started 1 week before the plan, nesting agents 4 + (1..4) weeks before, and
# agents in production between 8 weeks and 4 years before (a spread typical of a BPO with 30-45 %
# yearly attrition: many recent hires, a long tail of veterans).
awk -F, -v OFS=, '
  function minus_weeks(w,   t) { t = mktime("2026 03 08 12 00 00") - w * 7 * 86400; return strftime("%Y-%m-%d", t) }
  NR == 1 { print $0, "hire_date"; next }
  {
    n++
    if ($6 == "in_training") weeks = 1
    else if ($6 == "nesting") weeks = 4 + 1 + (n % 4)
    else { r = (n * 7919) % 1000 / 1000; weeks = 8 + int(200 * r * r) }
    print $0, minus_weeks(weeks)
  }' sample/agents.csv > "$out/agents.csv"

# Weekly volumes for weeks 1-25 (week 0 is forecast.csv's interval week): each channel's week-0
# volume growing 1.2 % a week (+35 % over the half-year, a client ramping up), at its week-0 AHT.
awk -F, -v OFS=, '
  function week_start(k,   t) { t = mktime("2026 03 08 12 00 00") + k * 7 * 86400; return strftime("%Y-%m-%d", t) }
  NR > 1 && $3 > 0 { volume[$2] += $3; work[$2] += $3 * $4; if (!($2 in seen)) { seen[$2] = 1; order[++channels] = $2 } }
  END {
    print "week_start", "channel", "volume", "aht_seconds"
    for (k = 1; k < 26; k++)
      for (c = 1; c <= channels; c++) {
        id = order[c]
        printf "%s,%s,%.0f,%.1f\n", week_start(k), id, volume[id] * (1.012 ^ k), work[id] / volume[id]
      }
  }' sample/forecast.csv > "$out/weekly_forecast.csv"
