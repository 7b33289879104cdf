#!/usr/bin/env bash
# Quick start 2: install what is missing, build, and run every test suite.
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
# The window's tests need a display: without one, a virtual one for the
# whole run (so that --wrap=valgrind still wraps the test programs).
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  exec xvfb-run -a -s "-screen 0 1280x800x24" meson test -C "$build_dir" --print-errorlogs "$@"
fi
meson test -C "$build_dir" --print-errorlogs "$@"
