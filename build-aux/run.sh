#!/usr/bin/env bash
# Quick start 1: install what is missing, build, and launch the window
# (arguments: a scenario file to open). Without a display, runs the
# command-line tool on an example instead (arguments passed on to it).
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
cd "$top"
# the translations and the settings schema of the uninstalled build
export PORTAGE_SIMULATOR_LOCALEDIR="$build_dir/po"
export GSETTINGS_SCHEMA_DIR="$build_dir/data${GSETTINGS_SCHEMA_DIR:+:$GSETTINGS_SCHEMA_DIR}"
if [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; then
  exec "$build_dir/src/portage-simulator" "$@"
fi
echo "No display (neither DISPLAY nor WAYLAND_DISPLAY is set): the window cannot open." >&2
echo "The command-line tool on an example instead:" >&2
echo >&2
exec "$build_dir/src/cli/portage-cli" compare --tjm 550 --days-per-year 200 --fee-pct 7 "$@"
