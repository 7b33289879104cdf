#!/usr/bin/env bash
# memcheck suite: portage-cli under valgrind — no error, no byte definitely
# lost. Prints TAP. usage: memcheck.sh PORTAGE_CLI [EXPORT_DIR]
set -uo pipefail
cli=$1
out=${2:-$(mktemp -d)}
runs=(
  "compare --tjm 550 --days-per-year 200 --json"
  "compare --tjm 550,50 --days-per-year 210 --cdi-gross-yearly 55000 --expenses-monthly 300"
  "portage --tjm 600 --days-per-month 18 --fee-pct 7"
  "breakeven --tjm 550 --days-per-year 200 --target-net-monthly 4000 --json"
  "tips --tjm 450 --days-per-year 180 --json"
  "micro --revenue-yearly 60000 --vl"
  "eurl --remuneration-yearly 60000 --tax-regime ir --json"
  "portage --tjm -5 --days-per-month 18"
  "salary --gross-monthly 5000 --rates /nonexistent.json"
  "project --tjm 500 --days-per-year 200 --date 2025-03-01 --years 5 --json"
  "cashflow --tjm 500 --days-per-year 200 --payment-days 45 --micro-quarterly --json"
)
echo "1..${#runs[@]}"
n=0
for args in "${runs[@]}"; do
  n=$((n + 1))
  # shellcheck disable=SC2086
  if valgrind -q --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=definite \
       --show-leak-kinds=definite "$cli" $args > /dev/null 2> "$out/memcheck-$n.log"; then
    status=0
  else
    status=$?
  fi
  if [ "$status" -eq 99 ] || grep -q 'definitely lost\|Invalid \(read\|write\)\|uninitialised' "$out/memcheck-$n.log"; then
    echo "not ok $n portage-cli $args"
    sed 's/^/# /' "$out/memcheck-$n.log" | head -40
  else
    echo "ok $n portage-cli $args (exit $status)"
  fi
done
