#!/bin/sh
# Search latency on 100,000 generated initiatives: index build time and size, and p50/p99 latency
# of one search at a time over a mix of query kinds (CPU time and wall time).
#   bench/search-latency/run.sh [BUILD] [initiatives=100000] [rounds=30]
# Builds the CMake target bench_search_latency (not part of the default build) first.
set -eu
cd "$(dirname "$0")/../.."
build="${1:-build}"
[ $# -gt 0 ] && shift
[ -f "$build/CMakeCache.txt" ] || { echo "configure the project first (make build)"; exit 1; }
# Built on demand only: the target is EXCLUDE_FROM_ALL, so `make build` and `make test` skip it.
cmake --build "$build" --target bench_search_latency -j "${JOBS:-2}" >/dev/null
program="$build/bench_search_latency"
exec "$program" "$@"
