#!/usr/bin/env python3
"""Reference values and timings from the Growth Lab's py-ecomplexity for `trade-2017`.

Runs `ecomplexity` (default options: RCA presence, threshold 1, discrete symmetric
proximity, no knn) and `proximity` on the world trade of 2017 (HS07 4-digit, 224
economies x 1,222 products), as the snapshot's `trade-2017` holds it, and writes the fixture
of packages/engine/test/complexity/complexity-world.test.ts. py-ecomplexity is imported from its
own source (PYTHONPATH or --src), never copied into this repository. See README.md.

Modes:
  generate.py                     fixture + timings (median of --runs in-process runs)
  generate.py --no-fixture --json timings only, one JSON line on stdout (bench/complexity.ts)
  generate.py --whole-process DIR one read + ecomplexity + proximity, outputs written to DIR
                                  as CSV (timed from outside, python startup included;
                                  --skip-write: compute only)
"""

import argparse
import contextlib
import io
import json
import os
import statistics
import subprocess
import sys
import time
import warnings

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", "..", ".."))
DEFAULT_SRC = os.path.join(HERE, ".cache", "py-ecomplexity")
DEFAULT_CSV = os.path.join(HERE, ".cache", "world_trade_2017_hs07_4d.csv")
PARQUET = os.path.normpath(
    os.path.join(ROOT, "..", "shared", "data", "trade", "ec_world_trade_2017_hs07_4d.parquet")
)
FIXTURE = os.path.join(ROOT, "packages", "store", "test", "fixtures", "py-ecomplexity-world-2017")
COLS = {"time": "year", "loc": "iso3", "prod": "hs07_4d", "val": "value"}
SAMPLE_SEED = 2017
SAMPLE_SIZE = 500


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--src", default=os.environ.get("PY_ECOMPLEXITY_SRC", DEFAULT_SRC),
                        help="py-ecomplexity source tree (the directory holding ecomplexity/)")
    parser.add_argument("--input", default=DEFAULT_CSV,
                        help="CSV written by export-input.ts (used when pandas cannot read Parquet)")
    parser.add_argument("--runs", type=int, default=5, help="timed in-process runs (median)")
    parser.add_argument("--no-fixture", action="store_true", help="time only, write nothing")
    parser.add_argument("--json", action="store_true", help="print the timings as one JSON line")
    parser.add_argument("--whole-process", metavar="DIR", help="compute once and write outputs to DIR")
    parser.add_argument("--skip-write", action="store_true", help="with --whole-process: compute, write nothing")
    return parser.parse_args()


args = parse_args()
if os.path.isdir(os.path.join(args.src, "ecomplexity")):
    sys.path.insert(0, args.src)

import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
from ecomplexity import ecomplexity, proximity  # noqa: E402


def read_trade():
    """The shared Parquet file filtered as buildTrade does, or the CSV export of it."""
    try:
        raw = pd.read_parquet(PARQUET, columns=["iso3", "year", "product_code", "export_value_usd"])
        keep = raw.export_value_usd.notna() & (raw.export_value_usd > 0) & raw.iso3.str.fullmatch(r"[A-Z]{3}")
        data = raw[keep].rename(columns={"product_code": "hs07_4d", "export_value_usd": "value"})
        return data[["year", "iso3", "hs07_4d", "value"]].astype({"value": "float64"}), PARQUET
    except ImportError:
        pass
    if not os.path.exists(args.input):
        subprocess.run(
            ["npx", "tsx", "--tsconfig", "tsconfig.tests.json",
             os.path.join(HERE, "export-input.ts"), args.input],
            cwd=ROOT, check=True, stdout=sys.stderr,
        )
    data = pd.read_csv(args.input, dtype={"iso3": str, "hs07_4d": str, "year": "int64", "value": "float64"})
    return data, args.input


def run_ecomplexity(data):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return ecomplexity(data, COLS, verbose=False)


def run_proximity(data):
    # proximity() prints each period unconditionally: keep stdout for --json
    with warnings.catch_warnings(), contextlib.redirect_stdout(io.StringIO()):
        warnings.simplefilter("ignore")
        return proximity(data, COLS)


def timed(body, runs):
    seconds = []
    for _ in range(runs):
        started = time.perf_counter()
        body()
        seconds.append(time.perf_counter() - started)
    return seconds


