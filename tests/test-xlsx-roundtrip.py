#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The exported workbook as a spreadsheet sees it.

For several scenarios, `portage-cli export` writes a workbook and
`portage-cli compare --json` gives the engine's figures. Then:

- openpyxl: the key results are formulas, the inputs are constants, and
  the cached results (what viewers that don't recompute show) are the
  engine's figures to the cent;
- LibreOffice headless, recalculating on load, converts every sheet to CSV:
  the recomputed cells are the engine's figures to the cent, line by line;
- openpyxl changes the day rate (and other inputs) in the workbook,
  LibreOffice recomputes it: every named cell of every status (portage,
  CDI, micro, SASU, EURL) equals the engine's figure for the new inputs to
  the cent — the SASU and EURL keeping the split of the workbook (an input
  of its own, the engine's best split at export), the engine getting the
  same split;
- the sheet names and labels follow the locale (French, English);
- the Years and Cash sheets: the five years' nets, cash and running sums
  (`years_portage_cumulative_y3`…) are `project --years 5 --json`'s, the
  twelve months' cumulative cash of each status and company
  (`cash_sasu_company_m7`…), what falls after the year (`cash_eurl_after`,
  with the TNS regularisation) and the month each turns positive are
  `cashflow --json`'s, recomputed, to the cent;
- the Protection sheet (pension quarters and points, ARE, sick pay): its
  cells, named with the keys of compare --json (`portage_pension_quarters`,
  `cdi_are_daily`, `eurl_rci_points`…), recomputed, are the engine's
  (src/core/ps-rights.c) to the cent, for every scenario and every edit.

Cells are found by their workbook names (`tjm`, `portage_gross_monthly`,
`cdi_net_after_tax_yearly`…), which mirror the keys of the JSON output.
Prints TAP. Needs python3-openpyxl and LibreOffice (skips without them).
"""

import csv
import json
import os
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile

CLI = os.environ.get("PORTAGE_CLI")
BUILD = os.environ.get("G_TEST_BUILDDIR", os.getcwd())

SCENARIOS = {
    # at the RGDU cliff: part of the envelope can't be paid
    "default": ["--tjm", "550", "--days-per-year", "200", "--date", "2026-03-01"],
    "couple": ["--tjm", "450", "--days-per-year", "180", "--fee-pct", "8", "--fee-model", "percent-net",
               "--expenses-monthly", "300", "--parts", "2.5", "--cdi-gross-yearly", "48000",
               "--date", "2026-07-01"],
    "neutral": ["--tjm", "900", "--days-per-year", "210", "--tax", "neutral", "--headcount", "30",
                "--non-cadre", "--fee-cap-monthly", "500", "--no-reserve", "--vm-pct", "1.75",
                "--date", "2026-09-15"],
    "rate-2025": ["--tjm", "300", "--days-per-year", "220", "--tax", "11", "--fee-model", "flat",
                  "--fee-flat-monthly", "400", "--date", "2025-03-01"],
    "high": ["--tjm", "2500", "--days-per-year", "200", "--parts", "3", "--mutuelle-monthly", "120",
             "--mutuelle-employer-pct", "60", "--atmp-pct", "1.2", "--date", "2026-12-31"],
    # a costly mutuelle: the employee's share and the employer's prévoyance
    # above their deductible limit, taxable for the excess (CGI art. 83
    # 1° quater: 5 % PSS + 2 % of the pay)
    "welfare-limit": ["--tjm", "400", "--days-per-year", "200", "--mutuelle-monthly", "900",
                      "--mutuelle-employer-pct", "50", "--date", "2026-07-01"],
    "small-2025": ["--tjm", "420", "--days-per-year", "160", "--headcount", "8", "--level", "expert",
                   "--esn-margin-pct", "25", "--date", "2025-06-01"],
    # the fee and the expenses take everything: no salary at all
    "no-envelope": ["--tjm", "100", "--days-per-year", "10", "--fee-model", "flat", "--fee-flat-monthly", "500",
                    "--expenses-monthly", "200", "--date", "2026-06-15"],
    # micro below its ceiling, with the versement libératoire (above the
    # higher VAT franchise); with ACRE below the VAT franchise, a couple
    "micro-vl": ["--tjm", "380", "--days-per-year", "210", "--vl", "--expenses-monthly", "90",
                 "--date", "2026-05-01"],
    "micro-acre": ["--tjm", "150", "--days-per-year", "200", "--acre", "--parts", "2", "--date", "2026-08-01"],
    # a SASU salary chosen, not the best; the dividends at the scale
    "sasu-fixed": ["--tjm", "650", "--days-per-year", "190", "--sasu-salary-yearly", "45000", "--parts", "2",
                   "--eurl-remuneration-yearly", "70000", "--running-costs-yearly", "4200", "--date", "2026-04-01"],
    "dividends-bareme": ["--tjm", "480", "--days-per-year", "200", "--dividends-bareme", "--expenses-monthly", "150",
                         "--date", "2025-10-01"],
    # the EURL at the income tax
    "eurl-ir": ["--tjm", "700", "--days-per-year", "205", "--eurl-ir", "--date", "2026-02-01"],
    # the PAS neutral grid on the SASU salary and the EURL remuneration, the
    # dividends at the household's scale; on the EURL's profit at the IR
    "neutral-bareme": ["--tjm", "600", "--days-per-year", "200", "--tax", "neutral", "--dividends-bareme",
                       "--sasu-salary-yearly", "40000", "--eurl-remuneration-yearly", "45000", "--parts", "2",
                       "--date", "2026-10-01"],
    "neutral-ir": ["--tjm", "700", "--days-per-year", "205", "--tax", "neutral", "--eurl-ir", "--expenses-monthly", "100",
                   "--date", "2025-11-01"],
    # portage below the convention minimum: the highest net, but not usable
    # (the CDI is the best); the expenses cost micro more than the others
    "below-minimum": ["--tjm", "200", "--days-per-year", "240", "--cdi-gross-yearly", "12000",
                      "--expenses-monthly", "2000", "--running-costs-yearly", "12000", "--date", "2026-05-20"],
    # an envelope too small for any salary: no payslip in portage nor for
    # the président; the CDI's payslip at a zero gross, and its net (0)
    # ties with portage's
    "no-salary": ["--tjm", "1", "--days-per-year", "1", "--date", "2026-01-15"],
    # a président paid in dividends only: the cotisation subsidiaire maladie
    "dividends-only": ["--tjm", "550", "--days-per-year", "200", "--sasu-salary-yearly", "0", "--date", "2026-03-01"],
    # portage in a CDD (the 10 % end-of-contract indemnity), and the
    # réserve left out of the yearly net
    "portage-cdd": ["--tjm", "640", "--days-per-year", "190", "--contract", "cdd", "--date", "2026-03-01"],
    "reserve-cash-only": ["--tjm", "520", "--days-per-year", "215", "--reserve-as-cash-only", "--parts", "2",
                          "--date", "2026-09-01"],
    # the health budget typed: the EURL at the IR above its Madelin ceiling;
    # a SASU salary whose payslip pays part of it
    "health-eurl-ir": ["--tjm", "700", "--days-per-year", "205", "--eurl-ir", "--health-budget-yearly", "9000",
                       "--date", "2026-02-01"],
    "health-sasu": ["--tjm", "650", "--days-per-year", "190", "--sasu-salary-yearly", "45000",
                    "--health-budget-yearly", "2500", "--date", "2026-04-01"],
}

# (scenario, {workbook name: new value}); the engine gets the same change
EDITS = [
    ("default", {"tjm": 720}),
    ("default", {"tjm": 400}),
    ("rate-2025", {"tjm": 380}),
    ("neutral", {"tjm": 640}),
    ("couple", {"tjm": 610, "days_per_year": 150, "expenses_monthly": 150, "tax_parts": 1}),
    ("high", {"tjm": 1800, "fee_rate": 0.05}),
    # micro crosses its ceiling; micro drops ACRE and takes the versement libératoire
    ("micro-vl", {"tjm": 420}),
    ("micro-acre", {"tjm": 190, "micro_acre": 0, "micro_vl": 1}),
    # the companies keep their split; the EURL's dividends pass 10 % of the
    # capital; another split typed in
    ("sasu-fixed", {"tjm": 520}),
    ("sasu-fixed", {"sasu_salary_yearly": 60000, "eurl_remuneration_yearly": 40000, "tjm": 900}),
    ("dividends-bareme", {"tjm": 700, "tax_parts": 2}),
    ("eurl-ir", {"tjm": 400, "expenses_monthly": 250}),
    ("neutral-bareme", {"tjm": 800, "tax_parts": 1}),
    # portage reaches the minimum, and is the best
    ("below-minimum", {"tjm": 300}),
    # the fee and the expenses exceed the revenue
    ("default", {"tjm": 100, "days_per_year": 10, "expenses_monthly": 200}),
    # the CSM reduced by a small salary; the household exempt from it
    ("dividends-only", {"sasu_salary_yearly": 12000}),
    ("dividends-only", {"csm_exempt": 1, "tjm": 600}),
    # the réserve left out of the net in the cells, then counted again
    ("default", {"reserve_in_net": 0, "tjm": 610}),
    ("reserve-cash-only", {"reserve_in_net": 1}),
    # the health budget: portage's payslip's below the PMSS (a formula that
    # follows the day rate), then typed over it; below what the SASU's
    # payslip pays; within the EURL's Madelin ceiling
    ("default", {"tjm": 330}),
    ("default", {"health_budget_yearly": 1800, "tjm": 480}),
    ("health-sasu", {"health_budget_yearly": 300}),
    ("health-eurl-ir", {"health_budget_yearly": 2000, "tjm": 500}),
    # an input outside the day rate and the costs: the CDI's first year
    # follows, the Years sheet's snapshot warns
    ("default", {"esn_margin_rate": 0.2}),
]

OPTION_OF = {
    "tjm": ("--tjm", 1),
    "days_per_year": ("--days-per-year", 1),
    "expenses_monthly": ("--expenses-monthly", 1),
    "tax_parts": ("--parts", 1),
    "fee_rate": ("--fee-pct", 100),
    # the split of the companies, as exported
    "sasu_salary_yearly": ("--sasu-salary-yearly", 1),
    "eurl_remuneration_yearly": ("--eurl-remuneration-yearly", 1),
    # yes/no inputs: an option without a value
    "micro_vl": ("--vl", None),
    "micro_acre": ("--acre", None),
    "csm_exempt": ("--csm-exempt", None),
    # 1 = counted: the option says the opposite
    "reserve_in_net": ("--reserve-as-cash-only", "not"),
    "health_budget_yearly": ("--health-budget-yearly", 1),
    "esn_margin_rate": ("--esn-margin-pct", 100),
}

# results that must be formulas (not constants) in every workbook
FORMULAS = [
    "portage_revenue_monthly", "portage_envelope_monthly", "portage_gross_monthly",
    "portage_employer_contributions_monthly", "portage_employee_contributions_monthly",
    "portage_net_before_tax_monthly", "portage_taxable_net_monthly", "portage_income_tax_monthly",
    "portage_net_after_tax_monthly", "portage_net_after_tax_yearly", "portage_income_tax_yearly",
    "cdi_gross_monthly", "cdi_net_after_tax_yearly", "cdi_income_tax_yearly",
    "portage_solver_check", "cdi_solver_check", "best_status", "smic_monthly",
    "micro_revenue_yearly", "micro_social_contributions_yearly", "micro_income_tax_yearly",
    "micro_net_after_tax_yearly", "micro_eligible",
    "sasu_gross_monthly", "sasu_pay_yearly", "sasu_corporate_tax_yearly", "sasu_dividends_net_yearly",
    "sasu_net_after_tax_yearly", "sasu_solver_check",
    "sasu_csm_yearly", "micro_health_yearly", "sasu_health_paid_yearly", "eurl_health_paid_yearly",
    "eurl_health_deductible_yearly",
    "eurl_taxable_net_yearly", "eurl_contributions_yearly", "eurl_net_after_tax_yearly",
    "portage_pension_quarters", "portage_agirc_arrco_points", "portage_are_daily", "portage_sick_month_net",
    "cdi_are_total", "cdi_sick_month_net", "micro_rci_points", "sasu_pension_quarters", "eurl_rci_points",
    "eurl_sick_pay_daily",
]

# the Protection sheet: every one in every workbook, the engine's to the cent
RIGHTS = {
    "portage": ["pension_earnings_yearly", "pension_quarters", "agirc_arrco_points", "pension_yearly_accrued",
                "are_sjr", "are_daily", "are_daily_after_6_months", "are_days", "are_total", "arce",
                "sick_pay_daily", "sick_month_net", "working_month_net"],
    "micro": ["pension_earnings_yearly", "pension_quarters", "rci_points", "pension_yearly_accrued",
              "sick_pay_daily", "sick_month_net", "working_month_net"],
    "sasu": ["pension_earnings_yearly", "pension_quarters", "agirc_arrco_points", "pension_yearly_accrued",
             "sick_pay_daily", "sick_month_net", "working_month_net"],
}
RIGHTS["cdi"] = RIGHTS["portage"]
RIGHTS["eurl"] = RIGHTS["micro"]
RIGHTS_NAMES = [f"{sid}_{key}" for sid, keys in RIGHTS.items() for key in keys]
CONSTANTS = ["tjm", "days_per_year", "pss_monthly", "smic_hourly", "sasu_salary_yearly"]

# the checks of the solvers in cells (the EURL has none since the 2025
# reform of the TNS base: nothing circular to solve)
CHECKS = ["portage_solver_check", "cdi_solver_check", "sasu_solver_check"]

# inputs holding the split the engine chose at export
SPLIT_INPUTS = ("sasu_salary_yearly", "eurl_remuneration_yearly")
# the split searched again in the cells after an edit: the net after tax
# within this many euros a year of the engine's best (issue 13, 2.8: "within
# a few euros a year"; both are searches on a grid and a golden section)
SPLIT_SEARCH_EUROS = 5

# the names of the statuses in the workbook (C locale), for best_status
STATUS_NAMES = {"portage": "Portage salarial", "cdi": "Employee (CDI)", "micro": "Micro-entreprise",
                "sasu": "SASU", "eurl": "EURL"}

# a name on the sheet of each status with a table of contribution lines
LINES_ANCHOR = {
    "portage": "portage_gross_monthly",
    "cdi": "cdi_gross_monthly",
    "micro": "micro_social_rate",
    "sasu": "sasu_gross_monthly",
    "eurl": "eurl_taxable_net_yearly",
}

LO_CSV = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1"

# first, the statuses' (others may come), last two
SHEETS = {
    "fr": ["Synthèse", "Portage", "CDI", "Hypothèses", "Courbe"],
    "en": ["Summary", "Portage", "CDI", "Assumptions", "Curve"],
}

results = []


def report(ok, what, details=()):
    results.append(ok)
    print(f"{'ok' if ok else 'not ok'} {len(results)} - {what}")
    for d in details:
        print(f"# {d}")
    sys.stdout.flush()


def skip_all(reason):
    print(f"1..0 # SKIP {reason}")
    sys.exit(0)


try:
    import openpyxl
    from openpyxl.utils.cell import column_index_from_string, coordinate_from_string
except ImportError:
    skip_all("python3-openpyxl is not installed")

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
if SOFFICE is None:
    skip_all("LibreOffice (libreoffice-calc-nogui) is not installed")
if not CLI:
    skip_all("PORTAGE_CLI is not set")


def cli(args, env=None, **kw):
    run = subprocess.run([CLI] + args, capture_output=True, text=True, env=env, **kw)
    if run.returncode != 0:
        raise RuntimeError(f"portage-cli {' '.join(args)}: {run.stderr.strip()}")
    return run.stdout


def with_options(args, changes):
    """@args with the options of @changes (workbook names) replaced."""
    args = list(args)
    for name, value in changes.items():
        option, scale = OPTION_OF[name]
        if scale == "not":
            value = not value
            scale = None
        if scale is None:
            if value and option not in args:
                args.append(option)
            elif not value and option in args:
                args.remove(option)
            continue
        # every digit of the workbook's value (the split), or as typed
        text = repr(float(value)) if scale == 1 else f"{value * scale:g}"
        if option in args:
            args[args.index(option) + 1] = text
        else:
            args += [option, text]
    return args


def expected_values(j):
    """Workbook name → engine figure, from `compare --json`."""
    out = {}
    for sid, status in j["statuses"].items():
        # the status's own figures win over its details' (same key, and for
        # micro, SASU and EURL a different scope: the comparison's figures
        # include the costs and the dividends)
        for key, value in list(status["details"].items()) + list(status.items()):
            if isinstance(value, bool) or not isinstance(value, (int, float)):
                continue
            if key.endswith("_pct"):
                out[f"{sid}_{key[:-4]}"] = (value / 100, 1e-4)
            else:
                out[f"{sid}_{key}"] = (value, 0.01)
    return out


def timeline_values(cash, years):
    """Workbook name → engine figure, from `cashflow --json` and `project
    --years 5 --json`."""
    out = {}
    for sid, status in cash["statuses"].items():
        for account in ("person", "company"):
            if account not in status:
                continue
            prefix = f"cash_{sid}" + ("_company" if account == "company" else "")
            for month in status[account]["months"]:
                out[f"{prefix}_m{month['month']}"] = (month["cumulative"], 0.01)
            out[f"{prefix}_positive_from"] = (status[account]["positive_from_month"] or 0, 0)
            # after the twelfth month, and the year it completes
            out[f"{prefix}_after"] = (status[account]["after_the_year"]["net"], 0.01)
            out[f"{prefix}_year"] = (status[account]["after_the_year"]["cumulative"], 0.01)
    for sid, status in years["statuses"].items():
        for i, year in enumerate(status["years"]):
            out[f"years_{sid}_net_y{i + 1}"] = (year["net_after_tax_yearly"], 0.01)
            out[f"years_{sid}_cash_y{i + 1}"] = (year["cash_yearly"], 0.01)
            out[f"years_{sid}_cumulative_y{i + 1}"] = (year["cumulative_cash"], 0.01)
    return out


def choices(got_of, j, wb):
    """Mismatches of the best status and of whether each status can be used
    (the `<status>_eligible` cells), with the engine's."""
    bad = []
    # no usable status with a net: no best ("—")
    want = STATUS_NAMES[j["best"]] if j["best"] is not None else "—"
    if got_of("best_status") != want:
        bad.append(f"best_status: sheet {got_of('best_status')!r}, engine {want!r}")
    for sid, status in j["statuses"].items():
        name = f"{sid}_eligible"
        if name in wb.defined_names:
            want = "yes" if status["eligible"] else "no"
            if got_of(name) != want:
                bad.append(f"{name}: sheet {got_of(name)!r}, engine {want!r}")
    if "portage_eligible" not in wb.defined_names:
        bad.append("no portage_eligible")
    return bad


def destination(wb, name):
    dn = wb.defined_names[name]
    sheet, coord = next(iter(dn.destinations))
    return sheet, coord.replace("$", "")


def read_csv_sheets(outdir, stem, sheetnames):
    sheets = {}
    for sheet in sheetnames:
        path = os.path.join(outdir, f"{stem}-{sheet}.csv")
        with open(path, newline="", encoding="utf-8") as f:
            sheets[sheet] = list(csv.reader(f))
    return sheets


def csv_value(sheets, sheet, coord):
    col, row = coordinate_from_string(coord)
    rows = sheets[sheet]
    c = column_index_from_string(col) - 1
    if row - 1 >= len(rows) or c >= len(rows[row - 1]):
        return None
    text = rows[row - 1][c]
    try:
        if text.endswith("%"):
            return float(text[:-1]) / 100
        return float(text)
    except ValueError:
        return text


def compare(got_of, expected, names, tolerance=None):
    bad = []
    for name in names:
        want, tol = expected[name]
        got = got_of(name)
        tol = tolerance if tolerance is not None else tol
        if not isinstance(got, (int, float)) or abs(got - want) > tol + 1e-9:
            bad.append(f"{name}: sheet {got!r}, engine {want}")
    return bad


def payslip_lines(sheets, sheet):
    """label → (employee, employer) of the contribution table of @sheet (the
    payslip of a month, or the contributions of the year)."""
    rows = sheets[sheet]
    lines = {}
    inside = False
    num = lambda r, i: float(r[i]) if i < len(r) and r[i] != "" else 0.0
    for r in rows:
        if not r:
            continue
        if r[0] in ("Contribution", "Cotisation") and len(r) > 3 and r[1] in ("Base", "Assiette"):
            inside = True
            continue
        if inside:
            if r[0].startswith("Total"):
                break
            lines[r[0]] = (num(r, 3), num(r, 5))
    return lines


def poison(src, dst):
    """A copy of @src whose formulas all cache 0: only a real recalculation
    gives the engine's figures back."""
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename.startswith("xl/worksheets/sheet"):
                data = re.sub(rb"(<f>[^<]*</f>)<v>[^<]*</v>", rb"\1<v>0</v>", data)
            zout.writestr(item, data)


def main():
    work = tempfile.mkdtemp(prefix="xlsx-roundtrip-", dir=BUILD)
    env = dict(os.environ, LC_ALL="C.UTF-8", LANGUAGE="")
    files, expected, edits = {}, {}, []
    timeline = {}

    # --- export, and the engine's figures
    for name, args in SCENARIOS.items():
        path = os.path.join(work, f"{name}.xlsx")
        cli(["export"] + args + ["-o", path], env=env)
        files[name] = path
        expected[name] = json.loads(cli(["compare"] + args + ["--json"], env=env))
        timeline[name] = timeline_values(json.loads(cli(["cashflow"] + args + ["--json"], env=env)),
                                         json.loads(cli(["project", "--years", "5"] + args + ["--json"], env=env)))

    # --- openpyxl: formulas, constants, cached values
    for name, path in files.items():
        wb = openpyxl.load_workbook(path)
        problems = []
        for n in FORMULAS:
            sheet, coord = destination(wb, n)
            cell = wb[sheet][coord]
            if cell.data_type != "f" or not str(cell.value).startswith("="):
                problems.append(f"{n} ({sheet}!{coord}) is not a formula: {cell.value!r}")
        for n in CONSTANTS:
            sheet, coord = destination(wb, n)
            if wb[sheet][coord].data_type == "f":
                problems.append(f"{n} should be a constant input")
        # the health budget: portage's payslip's (a formula) unless typed
        sheet, coord = destination(wb, "health_budget_yearly")
        typed = "--health-budget-yearly" in SCENARIOS[name]
        if (wb[sheet][coord].data_type == "f") == typed:
            problems.append(f"health_budget_yearly should be {'a constant' if typed else 'a formula'}")
        report(not problems, f"{name}: key results are formulas, inputs are constants", problems)

        cached = openpyxl.load_workbook(path, data_only=True)
        want = expected_values(expected[name])
        names = [n for n in want if n in cached.defined_names]
        missing = [n for n in ("portage_gross_monthly", "portage_net_after_tax_monthly",
                               "portage_income_tax_monthly", "cdi_net_after_tax_yearly",
                               "portage_net_after_tax_yearly") if n not in names]

        def cached_value(n):
            sheet, coord = destination(cached, n)
            return cached[sheet][coord].value

        bad = compare(cached_value, want, names) + choices(cached_value, expected[name], cached)
        if cached_value("years_stale_warning"):
            bad.append(f"years_stale_warning at export: {cached_value('years_stale_warning')!r}")
        report(not bad and not missing and len(names) > 40,
               f"{name}: cached results of {len(names)} named cells are the engine's",
               bad + [f"missing {m}" for m in missing])

    # --- edits of the inputs, saved by openpyxl
    for i, (name, changes) in enumerate(EDITS):
        wb = openpyxl.load_workbook(files[name])
        for n, value in changes.items():
            sheet, coord = destination(wb, n)
            wb[sheet][coord].value = value
        path = os.path.join(work, f"edit-{i}.xlsx")
        wb.save(path)
        edits.append((name, changes, path, None))

    # --- the Cash sheet's own inputs, edited: the clients pay at 60 days,
    # the micro declares each quarter, missions of 5 months (yes/no chosen
    # in their lists: "Yes", the C locale's)
    cash_edits = []
    for name, changes, options in (
            ("default", {"cash_payment_days": 60, "cash_micro_quarterly": "Yes", "cash_mission_months": 5},
             ["--payment-days", "60", "--micro-quarterly", "--mission-months", "5"]),
            ("eurl-ir", {"cash_payment_days": 0, "cash_salary_advance": "Yes"},
             ["--payment-days", "0", "--salary-advance"])):
        wb = openpyxl.load_workbook(files[name])
        for n, value in changes.items():
            sheet, coord = destination(wb, n)
            wb[sheet][coord].value = value
        path = os.path.join(work, f"cash-edit-{name}.xlsx")
        wb.save(path)
        want = timeline_values(json.loads(cli(["cashflow"] + SCENARIOS[name] + options + ["--json"], env=env)),
                               {"statuses": {}})
        cash_edits.append((name, changes, path, want))

    # --- labels follow the locale
    localedir = os.environ.get("PORTAGE_SIMULATOR_LOCALEDIR")
    localized = []
    for lang, locale in (("fr", "fr_FR.UTF-8"), ("en", "en_US.UTF-8")):
        path = os.path.join(work, f"locale-{lang}.xlsx")
        lenv = dict(env, LANGUAGE=lang, LC_ALL=locale)
        if localedir:
            lenv["PORTAGE_SIMULATOR_LOCALEDIR"] = localedir
        try:
            cli(["export"] + SCENARIOS["default"] + ["-o", path], env=lenv)
        except RuntimeError:
            # the locale isn't generated: gettext still follows LANGUAGE
            cli(["export"] + SCENARIOS["default"] + ["-o", path], env=dict(lenv, LC_ALL="C.UTF-8"))
        wb = openpyxl.load_workbook(path)
        money = wb[wb.sheetnames[0]][destination(wb, "tjm")[1]].number_format
        problems = []
        first, *status_sheets, rates, curve = wb.sheetnames
        if [first, rates, curve] != [SHEETS[lang][0]] + SHEETS[lang][-2:] or \
                not set(SHEETS[lang][1:-2]) <= set(status_sheets):
            problems.append(f"sheets {wb.sheetnames}")
        if lang == "fr" and not money.endswith('"€"'):
            problems.append(f"money format {money!r}")
        if lang == "en" and not money.startswith('"€"'):
            problems.append(f"money format {money!r}")
        title = wb[wb.sheetnames[0]]["A1"].value
        report(not problems, f"{lang}: sheets {wb.sheetnames}, title “{title}”", problems)
        localized.append((lang, path))

    # --- LibreOffice recomputes everything, one CSV per sheet
    profile = pathlib.Path(work) / "lo-profile"
    (profile / "user").mkdir(parents=True)
    (profile / "user" / "registrymodifications.xcu").write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<oor:items xmlns:oor="http://openoffice.org/2001/registry" '
        'xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\n'
        '<item oor:path="/org.openoffice.Office.Calc/Formula/Load">'
        '<prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>\n'
        '</oor:items>\n')
    outdir = os.path.join(work, "csv")
    poisoned = os.path.join(work, "poisoned.xlsx")
    poison(files["default"], poisoned)
    all_files = list(files.values()) + [e[2] for e in edits] + [e[2] for e in cash_edits] \
        + [p for _, p in localized] + [poisoned]
    lo = subprocess.run([SOFFICE, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--norestore",
                         "--nolockcheck", "--convert-to", LO_CSV, "--outdir", outdir] + all_files,
                        capture_output=True, text=True, env=dict(env, HOME=work), timeout=1740)
    report(lo.returncode == 0, "LibreOffice converts the workbooks, recomputing them",
           [] if lo.returncode == 0 else lo.stderr.strip().splitlines()[-5:])

    for name, path in files.items():
        wb = openpyxl.load_workbook(path)
        sheets = read_csv_sheets(outdir, name, wb.sheetnames)
        want = expected_values(expected[name])
        names = [n for n in want if n in wb.defined_names]
        bad = compare(lambda n: csv_value(sheets, *destination(wb, n)), want, names)
        bad += choices(lambda n: csv_value(sheets, *destination(wb, n)), expected[name], wb)
        for check in CHECKS:
            got = csv_value(sheets, *destination(wb, check))
            if got != "OK":
                bad.append(f"{check}: {got!r}")
        report(not bad, f"{name}: recomputed by LibreOffice, {len(names)} named cells are the engine's to the cent",
               bad)
        missing = [n for n in RIGHTS_NAMES if n not in wb.defined_names]
        bad = compare(lambda n: csv_value(sheets, *destination(wb, n)), want,
                      [n for n in RIGHTS_NAMES if n not in missing])
        report(not bad and not missing,
               f"{name}: the Protection sheet, {len(RIGHTS_NAMES)} cells recomputed, is the engine's to the cent",
               bad + [f"missing {m}" for m in missing])

        # the Years and Cash sheets
        want = timeline[name]
        missing = [n for n in want if n not in wb.defined_names]
        bad = compare(lambda n: csv_value(sheets, *destination(wb, n)), want,
                      [n for n in want if n not in missing])
        report(not bad and not missing,
               f"{name}: the Years and Cash sheets, {len(want)} cells recomputed, are the engine's to the cent",
               bad[:10] + [f"missing {m}" for m in missing[:10]])

        # every payslip line, monthly, to the cent
        bad = []
        for sid, anchor in LINES_ANCHOR.items():
            sheet = destination(wb, anchor)[0]
            lines = payslip_lines(sheets, sheet)
            engine_lines = expected[name]["statuses"][sid]["details"].get("lines", [])
            # the law's French label, or its English twin in an English workbook
            engine = {l["label"]: l for l in engine_lines}
            engine.update({l["label_en"]: l for l in engine_lines if "label_en" in l})
            for label, (employee, employer) in lines.items():
                line = engine.get(label)
                if line is None:
                    # a line the engine leaves out (zero base), or the reduction
                    if label.startswith(("Single degressive", "General reduction", "Réduction")):
                        line = next((l for l in engine.values() if l["id"] in ("rgdu", "reduction_generale")),
                                    {"employee": 0, "employer": 0})
                    else:
                        line = {"employee": 0, "employer": 0}
                if abs(employee - line["employee"]) > 0.01 or abs(employer - line["employer"]) > 0.01:
                    bad.append(f"{sheet} {label}: sheet {employee:.2f}/{employer:.2f}, "
                               f"engine {line['employee']}/{line['employer']}")
            missing = [l["label"] for l in engine_lines
                       if l["label"] not in lines and l.get("label_en") not in lines
                       and l["id"] not in ("rgdu", "reduction_generale")]
            bad += [f"{sheet}: no row for {m}" for m in missing]
            if not lines:
                bad.append(f"{sheet}: payslip table not found")
        report(not bad, f"{name}: every payslip line, recomputed, is the engine's to the cent", bad)

    for name, changes, path, want in edits:
        wb = openpyxl.load_workbook(path)
        stem = pathlib.Path(path).stem
        sheets = read_csv_sheets(outdir, stem, wb.sheetnames)
        # the SASU and EURL split the sheets use: the typed one, the
        # export's while no input changed, else the best one the cells
        # searched again for the new inputs (`sasu_split_yearly`): the
        # engine gets the same split
        split = {}
        for n in SPLIT_INPUTS:
            used = n.split("_")[0] + "_split_yearly"
            if n in changes or n not in wb.defined_names:
                continue
            split[n] = (csv_value(sheets, *destination(wb, used)) if used in wb.defined_names
                        else wb[destination(wb, n)[0]][destination(wb, n)[1]].value)
        edited = with_options(SCENARIOS[name], {**split, **changes})
        want = json.loads(cli(["compare"] + edited + ["--json"], env=env))
        want["cash"] = timeline_values(json.loads(cli(["cashflow"] + edited + ["--json"], env=env)), {"statuses": {}})
        # the Years sheet: the first year's nets are formulas and follow;
        # the later years are a snapshot, and say so once an input changed
        want["years"] = timeline_values({"statuses": {}},
                                        json.loads(cli(["project", "--years", "5"] + edited + ["--json"], env=env)))
        # the split searched again in the cells: within a few euros a year
        # of the engine's best split for the new inputs (issue 13, 2.8),
        # and the Summary says that it was searched again
        searched = [n for n in SPLIT_INPUTS if n in split and n.split("_")[0] + "_split_yearly" in wb.defined_names]
        if searched:
            best = json.loads(cli(["compare"] + with_options(SCENARIOS[name], changes) + ["--json"], env=env))
            bad = []
            for n in searched:
                sid = n.split("_")[0]
                sheet_net = csv_value(sheets, *destination(wb, f"{sid}_net_after_tax_yearly"))
                engine_net = best["statuses"][sid]["net_after_tax_yearly"]
                if not isinstance(sheet_net, float) or abs(sheet_net - engine_net) > SPLIT_SEARCH_EUROS:
                    bad.append(f"{sid}: sheet {sheet_net!r} a year, engine's best {engine_net}")
                warning = csv_value(sheets, *destination(wb, f"{sid}_split_warning"))
                # another status's split typed in changes nothing here
                only_other_split = all(c in SPLIT_INPUTS and not c.startswith(sid) for c in changes)
                if not only_other_split and not str(warning or "").startswith("⚠"):
                    bad.append(f"{sid}_split_warning: {warning!r}, a warning expected")
            report(not bad, f"{name} with {changes}: the cells search the best split again, "
                            f"within €{SPLIT_SEARCH_EUROS} a year of the engine's", bad)
        values = expected_values(want)
        got = lambda n: csv_value(sheets, *destination(wb, n))
        bad = compare(got, values, ["portage_net_after_tax_monthly", "cdi_net_after_tax_monthly"], tolerance=1.0)
        for check in CHECKS:
            if got(check) != "OK":
                bad.append(f"{check}: {got(check)!r}")
        detail = [f"portage net {got('portage_net_after_tax_monthly')!r}, "
                  f"engine {values['portage_net_after_tax_monthly'][0]}"]
        report(not bad, f"{name} with {changes}: the recomputed nets are the engine's within €1", bad + detail)

        # in fact every formula follows, to the cent
        def is_formula(n):
            sheet, coord = destination(wb, n)
            return wb[sheet][coord].data_type == "f"
        names = [n for n in values if n in wb.defined_names and is_formula(n)]
        bad = compare(got, values, names) + choices(got, want, wb)
        bad += [f"{n}: not a formula" for n in RIGHTS_NAMES if n not in names]
        # the Cash sheet follows the inputs too
        bad += compare(got, want["cash"], [n for n in want["cash"] if n in wb.defined_names])
        # the Years sheet: its formulas (the first year's nets) follow; its
        # snapshot warns
        bad += compare(got, want["years"], [n for n in want["years"]
                                            if n.endswith("_net_y1") and n in wb.defined_names and is_formula(n)])
        if not str(got("years_stale_warning") or "").startswith("⚠"):
            bad.append(f"years_stale_warning: {got('years_stale_warning')!r}, a warning expected")
        report(not bad, f"{name} with {changes}: {len(names)} named cells and the Cash sheet follow to the cent", bad)

    for name, changes, path, want in cash_edits:
        wb = openpyxl.load_workbook(path)
        sheets = read_csv_sheets(outdir, pathlib.Path(path).stem, wb.sheetnames)
        bad = compare(lambda n: csv_value(sheets, *destination(wb, n)), want, [n for n in want if n in wb.defined_names])
        missing = [n for n in want if n not in wb.defined_names]
        report(not bad and not missing, f"{name} with {changes}: the Cash sheet follows, {len(want)} cells to the cent",
               bad[:10] + [f"missing {m}" for m in missing[:10]])

    for lang, path in localized + [("every cached value 0", poisoned)]:
        wb = openpyxl.load_workbook(path)
        sheets = read_csv_sheets(outdir, pathlib.Path(path).stem, wb.sheetnames)
        want = expected_values(expected["default"])
        names = [n for n in want if n in wb.defined_names]
        bad = compare(lambda n: csv_value(sheets, *destination(wb, n)), want, names)
        report(not bad, f"{lang}: recomputed by LibreOffice, {len(names)} named cells are the engine's to the cent", bad)

    print(f"1..{len(results)}")
    if all(results):
        shutil.rmtree(work, ignore_errors=True)
    else:
        print(f"# kept {work}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
