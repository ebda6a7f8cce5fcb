import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "lib"))
from benchlib import Omzien, wrk  # noqa: E402
from generate import generate_initiatives  # noqa: E402

build = sys.argv[1] if len(sys.argv) > 1 else "build"
count = 10000
data = tempfile.mkdtemp(prefix="omzien-bench-directory-")
source = os.path.join(data, "initiatives.json")
with open(source, "w") as f:
    json.dump(generate_initiatives(count, seed=7), f, ensure_ascii=False)

started = time.monotonic()
subprocess.run([f"{build}/omzien", "--data", data, "import", "initiatives", source], check=True,
               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
elapsed = time.monotonic() - started
print(f"import of {count} initiatives: {elapsed:.1f} s ({elapsed / (count / 1000):.2f} s per 1,000 rows)")

server = Omzien(build, demo=False, data=data)
cookie = server.log_in("bench@voorbeeld.nl")
try:
    pages = [("unfiltered", "/initiatieven"),
             ("filtered", "/initiatieven?thema=voedsel&gemeente=GM0344&sorteer=naam"),
             ("page 40, by name", "/initiatieven?sorteer=naam&pagina=40")]
    print(f"{'page':<22}{'who':<14}{'pages/s':>10}{'p99 ms':>10}")
    for name, path in pages:
        url = server.base + path
        wrk(url, seconds=2)
        for who, headers in [("anonymous", []), ("logged in", [f"Cookie: {cookie}"])]:
            rate, p99 = wrk(url, seconds=6, headers=headers)
            print(f"{name:<22}{who:<14}{rate:>10.0f}{p99:>10.2f}")
finally:
    server.stop()
    shutil.rmtree(data, ignore_errors=True)
