#!/usr/bin/env bash
# Quick start 2: install what is missing, build, and run every test suite:
# the main build (all suites, valgrind included), then the engine and the
# CLI again under AddressSanitizer and UndefinedBehaviorSanitizer, then a
# short run of each libFuzzer target. Extra arguments go to the first
# `meson test` (e.g. --suite core).
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
status=0

# The window's tests need a display: without one, a virtual one for the
# whole run (so that --wrap=valgrind still wraps the test programs).
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  xvfb-run -a -s "-screen 0 1280x800x24" meson test -C "$build_dir" --print-errorlogs "$@" || status=1
else
  meson test -C "$build_dir" --print-errorlogs "$@" || status=1
fi
if [ $# -gt 0 ]; then
  exit $status
fi

# Sanitizers: the core, reference and cli suites again.
asan_dir="$build_dir-asan"
if [ ! -f "$asan_dir/build.ninja" ]; then
  meson setup "${setup_args[@]}" -Db_sanitize=address,undefined -Db_lundef=false "$asan_dir" "$top" >/dev/null
fi
meson compile -C "$asan_dir" >/dev/null
ASAN_OPTIONS=fast_unwind_on_malloc=0:detect_leaks=1 \
LSAN_OPTIONS="suppressions=$top/build-aux/lsan.supp" \
UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
  meson test -C "$asan_dir" --print-errorlogs --suite core --suite reference --suite cli || status=1

# Fuzzing: a short run of each target (clang's libFuzzer).
fuzz_dir="$build_dir-fuzz"
if [ ! -f "$fuzz_dir/build.ninja" ]; then
  CC=clang meson setup -Dfuzzing=true -Dfuzz_seconds="${PS_FUZZ_SECONDS:-10}" \
    -Db_sanitize=address,undefined -Db_lundef=false "$fuzz_dir" "$top" >/dev/null
fi
meson compile -C "$fuzz_dir" >/dev/null
ASAN_OPTIONS=detect_leaks=1 LSAN_OPTIONS="suppressions=$top/build-aux/lsan.supp" \
  meson test -C "$fuzz_dir" --print-errorlogs --suite fuzz || status=1

exit $status
