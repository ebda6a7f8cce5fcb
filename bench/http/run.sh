#!/bin/sh
# Pages per second and p99 latency of the home page (anonymous and logged in) against a static
# file served by nginx on the same machine in the same run; prints ratios and resident memory.
set -eu
cd "$(dirname "$0")/../.."
exec /usr/bin/python3 bench/http/bench.py "${1:-build}"
