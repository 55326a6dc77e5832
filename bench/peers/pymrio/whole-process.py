#!/usr/bin/env python3
"""pymrio's A and L as a whole process, the peer of Chanye's whole-process input-output cases.

Starts Python, imports pymrio (from its own source tree: --src or PYMRIO_SRC, as generate.py),
loads the WIOD 2013 (2011) IOSystem that `generate.py --save-system DIR` wrote in pymrio's
pickle format (its fastest without pyarrow), and runs `calc_system()`, which computes x, A and
L. bench/io.ts times this script from outside, as it times Chanye's processes.

  whole-process.py DIR
"""

import os
import sys
import tempfile

if len(sys.argv) != 2:
    sys.exit("usage: whole-process.py DIR  (DIR written by generate.py --save-system)")
src = os.environ.get("PYMRIO_SRC", os.path.join(tempfile.gettempdir(), "pymrio"))
if os.path.isdir(os.path.join(src, "pymrio")):
    sys.path.insert(0, src)

import pymrio  # noqa: E402

io = pymrio.load(sys.argv[1])
io.calc_system()
if io.L.shape != (1435, 1435):
    sys.exit(f"unexpected L of shape {io.L.shape}")
