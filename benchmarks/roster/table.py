#!/usr/bin/env python3
"""Markdown tables of docs/roster.md from the JSON lines of benchmarks/roster/run.sh.
usage: table.py RESULTS.jsonl"""
import json, sys
rows = [json.loads(l) for l in open(sys.argv[1]) if l.strip()]
names = {"sample": "`data/sample`, 128 agents", "s500": "495 agents (`--scale 5.2 --seed 11`)", "s2025": "2,025 agents (`--scale 22 --seed 14`)"}
def cents(x): return "–" if x is None else f"{x / 1e6:.2f} M"
def pct(x): return "–" if x is None else f"{100 * x:.1f} %"
def sl(r):
    text = r.get("service_levels") or ""
    return text.split("(")[0].replace("worst margin ", "").strip() or "–"
print("| Site | Limit | Engine | Exit | Wall | First roster | Objective | Bound (source) | Normalised gap | Under-coverage | Worst channel-day SL − target | Peak memory | Rules |")
print("|---|---:|---|---:|---:|---:|---:|---|---:|---:|---:|---:|---|")
for r in rows:
    bound = "–" if r.get("bound") is None else f"{cents(r['bound'])} ({r.get('boundSource', 'labour floor').replace('labour-floor', 'labour floor')})"
    print(f"| {names.get(r['site'], r['site'])} | {r['limit']:.0f} s | {r['label']} | {r['exit'] if not r['killed'] else 'killed'} | {r['wall']:.1f} s | "
          f"{'–' if r['first_roster'] is None else str(r['first_roster']) + ' s'} | {cents(r.get('objective'))} | {bound} | {pct(r.get('normalisedGap'))} | "
          f"{pct(r.get('underCoverageShare'))} | {sl(r)} | {r['peak_gb']} GB | {'ok' if r.get('check_ok') else ('–' if r.get('check_ok') is None else 'FAIL')} |")
