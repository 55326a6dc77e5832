#!/usr/bin/env python3
"""py-ecomplexity's side of `npm run bench:scale`: a BACI-layout CSV to ECI, whole process.

Starts Python, imports pandas and py-ecomplexity (from its own source tree: PY_ECOMPLEXITY_SRC,
as generate.py), reads the CSV that bench/scale.ts wrote in BACI's layout (t, i, j, k, v, q),
sums v over importers j to exporter x product x year (BACI has one row per importer;
py-ecomplexity keeps only the first of duplicate rows, so the sum is the caller's job, as
`chanye complexity --input` does it in DuckDB), runs `ecomplexity` with its default options
(RCA, threshold 1) for every year in the file and writes its output as CSV into DIR, as
`chanye complexity --out DIR` writes its files.

  scale-process.py CSV DIR
"""

import os
import sys
import warnings

HERE = os.path.dirname(os.path.abspath(__file__))
if len(sys.argv) != 3:
    sys.exit("usage: scale-process.py CSV DIR")
src = os.environ.get("PY_ECOMPLEXITY_SRC", os.path.join(HERE, ".cache", "py-ecomplexity"))
if os.path.isdir(os.path.join(src, "ecomplexity")):
    sys.path.insert(0, src)

import pandas as pd  # noqa: E402
from ecomplexity import ecomplexity  # noqa: E402

raw = pd.read_csv(sys.argv[1], usecols=["t", "i", "k", "v"], dtype={"t": "int16", "i": "int32", "k": str, "v": "float64"})
data = raw.groupby(["t", "i", "k"], sort=False, observed=True)["v"].sum().reset_index()
del raw
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    out = ecomplexity(data, {"time": "t", "loc": "i", "prod": "k", "val": "v"}, verbose=False)
os.makedirs(sys.argv[2], exist_ok=True)
out.to_csv(os.path.join(sys.argv[2], "ecomplexity.csv"), index=False)
