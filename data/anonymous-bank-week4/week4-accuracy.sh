#!/usr/bin/env bash
# The week-4 table of docs/forecast-accuracy.md: forecast 22–28 Feb 1999 from 1–21 Feb with each
# method, then score the written forecast (volume = P50) against what came.
set -euo pipefail
cd "$(dirname "$0")/../.."
actual=data/reference/anonymous-bank/history.csv
out=$(mktemp -d)
printf '| Method | WAPE (P50) | P10–P90 coverage, half-hours with ≥ 5 arrivals |\n|---|---:|---:|\n'
for method in seasonal-naive seasonal-profile holt-winters-taylor poisson-regression auto; do
  dotnet run --project src/Workforce.Cli -c Release -- forecast --history data/anonymous-bank-week4/history.csv \
    --time-zone Asia/Jerusalem --from 1999-02-22 --days 7 --method "$method" --out "$out/$method.csv" > "$out/$method.txt" 2>/dev/null
  chosen=$(cut -d' ' -f2 "$out/$method.txt")
  awk -F, -v method="$method" -v chosen="$chosen" '
    NR == FNR { if (FNR > 1 && $1 >= "1999-02-22") actual[$1] = $3; next }
    FNR > 1 { y = actual[$1]; err += (y > $3 ? y - $3 : $3 - y); sum += y
              if (y >= 5) { busy++; if (y >= $5 && y <= $7) inside++ } }
    END { name = method == "auto" ? "auto (chose " chosen ")" : method
          printf "| %s | %.3f | %.1f %% (%d of %d) |\n", name, err / sum, 100 * inside / busy, inside, busy }' "$actual" "$out/$method.csv"
done
rm -rf "$out"
