#!/usr/bin/env bash
# po suite: POTFILES.in lists every file with translatable strings, and
# po/fr.po translates every message of a freshly extracted template.
# Prints TAP.
set -uo pipefail
top=${1:?source dir}
cd "$top"
echo "1..2"

listed=$(grep -v '^#' po/POTFILES.in | grep -v '^$' | sort)
found=$( { grep -rlE '(^|[^A-Za-z0-9_])N?_ ?\("' src --include='*.c' 2>/dev/null;
           grep -rl 'translatable="yes"' ui data --include='*.ui' --include='*.in' --include='*.xml' 2>/dev/null; } | sort -u)
missing=$(comm -13 <(echo "$listed") <(echo "$found"))
stale=$(for f in $listed; do [ -f "$f" ] || echo "$f"; done)
if [ -z "$missing" ] && [ -z "$stale" ]; then
  echo "ok 1 POTFILES.in is complete"
else
  echo "not ok 1 POTFILES.in: missing [$missing] stale [$stale]"
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
xgettext --from-code=UTF-8 --keyword=_ --keyword=N_ --keyword=C_:1c,2 --keyword=NC_:1c,2 \
  --add-comments=Translators --files-from=po/POTFILES.in -o "$tmp/t.pot" 2>"$tmp/err" || { cat "$tmp/err"; }
msgmerge -q "po/fr.po" "$tmp/t.pot" -o "$tmp/fr.po" 2>/dev/null
stats=$(msgfmt -c --statistics -o /dev/null "$tmp/fr.po" 2>&1)
if echo "$stats" | grep -qE 'fuzzy|untranslated|error'; then
  echo "not ok 2 po/fr.po is incomplete: $stats"
  msgattrib --only-fuzzy "$tmp/fr.po" 2>/dev/null | grep '^msgid' | head -20 | sed 's/^/# /'
  msgattrib --untranslated "$tmp/fr.po" 2>/dev/null | grep '^msgid' | head -20 | sed 's/^/# /'
else
  echo "ok 2 po/fr.po is complete ($stats)"
fi
