#!/bin/sh
# Search latency on 100,000 generated initiatives: index build time and size, and p50/p99 latency
# of one search at a time over a mix of query kinds (CPU time and wall time).
#   bench/search-latency/run.sh [BUILD] [initiatives=100000] [rounds=30]
# Uses BUILD/bench_search_latency (CMake target) or, when that is missing, compiles main.cc against
# BUILD/libomzien_lib.a.
set -eu
cd "$(dirname "$0")/../.."
build="${1:-build}"
[ $# -gt 0 ] && shift
program="$build/bench_search_latency"
if [ ! -x "$program" ]; then
  [ -f "$build/libomzien_lib.a" ] || { echo "build the project first (cmake --build $build)"; exit 1; }
  program="$build/bench_search_latency_standalone"
  if [ ! -x "$program" ] || [ bench/search-latency/main.cc -nt "$program" ] || [ "$build/libomzien_lib.a" -nt "$program" ]; then
    echo "compiling $program ..."
    g++ -std=c++20 -O2 -Isrc bench/search-latency/main.cc "$build/libomzien_lib.a" -o "$program" \
      $(pkg-config --cflags --libs xapian-core sqlite3 icu-uc icu-i18n fmt spdlog nlohmann_json libcurl libsodium) -lpthread
  fi
fi
exec "$program" "$@"
