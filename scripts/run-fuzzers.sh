#!/bin/sh
# Runs every fuzz target in BUILD for SECONDS each, growing its corpus in fuzz/corpus/<target>.
set -eu
cd "$(dirname "$0")/.."
build=${1:-build-fuzz}
seconds=${2:-60}
status=0
for fuzzer in "$build"/*_fuzzer; do
  name=$(basename "$fuzzer")
  mkdir -p "fuzz/corpus/$name"
  echo "== $name ($seconds s)"
  "$fuzzer" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
    -artifact_prefix="$build/$name-" "fuzz/corpus/$name" 2>&1 | tail -n 12 || status=1
done
exit $status
