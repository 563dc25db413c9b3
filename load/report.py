"""Reads Gatling's HTML report of one load level and prints its figures.

  report.py summary DIR USERS CPU HEAP   one line for target/load/summary.txt
  report.py kinds DIR                    p50/p95/p99 and errors per request kind

Gatling 3.14 writes its statistics only into the report's tables (simulation.log is binary), so they are read
from there: one row per request kind, the first row for all requests.
"""
import html
import re
import sys

COLUMNS = {"count": 2, "ko": 4, "p50": 8, "p95": 10, "p99": 11, "max": 12}


def rows(directory):
    text = open(f"{directory}/index.html", encoding="utf-8").read()
    found = []
    for match in re.finditer(r'<tr id="([^"]+)"[^>]*>(.*?)</tr>', text, re.S):
        name = re.search(r'class="ellipsed-name">(.*?)</span>', match.group(2), re.S)
        cells = dict(re.findall(r'<td class="value [a-z ]*col-(\d+)">([^<]*)</td>', match.group(2)))
        if name and cells:
            found.append((html.unescape(name.group(1)), {k: cells.get(str(c), "-") for k, c in COLUMNS.items()}))
    return found


def main():
    mode, directory = sys.argv[1], sys.argv[2]
    table = rows(directory)
    if mode == "summary":
        users, cpu, heap = sys.argv[3:6]
        total = table[0][1]
        print(f"users {users}  p95 {total['p95']} ms  p99 {total['p99']} ms  errors {total['ko']}"
              f"  (requests {total['count']}, p50 {total['p50']} ms, portal CPU {cpu} % of its core, heap max {heap} MB)")
    else:
        print(f"{'request':40} {'count':>7} {'p50':>6} {'p95':>6} {'p99':>6} {'errors':>6}")
        for name, figures in table:
            print(f"{name[:40]:40} {figures['count']:>7} {figures['p50']:>6} {figures['p95']:>6} {figures['p99']:>6}"
                  f" {figures['ko']:>6}")


main()
