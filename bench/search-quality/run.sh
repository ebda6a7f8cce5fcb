#!/bin/sh
# Search quality on the development set: mean nDCG@10, per query kind, zero-result queries and the
# worst queries, for our search and for a plain SQLite FTS5 baseline in the same run.
#   bench/search-quality/run.sh [BUILD] [initiatives.json] [queries.json] [--explain QUERY_ID]...
# Builds the CMake target bench_search_quality (not part of the default build) first.
set -eu
cd "$(dirname "$0")/../.."
build="${1:-build}"
[ $# -gt 0 ] && shift
[ -f "$build/CMakeCache.txt" ] || { echo "configure the project first (make build)"; exit 1; }
# Built on demand only: the target is EXCLUDE_FROM_ALL, so `make build` and `make test` skip it.
cmake --build "$build" --target bench_search_quality -j "${JOBS:-2}" >/dev/null
program="$build/bench_search_quality"
exec "$program" "$@"
