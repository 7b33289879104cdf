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

# 2025 payslips against modele-social 8.0.0, which has the 2025 rules
# (../shared/reference2025; the 11.1.0 model applies the 2026 RGDU to 2025)
ref2025_src=${REFERENCE2025_DIR:-$top/../shared/reference2025}
work2025=$(mktemp -d)
trap 'rm -rf "$work" "$work2025"' EXIT
cp -r "$ref2025_src"/. "$work2025"/
chmod -R u+w "$work2025"
(cd "$work2025" && npm ci --silent >/dev/null)
node "$work2025/ref.mjs" --version
node "$top/tests/reference/gen-cases.mjs" salarie2025 > "$work2025/cases.jsonl"
node "$work2025/ref.mjs" < "$work2025/cases.jsonl" > "$top/tests/fixtures/reference-salarie-2025.jsonl"
echo "salarie 2025: $(wc -l < "$top/tests/fixtures/reference-salarie-2025.jsonl") cases"
