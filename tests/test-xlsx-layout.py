#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The exported workbook as its reader sees it (issue 13 §2).

`portage-cli export` writes a workbook in English and in French; openpyxl
and the zip's chart XML check what a reader meets:

- the Summary's chart: one colour per status, a status that can't be used
  grey and labelled "(not usable)"; the Curve marks the micro ceiling;
- the answer (the nets, the best status, the chart) above the inputs, the
  header frozen;
- no text cut off: a text longer than its column wraps in a row tall
  enough, or overflows into empty cells (Calibri's widths, estimated);
  on a sheet printed several pages wide (the Cash sheet), no note merged
  across the columns where the next pages repeat column A alone;
- the Assumptions: numbers as numbers, every listed name defined, sources
  without file paths or tool versions;
- the inputs: yes/no as drop-down lists, messages in the workbook's
  language, the sheet protected with only the inputs unlocked;
- the solvers' rows grouped in a collapsed outline;
- no gridlines, headers aligned with their numbers, percentages with
  2 decimals, the Curve's helper columns hidden; French typography;
- the disclaimer, the Curve's snapshot title;
- the SASU/EURL split's warning once the day rate changes (LibreOffice
  recomputes).

With LibreOffice and pdftoppm, the workbooks are also rendered to PDF and
PNG pages in the build folder (tests/workbook-pages/<lang>/), to look at.
Prints TAP.
"""

import math
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
ARGS = ["--tjm", "550", "--days-per-year", "200", "--date", "2026-03-01"]
# micro usable: no grey bar
ARGS_MICRO = ["--tjm", "380", "--days-per-year", "210", "--date", "2026-05-01"]

results = []


def report(ok, what, details=()):
    results.append(ok)
    print(f"{'ok' if ok else 'not ok'} {len(results)} {what}")
    for d in list(details)[:12]:
        print(f"# {d}")


def skip_all(reason):
    print(f"1..0 # SKIP {reason}")
    sys.exit(0)


try:
    import openpyxl
    from openpyxl.utils import get_column_letter
except ImportError:
    skip_all("python3-openpyxl is not installed")
if not CLI:
    skip_all("PORTAGE_CLI is not set")

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
PDFTOPPM = shutil.which("pdftoppm")

# Calibri's advance widths (units per em: 2048), ASCII 32 to 126: as the
# export estimates them (ps-xlsx-formula.c)
ADVANCE = [
    463, 544, 821, 1015, 1036, 1464, 1397, 452, 621, 621, 1015, 1015, 511, 627, 517, 791,
    1038, 1038, 1038, 1038, 1038, 1038, 1038, 1038, 1038, 1038, 548, 548, 1015, 1015, 1015, 943,
    1823, 1185, 1114, 1092, 1260, 1000, 941, 1292, 1276, 516, 653, 1064, 861, 1751, 1322, 1356,
    1058, 1378, 1112, 941, 998, 1314, 1162, 1822, 1063, 998, 959, 628, 796, 628, 1015, 1015,
    587, 981, 1076, 866, 1076, 1019, 625, 964, 1076, 470, 490, 931, 470, 1636, 1076, 1080,
    1076, 1076, 714, 801, 686, 1076, 925, 1464, 887, 927, 809, 714, 936, 714, 1015,
]


def text_width(text, bold=False):
    import unicodedata
    units = 0
    for ch in text:
        base = unicodedata.normalize("NFD", ch)[0]
        o = ord(base)
        units += ADVANCE[o - 32] if 32 <= o < 127 else 1100
    return units / 2048 * 13.333 / 7 * (1.06 if bold else 1.0)


def cli(args, env):
    run = subprocess.run([CLI] + args, capture_output=True, text=True, env=env)
    if run.returncode != 0:
        raise RuntimeError(f"portage-cli {' '.join(args)}: {run.stderr}")
    return run.stdout


def destination(wb, name):
    dn = wb.defined_names[name]
    sheet, coord = next(dn.destinations)
    return sheet, coord.replace("$", "")


def col_width(ws, col):
    letter = get_column_letter(col)
    dim = ws.column_dimensions.get(letter)
    # openpyxl groups equal adjacent columns under the first one's letter
    for d in ws.column_dimensions.values():
        if d.min and d.max and d.min <= col <= d.max and d.width:
            return d.width
    return dim.width if dim is not None and dim.width else 8.43


def cut_texts(ws, first_col=1, last_col=None):
    """Texts wider than their column, neither wrapped in a tall enough row
    nor overflowing into empty cells."""
    bad = []
    merged = set()
    spans = {}  # a one-row merged range: its first cell, as wide as the range
    for rng in ws.merged_cells.ranges:
        for row in ws.iter_rows(min_row=rng.min_row, max_row=rng.max_row, min_col=rng.min_col, max_col=rng.max_col):
            for c in row:
                merged.add(c.coordinate)
        if rng.min_row == rng.max_row:
            anchor = ws.cell(rng.min_row, rng.min_col).coordinate
            spans[anchor] = sum(col_width(ws, col) for col in range(rng.min_col, rng.max_col + 1))
    for row in ws.iter_rows():
        for c in row:
            if not isinstance(c.value, str) or c.value.startswith("="):
                continue
            if c.coordinate in merged and c.coordinate not in spans:
                continue
            if c.column < first_col or (last_col and c.column > last_col):
                continue
            if ws.row_dimensions[c.row].hidden:
                continue
            w = spans.get(c.coordinate) or col_width(ws, c.column)
            need = text_width(c.value, bool(c.font and c.font.b)) + (1.5 if c.alignment.indent else 0)
            if need <= w * 1.02:
                continue
            if c.alignment.wrap_text:
                height = ws.row_dimensions[c.row].height or 15
                lines = math.ceil(need / (w * 0.92))
                if height + 1 >= 13 * lines:
                    continue
                bad.append(f"{ws.title}!{c.coordinate} wraps in {lines} lines, row {height} pt: {c.value[:50]!r}")
                continue
            # overflow into the next cells, if empty and not right-aligned
            room = w
            col = c.column + 1
            while room < need and ws.cell(c.row, col).value in (None, "") and col < c.column + 12:
                room += col_width(ws, col)
                col += 1
            if room < need or c.alignment.horizontal in ("right", "center"):
                bad.append(f"{ws.title}!{c.coordinate} cut ({need:.0f} > {w:.0f}): {c.value[:50]!r}")
    return bad


def chart_xml(path):
    with zipfile.ZipFile(path) as z:
        return {n: z.read(n).decode() for n in z.namelist() if re.match(r"xl/charts/chart\d+\.xml", n)}


def check_chart(wb, path, lang, micro_usable):
    charts = chart_xml(path)
    summary = next((x for x in charts.values() if "<c:barChart>" in x), None)
    curve = next((x for x in charts.values() if "<c:scatterChart>" in x), None)
    problems = []
    if summary is None or curve is None:
        report(False, f"{lang}: the Summary's and the Curve's charts", ["missing chart"])
        return
    colors = re.findall(r"<c:dPt>.*?<a:srgbClr val=\"([0-9A-F]{6})\"", summary, re.S)
    if len(colors) != 5:
        problems.append(f"{len(colors)} coloured points, not 5")
    micro = colors[2] if len(colors) > 2 else None
    if micro_usable:
        if len(set(colors)) != 5 or "BFBFBF" in colors:
            problems.append(f"one colour per status wanted: {colors}")
    else:
        if micro != "BFBFBF":
            problems.append(f"micro above its ceiling should be grey, is {micro}")
        if len(set(c for c in colors if c != "BFBFBF")) != len([c for c in colors if c != "BFBFBF"]):
            problems.append(f"the usable statuses share a colour: {colors}")
    # the categories: the live labels' row
    ref = re.search(r"<c:cat>.*?<c:f>([^<]+)</c:f>", summary, re.S)
    if ref is None:
        problems.append("no categories")
    else:
        sheet, cells = ref.group(1).split("!")
        first = cells.split(":")[0].replace("$", "")
        ws = wb[sheet.strip("'")]
        row = int(re.sub(r"[A-Z]+", "", first))
        labels = [ws.cell(row, col).value for col in range(2, 7)]
        # the labels' values, as cached (a formula's)
        cached = openpyxl.load_workbook(path, data_only=True)[sheet.strip("'")]
        micro_label = cached.cell(row, 4).value or ""
        unusable = "(not usable)" if lang == "en" else "(non utilisable)"
        if micro_usable == (unusable in micro_label):
            problems.append(f"micro's label: {micro_label!r}")
        # the chart's own cache (what viewers that don't recompute draw)
        cache = re.findall(r"<c:v>([^<]*)</c:v>", re.search(r"<c:cat>.*?</c:cat>", summary, re.S).group(0))
        if len(cache) != 5 or "0" in cache or micro_usable == (unusable in cache[2]):
            problems.append(f"the chart's cached labels: {cache}")
        if not all(isinstance(v, str) and v for v in labels):
            problems.append(f"labels row {row}: {labels}")
        # plotVisOnly left out: hidden cells charted
        if "<c:plotVisOnly val=\"1\"/>" in summary:
            problems.append("the hidden labels are not charted")
    if micro_usable is False:
        if "ceiling" not in curve and "Plafond" not in curve:
            problems.append("the Curve does not mark the micro ceiling")
        # micro's line above its ceiling: grey, a series of its own
        if 'val="BFBFBF"' not in curve or ("(not usable)" not in curve and "(non utilisable)" not in curve):
            problems.append("the Curve's micro line is not grey above the ceiling")
    report(not problems, f"{lang}: the chart, a colour per status, {'all usable' if micro_usable else 'micro grey and labelled'}; the Curve's ceiling",
           problems)


def main():
    work = tempfile.mkdtemp(prefix="test-xlsx-layout-")
    env = dict(os.environ, LC_ALL="C.UTF-8", LANGUAGE="")
    files = {}
    try:
        files["en"] = os.path.join(work, "en.xlsx")
        cli(["export"] + ARGS + ["-o", files["en"]], env)
        files["en-micro"] = os.path.join(work, "en-micro.xlsx")
        cli(["export"] + ARGS_MICRO + ["-o", files["en-micro"]], env)
        fr_env = dict(os.environ, LC_ALL="fr_FR.UTF-8", LANGUAGE="fr")
        files["fr"] = os.path.join(work, "fr.xlsx")
        run = subprocess.run([CLI, "export"] + ARGS + ["-o", files["fr"]], capture_output=True, text=True,
                             env=fr_env)
        if run.returncode != 0:
            # no fr_FR locale generated: the translation alone
            cli(["export"] + ARGS + ["-o", files["fr"]], dict(fr_env, LC_ALL="C.UTF-8"))
        wbs = {k: openpyxl.load_workbook(v) for k, v in files.items()}
        en, fr = wbs["en"], wbs["fr"]

        # 1. the chart
        check_chart(en, files["en"], "en", False)
        check_chart(wbs["en-micro"], files["en-micro"], "en", True)
        check_chart(fr, files["fr"], "fr", False)

        # 2. the answer first, the inputs below; the header frozen; every name
        for lang, wb in (("en", en), ("fr", fr)):
            problems = []
            summary = wb[wb.sheetnames[0]]
            net_row = next(r for r in range(1, 60)
                           if summary.cell(r, 1).value in ("Net after income tax, per month", "Net après impôt, par mois"))
            best_row = int(re.sub(r"[A-Z]+", "", destination(wb, "best_status")[1]))
            tjm_row = int(re.sub(r"[A-Z]+", "", destination(wb, "tjm")[1]))
            if not (net_row < 20 and best_row < 30 and tjm_row > best_row + 15):
                problems.append(f"net row {net_row}, best row {best_row}, inputs from row {tjm_row}")
            pane = summary.freeze_panes
            # the title, the disclaimer and the statuses' header: no more
            if pane is None or not 5 <= int(re.sub(r"[A-Z]+", "", pane)) <= 8:
                problems.append(f"frozen at {pane}")
            for name in wb.defined_names.definedName if hasattr(wb.defined_names, "definedName") else wb.defined_names:
                n = name if isinstance(name, str) else name.name
                if n.startswith("_xlnm"):
                    continue
                sheet, coord = destination(wb, n)
                if wb[sheet][coord].value is None:
                    problems.append(f"{n} names an empty cell")
            report(not problems, f"{lang}: the Summary shows the answer first, inputs below, header frozen; every name names a cell",
                   problems)

        # 3. no text cut off
        for lang, wb in (("en", en), ("fr", fr)):
            bad = []
            for ws in wb.worksheets:
                if ws.title in ("Curve", "Courbe"):
                    continue
                bad += cut_texts(ws)
            report(not bad, f"{lang}: no text cut off (Calibri widths)", bad)

        # 3b. a sheet printed several pages wide, column A repeated on each
        # (the Cash sheet): a text merged across the columns from A is
        # above the table's page break, on the first page, where the
        # columns after A are its own, not on the pages column A alone
        # repeats (there it was cut at A's edge)
        for lang, wb in (("en", en), ("fr", fr)):
            bad = []
            n = 0
            for ws in wb.worksheets:
                if not ws.print_title_cols:
                    continue
                n += 1
                breaks = sorted(b.id for b in ws.row_breaks.brk)
                if not breaks:
                    bad.append(f"{ws.title}: printed several pages wide without a page break before its table")
                    continue
                for m in ws.merged_cells.ranges:
                    if m.min_col == 1 and m.max_col > 1 and m.max_row > breaks[0]:
                        bad.append(f"{ws.title}!{m.coord}: merged from column A below the page break (row {breaks[0]})")
            report(not bad and n >= 1, f"{lang}: the sheets printed several pages wide ({n}) keep their merged notes "
                   "on the first page", bad)

        # 4. the Assumptions: numbers, names, sources
        for lang, wb in (("en", en), ("fr", fr)):
            ws = wb[wb.sheetnames[-2]]
            problems = []
            header = next(r for r in range(1, 10) if ws.cell(r, 1).value in ("Parameter", "Paramètre"))
            for r in range(header + 1, ws.max_row + 1):
                label, value, name = ws.cell(r, 1).value, ws.cell(r, 2).value, ws.cell(r, 9).value
                if label in (None, "") or ws.cell(r, 1).font.b:
                    break
                if isinstance(value, str) and re.fullmatch(r"-?[0-9.,]+ ?%?", value.strip()):
                    problems.append(f"row {r}: {label[:40]!r} stored as text {value!r}")
                if isinstance(name, str) and re.fullmatch(r"[a-z][a-z0-9_]*", name) and name not in wb.defined_names:
                    problems.append(f"row {r}: {name} is not a name of the workbook")
            for row in ws.iter_rows():
                for c in row:
                    if isinstance(c.value, str) and re.search(r"modele-social|publicodes|\.json|rates/", c.value):
                        problems.append(f"{c.coordinate}: {c.value[:60]!r}")
            # the rates files' labels in the workbook's language
            first = ws.cell(header + 1, 1).value
            want = "Monthly social security ceiling (PMSS)" if lang == "en" else "Plafond mensuel de la sécurité sociale (PMSS)"
            if first != want:
                problems.append(f"first parameter {first!r}, not {want!r}")
            report(not problems, f"{lang}: Assumptions: numbers as numbers, every listed name defined, sources by name, labels in the language",
                   problems)

        # 5. inputs: lists, messages, protection
        for lang, wb in (("en", en), ("fr", fr)):
            summary = wb[wb.sheetnames[0]]
            problems = []
            dvs = {}
            for dv in summary.data_validations.dataValidation:
                for rng in str(dv.sqref).split():
                    dvs[rng] = dv
            for name in ("micro_vl", "micro_acre", "reserve", "csm_exempt", "reserve_in_net"):
                coord = destination(wb, name)[1]
                dv = dvs.get(coord)
                # yes/no in the workbook's language, not 1 and 0 (issue 13, 2.6)
                if dv is None or dv.type != "list" or dv.formula1 != ('"Oui,Non"' if lang == "fr" else '"Yes,No"') \
                        or not dv.prompt:
                    problems.append(f"{name}: {dv.type if dv else None} {dv.formula1 if dv else None}")
            # the Cash sheet's yes/no inputs: the same lists, the exported
            # choice shown as its word
            for name in ("cash_salary_advance", "cash_micro_quarterly"):
                sheet, coord = destination(wb, name)
                cash_dvs = {rng: dv for dv in wb[sheet].data_validations.dataValidation
                            for rng in str(dv.sqref).split()}
                dv = cash_dvs.get(coord)
                words = ("Oui", "Non") if lang == "fr" else ("Yes", "No")
                if dv is None or dv.type != "list" or dv.formula1 != f'"{words[0]},{words[1]}"' or not dv.prompt \
                        or wb[sheet][coord].value not in words:
                    problems.append(f"{name}: {dv.type if dv else None} {dv.formula1 if dv else None} "
                                    f"{wb[sheet][coord].value!r}")
            fee = dvs.get(destination(wb, "fee_rate")[1])
            if fee is None or "%" not in (fee.error or ""):
                problems.append(f"fee_rate: {fee.error if fee else None}")
            for dv in dvs.values():
                if re.search(r"\d{4}", dv.error or "") or "1e+" in (dv.error or ""):
                    problems.append(f"ungrouped number: {dv.error!r}")
                if lang == "fr" and dv.type != "list" and " à " not in (dv.error or ""):
                    problems.append(f"not in French: {dv.error!r}")
            if not summary.protection.sheet or summary.protection.password:
                problems.append("the Summary is not protected (without a password)")
            for name in ("tjm", "days_per_year", "micro_vl", "tax_parts"):
                sheet, coord = destination(wb, name)
                if wb[sheet][coord].protection.locked:
                    problems.append(f"input {name} is locked")
            # the choices made at export: locked
            fixed = [c for c in summary["B"] if c.fill.fgColor.rgb in ("FFF2F2F2", "00F2F2F2") and c.value]
            if not fixed or any(not c.protection.locked for c in fixed):
                problems.append(f"{len(fixed)} fixed cells, some unlocked")
            report(not problems, f"{lang}: inputs: yes/no lists, messages in the language, only inputs unlocked",
                   problems)

        # 6. the solvers: a collapsed outline at the bottom
        problems = []
        for sheet in ("Portage", "CDI", "SASU"):
            ws = en[sheet]
            grouped = [r for r, d in ws.row_dimensions.items() if d.outline_level == 1]
            if len(grouped) < 30 or not all(ws.row_dimensions[r].hidden for r in grouped):
                problems.append(f"{sheet}: {len(grouped)} grouped rows")
                continue
            if max(grouped) != ws.max_row:
                problems.append(f"{sheet}: the group ends at {max(grouped)}, the sheet at {ws.max_row}")
            above = min(grouped) - 1
            if not isinstance(ws.cell(above, 1).value, str):
                problems.append(f"{sheet}: no explanation above the group")
            for row in ws.iter_rows():
                for c in row:
                    if isinstance(c.value, str) and c.value.startswith("=") and len(c.value) > 600 \
                            and c.row not in grouped:
                        problems.append(f"{sheet}!{c.coordinate}: a {len(c.value)}-character formula in view")
                        break
        # the EURL's wide computation of the TNS with the dividends
        ws = en["EURL"]
        grouped = [r for r, d in ws.row_dimensions.items() if d.outline_level == 1]
        if len(grouped) != 2 or not all(ws.row_dimensions[r].hidden for r in grouped) or max(grouped) != ws.max_row:
            problems.append(f"EURL: grouped rows {grouped}, the sheet ends at {ws.max_row}")
        elif not isinstance(ws.cell(min(grouped) - 1, 1).value, str):
            problems.append("EURL: no explanation above the group")
        report(not problems, "the solvers' rows (and the EURL's wide TNS rows) are a collapsed outline at the bottom",
               problems)

        # 7. looks: gridlines, headers, percentages, the Curve's helpers, sources
        for lang, wb in (("en", en), ("fr", fr)):
            problems = []
            for ws in wb.worksheets:
                if ws.sheet_view.showGridLines is not False:
                    problems.append(f"{ws.title}: gridlines shown")
            summary = wb[wb.sheetnames[0]]
            net = destination(wb, "portage_net_after_tax_monthly")[1]
            header_row = next(r for r in range(1, 20) if summary.cell(r, 2).font.b and summary.cell(r, 2).value
                              and summary.cell(r, 2).fill.fgColor.rgb.endswith("DCE6F1"))
            if summary.cell(header_row, 2).alignment.horizontal != "right":
                problems.append(f"the status headers are {summary.cell(header_row, 2).alignment.horizontal}")
            eff = destination(wb, "portage_effective_rate")
            fmt = wb[eff[0]][eff[1]].number_format
            if not re.search(r"0\.00\\? ?%", fmt):
                problems.append(f"percentage format {fmt!r}")
            curve = wb[wb.sheetnames[-1]]
            hidden = [k for k, d in curve.column_dimensions.items() if d.hidden]
            if not hidden:
                problems.append("the Curve's helper columns are visible")
            title = curve["A1"].value
            if "snapshot" not in title and "instantané" not in title:
                problems.append(f"the Curve's title: {title!r}")
            for ws in wb.worksheets:
                for row in ws.iter_rows(max_row=4):
                    for c in row:
                        if isinstance(c.value, str) and re.search(r"\.json|modele-social|publicodes", c.value):
                            problems.append(f"{ws.title}!{c.coordinate}: {c.value[:60]!r}")
            # 8. the disclaimer
            texts = " ".join(str(summary.cell(r, 1).value) for r in range(1, 5))
            if not re.search(r"(covers|couvre).*(2026-03-01|01/03/2026)", texts, re.I):
                problems.append("no disclaimer with the rates' date")
            report(not problems, f"{lang}: no gridlines, headers aligned, 2-decimal percentages, helpers hidden, disclaimer",
                   problems)

        # French typography
        problems = []
        for ws in fr.worksheets:
            for row in ws.iter_rows():
                for c in row:
                    v = c.value
                    if not isinstance(v, str) or v.startswith("="):
                        continue
                    if re.search(r" [:;!?]", v) or "'" in v:
                        problems.append(f"{ws.title}!{c.coordinate}: {v[:60]!r}")
        for name, xml in chart_xml(files["fr"]).items():
            for text in re.findall(r"<(?:a:t|c:v)>([^<]*)</(?:a:t|c:v)>", xml):
                if re.search(r" [:;!?]", text) or "'" in text:
                    problems.append(f"{name}: {text[:60]!r}")
        report(not problems, "fr: French typography (no-break spaces, ’), charts included", problems[:10])

        # LibreOffice: the split's warning after an edit; the pages rendered
        if SOFFICE is None:
            report(True, "# SKIP LibreOffice is not installed")
        else:
            edited = os.path.join(work, "edited.xlsx")
            wb = openpyxl.load_workbook(files["en"])
            sheet, coord = destination(wb, "tjm")
            wb[sheet][coord].value = 700
            wb.save(edited)
            profile = pathlib.Path(work) / "lo-profile"
            (profile / "user").mkdir(parents=True)
            (profile / "user" / "registrymodifications.xcu").write_text(
                '<?xml version="1.0" encoding="UTF-8"?>\n'
                '<oor:items xmlns:oor="http://openoffice.org/2001/registry" '
                'xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\n'
                '<item oor:path="/org.openoffice.Office.Calc/Formula/Load">'
                '<prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>\n'
                '</oor:items>\n')
            lo_env = dict(env, HOME=work)
            base = [SOFFICE, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--norestore", "--nolockcheck"]
            outdir = os.path.join(work, "csv")
            run = subprocess.run(base + ["--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,1",
                                         "--outdir", outdir, files["en"], edited],
                                 capture_output=True, text=True, env=lo_env, timeout=600)
            warn = {}
            for stem in ("en", "edited"):
                # one sheet: "<stem>-<sheet>.csv"
                paths = sorted(pathlib.Path(outdir).glob(f"{stem}-*.csv")) + sorted(pathlib.Path(outdir).glob(f"{stem}.csv"))
                text = paths[0].read_text(encoding="utf-8") if paths else ""
                warn[stem] = [l for l in text.splitlines() if "⚠" in l and "split" in l]
            report(run.returncode == 0 and not warn["en"] and len(warn["edited"]) >= 2,
                   "the SASU and EURL splits warn once the day rate differs from the export's",
                   [f"at export: {warn['en']}", f"edited: {warn['edited']}"])

            pages = pathlib.Path(BUILD) / "workbook-pages"
            problems = []
            for lang in ("en", "fr"):
                out = pages / lang
                shutil.rmtree(out, ignore_errors=True)
                out.mkdir(parents=True)
                # each workbook as its reader sees it: the French one in a
                # French LibreOffice (1 234,56 €, 7,20 %), the English one
                # in an English one (issue 13, 2.8)
                locale = {"en": "en-US", "fr": "fr-FR"}[lang]
                lprofile = pathlib.Path(work) / f"lo-profile-{lang}"
                (lprofile / "user").mkdir(parents=True, exist_ok=True)
                (lprofile / "user" / "registrymodifications.xcu").write_text(
                    '<?xml version="1.0" encoding="UTF-8"?>\n'
                    '<oor:items xmlns:oor="http://openoffice.org/2001/registry" '
                    'xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\n'
                    '<item oor:path="/org.openoffice.Office.Calc/Formula/Load">'
                    '<prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>\n'
                    f'<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooSetupSystemLocale" oor:op="fuse">'
                    f'<value>{locale}</value></prop></item>\n'
                    f'<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooLocale" oor:op="fuse">'
                    f'<value>{locale}</value></prop></item>\n'
                    '</oor:items>\n')
                lbase = [SOFFICE, f"-env:UserInstallation={lprofile.as_uri()}", "--headless", "--norestore",
                         "--nolockcheck"]
                lenv = dict(lo_env, LC_ALL={"en": "C.UTF-8", "fr": "fr_FR.UTF-8"}[lang])
                run = subprocess.run(lbase + ["--convert-to", "pdf", "--outdir", str(out), files[lang]],
                                     capture_output=True, text=True, env=lenv, timeout=600)
                pdf = out / f"{lang}.pdf"
                if run.returncode != 0 or not pdf.exists():
                    problems.append(f"{lang}: no PDF ({run.stderr.strip()[-200:]})")
                    continue
                if PDFTOPPM:
                    subprocess.run([PDFTOPPM, "-r", "60", "-png", str(pdf), str(out / "page")], check=False,
                                   timeout=600)
                    if not list(out.glob("page-*.png")):
                        problems.append(f"{lang}: no PNG pages")
            report(not problems, f"the workbooks rendered to PDF and PNG in {pages}", problems)
    finally:
        shutil.rmtree(work, ignore_errors=True)

    print(f"1..{len(results)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
