#!/usr/bin/env bash
# Runs a libFuzzer target for a while on its seed corpus. New inputs go
# to a corpus in the build folder, never into the sources.
# usage: run-fuzzer.sh FUZZER SEED_DIR WORK_DIR SECONDS
set -euo pipefail
fuzzer=$1 seeds=$2 work=$3 seconds=$4
mkdir -p "$work"
cd "$work"
exec "$fuzzer" "$work" "$seeds" -max_total_time="$seconds" -rss_limit_mb=2048 \
  -timeout=20 -print_final_stats=1 -artifact_prefix="$work/"
