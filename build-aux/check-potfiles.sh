#!/usr/bin/env bash
# po/POTFILES.in must be sorted and list every file with a translatable
# string: _( or N_( or C_( in C, translatable="yes" in .ui and .xml files,
# and the data files merged by i18n.merge_file (desktop, metainfo).
set -euo pipefail
top=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$top"
potfiles=po/POTFILES.in
status=0

listed=$(grep -v '^#' "$potfiles" | sed '/^$/d')
if [ "$listed" != "$(printf '%s\n' "$listed" | LC_ALL=C sort)" ]; then
  echo "$potfiles is not sorted" >&2
  status=1
fi

found=$( { grep -rlE '\b(N|C|NC)?_ ?\(' --include='*.c' src || true
           grep -rl 'translatable="yes"' --include='*.ui' --include='*.xml' --include='*.in' ui data || true
           ls data/*.desktop.in* data/*.metainfo.xml.in* data/*.gschema.xml* 2>/dev/null || true
         } | LC_ALL=C sort -u)
for f in $found; do
  # a here-string, not a pipe: grep -q may exit before printf is done,
  # and pipefail would take printf's SIGPIPE for a failure
  if ! grep -qxF "$f" <<< "$listed"; then
    echo "$f has translatable strings but is not in $potfiles" >&2
    status=1
  fi
done
for f in $listed; do
  if [ ! -f "$f" ]; then
    echo "$potfiles lists $f, which does not exist" >&2
    status=1
  fi
done
exit $status
