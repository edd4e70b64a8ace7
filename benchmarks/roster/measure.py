#!/usr/bin/env python3
"""One timed roster run, as a planner would start it, for docs/roster.md.

usage: measure.py LABEL WORKFORCE_DLL SCENARIO_DIR LIMIT_SECONDS OUT_DIR [extra workforce args...]

Runs `dotnet WORKFORCE_DLL roster --scenario SCENARIO_DIR --out OUT_DIR --time-limit LIMITs --threads 2`
under /usr/bin/time, reads stderr as it comes, and prints one JSON line: the wall time to exit, the
time to the first progress line with an objective (the first roster; measured from the start, as the
planner sees it), the exit code, peak resident memory, and from summary.json the objective, bound,
normalised gap and under-coverage, plus ../shared/tools/check_roster.py's verdict. A run is killed
after LIMIT + 120 s (the engine before session 6 could run far past its limit on 2,000 agents)."""
import json, os, re, subprocess, sys, threading, time

label, dll, scenario, limit, out = sys.argv[1:6]
extra = sys.argv[6:]
limit = float(limit)
cmd = ["/usr/bin/time", "-f", "PEAK_KB %M", "dotnet", dll, "roster", "--scenario", scenario, "--out", out,
       "--time-limit", f"{limit:g}s", "--threads", "2"] + extra
subprocess.run(["rm", "-rf", out])
start = time.monotonic()
proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
first, peak, last_line = None, None, ""
objective_line = re.compile(r"objective\s+(\d+)")

def read_err():
    global first, peak, last_line
    for line in proc.stderr:
        now = time.monotonic() - start
        if first is None and objective_line.search(line):
            first = now
        if line.startswith("PEAK_KB"):
            peak = int(line.split()[1])
        last_line = line.strip() or last_line

reader = threading.Thread(target=read_err, daemon=True); reader.start()
drain = threading.Thread(target=lambda: proc.stdout.read(), daemon=True); drain.start()
try:
    proc.wait(timeout=limit + 120)
    killed = False
except subprocess.TimeoutExpired:
    proc.kill(); proc.wait(); killed = True
wall = time.monotonic() - start
reader.join(timeout=5)
result = {"label": label, "site": os.path.basename(scenario.rstrip("/")), "limit": limit, "exit": None if killed else proc.returncode,
          "killed": killed, "wall": round(wall, 1), "first_roster": None if first is None else round(first, 1),
          "peak_gb": None if peak is None else round(peak / 1024 / 1024, 2), "last_stderr": last_line[:160]}
summary = os.path.join(out, "summary.json")
if os.path.exists(summary):
    s = json.load(open(summary))
    result.update({k: s.get(k) for k in ("status", "objective", "bound", "boundSource", "normalisedGap", "underCoverageShare", "agents", "shifts")})
    result["unrostered"] = [u.get("agentId") for u in s.get("unrostered", [])]
    check = subprocess.run(["python3", os.path.join(os.path.dirname(__file__), "../../../shared/tools/check_roster.py"), scenario, out],
                           capture_output=True, text=True)
    result["check"] = check.stdout.strip().splitlines()[-1] if check.stdout.strip() else check.stderr.strip()[-200:]
    result["check_ok"] = check.returncode == 0
print(json.dumps(result), flush=True)
