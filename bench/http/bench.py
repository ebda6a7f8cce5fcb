import os
import shutil
import sys

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "lib"))
from benchlib import Nginx, Omzien, wrk  # noqa: E402

build = sys.argv[1] if len(sys.argv) > 1 else "build"
server = Omzien(build)
cookie = server.log_in("bench@voorbeeld.nl")
nginx = Nginx(os.path.abspath(build + "/static"))
try:
    home = server.base + "/"
    wrk(home, seconds=2)  # warm up
    anonymous = wrk(home)
    logged_in = wrk(home, headers=[f"Cookie: {cookie}"])
    static = wrk(f"http://127.0.0.1:{nginx.port}/css/omzien.css")
    print(f"{'what':<28}{'pages/s':>12}{'p99 ms':>10}{'ratio to nginx':>16}")
    for name, (rate, p99) in [("home, anonymous", anonymous), ("home, logged in", logged_in),
                              ("static file via nginx", static)]:
        print(f"{name:<28}{rate:>12.0f}{p99:>10.2f}{rate / static[0]:>16.2f}")
    print(f"resident memory of omzien after the run: {server.resident_kb() / 1024:.1f} MB")
finally:
    nginx.stop()
    server.stop()
    shutil.rmtree(server.data, ignore_errors=True)
