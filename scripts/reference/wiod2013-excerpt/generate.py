#!/usr/bin/env python3
"""An excerpt of WIOD 2013's 2011 table in the published WIOT workbook layout, and pymrio's
multipliers on it, for packages/cli/test/io-dataset.test.ts (`chanye data import-mrio
--layout wiod2013` then `chanye io multipliers --dataset NAME`).

The values are real: WIOD 2013 release, 2011, as the R package wiod (bquast/wiod, GPL-3,
commit 59a28ac22fbd7751ea84c0f33722b5246b0af46d) stores them (whole millions of US$), read
from ../shared/data/io/wiod2013 by export.ts. Only CHN, DEU, USA and RoW are kept, every cell
between them as published; the "Total output" column is the published output vector of the
full table, so rows miss it by their sales to the 37 economies left out.

The layout is that of the release's WIOT workbooks (WIOT11_ROW_Sep12.xlsx), described by
Timmer, Dietzenbacher, Los, Stehrer and de Vries (2015), "An Illustrated User Guide to the
World Input-Output Database: the Case of Global Automotive Production", Review of International
Economics 23: 575-605, and read by pymrio's parse_wiod (its test file
tests/mock_mrios/wiod_mock/wiot09_row_sep12.xlsx shows the same rows 1-6 and columns A-D):
rows 1-4 a title, industry codes and descriptions, row 5 countries (WIOD codes: RoW), row 6 the
column numbers (c1..c35 industries, c37, c38, c39, c41, c42 final demand), data rows with code,
description, country and number in columns A-D, a last column "Total output" and a row r69
"Output at basic prices". The rows of taxes and value added (r60-r64) are not in the R package
and so are left out, not made up.

pymrio (its own source tree: --src or PYMRIO_SRC, never copied here) reads the workbook back
and computes with pymrio.tools.iomath: A = calc_A(Z, x) with x the published output,
L = calc_L(A), S = calc_S(F, x) with F = x - Z'1 (the primary-input residual, Chanye's v),
M = calc_M(S, L). Output multipliers are the column sums of L, domestic ones the sums over the
column's own region; domestic value added sums S_i L_ij over that region; import multipliers are
m'L with m_j the share of j's inputs from other regions (sums of A). Writes

  packages/cli/test/fixtures/mrio/wiod2013-excerpt/WIOT11_ROW_Sep12.xlsx
  packages/cli/test/fixtures/mrio/wiod2013-excerpt/pymrio-multipliers.json  (tolerance 1e-9 relative)
"""

import argparse
import csv
import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", "..", ".."))
CACHE = os.path.join(HERE, ".cache")
FIXTURE = os.path.join(ROOT, "packages", "cli", "test", "fixtures", "mrio", "wiod2013-excerpt")
REGIONS = ["CHN", "DEU", "USA", "ROW"]  # the release's order: alphabetical, RoW last
PUBLISHED = {"ROW": "RoW"}
CATEGORIES = [("CONS_h", "c37"), ("CONS_np", "c38"), ("CONS_g", "c39"), ("GFCF", "c41"), ("INVEN", "c42")]

parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
parser.add_argument("--src", default=os.environ.get("PYMRIO_SRC", os.path.join(tempfile.gettempdir(), "pymrio")))
args = parser.parse_args()
if os.path.isdir(os.path.join(args.src, "pymrio")):
    sys.path.insert(0, args.src)

import numpy as np  # noqa: E402
import openpyxl  # noqa: E402
import pandas as pd  # noqa: E402
from pymrio.tools import iomath  # noqa: E402


def rows(name):
    with open(os.path.join(CACHE, name), newline="") as f:
        return list(csv.DictReader(f))


if not os.path.exists(os.path.join(CACHE, "Z.csv")):
    subprocess.run(["npx", "tsx", "--tsconfig", "tsconfig.tests.json", os.path.join(HERE, "export.ts"), CACHE],
                   cwd=ROOT, check=True, stdout=sys.stderr)

with open(os.path.join(ROOT, "..", "shared", "data", "io", "wiod2013", "industries.csv"), newline="") as f:
    industries = list(csv.DictReader(f))
sectors = [i["sector"] for i in industries]
n = len(REGIONS) * len(sectors)
index = {(r, s): k for k, (r, s) in enumerate((r, s) for r in REGIONS for s in sectors)}
fd_index = {(r, c): k for k, (r, c) in enumerate((r, c) for r in REGIONS for c, _ in CATEGORIES)}
Z = np.zeros((n, n))
Y = np.zeros((n, len(fd_index)))
x = np.zeros(n)
for r in rows("Z.csv"):
    Z[index[(r["row_country"], r["row_sector"])], index[(r["col_country"], r["col_sector"])]] = float(r["value"])
