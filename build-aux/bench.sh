#!/usr/bin/env bash
# The benchmark: the engine (portage-cli bench), one `compare` process,
# the window's first frame under Xvfb when the app is built, and the
# official engine (modele-social + publicodes) when node and its modules
# can be had, with the ratios. Run with `meson test -C _build --benchmark`
# or directly: build-aux/bench.sh BUILD_DIR
set -uo pipefail
build=${1:-_build}
top=$(cd "$(dirname "$0")/.." && pwd)
cli="$build/src/cli/portage-cli"
app="$build/src/portage-simulator"
runs=21

median () { sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }
now_ns () { date +%s%N; }

echo "== engine (portage-cli bench, medians of 7 runs)"
engine_json=$("$cli" bench --json)
echo "$engine_json"

echo "== one portage-cli compare process ($runs runs)"
process_ms=$(for i in $(seq $runs); do
  t0=$(now_ns); "$cli" compare --tjm 550 --days-per-year 200 --json > /dev/null; t1=$(now_ns)
  echo $(( (t1 - t0) / 1000 ))
done | median | awk '{ printf "%.2f", $1 / 1000 }')
echo "compare_process_ms: $process_ms"

if [ -x "$app" ] && command -v xvfb-run > /dev/null; then
  echo "== the window's first frame under Xvfb, from exec to the first paint (7 runs each)"
  for renderer in cairo gl; do
    frame_ms=$(for i in $(seq 7); do
      GSETTINGS_BACKEND=memory GSETTINGS_SCHEMA_DIR="$build/data" GTK_A11Y=none NO_AT_BRIDGE=1 \
      GSK_RENDERER=$renderer PORTAGE_SIMULATOR_TIMING=quit \
        xvfb-run -a -s "-screen 0 1280x800x24" sh -c 'echo "exec: $(date +%s%N)"; exec "$0"' "$app" 2>/dev/null \
        | awk '/^exec: / { t0 = $2 / 1000 } /^first-frame: / { gsub(/[^0-9]/, "", $7); print ($7 - t0) / 1000 }'
    done | median)
    echo "gui_first_frame_ms ($renderer renderer): ${frame_ms:-unknown}"
  done
  rss_kb=$(GSETTINGS_BACKEND=memory GSETTINGS_SCHEMA_DIR="$build/data" GTK_A11Y=none NO_AT_BRIDGE=1 \
    PORTAGE_SIMULATOR_TIMING=quit xvfb-run -a -s "-screen 0 1280x800x24" "$app" 2>/dev/null \
    | sed -n 's/^peak-rss-kb: //p')
  echo "gui_peak_rss_mb: $(awk -v k="${rss_kb:-0}" 'BEGIN { printf "%.1f", k / 1024 }')"
  # the same start-up as a user sees it, beside GNOME Calculator
  bash "$top/build-aux/bench-startup.sh" "$app" 7
else
  echo "== the window is not built here: no first-frame measure"
fi

ref=${REFERENCE_DIR:-$top/../shared/reference}
if command -v node > /dev/null && [ -f "$ref/bench.mjs" ]; then
  work=$(mktemp -d)
  trap 'rm -rf "$work"' EXIT
  cp -r "$ref"/. "$work"/
  chmod -R u+w "$work"
  if [ -d "$work/node_modules/modele-social" ] || (cd "$work" && npm ci --silent > /dev/null 2>&1); then
    echo "== the official engine (node bench.mjs, about a minute)"
    official=$(cd "$work" && node bench.mjs 3 20 2>/dev/null)
    echo "$official"
    OURS="$engine_json" THEIRS="$official" node -e '
      const ours = JSON.parse(process.env.OURS), theirs = JSON.parse(process.env.THEIRS);
      const pairs = [
        ["salary evaluation (gross → every line and net)", ours.salary_evals_per_s, theirs.salarie_net_only.median_per_s],
        ["gross from an employer cost (portage solve)", ours.portage_solves_per_s, theirs.salarie_inverse.median_per_s],
        ["all five statuses with the splits vs one official SASU", ours.comparisons_per_s, theirs.sasu_full.median_per_s],
      ];
      for (const [name, a, b] of pairs)
        console.log(`ratio ${name}: ${a.toLocaleString("en")}/s vs ${b}/s = ${Math.round(a / b).toLocaleString("en")}x`);
    '
  else
    echo "== the official engine's modules cannot be installed here: skipped"
  fi
else
  echo "== node or the reference harness is missing: the official engine is skipped"
fi
