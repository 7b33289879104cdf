#!/usr/bin/env bash
# Quick start 1: install what is missing, build, and launch.
# Until the window lands, this runs the command-line tool on an example.
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
cd "$top"
export PORTAGE_SIMULATOR_LOCALEDIR="$build_dir/po"
"$build_dir/src/cli/portage-cli" compare --tjm 550 --days-per-year 200 --fee-pct 7 "$@"
