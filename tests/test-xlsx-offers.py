#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The workbook's Offers and Scenarios sheets as a spreadsheet sees them.

`portage-cli export --scenario FILE [--offer FILE …]` writes an Offers sheet
(one column per offer, each offer's portage on a sheet of its own, live
formulas) and, with several --scenario, a Scenarios sheet. Then:

- openpyxl: each live offer's results are formulas, its cached values the
  engine's (`portage-cli offers --json`) to the cent;
- LibreOffice recalculates a copy whose formulas all cache 0: every offer's
  net after tax (a month, a year), fee, extras and advance, gross, employer
  contributions, net before tax, restitution, whether it can be used, the
  best and the difference with it are the engine's to the cent — for every
  fee model (percent with a floor that binds, percent of the revenue less
  expenses with a cap that binds, tiered marginal across a band boundary,
  tiered whole-amount, flat), extras, a salary advance, a CDD, no réserve;
- the day rate edited in the workbook: LibreOffice's figures are the
  engine's at the new day rate;
- an offer's own employer profile (headcount 60, AT/MP, mutuelle, prévoyance)
  is live too, and its prévoyance rate edited in the workbook gives the
  engine's net for the edited offer;
- a scenario's current offer: the Portage sheet and the Summary's portage
  column take its terms from the Offres sheet, its employer profile too
  when it has one (headcount, AT/MP, mutuelle, prévoyance; or only its
  city's versement mobilité), and LibreOffice's net is `compare
  --scenario`'s to the cent, the Portage sheet's gross and employer
  contributions `offers --json`'s, the other statuses' health budget
  compare's;
- the Scenarios sheet names each scenario's best usable status as
  `compare --scenario … --json` does;
- a firm's quote (`export --quote-…`, alone or with offers): its gaps,
  recomputed, are `check-quote --json`'s to the cent.

Cells are found by their names (`offer2_net_after_tax_yearly`…). Prints
TAP. Needs python3-openpyxl and LibreOffice (skips without them).
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
SRCDIR = os.path.join(os.environ.get("G_TEST_SRCDIR", os.path.dirname(os.path.abspath(__file__))), "..")
LO_CSV = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1"
STATUS_NAMES = {"portage": "Portage salarial", "cdi": "Employee (CDI)", "micro": "Micro-entreprise",
                "sasu": "SASU", "eurl": "EURL"}

# 10 000 € a month of revenue (600 € × 200 days), 250 € of expenses
BASE = {"format": 1, "date": "2026-07-01", "tjm": 600, "days_per_year": 200, "expenses_monthly": 250}
OFFERS_A = [
    # 3 % = 300 €, the floor of 450 € binds
    {"format": 1, "name": "Floor", "fee": {"model": "percent", "pct": 3, "floor_monthly": 450}},
    # 9 % of 9 750 € = 877.50 €, the cap of 800 € binds
    {"format": 1, "name": "Net capped", "fee": {"model": "percent-net", "pct": 9, "cap_monthly": 800}},
    # 8 000 × 10 % + 2 000 × 7 % (across the boundary)
    {"format": 1, "name": "Tiered", "fee": {"model": "tiered", "bands_marginal": True,
                                           "bands": [{"upto": 8000, "pct": 10}, {"upto": None, "pct": 7}]},
     "extras_monthly": 35},
    # the whole 10 000 € at the second band's 6 %
    {"format": 1, "name": "Whole", "fee": {"model": "tiered", "bands_marginal": False,
                                          "bands": [{"upto": 6000, "pct": 8}, {"upto": 12000, "pct": 6},
                                                    {"upto": None, "pct": 5}]}},
    {"format": 1, "name": "Flat CDD", "fee": {"model": "flat", "flat_monthly": 149}, "contract": "cdd"},
    {"format": 1, "name": "Advance", "fee": {"model": "percent", "pct": 4}, "extras_monthly": 150,
     "advance": {"share_pct": 80, "cost_pct_per_month": 1.2, "payment_delay_days": 50}, "reserve": False},
]
OFFERS_B = [
    {"format": 1, "name": "Seven", "fee": {"model": "percent", "pct": 7}},
    # an employer profile of its own (50 to 249 employees, its AT/MP,
    # mutuelle and prévoyance contract): live, its cells on the Offres sheet
    {"format": 1, "name": "Own profile", "fee": {"model": "percent", "pct": 6},
     "employer": {"headcount": 60, "atmp_pct": 1.2, "mutuelle_monthly": 90, "mutuelle_employer_pct": 60,
                  "prevoyance_pct": 3, "prevoyance_monthly": 10, "prevoyance_employer_pct": 80}},
    # the firm's city: its versement mobilité, live
    {"format": 1, "name": "Lyon", "fee": {"model": "percent", "pct": 6}, "employer": {"vm_city": "lyon"}},
]
# the fees computed by hand (a month), see OFFERS_A
HAND_FEES = {"Floor": 450, "Net capped": 800, "Tiered": 940, "Whole": 600, "Flat CDD": 149, "Advance": 400}
# extras and the advance's cost: 35 €; 150 € + 10 000 × 80 % × 1.2 % × 50 / 30 = 310 €
HAND_EXTRAS = {"Floor": 0, "Net capped": 0, "Tiered": 35, "Whole": 0, "Flat CDD": 0, "Advance": 310}
KEYS = {  # workbook key → (offers --json key, scale, tolerance)
    "net_after_tax_yearly": ("net_after_tax_yearly", 1, 0.01),
    "net_after_tax_monthly": ("net_after_tax_monthly", 1, 0.01),
    "fee_yearly": ("fee_yearly", 1, 0.01),
    "extras_yearly": ("extras_yearly", 1, 0.01),
    "gross_monthly": ("gross_monthly", 1, 0.01),
    "employer_contributions_monthly": ("employer_contributions_monthly", 1, 0.01),
    "net_before_tax_monthly": ("net_before_tax_monthly", 1, 0.01),
    "vs_best_yearly": ("vs_best_yearly", 1, 0.01),
    "restitution": ("restitution_pct", 0.01, 1e-4),
}

# the scenarios: their offers and the current one
CURRENT = (("a", OFFERS_A, 2), ("b", OFFERS_B, 0), ("c", OFFERS_B, 1), ("d", OFFERS_B, 2))

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


def cli(args, env):
    run = subprocess.run([CLI] + args, capture_output=True, text=True, env=env)
    if run.returncode != 0:
        raise RuntimeError(f"portage-cli {' '.join(args)}: {run.stderr.strip()}")
    return run.stdout


def destination(wb, name):
    dn = wb.defined_names[name]
    sheet, coord = next(iter(dn.destinations))
    return sheet, coord.replace("$", "")


def poison(src, dst):
    """A copy whose formulas all cache 0: only a recalculation gives the
    figures back."""
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename.startswith("xl/worksheets/sheet"):
                data = re.sub(rb"(<f>[^<]*</f>)<v>[^<]*</v>", rb"\1<v>0</v>", data)
            zout.writestr(item, data)


def csv_reader(outdir, stem):
    cache = {}

    def value(sheet, coord):
        if sheet not in cache:
            with open(os.path.join(outdir, f"{stem}-{sheet}.csv"), newline="", encoding="utf-8") as f:
                cache[sheet] = list(csv.reader(f))
        col, row = coordinate_from_string(coord)
        rows = cache[sheet]
        c = column_index_from_string(col) - 1
        if row - 1 >= len(rows) or c >= len(rows[row - 1]):
            return None
        text = rows[row - 1][c]
        try:
            return float(text[:-1]) / 100 if text.endswith("%") else float(text)
        except ValueError:
            return text
    return value


def mismatches(get, engine):
    bad = []
    for i, offer in enumerate(engine["offers"]):
        for key, (jkey, scale, tol) in KEYS.items():
            want = offer[jkey] * scale
            got = get(f"offer{i + 1}_{key}")
            if not isinstance(got, (int, float)) or abs(got - want) > tol + 1e-9:
                bad.append(f"{offer['name']}: {key}: sheet {got!r}, engine {want}")
        if get(f"offer{i + 1}_eligible") != ("yes" if offer["eligible"] else "no"):
            bad.append(f"{offer['name']}: eligible: sheet {get(f'offer{i + 1}_eligible')!r}")
        if (get(f"offer{i + 1}_best") == "★") != offer["best"]:
            bad.append(f"{offer['name']}: best: sheet {get(f'offer{i + 1}_best')!r}, engine {offer['best']}")
    return bad


def main():
    work = tempfile.mkdtemp(prefix="xlsx-offers-", dir=BUILD)
    env = dict(os.environ, LC_ALL="C.UTF-8", LANGUAGE="")
    books = {}

    # the current offer: a tiered fee with extras (a), a percent (b), one
    # with its own employer profile (c), one with only its city (d)
    for stem, offers, current in CURRENT:
        scenario = os.path.join(work, f"{stem}.json")
        with open(scenario, "w") as f:
            json.dump(dict(BASE, offers=offers, current_offer=current), f)
        path = os.path.join(work, f"{stem}.xlsx")
        cli(["export", "--scenario", scenario, "-o", path], env)
        engine = json.loads(cli(["offers", "--scenario", scenario, "--json"], env))
        books[stem] = (path, engine, scenario)

    # --- openpyxl: live formulas, cached values
    bad = []
    for offer in books["a"][1]["offers"]:
        if abs(offer["fee_yearly"] - 12 * HAND_FEES[offer["name"]]) > 1e-6 \
                or abs(offer["extras_yearly"] - 12 * HAND_EXTRAS[offer["name"]]) > 1e-6:
            bad.append(f"{offer['name']}: fee {offer['fee_yearly']}, extras {offer['extras_yearly']} a year")
    report(not bad, "each fee model's fee and extras are the ones computed by hand", bad)

    for stem, (path, engine, _) in books.items():
        wb = openpyxl.load_workbook(path)
        problems = []
        for i, offer in enumerate(engine["offers"]):
            sheet, coord = destination(wb, f"offer{i + 1}_net_after_tax_yearly")
            is_formula = wb[sheet][coord].data_type == "f"
            live = True
            if is_formula != live:
                problems.append(f"{offer['name']}: formula {is_formula}, live {live}")
        report(not problems, f"{stem}: each live offer's results are formulas", problems)
        cached = openpyxl.load_workbook(path, data_only=True)

        def cached_value(n):
            sheet, coord = destination(cached, n)
            return cached[sheet][coord].value
        bad = mismatches(cached_value, engine)
        report(not bad, f"{stem}: cached results of {len(engine['offers'])} offers are the engine's", bad)

    # --- the day rate edited
    path, _, scenario = books["a"]
    wb = openpyxl.load_workbook(path)
    sheet, coord = destination(wb, "tjm")
    wb[sheet][coord].value = 730
    edited = os.path.join(work, "edited.xlsx")
    wb.save(edited)
    engine_edited = json.loads(cli(["offers", "--scenario", scenario, "--tjm", "730", "--json"], env))

    # --- the own profile's prévoyance rate edited in the workbook (3 % → 5 %)
    path, _, scenario = books["b"]
    wb = openpyxl.load_workbook(path)
    sheet, coord = destination(wb, "offer2_prevoyance_pct")
    wb[sheet][coord].value = 0.05
    prev_edited = os.path.join(work, "prev-edited.xlsx")
    wb.save(prev_edited)
    offers_prev = json.loads(json.dumps(OFFERS_B))
    offers_prev[1]["employer"]["prevoyance_pct"] = 5
    scenario_prev = os.path.join(work, "prev.json")
    with open(scenario_prev, "w") as f:
        json.dump(dict(BASE, offers=offers_prev, current_offer=0), f)
    engine_prev = json.loads(cli(["offers", "--scenario", scenario_prev, "--json"], env))

    # --- scenarios side by side
    scen = []
    for k, (tjm, days) in enumerate(((350, 150), (600, 200), (1100, 215))):
        p = os.path.join(work, f"s{k}.json")
        with open(p, "w") as f:
            json.dump({"format": 1, "date": "2026-07-01", "name": f"S{k}", "tjm": tjm, "days_per_year": days}, f)
        scen.append(p)
    side = os.path.join(work, "side.xlsx")
    cli(["export"] + sum((["--scenario", p] for p in scen), []) + ["-o", side], env)
    side_engine = json.loads(cli(["compare"] + sum((["--scenario", p] for p in scen), []) + ["--json"], env))

    # --- a firm's quote checked (with offers, and alone)
    quote_args = ["--quote-fee", "800", "--quote-extras", "150", "--quote-gross", "5000", "--quote-employer", "2700",
                  "--quote-net", "3900"]
    base_args = ["--tjm", "500", "--days-per-month", "20", "--date", "2026-07-01"]
    quoted = os.path.join(work, "quote.xlsx")
    cli(["export"] + base_args + quote_args + ["-o", quoted], env)
    quoted_offers = os.path.join(work, "quote-offers.xlsx")
    cli(["export"] + base_args + quote_args + ["--offer", os.path.join(SRCDIR, "data", "offers", "flat-99.json"),
                                               "-o", quoted_offers], env)
    quote_engine = json.loads(cli(["check-quote"] + base_args + quote_args + ["--json"], env))

    # --- LibreOffice recomputes
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
    poisoned = {}
    for stem, (path, _, _) in books.items():
        poisoned[stem] = os.path.join(work, f"poisoned-{stem}.xlsx")
        poison(path, poisoned[stem])
    poisoned["edited"] = os.path.join(work, "poisoned-edited.xlsx")
    poison(edited, poisoned["edited"])
    poisoned["prev-edited"] = os.path.join(work, "poisoned-prev-edited.xlsx")
    poison(prev_edited, poisoned["prev-edited"])
    poisoned["side"] = os.path.join(work, "poisoned-side.xlsx")
    poison(side, poisoned["side"])
    for stem, path in (("quote", quoted), ("quote-offers", quoted_offers)):
        poisoned[stem] = os.path.join(work, f"poisoned-{stem}.xlsx")
        poison(path, poisoned[stem])
    lo = subprocess.run([SOFFICE, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--norestore",
                         "--nolockcheck", "--convert-to", LO_CSV, "--outdir", outdir] + list(poisoned.values()),
                        capture_output=True, text=True, env=dict(env, HOME=work), timeout=600)
    report(lo.returncode == 0, "LibreOffice converts the workbooks, recomputing them",
           [] if lo.returncode == 0 else lo.stderr.strip().splitlines()[-5:])

    for stem, engine in [(stem, books[stem][1]) for stem, _, _ in CURRENT] + [("edited", engine_edited),
                                                                              ("prev-edited", engine_prev)]:
        wb = openpyxl.load_workbook(poisoned[stem])
        value = csv_reader(outdir, f"poisoned-{stem}")
        bad = mismatches(lambda n: value(*destination(wb, n)), engine)
        report(not bad, f"{stem}: recomputed by LibreOffice, {len(engine['offers'])} offers are the engine's to the cent",
               bad)

    # the edited prévoyance moved the net as the engine's does
    before = books["b"][1]["offers"][1]["net_after_tax_yearly"]
    after = engine_prev["offers"][1]["net_after_tax_yearly"]
    report(after < before - 1, f"prev-edited: the own profile's prévoyance at 5 % lowers its net ({before} → {after})")

    # --- the current offer: compare's portage, in the Portage sheet and the
    # Summary's column (its terms from the Offres sheet, its employer profile
    # when it has one), named on the Summary
    for stem, offers, current in CURRENT:
        compared = json.loads(cli(["compare", "--scenario", books[stem][2], "--json"], env))
        engine_offer = books[stem][1]["offers"][current]
        net = compared["statuses"]["portage"]["net_after_tax_yearly"]
        wb = openpyxl.load_workbook(poisoned[stem])
        value = csv_reader(outdir, f"poisoned-{stem}")
        summary = wb.worksheets[0]["A3"].value or ""
        bad = []
        if abs(engine_offer["net_after_tax_yearly"] - net) > 0.01 + 1e-9:
            bad.append(f"offers --json {engine_offer['net_after_tax_yearly']}, compare {net}")
        for name, want in ((f"offer{current + 1}_net_after_tax_yearly", net),
                           ("portage_net_after_tax_yearly", net),
                           ("portage_net_after_tax_monthly", compared["statuses"]["portage"]["net_after_tax_monthly"]),
                           ("portage_gross_monthly", engine_offer["gross_monthly"]),
                           ("portage_employer_contributions_monthly", engine_offer["employer_contributions_monthly"]),
                           ("portage_net_before_tax_monthly", engine_offer["net_before_tax_monthly"]),
                           ("health_budget_yearly", compared["inputs"]["health_budget_yearly"])):
            got = value(*destination(wb, name))
            if not isinstance(got, (int, float)) or abs(got - want) > 0.01 + 1e-9:
                bad.append(f"{name}, recomputed: {got!r}, engine {want}")
        for status in ("micro", "sasu", "eurl"):
            got = value(*destination(wb, f"{status}_net_after_tax_yearly"))
            want = compared["statuses"][status]["net_after_tax_yearly"]
            if not isinstance(got, (int, float)) or abs(got - want) > 0.01 + 1e-9:
                bad.append(f"{status}_net_after_tax_yearly, recomputed: {got!r}, compare {want}")
        if compared["inputs"].get("offer") != offers[current]["name"]:
            bad.append(f"compare's inputs name {compared['inputs'].get('offer')!r}")
        if f"current offer “{offers[current]['name']}”" not in summary:
            bad.append(f"the Summary says {summary[-300:]!r}")
        if ("employer profile" in summary) != ("employer" in offers[current]):
            bad.append(f"the Summary says {summary[-300:]!r}")
        report(not bad, f"{stem}: the current offer ({offers[current]['name']}): the Portage sheet and its Summary "
               "column, recomputed, are compare's portage to the cent", bad)

    # the offers' own profiles matter: with the scenario's, portage differs
    own = json.loads(cli(["compare", "--scenario", books["b"][2], "--json"], env))["statuses"]["portage"]
    bad = []
    for stem in ("c", "d"):
        compared = json.loads(cli(["compare", "--scenario", books[stem][2], "--json"], env))["statuses"]["portage"]
        if abs(compared["net_after_tax_yearly"] - own["net_after_tax_yearly"]) < 1:
            bad.append(f"{stem}: {compared['net_after_tax_yearly']} as the scenario's profile")
    report(not bad, "c, d: the offers' own profile and city change portage's net (the test sees them)", bad)

    wb = openpyxl.load_workbook(poisoned["side"])
    value = csv_reader(outdir, "poisoned-side")
    bad = []
    for i, s in enumerate(side_engine["scenarios"]):
        want = STATUS_NAMES[s["best"]] if s["best"] is not None else "—"
        got = value(*destination(wb, f"scenario{i + 1}_best"))
        if got != want:
            bad.append(f"{s['name']}: sheet {got!r}, engine {want!r}")
    report(not bad and len(side_engine["scenarios"]) == 3,
           "the Scenarios sheet names each scenario's best usable status as compare does", bad)

    for stem in ("quote", "quote-offers"):
        wb = openpyxl.load_workbook(poisoned[stem])
        value = csv_reader(outdir, f"poisoned-{stem}")
        bad = []
        n = 0
        for key, line in quote_engine["lines"].items():
            name = f"quote_{key}_gap_monthly"
            if line["gap_monthly"] is None:
                if name in wb.defined_names:
                    bad.append(f"{name}: a gap where the quote is silent")
                continue
            n += 1
            got = value(*destination(wb, name))
            if not isinstance(got, (int, float)) or abs(got - line["gap_monthly"]) > 0.01 + 1e-9:
                bad.append(f"{name}: sheet {got!r}, engine {line['gap_monthly']}")
        got = value(*destination(wb, "quote_restitution_quoted"))
        if not isinstance(got, (int, float)) or abs(got - quote_engine["restitution_quoted_pct"] / 100) > 1e-4:
            bad.append(f"quote_restitution_quoted: sheet {got!r}, engine {quote_engine['restitution_quoted_pct']} %")
        report(not bad and n == 5, f"{stem}: the quote's {n} gaps, recomputed, are check-quote's to the cent", bad)

    print(f"1..{len(results)}")
    if all(results):
        shutil.rmtree(work, ignore_errors=True)
    return 0 if all(results) else 1


sys.exit(main())
