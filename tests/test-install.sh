#!/usr/bin/env bash
# Installed as a distribution would (TAP): a build configured for a prefix
# of its own, `meson install`, then the installed portage-cli and window
# run from there with their translations, settings schema, icons and rates
# and no environment variable of ours; the uninstalled portage-cli finds
# its build's translations by itself too.
# Usage: test-install.sh SOURCE_ROOT UNINSTALLED_PORTAGE_CLI
src=$1 uninstalled_cli=$2
n=0 failed=0
ok () { n=$((n + 1)); echo "ok $n - $1"; }
not_ok () { n=$((n + 1)); failed=1; echo "not ok $n - $1"; [ -n "${2:-}" ] && echo "$2" | sed 's/^/# /'; }
check () { local what=$1; shift; if "$@"; then ok "$what"; else not_ok "$what"; fi; }

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
prefix="$tmp/prefix"
# a clean environment: nothing of ours, only what any session has
clean_env=(env -i PATH=/usr/bin:/bin HOME="$tmp/home" LANG=fr_FR.UTF-8 LC_ALL=fr_FR.UTF-8)
mkdir -p "$tmp/home"

if ! log=$(meson setup "$tmp/build" "$src" --prefix="$prefix" -Dtests=false 2>&1 \
           && meson install -C "$tmp/build" 2>&1); then
  not_ok "meson install into a prefix" "$(tail -20 <<<"$log")"
  echo "1..$n"
  exit 1
fi
ok "meson install into a prefix"

app_id=$(sed -n "s/.*app_id *= *'\([^']*\)'.*/\1/p" "$src/meson.build" | head -1)
libdir_bin="$prefix/bin"
for f in "bin/portage-cli" "bin/portage-simulator" \
         "share/locale/fr/LC_MESSAGES/portage-simulator.mo" \
         "share/glib-2.0/schemas/gschemas.compiled" \
         "share/applications/$app_id.desktop" "share/metainfo/$app_id.metainfo.xml" \
         "share/icons/hicolor/scalable/apps/$app_id.svg" \
         "share/man/man1/portage-cli.1" "share/bash-completion/completions/portage-cli"; do
  check "installed: $f" test -f "$prefix/$f"
done

# the workbook writer, loaded by the window on its first export, where it
# looks for it (<libdir>/portage-simulator, see ps_paths_module_file) and
# loadable with its entry point
libdir=$(meson introspect "$tmp/build" --buildoptions 2>/dev/null \
         | python3 -c 'import json,sys; print(next(o["value"] for o in json.load(sys.stdin) if o["name"] == "libdir"))')
module="$prefix/$libdir/portage-simulator/libportage-export.so"
check "installed: the workbook writer module ($libdir/portage-simulator)" test -f "$module"
check "the installed module loads and has its entry point" \
  python3 -c 'import ctypes,sys; ctypes.CDLL(sys.argv[1]).ps_export_module_write' "$module"

out=$("${clean_env[@]}" "$libdir_bin/portage-cli" micro --revenue-yearly 60000 2>&1)
[[ "$out" == *"Chiffre d’affaires"* && "$out" == *"€"* ]] \
  && ok "installed portage-cli speaks French with no variable" \
  || not_ok "installed portage-cli speaks French with no variable" "$(head -5 <<<"$out")"
out=$("${clean_env[@]}" "$libdir_bin/portage-cli" rates --date 2026-01-01 2>&1)
[[ "$out" == *"PASS"* ]] && ok "installed portage-cli has its rates" || not_ok "installed portage-cli has its rates" "$(head -5 <<<"$out")"
out=$("${clean_env[@]}" "$uninstalled_cli" micro --revenue-yearly 60000 2>&1)
[[ "$out" == *"Chiffre d’affaires"* ]] \
  && ok "uninstalled portage-cli finds its build's translations" \
  || not_ok "uninstalled portage-cli finds its build's translations" "$(head -5 <<<"$out")"
out=$("${clean_env[@]}" man -l "$prefix/share/man/man1/portage-cli.1" 2>&1 | head -3)
[[ "$out" == *"PORTAGE-CLI"* ]] && ok "man portage-cli" || not_ok "man portage-cli" "$out"

# the window: settings found where it is installed (a prefix GLib doesn't
# search), no warning; it runs until stopped
if [ -n "${DISPLAY:-}" ]; then
  mkdir -m 700 -p "$tmp/run"
  err=$(env -i PATH=/usr/bin:/bin HOME="$tmp/home" LANG=fr_FR.UTF-8 LC_ALL=fr_FR.UTF-8 \
        DISPLAY="$DISPLAY" ${XAUTHORITY:+XAUTHORITY="$XAUTHORITY"} XDG_RUNTIME_DIR="$tmp/run" \
        GSETTINGS_BACKEND=memory GTK_A11Y=none NO_AT_BRIDGE=1 \
        timeout 8 "$libdir_bin/portage-simulator" 2>&1)
  status=$?
  [ $status -eq 124 ] && ! grep -qi "warning\|critical\|not installed" <<<"$err" \
    && ok "installed window starts, with its settings and no warning" \
    || not_ok "installed window starts, with its settings and no warning" "exit $status: $err"
else
  echo "ok $((n + 1)) # SKIP no display"; n=$((n + 1))
fi

# a staged copy (DESTDIR, as a package is built): it runs from the staging
# folder, its prefix not installed, and finds its own translations beside
# its bin/
stage="$tmp/stage"
if log=$(DESTDIR="$stage" meson install -C "$tmp/build" 2>&1); then
  staged_bin="$stage$prefix/bin"
  rm -rf "$prefix"
  out=$("${clean_env[@]}" "$staged_bin/portage-cli" micro --revenue-yearly 60000 2>&1)
  [[ "$out" == *"Chiffre d’affaires"* ]] \
    && ok "staged (DESTDIR) portage-cli speaks French from the staging folder" \
    || not_ok "staged (DESTDIR) portage-cli speaks French from the staging folder" "$(head -5 <<<"$out")"
  # (the window's settings schema is compiled on the target system, as
  # meson skips glib-compile-schemas under DESTDIR: not run from here)
else
  not_ok "DESTDIR install" "$(tail -20 <<<"$log")"
fi


echo "1..$n"
exit $failed
