"""Lighthouse's performance figures of the login page and a team member's workspace, mobile and desktop.

  lighthouse.py BASE_URL OUT_DIR

The portal at BASE_URL must hold the demo data (praktiker.aarhus / demo). Lighthouse runs from npm
(`npx --yes lighthouse@12`) with Debian's Chromium; the workspace is opened with the session of a login made
through the login form, handed to Lighthouse as a cookie. Prints one line per page and profile and writes them
to OUT_DIR/lighthouse.txt; each run's JSON report stays in OUT_DIR.
"""
import http.cookiejar
import json
import os
import re
import subprocess
import sys
import urllib.parse
import urllib.request

LIGHTHOUSE = ["npx", "--yes", "lighthouse@12"]


def session_of(base, username, password):
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    page = opener.open(f"{base}/login").read().decode()
    csrf = re.search(r'<meta name="_csrf" content="([^"]+)"', page).group(1)
    parameter = re.search(r'<meta name="_csrf_parameter" content="([^"]+)"', page).group(1)
    form = urllib.parse.urlencode({"username": username, "password": password, parameter: csrf}).encode()
    opener.open(f"{base}/login", form)
    return "; ".join(f"{c.name}={c.value}" for c in jar if c.name == "JSESSIONID")


def run(url, profile, out, cookie=None):
    report = f"{out}/lighthouse-{profile}-{'workspace' if cookie else 'login'}.json"
    command = LIGHTHOUSE + [url, "--only-categories=performance", "--output=json", f"--output-path={report}",
                            "--quiet", "--chrome-flags=--headless=new --no-sandbox"]
    if profile == "desktop":
        command.append("--preset=desktop")
    if cookie:
        command += [f"--extra-headers={json.dumps({'Cookie': cookie})}", "--disable-storage-reset"]
    subprocess.run(command, check=True, env={**os.environ, "CHROME_PATH": os.environ.get("CHROME_PATH", "/usr/bin/chromium")})
    result = json.load(open(report))
    audits = result["audits"]
    if cookie and "/login" in result.get("finalDisplayedUrl", result.get("finalUrl", "")):
        raise SystemExit("Lighthouse was sent to the login page: the session cookie did not hold")
    return (f"{profile:7}  {'workspace' if cookie else 'login':9}  score {result['categories']['performance']['score']:.2f}"
            f"  first paint {audits['first-contentful-paint']['displayValue']}"
            f"  largest paint {audits['largest-contentful-paint']['displayValue']}"
            f"  blocking {audits['total-blocking-time']['displayValue']}"
            f"  weight {audits['total-byte-weight']['numericValue'] / 1024:.0f} KB")


def main():
    base, out = sys.argv[1].rstrip("/"), sys.argv[2]
    os.makedirs(out, exist_ok=True)
    lines = []
    for profile in ("mobile", "desktop"):
        lines.append(run(f"{base}/login", profile, out))
        print(lines[-1], flush=True)
        lines.append(run(f"{base}/", profile, out, session_of(base, "praktiker.aarhus", "demo")))
        print(lines[-1], flush=True)
    with open(f"{out}/lighthouse.txt", "w") as summary:
        summary.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
