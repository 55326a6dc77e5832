#!/usr/bin/env python3
"""pymrio's side of `npm run bench:scale`: L and multipliers of a synthetic MRIO, whole process.

Starts Python, imports pymrio (from its own source tree: PYMRIO_SRC, default pymrio/ in the
system's temporary directory, as generate.py), loads the IOSystem that bench/scale.ts wrote in
pymrio's text format (Z.txt, Y.txt, file_parameters.json) and its value-added extension
(factor_inputs/F.txt), then computes what Chanye's whole process computes, as far as pymrio has
it: calc_system() (x, A and L by numpy.linalg.inv), the extension's S and M (value-added
multipliers, iomath.calc_S and calc_M), the output multipliers (column sums of L) and the
Rasmussen backward and forward linkages (column and row sums of L over their means; pymrio has
no function for these, so NumPy does it in three lines). The footprint accounts of calc_all
(D_cba, D_pba, ...) are not computed: Chanye's run has nothing like them.

  scale-process.py DIR
"""

import os
import sys
import tempfile

if len(sys.argv) != 2:
    sys.exit("usage: scale-process.py DIR  (DIR written by bench/scale.ts)")
src = os.environ.get("PYMRIO_SRC", os.path.join(tempfile.gettempdir(), "pymrio"))
if os.path.isdir(os.path.join(src, "pymrio")):
    sys.path.insert(0, src)

import numpy as np  # noqa: E402
import pymrio  # noqa: E402
from pymrio.tools import iomath  # noqa: E402

io = pymrio.load(sys.argv[1])
va = pymrio.load(os.path.join(sys.argv[1], "factor_inputs"))
io.calc_system()
S = iomath.calc_S(va.F, io.x)
M = iomath.calc_M(S, io.L)
L = io.L.to_numpy()
output = L.sum(axis=0)
backward = output / output.mean()
rows = L.sum(axis=1)
forward = rows / rows.mean()
n = L.shape[0]
if M.shape != (1, n) or not (output >= 1 - 1e-9).all() or backward.shape != forward.shape:
    sys.exit(f"unexpected result: L {L.shape}, M {M.shape}")
