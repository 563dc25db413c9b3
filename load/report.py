"""Reads Gatling's HTML report of one load level and prints its figures.

  report.py summary DIR USERS MODEL PORTAL_CPU_MS POSTGRES_CPU_MS SERVER_BEFORE SERVER_AFTER HEAP
                                         one line for target/load/summary.txt, over the hold
  report.py kinds DIR                    p50/p95/p99 and errors per request kind
  report.py ratios SUMMARY               per level, this portal's figures over the other revision's

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


def server_times(before_file, after_file):
    """The portal's own request timer over the hold: per kind, its count and percentiles from the histogram's
    buckets at the hold's start and end (a percentile is the upper bound of the bucket it falls in)."""
    def read(path):
        buckets, counts = {}, {}
        for line in open(path, encoding="utf-8"):
            kind = re.search(r'kind="([a-z]+)"', line)
            if not kind:
                continue
            value = float(line.rsplit(" ", 1)[1])
            if line.startswith("portal_requests_seconds_bucket"):
                le = re.search(r'le="([^"]+)"', line).group(1)
                buckets.setdefault(kind.group(1), {})[le] = value
            elif line.startswith("portal_requests_seconds_count"):
                counts[kind.group(1)] = value
        return buckets, counts

    (b0, c0), (b1, c1) = read(before_file), read(after_file)
    figures = {}
    for kind, after in b1.items():
        count = c1.get(kind, 0) - c0.get(kind, 0)
        if count <= 0:
            continue
        bounds = sorted((float("inf") if le == "+Inf" else float(le), n - b0.get(kind, {}).get(le, 0))
                        for le, n in after.items())

        def percentile(q):
            for bound, cumulative in bounds:
                if cumulative >= q * count:
                    return "inf" if bound == float("inf") else f"{bound * 1000:.0f}"
            return "?"
        figures[kind] = {"count": int(count), "p50": percentile(0.5), "p95": percentile(0.95), "p99": percentile(0.99)}
    return figures


def ratios(summary):
    line = re.compile(r"users (\d+) \((\w+), (\w+)\)  p95 (\S+) ms  p99 (\S+) ms  errors (\d+)  cpu/request (\S+) ms"
                      r"  postgres cpu/request (\S+) ms.*?portal's own timer p50/p95/p99 \S+/(\S+)/")
    levels = {}
    for text in open(summary, encoding="utf-8"):
        found = line.match(text)
        if found:
            users, model, variant = found.group(1), found.group(2), found.group(3)
            levels.setdefault((model, users), {})[variant] = [float(x) if x.replace(".", "").isdigit() else None
                                                              for x in found.group(4, 5, 7, 8, 9)]
    for (model, users), variants in levels.items():
        if "this" not in variants or len(variants) < 2:
            continue
        before_name = next(v for v in variants if v != "this")
        before, after = variants[before_name], variants["this"]
        names = ("UIDL p95", "UIDL p99", "cpu/request", "postgres cpu/request", "server p95")
        parts = [f"{n} {a / b:.2f}" if a is not None and b else f"{n} -" for n, b, a in zip(names, before, after)]
        print(f"ratio this/{before_name} at {users} ({model}): " + ", ".join(parts))


def main():
    if sys.argv[1] == "ratios":
        ratios(sys.argv[2])
        return
    mode, directory = sys.argv[1], sys.argv[2]
    table = rows(directory)
    if mode == "summary":
        users, model, portal_ms, postgres_ms, before, after, heap = sys.argv[3:10]
        named = dict(table)
        missing = {"count": "0", "ko": "0", "p50": "-", "p95": "-", "p99": "-"}
        uidl, login, page = (named.get(f"hold: {c}", missing) for c in ("UIDL", "login", "page load"))
        server = server_times(before, after)
        served = sum(f["count"] for f in server.values()) or 1
        uidl_served = server.get("uidl", {}).get("count", 0) or 1
        errors = sum(int(f["ko"]) for name, f in table[1:] if name.startswith("hold: ") and f["ko"].isdigit())
        s_uidl = server.get("uidl", {"p50": "-", "p95": "-", "p99": "-"})
        print(f"users {users} ({model})  p95 {uidl['p95']} ms  p99 {uidl['p99']} ms  errors {errors}"
              f"  cpu/request {int(portal_ms) / served:.1f} ms  postgres cpu/request {int(postgres_ms) / served:.1f} ms"
              f"  (hold, UIDL: {uidl['count']} requests, p50 {uidl['p50']} ms; portal's own timer p50/p95/p99"
              f" {s_uidl['p50']}/{s_uidl['p95']}/{s_uidl['p99']} ms; portal CPU per UIDL {int(portal_ms) / uidl_served:.1f} ms;"
              f" login p95 {login['p95']} ms ({login['count']}); page load p95 {page['p95']} ms ({page['count']});"
              f" all requests of the level incl. arrival and departure p95 {table[0][1]['p95']} ms; heap max {heap} MB)")
    else:
        print(f"{'request':40} {'count':>7} {'p50':>6} {'p95':>6} {'p99':>6} {'errors':>6}")
        for name, figures in table:
            print(f"{name[:40]:40} {figures['count']:>7} {figures['p50']:>6} {figures['p95']:>6} {figures['p99']:>6}"
                  f" {figures['ko']:>6}")


main()
