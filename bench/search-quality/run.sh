#!/bin/sh
# Search quality on the development set: mean nDCG@10, per query kind, zero-result queries and the
# worst queries, for our search and for a plain SQLite FTS5 baseline in the same run.
#   bench/search-quality/run.sh [BUILD] [initiatives.json] [queries.json] [--explain QUERY_ID]...
# Uses BUILD/bench_search_quality (CMake target) or, when that is missing, compiles main.cc against
# BUILD/libomzien_lib.a.
set -eu
cd "$(dirname "$0")/../.."
build="${1:-build}"
[ $# -gt 0 ] && shift
program="$build/bench_search_quality"
if [ ! -x "$program" ]; then
  [ -f "$build/libomzien_lib.a" ] || { echo "build the project first (cmake --build $build)"; exit 1; }
  program="$build/bench_search_quality_standalone"
  if [ ! -x "$program" ] || [ bench/search-quality/main.cc -nt "$program" ] || [ "$build/libomzien_lib.a" -nt "$program" ]; then
    echo "compiling $program ..."
    g++ -std=c++20 -O2 -Isrc bench/search-quality/main.cc "$build/libomzien_lib.a" -o "$program" \
      $(pkg-config --cflags --libs xapian-core sqlite3 icu-uc icu-i18n fmt spdlog nlohmann_json libcurl libsodium) -lpthread
  fi
fi
exec "$program" "$@"