for r in rows("Y.csv"):
    Y[index[(r["row_country"], r["row_sector"])], fd_index[(r["col_country"], r["fd_category"])]] = float(r["value"])
for r in rows("output.csv"):
    x[index[(r["country"], r["sector"])]] = float(r["gross_output"])

# The workbook, in the release's layout.
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "WIOT_2011"
ws.append(["World Input-Output Table 2011 (excerpt: CHN, DEU, USA and RoW of the WIOD 2013 release)"])
ws.append(["in current prices"])
codes, descriptions, countries, numbers = ["(industry-by-industry)", None, None, None], ["(millions of US$)", None, None, None], [None] * 4, [None] * 4
for r in REGIONS:
    for i in industries:
        codes.append(i["wiod_code"]); descriptions.append(i["description"])
        countries.append(PUBLISHED.get(r, r)); numbers.append(i["sector"])
fd_names = {}
with open(os.path.join(ROOT, "..", "shared", "data", "io", "wiod2013", "final_demand_categories.csv"), newline="") as f:
    for c in csv.DictReader(f):
        fd_names[c["fd_category"]] = c["description"]
for r in REGIONS:
    for c, col in CATEGORIES:
        codes.append(None); descriptions.append(fd_names[c]); countries.append(PUBLISHED.get(r, r)); numbers.append(col)
codes.append(None); descriptions.append("Total output"); countries.append(None); numbers.append(None)
for row in (codes, descriptions, countries, numbers):
    ws.append(row)
for r in REGIONS:
    for i in industries:
        k = index[(r, i["sector"])]
        ws.append([i["wiod_code"], i["description"], PUBLISHED.get(r, r), i["sector"],
                   *Z[k].tolist(), *Y[k].tolist(), float(x[k])])
ws.append([None, "Output at basic prices", None, "r69", *x.tolist()])
os.makedirs(FIXTURE, exist_ok=True)
book = os.path.join(FIXTURE, "WIOT11_ROW_Sep12.xlsx")
wb.save(book)

# pymrio on the workbook as written (read back, not the arrays above).
sheet = pd.read_excel(book, header=None)
body = sheet.iloc[6:6 + n]
labels = pd.MultiIndex.from_tuples([(str(c), str(s)) for c, s in zip(body[2], body[3])])
Zr = pd.DataFrame(body.iloc[:, 4:4 + n].to_numpy(dtype=float), index=labels, columns=labels)
xr = pd.DataFrame(body.iloc[:, 4 + n + len(fd_index)].to_numpy(dtype=float), index=labels, columns=["indout"])
A = iomath.calc_A(Zr, xr)
L = iomath.calc_L(A)
F = pd.DataFrame([xr["indout"].to_numpy() - Zr.to_numpy().sum(axis=0)], index=["v"], columns=labels)
S = iomath.calc_S(F, xr)
M = iomath.calc_M(S, L)
Ln, An, Sn = L.to_numpy(), A.to_numpy(), S.to_numpy()[0]
region_of = np.repeat(np.arange(len(REGIONS)), len(sectors))
same = region_of[:, None] == region_of[None, :]
out = {
    "source": "WIOD 2013 release, 2011 (R package wiod, bquast/wiod 59a28ac22fbd7751ea84c0f33722b5246b0af46d); "
              "cut to CHN, DEU, USA, RoW",
    "pymrio_commit": os.environ.get("PYMRIO_COMMIT", "unknown"),
    "numpy": np.__version__,
    "pandas": pd.__version__,
    "tolerance": "relative difference < 1e-9 (absolute below 1e-12)",
    "regions": REGIONS,
    "sectors": sectors,
    "output": Ln.sum(axis=0).tolist(),
    "outputDomestic": (Ln * same).sum(axis=0).tolist(),
    "valueAdded": M.to_numpy()[0].tolist(),
    "valueAddedDomestic": ((Sn[:, None] * Ln) * same).sum(axis=0).tolist(),
    "imports": ((An * ~same).sum(axis=0) @ Ln).tolist(),
}
with open(os.path.join(FIXTURE, "pymrio-multipliers.json"), "w") as f:
    json.dump(out, f, indent=1)
    f.write("\n")
print(f"wrote {book} and pymrio-multipliers.json ({n} region-sectors)", file=sys.stderr)
