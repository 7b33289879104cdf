#!/usr/bin/env bash
# Quick start 2: install what is missing, build, and run every test suite.
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
meson test -C "$build_dir" --print-errorlogs "$@"
