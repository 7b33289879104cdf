#!/usr/bin/env bash
# Shared set-up of the two quick-start commands (run.sh, test.sh):
# installs what is missing on Debian 12, generates the locales the tests
# use, configures and builds in _build/. Sourced, not run.
set -euo pipefail

top=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build_dir=${PS_BUILD_DIR:-$top/_build}

packages=(
  gcc libc6-dev pkg-config meson ninja-build gettext
  libglib2.0-dev libglib2.0-dev-bin libcjson-dev
  locales
  valgrind clang libclang-rt-14-dev
  libxlsxwriter-dev
  # export tests: LibreOffice recomputes the workbook, openpyxl reads it
  libreoffice-calc-nogui python3-openpyxl
  libgtk-4-dev libadwaita-1-dev librsvg2-common
  desktop-file-utils appstream
  xvfb xauth
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" -eq 0 ]; then
    echo "Installing: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  else
    echo "Missing packages. Run as root:" >&2
    echo "  apt-get install --no-install-recommends ${missing[*]}" >&2
    exit 1
  fi
fi

# French and English locales: amounts are formatted by the locale.
need_locales=()
for l in fr_FR en_US; do
  locale -a 2>/dev/null | grep -qi "^${l}\.utf-\?8$" || need_locales+=("$l")
done
if [ ${#need_locales[@]} -gt 0 ]; then
  if [ "$(id -u)" -eq 0 ]; then
    for l in "${need_locales[@]}"; do
      sed -i "s/^# *${l}.UTF-8 UTF-8/${l}.UTF-8 UTF-8/" /etc/locale.gen
      grep -q "^${l}.UTF-8 UTF-8" /etc/locale.gen || echo "${l}.UTF-8 UTF-8" >> /etc/locale.gen
    done
    locale-gen >/dev/null
  else
    echo "Missing locales ${need_locales[*]}. Run as root:" >&2
    echo "  sed -i 's/^# *\\(fr_FR\\|en_US\\).UTF-8/\\1.UTF-8/' /etc/locale.gen && locale-gen" >&2
    exit 1
  fi
fi

setup_args=()
if [ "${CI:-}" = "true" ]; then
  setup_args+=(--werror)
fi
if [ ! -f "$build_dir/build.ninja" ]; then
  meson setup "${setup_args[@]}" "$build_dir" "$top" >/dev/null
fi
meson compile -C "$build_dir" >/dev/null
