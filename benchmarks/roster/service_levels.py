#!/usr/bin/env python3
"""Per channel and local day: the volume-weighted projected service level of a roster's coverage.csv
against the channel's target in site.json (live: answered within T; deferred: share of work done within
the response window). usage: service_levels.py SCENARIO_DIR OUT_DIR -> prints the worst channel-days."""
import csv, json, os, sys
from collections import defaultdict
scen, out = sys.argv[1:3]
site = json.load(open(os.path.join(scen, "site.json"), encoding="utf-8-sig"))
target = {}
for c in site["channels"]:
    t = c.get("serviceLevel", {}).get("target") or c.get("responseTarget", {}).get("fraction")
    target[c["id"]] = t
volume = {}
for r in csv.DictReader(open(os.path.join(scen, "forecast.csv"), encoding="utf-8-sig")):
    volume[(r["interval_start"][:16], r["channel"])] = float(r["volume"])
num, den = defaultdict(float), defaultdict(float)
for r in csv.DictReader(open(os.path.join(out, "coverage.csv"), encoding="utf-8-sig")):
    key = (r["channel"], r["interval_start"][:10])
    v = volume.get((r["interval_start"][:16], r["channel"]), 0.0)
    if v <= 0 or r["projected_service_level"] == "": continue  # empty: no finite projection (docs/scenario-format.md)
    num[key] += v * float(r["projected_service_level"]); den[key] += v
rows = sorted(((num[k] / den[k] - (target[k[0]] or 0), k, num[k] / den[k]) for k in den), key=lambda x: x[0])
for margin, (ch, day), sl in rows[:8]:
    print(f"{ch:12s} {day}  service level {sl:.3f}  target {target[ch]}  margin {margin:+.3f}")
print(f"worst margin {rows[0][0]:+.3f} ({rows[0][1][0]} {rows[0][1][1]}); channel-days below target-0.10: {sum(1 for r in rows if r[0] < -0.10)}")