def source_version():
    commit = "unknown"
    commit_file = os.path.join(args.src, "COMMIT")
    if os.path.exists(commit_file):
        with open(commit_file, encoding="utf-8") as f:
            commit = f.read().strip()
    version = "unknown"
    setup = os.path.join(args.src, "setup.py")
    if os.path.exists(setup):
        with open(setup, encoding="utf-8") as f:
            for line in f:
                if line.strip().startswith("version="):
                    version = line.split("'")[1]
    return commit, version


def machine():
    model = "unknown"
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as f:
            model = next(line.split(":", 1)[1].strip() for line in f if line.startswith("model name"))
    except (OSError, StopIteration):
        pass
    return f"{model} x {os.cpu_count()}"


def write_fixture(out, prox):
    os.makedirs(FIXTURE, exist_ok=True)
    fmt = None  # pandas writes repr(): the shortest string that reads back to the same double
    locations = out.groupby("iso3", sort=True).first()
    eci = pd.DataFrame({
        "location": locations.index,
        "eci": locations.eci.values,
        "diversity": locations.diversity.astype("int64").values,
        "coi": locations.coi.values,
    })
    eci.to_csv(os.path.join(FIXTURE, "eci.csv"), index=False, float_format=fmt)
    products = out.groupby("hs07_4d", sort=True).first()
    pci = pd.DataFrame({
        "product": products.index,
        "pci": products.pci.values,
        "ubiquity": products.ubiquity.astype("int64").values,
    })
    pci.to_csv(os.path.join(FIXTURE, "pci.csv"), index=False, float_format=fmt)

    rng = np.random.default_rng(SAMPLE_SEED)
    cells = out.sort_values(["iso3", "hs07_4d"]).reset_index(drop=True)
    picked = np.sort(rng.choice(len(cells), size=SAMPLE_SIZE, replace=False))
    sample = cells.loc[picked, ["iso3", "hs07_4d", "rca", "mcp", "density", "cog"]]
    sample.columns = ["location", "product", "rca", "mcp", "density", "cog"]
    sample["mcp"] = sample.mcp.astype("int64")
    sample.to_csv(os.path.join(FIXTURE, "density-cog-sample.csv"), index=False, float_format=fmt)

    pairs = prox.sort_values(["hs07_4d_1", "hs07_4d_2"]).reset_index(drop=True)
    picked = np.sort(rng.choice(len(pairs), size=SAMPLE_SIZE, replace=False))
    psample = pairs.loc[picked, ["hs07_4d_1", "hs07_4d_2", "proximity"]]
    psample.columns = ["product1", "product2", "proximity"]
    psample.to_csv(os.path.join(FIXTURE, "proximity-sample.csv"), index=False, float_format=fmt)
    return len(eci), len(pci)


def main():
    commit, version = source_version()
    if args.whole_process:
        data, _ = read_trade()
        out = run_ecomplexity(data)
        prox = run_proximity(data)
        if args.skip_write:
            return
        os.makedirs(args.whole_process, exist_ok=True)
        out.to_csv(os.path.join(args.whole_process, "ecomplexity.csv"), index=False)
        prox.to_csv(os.path.join(args.whole_process, "proximity.csv"), index=False)
        return

    started = time.perf_counter()
    data, data_path = read_trade()
    read_seconds = time.perf_counter() - started
    out = run_ecomplexity(data)
    prox = run_proximity(data)
    eco = timed(lambda: run_ecomplexity(data), args.runs)
    pro = timed(lambda: run_proximity(data), args.runs)
    timings = {
        "py_ecomplexity": {"commit": commit, "version": version},
        "machine": machine(),
        "python": sys.version.split()[0],
        "numpy": np.__version__,
        "pandas": pd.__version__,
        "runs": args.runs,
        "read_seconds": read_seconds,
        "ecomplexity_median_seconds": statistics.median(eco),
        "ecomplexity_min_seconds": min(eco),
        "proximity_median_seconds": statistics.median(pro),
        "proximity_min_seconds": min(pro),
    }
    if not args.no_fixture:
        n_loc, n_prod = write_fixture(out, prox)
        timings["fixture"] = {"dir": os.path.relpath(FIXTURE, ROOT), "locations": n_loc, "products": n_prod,
                              "input": os.path.relpath(data_path, ROOT)}
        with open(os.path.join(HERE, "timing.json"), "w", encoding="utf-8") as f:
            json.dump(timings, f, indent=2)
            f.write("\n")
    if args.json:
        print(json.dumps(timings))
    else:
        print(json.dumps(timings, indent=2))


main()
