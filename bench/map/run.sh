#!/bin/sh
# The map with 10,000 generated initiatives: GeoJSON response time and size (all, filtered,
# near me; from the page cache and rendered every time), and the time until Chromium has drawn
# the markers on /kaart. Run by `make bench`, never by `make test`.
#   bench/map/run.sh [BUILD] [initiatives=10000]
# Compiles generate.cc against BUILD/libomzien_lib.a (no CMake target, so `make` never builds it).
set -eu
cd "$(dirname "$0")/../.."
build="${1:-build}"
count="${2:-10000}"
[ -f "$build/libomzien_lib.a" ] && [ -x "$build/omzien" ] || { echo "build the project first (make build)"; exit 1; }
generator="$build/bench_map_generate"
if [ ! -x "$generator" ] || [ bench/map/generate.cc -nt "$generator" ] || [ "$build/libomzien_lib.a" -nt "$generator" ]; then
  echo "compiling $generator ..."
  g++ -std=c++20 -O2 -Isrc bench/map/generate.cc "$build/libomzien_lib.a" -o "$generator" \
    $(pkg-config --cflags --libs xapian-core sqlite3 icu-uc icu-i18n fmt spdlog nlohmann_json libcurl libsodium \
        libcmark-gfm vips-cpp libqrencode liboath) -lcmark-gfm-extensions -lpthread
fi
exec /usr/bin/python3 bench/map/bench.py "$build" "$generator" "$count"
