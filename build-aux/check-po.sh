#!/usr/bin/env bash
# po suite: po/fr.po translates every message of a freshly extracted
# template.
# Prints TAP.
set -uo pipefail
top=${1:?source dir}
cd "$top"
echo "1..2"
# (POTFILES.in itself is checked by check-potfiles.sh in the data suite)

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
xgettext --from-code=UTF-8 --keyword=_ --keyword=N_ --keyword=C_:1c,2 --keyword=NC_:1c,2 \
  --add-comments=Translators --files-from=po/POTFILES.in -o "$tmp/t.pot" 2>"$tmp/err" || { cat "$tmp/err"; }
msgmerge -q "po/fr.po" "$tmp/t.pot" -o "$tmp/fr.po" 2>/dev/null
stats=$(msgfmt -c --statistics -o /dev/null "$tmp/fr.po" 2>&1)
if echo "$stats" | grep -qE 'fuzzy|untranslated|error'; then
  echo "not ok 1 po/fr.po is incomplete: $stats"
  msgattrib --only-fuzzy "$tmp/fr.po" 2>/dev/null | grep '^msgid' | head -20 | sed 's/^/# /'
  msgattrib --untranslated "$tmp/fr.po" 2>/dev/null | grep '^msgid' | head -20 | sed 's/^/# /'
else
  echo "ok 1 po/fr.po is complete ($stats)"
fi

# French typography: the apostrophe is ’, never the typewriter ' (the
# printf flag %' excepted)
straight=$(msgattrib --no-obsolete "$tmp/fr.po" 2>/dev/null | awk '
  /^msgstr/ { s = 1 } /^(msgid|msgctxt|#)/ || /^$/ { s = 0 }
  s { line = $0; gsub(/%\x27/, "", line); if (line ~ /\x27/) print }')
if [ -n "$straight" ]; then
  echo "not ok 2 po/fr.po has typewriter apostrophes"
  echo "$straight" | head -20 | sed 's/^/# /'
else
  echo "ok 2 po/fr.po uses the typographic apostrophe"
fi
