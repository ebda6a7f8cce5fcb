"""The map benchmark (run.sh): GeoJSON time and size for N initiatives, and Chromium's drawing time."""
import gzip
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "lib"))
from benchlib import Omzien, wrk  # noqa: E402

build, generator, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
data = tempfile.mkdtemp(prefix="omzien-bench-map-")


def timed_get(url):
    started = time.perf_counter()
    with urllib.request.urlopen(url, timeout=60) as response:
        body = response.read()
    return (time.perf_counter() - started) * 1000, body


def percentile(values, fraction):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(fraction * (len(ordered) - 1))))]


def print_load(moment):
    # The machine is shared: say how busy it was, so figures are compared with care.
    one, five, fifteen = os.getloadavg()
    print(f"load average {moment}: {one:.1f} {five:.1f} {fifteen:.1f} ({os.cpu_count()} cores)")


try:
    print_load("at the start")
    started = time.monotonic()
    subprocess.run([generator, data, str(count)], check=True, stdout=subprocess.DEVNULL)
    print(f"generated {count} initiatives in {time.monotonic() - started:.1f} s")
    started = time.monotonic()
    server = Omzien(build, demo=False, data=data, start_seconds=120)
    print(f"server start (works out every public map point, builds the search index): {time.monotonic() - started:.1f} s")
    try:
        queries = [("all", ""), ("one theme", "thema=voedsel"),
                   ("theme + municipality", "thema=voedsel&gemeente=GM0344"),
                   ("near me, 10 km of Zeist", "bij=Zeist&km=10"),
                   ("search words (q=taalcafe)", "q=taalcafe")]
        print(f"\nGET /kaart/initiatieven.geojson ({count} initiatives)")
        print(f"{'query':<28}{'features':>9}{'KB':>8}{'KB gzip':>9}{'ms rendered p50/p99':>22}{'cached/s':>10}{'p99 ms':>8}")
        for name, query in queries:
            base = f"{server.base}/kaart/initiatieven.geojson?{query}"
            # Rendered every time: a parameter the page cache has not seen yet.
            times = []
            body = b""
            for n in range(20):
                ms, body = timed_get(f"{base}&n={n}")
                times.append(ms)
            features = body.count(b'"type":"Feature"')
            size = len(body) / 1024
            zipped = len(gzip.compress(body, 6)) / 1024
            timed_get(base)  # into the page cache
            rate, p99 = wrk(base, seconds=4, connections=8)
            print(f"{name:<28}{features:>9}{size:>8.0f}{zipped:>9.0f}"
                  f"{percentile(times, 0.5):>11.1f} / {percentile(times, 0.99):<8.1f}{rate:>10.0f}{p99:>8.1f}")

        node = shutil.which("node")
        if node and os.path.exists("/usr/bin/chromium"):
            print(f"\nChromium: time until the markers are drawn on /kaart (tiles blocked)")
            subprocess.run([node, os.path.join(os.path.dirname(__file__), "draw.js"), server.base], check=True)
        else:
            print("\n(node or /usr/bin/chromium missing: no drawing time)")
    finally:
        server.stop()
        print_load("at the end")
finally:
    shutil.rmtree(data, ignore_errors=True)
