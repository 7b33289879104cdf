#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""portage-cli(1), written from the program's own --help texts, so that the
page lists every command and option the program has (usage: gen-man.py
PORTAGE_CLI OUTPUT VERSION)."""
import os
import re
import subprocess
import sys


def help_text(cli, *args):
    env = dict(os.environ, LC_ALL="C.UTF-8", LANGUAGE="")
    out = subprocess.run([cli, *args, "--help"] if args else [cli, "--help"], env=env,
                         capture_output=True, text=True, check=False)
    return out.stdout


def commands(cli):
    text = help_text(cli)
    return re.findall(r"^  ([a-z][a-z-]*)\s+(.+)$", text, re.M)


def options(cli, cmd):
    text = help_text(cli, cmd)
    body = text.split("Application Options:", 1)[1] if "Application Options:" in text else ""
    found = []
    for line in body.splitlines():
        m = re.match(r"^\s+(?:(-\w), )?(--[a-z0-9-]+)(?:=(\S+))?\s+(.*)$", line)
        if m:
            found.append(m.groups())
    return found


def esc(text):
    text = text.replace("\\", "\\\\").replace("-", "\\-")
    # any roff reads it: the characters beyond ASCII by their code point
    text = "".join(c if ord(c) < 128 else f"\\[u{ord(c):04X}]" for c in text)
    return re.sub(r"^([.'])", r"\\&\1", text)


def option_item(short, long, arg, desc):
    name = (f"\\fB{esc(short)}\\fR, " if short else "") + f"\\fB{esc(long)}\\fR"
    if arg:
        name += f"=\\fI{esc(arg)}\\fR"
    return f".TP\n{name}\n{esc(desc)}\n"


def main():
    cli, output, version = sys.argv[1:4]
    cmds = commands(cli)
    if not cmds:
        sys.exit("gen-man.py: no command in portage-cli --help")
    common = options(cli, "rates")
    common_names = {o[1] for o in common}
    page = [
        f'.TH PORTAGE\\-CLI 1 "" "Portage Simulator {esc(version)}" "User Commands"\n',
        ".SH NAME\nportage\\-cli \\- compare portage salarial with CDI, micro\\-entreprise, SASU and EURL\n",
        ".SH SYNOPSIS\n\\fBportage\\-cli\\fR \\fICOMMAND\\fR [\\fIOPTIONS\\fR]\n",
        ".SH DESCRIPTION\n"
        "From a day rate (TJM) and the days billed, \\fBportage\\-cli\\fR computes what a French "
        "consultant keeps in each status, line by line, with the rates in force on a date "
        "(each with its source): contributions, income tax, net, break\\-even day rates, tips, "
        "protection, the years ahead, portage offers, and an Excel workbook of live formulas.\n"
        ".PP\nAmounts are read in the locale's format or in plain digits; a value the program "
        "can't read is refused with a message naming the option.\n",
        ".SH COMMANDS\n",
    ]
    for name, summary in cmds:
        page.append(f".SS {esc(name)}\n{esc(summary)}\n")
        own = [o for o in options(cli, name) if o[1] not in common_names]
        if own:
            page.append(".RS\n")
            page.extend(option_item(*o) for o in own)
            page.append(".RE\n")
    page.append(".SH COMMON OPTIONS\nEvery command takes these.\n")
    page.extend(option_item(*o) for o in common)
    page.append(".TP\n\\fB\\-h\\fR, \\fB\\-\\-help\\fR\nThe options of a command.\n")
    page.append(
        ".SH EXIT STATUS\n"
        ".TP\n\\fB0\\fR\nSuccess.\n"
        ".TP\n\\fB1\\fR\nAn internal error.\n"
        ".TP\n\\fB2\\fR\nBad input: the message names the option or the key and what it accepts.\n")
    page.append(
        ".SH ENVIRONMENT\n"
        ".TP\n\\fBPORTAGE_SIMULATOR_LOCALEDIR\\fR\n"
        "Where the translations are (by default, the installed ones, or the build folder's "
        "when run from it).\n")
    page.append(
        ".SH FILES\n"
        ".TP\n\\fI~/.config/portage\\-simulator/rates/YEAR.json\\fR\n"
        "The user's rates for a year, read instead of the built\\-in ones (validated key by key).\n")
    examples = [
        ("What each status leaves at 550 € a day, 200 days a year:",
         "portage\\-cli compare \\-\\-tjm 550 \\-\\-days\\-per\\-year 200"),
        ("The day rates at which two statuses leave the same net:",
         "portage\\-cli breakeven \\-\\-tjm 550 \\-\\-days\\-per\\-year 200"),
        ("A workbook for an accountant:",
         "portage\\-cli export \\-\\-tjm 550 \\-\\-days\\-per\\-year 200 \\-o comparison.xlsx"),
        ("The rates in force on a date, with their sources:",
         "portage\\-cli rates \\-\\-date 2026\\-01\\-01"),
        ("What a term means, with its legal source (case and accents ignored):",
         "portage\\-cli glossary reserve"),
    ]
    page.append(".SH EXAMPLES\n")
    for text, cmd in examples:
        page.append(f".PP\n{esc(text)}\n.PP\n.RS\n.nf\n{cmd}\n.fi\n.RE\n")
    page.append(".SH SEE ALSO\n\\fBportage\\-simulator\\fR, the window.\n")
    tmp = output + ".tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        f.write("".join(page))
    os.replace(tmp, output)


if __name__ == "__main__":
    main()
