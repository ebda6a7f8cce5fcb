#!/bin/sh
# The directory with 10,000 generated initiatives: import time per 1,000 rows, and pages per
# second and p99 latency with wrk, unfiltered and filtered, from the page cache (anonymous) and
# rendered every time (logged in).
set -eu
cd "$(dirname "$0")/../.."
exec /usr/bin/python3 bench/directory/bench.py "${1:-build}"
