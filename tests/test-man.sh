#!/usr/bin/env bash
# portage-cli(1) and the bash completion against the program itself (TAP):
# the page formats without a warning and lists every command and every
# option each command's --help has; completion offers the commands, a
# command's options and the values of the options that have a list.
# Usage: test-man.sh PORTAGE_CLI MAN_PAGE COMPLETION_SCRIPT
cli=$1 page=$2 completion=$3
n=0 failed=0
ok () { n=$((n + 1)); echo "ok $n - $1"; }
not_ok () { n=$((n + 1)); failed=1; echo "not ok $n - $1"; [ -n "${2:-}" ] && echo "# $2"; }
export LC_ALL=C.UTF-8 LANGUAGE=

warnings=$(groff -man -Tutf8 -ww -z "$page" 2>&1)
[ -z "$warnings" ] && ok "the page formats without a warning" || not_ok "the page formats without a warning" "$warnings"

text=$(groff -man -Tutf8 -P-cbou "$page" 2>/dev/null | tr -s ' \n' '  ')
missing=""
for cmd in $("$cli" --help | sed -n 's/^  \([a-z][a-z-]*\) .*/\1/p'); do
  grep -q -- " $cmd " <<<"$text" || missing+=" $cmd"
  for opt in $("$cli" "$cmd" --help | sed -n 's/^ *\(-[a-z], \)\{0,1\}\(--[a-z0-9-]*\).*/\2/p'); do
    # groff may hyphenate a long option at the end of a line: the page's source has it whole
    grep -q -- "\\\\fB${opt//-/\\\\-}\\\\fR" "$page" || missing+=" $cmd:$opt"
  done
done
[ -z "$missing" ] && ok "every command and option is in the page" || not_ok "every command and option is in the page" "missing:$missing"
for section in "EXIT STATUS" "EXAMPLES" "ENVIRONMENT" "FILES"; do
  grep -q "^\.SH $section" "$page" && ok "section $section" || not_ok "section $section"
done

# shellcheck source=/dev/null
source "$completion"
complete_line () {
  COMP_WORDS=("$@")
  COMP_CWORD=$(($# - 1))
  COMPREPLY=()
  _portage_cli
  echo " ${COMPREPLY[*]} "
}
got=$(complete_line "$cli" comp)
[[ "$got" == *" compare "* ]] && ok "completion: comp → compare" || not_ok "completion: comp → compare" "$got"
got=$(complete_line "$cli" check)
[[ "$got" == " check-quote " ]] && ok "completion: check → check-quote" || not_ok "completion: check → check-quote" "$got"
got=$(complete_line "$cli" sweep --tjm-f)
[[ "$got" == " --tjm-from " ]] && ok "completion: sweep --tjm-f → --tjm-from" || not_ok "completion: sweep --tjm-f" "$got"
got=$(complete_line "$cli" compare --tj)
[[ "$got" == " --tjm " ]] && ok "completion: compare --tj → --tjm" || not_ok "completion: compare --tj" "$got"
got=$(complete_line "$cli" salary --tj)
[[ "$got" == "  " ]] && ok "completion: salary has no --tjm" || not_ok "completion: salary has no --tjm" "$got"
got=$(complete_line "$cli" compare --vm-city l)
[[ "$got" == " lyon lille " ]] && ok "completion: --vm-city l → lyon lille" || not_ok "completion: --vm-city" "$got"
got=$(complete_line "$cli" compare --tax "")
[[ "$got" == " bareme neutral " ]] && ok "completion: --tax values" || not_ok "completion: --tax values" "$got"
# every option whose value is one of a list ("--contract=cdi|cdd",
# "--tax-regime=is|ir") completes to the list's values
missing=""
for cmd in $("$cli" --help | sed -n 's/^  \([a-z][a-z-]*\) .*/\1/p'); do
  while read -r opt values; do
    [ -n "$opt" ] || continue
    got=$(complete_line "$cli" "$cmd" "$opt" "")
    for v in ${values//|/ }; do
      [[ "$got" == *" $v "* ]] || missing+=" $cmd:$opt=$v"
    done
  done < <("$cli" "$cmd" --help | sed -n 's/^ *\(--[a-z0-9-]*\)=\([a-z-]*|[a-z|-]*\) .*/\1 \2/p')
done
[ -z "$missing" ] && ok "completion: the values of every option with a list" \
  || not_ok "completion: the values of every option with a list" "missing:$missing"
got=$(complete_line "$cli" portage --contract "")
[[ "$got" == " cdi cdd " ]] && ok "completion: portage --contract values" || not_ok "completion: portage --contract values" "$got"

echo "1..$n"
exit $failed
