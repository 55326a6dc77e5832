#!/usr/bin/env python3
"""Reference values and timings from pymrio's calc_A and calc_L on WIOD 2013, year 2011.

Builds the dense 1,435 x 1,435 Z and 1,435 x 205 Y of WIOD 2013 (2011) from the shared data
(io/wiod2013/inter/wiot_inter_2011.parquet and final_demand.parquet, exported to CSV by
export-input.ts when pandas cannot read Parquet), in Chanye's order (regions alphabetical with
ROW last, sectors c1..c35, categories CONS_h, CONS_np, CONS_g, GFCF, INVEN), then calls
pymrio.tools.iomath.calc_x, calc_A and calc_L from pymrio's own source (PYTHONPATH or --src,
never copied here), times calc_A + calc_L (median of --runs in-process runs) and writes the
fixture of packages/store/test/input-output/pymrio.test.ts:

  packages/store/test/fixtures/pymrio-wiod-2011/reference.json
    x (1,435), column sums of L (1,435), a seeded sample of 2,000 (i, j) cells with A and L,
    the pymrio commit, numpy version and timings.

Modes:
  generate.py                 fixture + timings
  generate.py --no-fixture --json   timings only, one JSON line on stdout (bench/io.ts)
  generate.py --no-fixture --save-system DIR
                              also saves the table as a pymrio IOSystem (Z and Y) in pymrio's
                              pickle format, for whole-process.py (bench/io.ts)
"""

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", "..", ".."))
CACHE = os.path.join(HERE, ".cache")
FIXTURE = os.path.join(ROOT, "packages", "store", "test", "fixtures", "pymrio-wiod-2011")
YEAR = 2011
SAMPLE_SEED = 2011
SAMPLE_SIZE = 2000
CATEGORIES = ["CONS_h", "CONS_np", "CONS_g", "GFCF", "INVEN"]


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--src", default=os.environ.get("PYMRIO_SRC", os.path.join(tempfile.gettempdir(), "pymrio")),
                        help="pymrio source tree (the directory holding pymrio/); kept outside the repository")
    parser.add_argument("--runs", type=int, default=5, help="timed in-process runs (median)")
    parser.add_argument("--no-fixture", action="store_true", help="time only, write nothing")
    parser.add_argument("--json", action="store_true", help="print the timings as one JSON line")
    parser.add_argument("--save-system", metavar="DIR",
                        help="save the table as a pymrio IOSystem (pickle format) into DIR")
    return parser.parse_args()


args = parse_args()
if os.path.isdir(os.path.join(args.src, "pymrio")):
    sys.path.insert(0, args.src)

import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
from pymrio.tools import iomath  # noqa: E402


def pymrio_commit():
    if not os.path.exists(os.path.join(args.src, ".git")):
        return os.environ.get("PYMRIO_COMMIT", "unknown")
    try:
        return subprocess.run(["git", "-C", args.src, "rev-parse", "HEAD"], capture_output=True,
                              text=True, check=True).stdout.strip()
    except Exception:  # a git archive has no .git: the README names the commit
        return os.environ.get("PYMRIO_COMMIT", "unknown")


def read_long():
    z_csv = os.path.join(CACHE, f"Z_{YEAR}.csv")
    y_csv = os.path.join(CACHE, f"Y_{YEAR}.csv")
    if not (os.path.exists(z_csv) and os.path.exists(y_csv)):
        subprocess.run(["npx", "tsx", "--tsconfig", "tsconfig.tests.json",
                        os.path.join(HERE, "export-input.ts"), CACHE, str(YEAR)],
                       cwd=ROOT, check=True, stdout=sys.stderr)
    return pd.read_csv(z_csv), pd.read_csv(y_csv)


