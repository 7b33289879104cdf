#!/usr/bin/env bash
# Start-up side by side with GNOME Calculator, measured the same way in one
# run: from exec until the window is mapped and visible on an Xvfb screen
# (polled with xdotool), and the peak memory (VmHWM) a second later; with
# GTK's cairo and GL renderers, medians of RUNS runs each.
# Usage: bench-startup.sh PORTAGE_SIMULATOR [RUNS]
# (install gnome-calculator, xvfb, xdotool for it; they are for the
# benchmark only)
set -uo pipefail
app=$1
runs=${2:-7}
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

# one run: "<ms to visible> <peak rss kB>"
measure () {
  local name=$1; shift
  local t0 t1 pid rss
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
  kill "$pid" 2>/dev/null
  wait "$pid" 2>/dev/null
  echo "$(( (t1 - t0) / 1000000 )) ${rss:-0}"
}

echo "== start-up side by side with GNOME Calculator (exec → window visible; peak memory; $runs runs each)"
for renderer in cairo gl; do
  for who in calculator portage; do
    results=$(for i in $(seq "$runs"); do
      if [ $who = calculator ]; then
        GSK_RENDERER=$renderer measure calculator gnome-calculator
      else
        GSK_RENDERER=$renderer measure portage "$app"
      fi
    done)
    ms=$(awk '{ print $1 }' <<<"$results" | median)
    mb=$(awk '{ print $2 }' <<<"$results" | median | awk '{ printf "%.0f", $1 / 1024 }')
    echo "startup_${who}_${renderer}: ${ms} ms, ${mb} MB"
  done
done
