"""Heap per open tab from ./portal load memory's lines ("workspace: 200 tabs 812.4 MB"): the least-squares
slope of live heap over open tabs (the steps with tabs open), per view, and what was left after the tabs were abandoned."""
import re
import sys

points, left = {}, {}
for line in open(sys.argv[1], encoding="utf-8"):
    tabs = re.match(r"(\w+): (\d+) tabs ([\d.]+) MB", line)
    after = re.match(r"(\w+): after the tabs were left ([\d.]+) MB", line)
    if tabs:
        points.setdefault(tabs.group(1), []).append((int(tabs.group(2)), float(tabs.group(3))))
    elif after:
        left[after.group(1)] = float(after.group(2))
for view, measured in points.items():
    # The slope over the steps with tabs open: the first tabs also warm caches every later one shares.
    xy = [p for p in measured if p[0] > 0] if len([p for p in measured if p[0] > 0]) >= 2 else measured
    n = len(xy)
    mean_x = sum(x for x, _ in xy) / n
    mean_y = sum(y for _, y in xy) / n
    slope = sum((x - mean_x) * (y - mean_y) for x, y in xy) / sum((x - mean_x) ** 2 for x, _ in xy)
    base = measured[0][1]
    freed = f", {left[view] - base:+.1f} MB against no tabs after they were left" if view in left else ""
    print(f"{view}: {slope * 1024:.0f} KB per open tab{freed}")