def build():
    z_long, y_long = read_long()
    countries = sorted(set(z_long.row_country) | set(z_long.col_country) | set(y_long.row_country))
    regions = [c for c in countries if c != "ROW"] + ["ROW"]
    sectors = [f"c{s}" for s in range(1, 36)]
    n = len(regions) * len(sectors)
    rpos = {r: k for k, r in enumerate(regions)}
    spos = {s: k for k, s in enumerate(sectors)}
    cpos = {c: k for k, c in enumerate(CATEGORIES)}
    Z = np.zeros((n, n))
    i = z_long.row_country.map(rpos) * 35 + z_long.row_sector.map(spos)
    j = z_long.col_country.map(rpos) * 35 + z_long.col_sector.map(spos)
    np.add.at(Z, (i.to_numpy(), j.to_numpy()), z_long.value.to_numpy(dtype=float))
    Y = np.zeros((n, len(regions) * len(CATEGORIES)))
    i = y_long.row_country.map(rpos) * 35 + y_long.row_sector.map(spos)
    c = y_long.col_country.map(rpos) * len(CATEGORIES) + y_long.fd_category.map(cpos)
    np.add.at(Y, (i.to_numpy(), c.to_numpy()), y_long.value.to_numpy(dtype=float))
    index = pd.MultiIndex.from_product([regions, sectors], names=["region", "sector"])
    columns = pd.MultiIndex.from_product([regions, CATEGORIES], names=["region", "category"])
    return pd.DataFrame(Z, index=index, columns=index), pd.DataFrame(Y, index=index, columns=columns)


Z, Y = build()
if args.save_system:
    import pymrio  # noqa: E402

    pymrio.IOSystem(Z=Z, Y=Y, name=f"WIOD 2013, {YEAR}").save(args.save_system, table_format="pkl")
x = iomath.calc_x(Z, Y)
A = iomath.calc_A(Z, x)
L = iomath.calc_L(A)

timings = []
for _ in range(args.runs):
    t0 = time.perf_counter()
    x_t = iomath.calc_x(Z, Y)
    A_t = iomath.calc_A(Z, x_t)
    iomath.calc_L(A_t)
    timings.append(time.perf_counter() - t0)
timing = {
    "pymrio_calc_x_A_L_median_s": statistics.median(timings),
    "pymrio_calc_x_A_L_min_s": min(timings),
    "runs": args.runs,
    "numpy": np.__version__,
    "pandas": pd.__version__,
}

if args.json:
    print(json.dumps(timing))
if not args.no_fixture:
    rng = np.random.default_rng(SAMPLE_SEED)
    n = A.shape[0]
    cells = rng.choice(n * n, size=SAMPLE_SIZE, replace=False)
    # Half of the sample from non-zero cells of A, so the comparison is not mostly zeros.
    nz = np.flatnonzero(A.to_numpy())
    cells[: SAMPLE_SIZE // 2] = rng.choice(nz, size=SAMPLE_SIZE // 2, replace=False)
    cells = np.unique(cells)
    a = A.to_numpy().ravel()
    l = L.to_numpy().ravel()
    reference = {
        "source": "pymrio.tools.iomath calc_x, calc_A, calc_L on WIOD 2013, 2011 (bench/peers/pymrio/generate.py)",
        "pymrio_commit": pymrio_commit(),
        "tolerance": "1e-9 relative (cells below 1e-12 in absolute value: 1e-15 absolute)",
        "regions": list(dict.fromkeys(r for r, _ in A.index)),
        "n": int(n),
        "x": x.to_numpy().ravel().tolist(),
        "L_column_sums": L.to_numpy().sum(axis=0).tolist(),
        "cells": [[int(k // n), int(k % n), float(a[k]), float(l[k])] for k in cells],
        "timing": timing,
    }
    os.makedirs(FIXTURE, exist_ok=True)
    with open(os.path.join(FIXTURE, "reference.json"), "w") as fh:
        json.dump(reference, fh, separators=(",", ":"))
        fh.write("\n")
    print(f"wrote {os.path.join(FIXTURE, 'reference.json')}; calc_x+A+L median {timing['pymrio_calc_x_A_L_median_s']:.3f} s",
          file=sys.stderr)
