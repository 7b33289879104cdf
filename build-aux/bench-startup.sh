#!/usr/bin/env bash
# Start-up side by side with GNOME Calculator, measured the same way in one
# run: from exec until the window is mapped and visible on an Xvfb screen
# (polled with xdotool), and the peak memory (VmHWM) and the processor
# time (user + system, every thread: less sensitive than the wall time to
# a loaded machine) a second later; with GTK's cairo and GL renderers,
# medians of RUNS runs each.
# Usage: bench-startup.sh PORTAGE_SIMULATOR [RUNS] [BASELINE]
# (BASELINE: another build's portage-simulator, measured in the same run
# to compare a change; the apps' runs alternate, so that a change of the
# machine's load weighs on each alike)
# (install gnome-calculator, xvfb, xdotool for it; they are for the
# benchmark only)
set -uo pipefail
app=$1
runs=${2:-7}
baseline=${3:-}
median () { sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }

for tool in Xvfb xdotool gnome-calculator; do
  if ! command -v "$tool" > /dev/null; then
    echo "== start-up side by side: $tool is missing (apt-get install xvfb xdotool gnome-calculator): skipped"
    exit 0
  fi
done

# a display no other X server holds: Xvfb exits at once on a taken one
# (and the windows would be looked for on the other server)
n=$((90 + RANDOM % 100))
for _ in $(seq 20); do
  Xvfb ":$n" -screen 0 1280x800x24 -nolisten tcp > /dev/null 2>&1 &
  xvfb=$!
  sleep 1
  kill -0 "$xvfb" 2>/dev/null && break
  n=$((n + 1))
done
display=:$n
trap 'kill $xvfb 2>/dev/null' EXIT
export DISPLAY=$display

# one run: "<ms to visible> <peak rss kB> <processor ms>"
measure () {
  local name=$1; shift
  local t0 t1 pid rss cpu
  t0=$(date +%s%N)
  env GSETTINGS_BACKEND=memory GTK_A11Y=none NO_AT_BRIDGE=1 LC_ALL=C.UTF-8 "$@" > /dev/null 2>&1 &
  pid=$!
  for _ in $(seq 2000); do
    if xdotool search --onlyvisible --pid "$pid" > /dev/null 2>&1; then
      break
    fi
    # it failed to start: don't poll for two thousand rounds
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.002
  done
  t1=$(date +%s%N)
  sleep 1
  rss=$(awk '/^VmHWM:/ { print $2 }' "/proc/$pid/status" 2>/dev/null)
  # utime and stime, fields 14 and 15 (the name, field 2, has no space here)
  cpu=$(awk -v hz="$(getconf CLK_TCK)" '{ printf "%.0f", ($14 + $15) * 1000 / hz }' "/proc/$pid/stat" 2>/dev/null)
  kill "$pid" 2>/dev/null
  wait "$pid" 2>/dev/null
  echo "$(( (t1 - t0) / 1000000 )) ${rss:-0} ${cpu:-0}"
}

echo "== start-up side by side with GNOME Calculator (exec → window visible; peak memory and processor time a second after; $runs runs each, alternated)"
whos="calculator portage"
[ -n "$baseline" ] && whos="$whos baseline"
for renderer in cairo gl; do
  declare -A results=()
  for i in $(seq "$runs"); do
    for who in $whos; do
      case $who in
        calculator) run=(gnome-calculator) ;;
        portage) run=("$app") ;;
        baseline) run=("$baseline") ;;
      esac
      results[$who]+="$(GSK_RENDERER=$renderer measure "$who" "${run[@]}")"$'\n'
    done
  done
  for who in $whos; do
    ms=$(awk 'NF { print $1 }' <<<"${results[$who]}" | median)
    mb=$(awk 'NF { print $2 }' <<<"${results[$who]}" | median | awk '{ printf "%.1f", $1 / 1024 }')
    cpu=$(awk 'NF { print $3 }' <<<"${results[$who]}" | median)
    echo "startup_${who}_${renderer}: ${ms} ms, ${mb} MB, ${cpu} ms of processor"
  done
  unset results
done
