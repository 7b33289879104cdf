#!/usr/bin/env bash
# Regenerates tests/fixtures/reference-*.jsonl from the official URSSAF model
# (modele-social + publicodes, the harness in ../shared/reference).
# Needs node ≥ 18 and the npm registry. Takes a few minutes.
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
ref_src=${REFERENCE_DIR:-$top/../shared/reference}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp -r "$ref_src"/. "$work"/
chmod -R u+w "$work"
(cd "$work" && npm ci --silent >/dev/null)
node "$work/ref.mjs" --version
for kind in salarie cout micro sasu eurl; do
  node "$top/tests/reference/gen-cases.mjs" "$kind" > "$work/cases-$kind.jsonl"
  node "$work/ref.mjs" < "$work/cases-$kind.jsonl" > "$top/tests/fixtures/reference-$kind.jsonl"
  echo "$kind: $(wc -l < "$top/tests/fixtures/reference-$kind.jsonl") cases, $(grep -c '"error"' "$top/tests/fixtures/reference-$kind.jsonl" || true) errors"
done
cp "$ref_src/expected.jsonl" "$top/tests/fixtures/reference-shared-expected.jsonl"
