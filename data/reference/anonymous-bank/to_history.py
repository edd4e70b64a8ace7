#!/usr/bin/env python3
"""Writes history.csv (Workforce's history format) from the half-hour series: the queue arrivals
(agent_requests_vru_exit) as volume and sum_service_s / served as AHT (empty when nobody was served)."""
import csv, os
here = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(here, "anonymous_bank_1999_02_halfhour.csv"), newline="") as src, \
     open(os.path.join(here, "history.csv"), "w", newline="") as dst:
    dst.write("interval_start,channel,volume,aht_seconds\n")
    for row in csv.DictReader(src):
        served = int(row["served"])
        aht = f"{int(row['sum_service_s']) / served:.1f}" if served > 0 else ""
        dst.write(f"{row['date']}T{row['interval_start']},phone,{row['agent_requests_vru_exit']},{aht}\n")
