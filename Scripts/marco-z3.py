#!/usr/bin/env python3
"""Scripts/marco-z3.py DIR: every conflict (minimal unsatisfiable set of
demands) of each DIR/NAME.smt2 written by `parley-bench analysis --export
DIR`, found by MARCO (Liffiton et al. 2016) over z3 (PyPI `z3-solver`, used
by this script only), timed and compared with Parley's conflicts and
baseline-analysis time in DIR/NAME.json.

The demands are the selectors s0, s1, ... of the SMT-LIB file; a second z3
solver, the map, holds the explored subsets. Satisfiable seeds are grown to
maximal sets and their complements blocked; unsatisfiable ones are shrunk
to minimal with z3's cores and deletion, and their supersets blocked.
"""
import glob
import json
import os
import re
import sys
import time

import z3


def marco(path):
    text = open(path).read()
    names = re.findall(r"^; (\S+)$", text, re.M)
    solver = z3.Solver()
    solver.add(z3.parse_smt2_string(text))
    selectors = [z3.Bool(f"s{k}") for k in range(len(names))]
    index = {str(s): k for k, s in enumerate(selectors)}
    mapping = z3.Solver()
    blocks = [z3.Bool(f"m{k}") for k in range(len(names))]
    conflicts = []
    while mapping.check() == z3.sat:
        model = mapping.model()
        seed = [k for k in range(len(names)) if z3.is_true(model.eval(blocks[k], model_completion=True))]
        if solver.check([selectors[k] for k in seed]) == z3.sat:
            grown = set(seed)
            for k in range(len(names)):
                if k not in grown and solver.check([selectors[j] for j in grown | {k}]) == z3.sat:
                    grown.add(k)
            complement = [blocks[k] for k in range(len(names)) if k not in grown]
            if not complement:
                break
            mapping.add(z3.Or(complement))
        else:
            current = sorted(index[str(c)] for c in solver.unsat_core())
            i = 0
            while i < len(current):
                trial = current[:i] + current[i + 1:]
                if solver.check([selectors[k] for k in trial]) == z3.unsat:
                    used = {index[str(c)] for c in solver.unsat_core()}
                    current = [k for k in trial if k in used]
                else:
                    i += 1
            conflicts.append(sorted(names[k] for k in current))
            mapping.add(z3.Or([z3.Not(blocks[k]) for k in current]))
    return conflicts


def main(directory):
    total_z3 = total_parley = 0.0
    for path in sorted(glob.glob(os.path.join(directory, "*.smt2"))):
        parley = json.load(open(path.replace(".smt2", ".json")))
        start = time.perf_counter()
        conflicts = marco(path)
        seconds = time.perf_counter() - start
        same = sorted(conflicts) == sorted(sorted(c) for c in parley["conflicts"])
        total_z3 += seconds
        total_parley += parley["seconds"]
        print(f"{os.path.basename(path)}: {len(conflicts)} conflicts, z3 MARCO {seconds:.3f} s, "
              f"Parley {parley['seconds']:.3f} s, ratio {parley['seconds'] / seconds:.3f}, "
              f"{'same conflicts' if same else 'DIFFERENT conflicts'}")
    print(f"total: z3 MARCO {total_z3:.2f} s, Parley {total_parley:.2f} s, Parley/z3 = {total_parley / total_z3:.3f}")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else ".")
