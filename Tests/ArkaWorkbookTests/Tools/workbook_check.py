#!/usr/bin/env python3
"""Reads an Arka workbook back for the tests.

  workbook_check.py cells FILE      every cell as JSON: {sheet: {A1: {"value": v, "formula": f, "format": n}}}
                                    ("format": the number format of a cell that has one)
  workbook_check.py sheets FILE     the sheets' names in their order, as a JSON list
  workbook_check.py recalc FILE     opens FILE in LibreOffice headless, recalculates every
                                    formula, and prints (as JSON) each formula whose stored
                                    result differs from the recalculated one; exit 0 when none
                                    differ, 3 when some do, 77 when LibreOffice is absent.
"""
import json, os, shutil, subprocess, sys, tempfile
import openpyxl

def cells(path):
    formulas = openpyxl.load_workbook(path, data_only=False)
    values = openpyxl.load_workbook(path, data_only=True)
    out = {}
    for sheet in formulas.worksheets:
        stored = values[sheet.title]
        table = {}
        for row in sheet.iter_rows():
            for cell in row:
                if cell.value is None:
                    continue
                value = stored[cell.coordinate].value
                if isinstance(value, bool):
                    value = "TRUE" if value else "FALSE"
                entry = {"value": value.isoformat() if hasattr(value, "isoformat") else value}
                if isinstance(cell.value, str) and cell.value.startswith("="):
                    entry["formula"] = cell.value
                if cell.number_format and cell.number_format != "General":
                    entry["format"] = cell.number_format
                table[cell.coordinate] = entry
        out[sheet.title] = table
    return out

PROFILE = """<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
"""

def recalc(path):
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        print("LibreOffice (soffice) is not installed")
        return 77
    work = tempfile.mkdtemp(prefix="arka-lo-")
    profile = os.path.join(work, "profile")
    os.makedirs(os.path.join(profile, "user"))
    with open(os.path.join(profile, "user", "registrymodifications.xcu"), "w") as f:
        f.write(PROFILE)
    outdir = os.path.join(work, "out")
    os.makedirs(outdir)
    subprocess.run([soffice, "-env:UserInstallation=file://" + profile, "--headless", "--norestore",
                    "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", outdir, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
    converted = os.path.join(outdir, os.path.basename(path))
    ours = cells(path)
    theirs = openpyxl.load_workbook(converted, data_only=True)
    problems, checked = [], 0
    for sheet, table in ours.items():
        for coordinate, entry in table.items():
            if "formula" not in entry:
                continue
            checked += 1
            stored = entry["value"]
            recalculated = theirs[sheet][coordinate].value
            same = stored == recalculated or (stored in ("", None) and recalculated in ("", None))
            if not same and isinstance(stored, (int, float)) and isinstance(recalculated, (int, float)):
                same = abs(stored - recalculated) <= 1e-9 * max(1.0, abs(stored))
            if not same:
                problems.append({"sheet": sheet, "cell": coordinate, "formula": entry["formula"], "stored": stored, "recalculated": recalculated})
    shutil.rmtree(work, ignore_errors=True)
    print(json.dumps({"checked": checked, "problems": problems}, default=str))
    return 3 if problems else 0

if __name__ == "__main__":
    if sys.argv[1] == "cells":
        print(json.dumps(cells(sys.argv[2]), default=str))
    elif sys.argv[1] == "sheets":
        print(json.dumps(openpyxl.load_workbook(sys.argv[2], read_only=True).sheetnames))
    elif sys.argv[1] == "recalc":
        sys.exit(recalc(sys.argv[2]))
