#!/usr/bin/env python3
"""Scripts/marco-z3.py DIR: a reference over z3 (PyPI `z3-solver`, used by
this script only) for the files `parley-bench analysis --export DIR` writes,
timed and compared with what Parley found (DIR/NAME.json).

For each DIR/NAME.smt2 (the baseline: the demands are the selectors s0, s1,
... of the file) it computes
- every conflict (minimal unsatisfiable set of demands) and every minimal
  concession set (the complement of a maximal satisfiable set), both by
  MARCO (Liffiton et al. 2016): a second z3 solver, the map, holds the
  explored subsets; satisfiable seeds are grown to maximal sets (first by
  every demand the model already meets, then one by one) and their
  complements blocked; unsatisfiable ones are shrunk to minimal with z3's
  cores and deletion, and their supersets blocked;
and for DIR/NAME.settle.smt2 (the `settle` what-if, every demand on)
- the overlap: for each issue every value some agreement allows, as
  intervals. A model's value is grown into the widest interval that the
  same agreement admits with the other issues fixed (two bisections, each
  step one unsatisfiability check of the negated demands), then z3 is asked
  for a value outside the intervals found so far, until there is none.
"""
import glob
import json
import os
import re
import sys
import time

import z3


def load(path):
    text = open(path).read()
    issues = [(int(lo), int(hi)) for lo, hi in re.findall(r"^; issue x\d+ (-?\d+) (-?\d+)$", text, re.M)]
    assertions = list(z3.parse_smt2_string(text))
    conditions = {}
    for a in assertions:
        if z3.is_implies(a) and str(a.arg(0)).startswith("s"):
            conditions[int(str(a.arg(0))[1:])] = a.arg(1)
    demands = re.findall(r"^; (\S+)\n\(declare-const s", text, re.M)
    return demands, issues, assertions, [conditions[k] for k in range(len(demands))]


def marco(path):
    names, _, assertions, conditions = load(path)
    solver = z3.Solver()
    solver.add(assertions)
    selectors = [z3.Bool(f"s{k}") for k in range(len(names))]
    index = {str(s): k for k, s in enumerate(selectors)}
    mapping = z3.Solver()
    blocks = [z3.Bool(f"m{k}") for k in range(len(names))]
    conflicts, concessions = [], []
    while mapping.check() == z3.sat:
        model = mapping.model()
        seed = [k for k in range(len(names)) if z3.is_true(model.eval(blocks[k], model_completion=True))]
        if solver.check([selectors[k] for k in seed]) == z3.sat:
            grown = set(seed)

            def absorb(m):
                for k in range(len(names)):
                    if k not in grown and z3.is_true(m.eval(conditions[k], model_completion=True)):
                        grown.add(k)

            absorb(solver.model())
            for k in range(len(names)):
                if k not in grown and solver.check([selectors[j] for j in grown | {k}]) == z3.sat:
                    grown.add(k)
                    absorb(solver.model())
            complement = [k for k in range(len(names)) if k not in grown]
            if not complement:
                break
            concessions.append(sorted(names[k] for k in complement))
            mapping.add(z3.Or([blocks[k] for k in complement]))
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
    return conflicts, concessions


def overlap(path):
    names, issues, assertions, conditions = load(path)
    xs = [z3.Int(f"x{i}") for i in range(len(issues))]
    meets = z3.Solver()
    meets.add(assertions)
    meets.add([z3.Bool(f"s{k}") for k in range(len(names))])
    fails = z3.Solver()
    fails.add(z3.Not(z3.And(conditions + [z3.BoolVal(True)])))
    result = []
    for i, (low, high) in enumerate(issues):
        found = []
        while True:
            outside = [z3.Or(xs[i] < lo, xs[i] > hi) for lo, hi in found]
            if meets.check(outside) != z3.sat:
                break
            model = meets.model()
            value = model.eval(xs[i], model_completion=True).as_long()
            fixed = [xs[j] == model.eval(xs[j], model_completion=True) for j in range(len(issues)) if j != i]

            def all_meet(a, b):
                return fails.check(fixed + [xs[i] >= a, xs[i] <= b]) == z3.unsat

            a, b = low, value
            while a < b:
                middle = (a + b) // 2
                if all_meet(middle, value):
                    b = middle
                else:
                    a = middle + 1
            start = a
            a, b = value, high
            while a < b:
                middle = (a + b + 1) // 2
                if all_meet(start, middle):
                    a = middle
                else:
                    b = middle - 1
            found.append((start, a))
        result.append(merge(found))
    return result


def merge(intervals):
    """Disjoint, ascending, non-adjacent intervals covering the same values."""
    merged = []
    for lo, hi in sorted(intervals):
        if merged and lo <= merged[-1][1] + 1:
            merged[-1][1] = max(merged[-1][1], hi)
        else:
            merged.append([lo, hi])
    return merged


def main(directory):
    total_z3 = total_parley = 0.0
    for path in sorted(glob.glob(os.path.join(directory, "*.smt2"))):
        if path.endswith(".settle.smt2"):
            continue
        parley = json.load(open(path.replace(".smt2", ".json")))
        start = time.perf_counter()
        conflicts, concessions = marco(path)
        values = overlap(path.replace(".smt2", ".settle.smt2"))
        seconds = time.perf_counter() - start
        same_conflicts = sorted(conflicts) == sorted(sorted(c) for c in parley["conflicts"])
        listed = {tuple(c) for c in parley["concessions"]}
        everything = {tuple(c) for c in concessions}
        same_concessions = str(len(everything)) == parley["concessionsTotal"] and listed <= everything \
            and (len(listed) == len(everything) or len(listed) == 100)
        same_overlap = values == [merge(issue) for issue in parley["overlap"]]
        total_z3 += seconds
        total_parley += parley["seconds"]
        verdict = ", ".join(f"{'same' if same else 'DIFFERENT'} {what}" for what, same in
                            [("conflicts", same_conflicts), ("concessions", same_concessions), ("overlap", same_overlap)])
        print(f"{os.path.basename(path)}: {len(conflicts)} conflicts, {len(concessions)} concessions, "
              f"z3 {seconds:.3f} s, Parley {parley['seconds']:.3f} s, ratio {parley['seconds'] / seconds:.3f}, {verdict}",
              flush=True)
    print(f"total: z3 {total_z3:.2f} s, Parley {total_parley:.2f} s, Parley/z3 = {total_parley / total_z3:.3f}")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else ".")
