#!/usr/bin/env python3
"""The before/after table of docs/roster.md from the JSON lines of benchmarks/roster/run.sh.
usage: table.py RESULTS.jsonl [MORE.jsonl ...]
Lines from several files are merged (a later line for the same engine, site and limit replaces an
earlier one) and ordered by site, limit and engine, before first."""
import json, sys
rows = {}
for path in sys.argv[1:]:
    for line in open(path):
        if line.strip():
            r = json.loads(line)
            rows[(r["site"], r["limit"], r["label"])] = r
sites = ["sample", "s500", "s2025", "s2025-a003"]
names = {"sample": "`data/sample`, 128 agents", "s500": "495 agents", "s2025": "2,025 agents", "s2025-a003": "2,023 agents, A003 contradictory"}
def cents(x): return "–" if x is None else f"{x / 1e6:.2f} M"
def pct(x): return "–" if x is None else f"{100 * x:.1f} %"
def sl(r):
    text = r.get("service_levels") or ""
    return text.split("(")[0].replace("worst margin ", "").strip() or "–"
def bound(r):
    if r.get("bound") is None:
        return "–"
    return f"{cents(r['bound'])} ({(r.get('boundSource') or 'labour-floor').replace('labour-floor', 'floor')})"
print("| Site | Limit | Engine | Exit | Wall | First roster | Objective | Bound (source) | Normalised gap | Under-coverage | Worst channel-day SL − target | Peak memory | Rules |")
print("|---|---:|---|---:|---:|---:|---:|---|---:|---:|---:|---:|---|")
for key in sorted(rows, key=lambda k: (sites.index(k[0]) if k[0] in sites else 99, k[1], k[2] != "before", k[2])):
    r = rows[key]
    exit_code = "killed" if r["killed"] else r["exit"]
    first = "–" if r["first_roster"] is None else f"{r['first_roster']} s"
    rules = "ok" if r.get("check_ok") else ("–" if r.get("check_ok") is None else "FAIL")
    print(f"| {names.get(r['site'], r['site'])} | {r['limit']:.0f} s | {r['label']} | {exit_code} | {r['wall']:.1f} s | {first} | "
          f"{cents(r.get('objective'))} | {bound(r)} | {pct(r.get('normalisedGap'))} | {pct(r.get('underCoverageShare'))} | {sl(r)} | "
          f"{r['peak_gb']} GB | {rules} |")
