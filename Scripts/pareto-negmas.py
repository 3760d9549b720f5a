#!/usr/bin/env python3
"""Scripts/pareto-negmas.py DIR: NegMAS's Pareto frontier beside Parley's.

For each DIR/pareto-N.json written by `parley-bench pareto --export DIR`,
build the same outcome space (8 issues of 6 values) and the parties' linear
additive utility functions in NegMAS (PyPI `negmas`, used by this script
only), time `pareto_frontier` over every outcome, compare the set of
utility vectors with Parley's (DIR/pareto-N.front.json) and print both times
and their ratio.
"""
import glob
import json
import os
import sys
import time

from negmas.outcomes import make_issue, make_os
from negmas.preferences import LinearAdditiveUtilityFunction
from negmas.preferences.ops import pareto_frontier


def main(directory):
    total_negmas = total_parley = 0.0
    files = sorted(glob.glob(os.path.join(directory, "pareto-*.json")))
    files = [f for f in files if not f.endswith(".front.json")]
    for path in files:
        spec = json.load(open(path))
        parley = json.load(open(path.replace(".json", ".front.json")))
        issues = [make_issue(values=[f"v{v}" for v in range(spec["values"])], name=f"x{i}") for i in range(spec["issues"])]
        space = make_os(issues)
        ufuns = []
        for table in spec["tables"]:
            values = {f"x{i}": {f"v{v}": float(table[i][v]) for v in range(spec["values"])} for i in range(spec["issues"])}
            ufuns.append(LinearAdditiveUtilityFunction(values=values, weights=[1.0] * spec["issues"], outcome_space=space))
        start = time.perf_counter()
        outcomes = list(space.enumerate())
        front, _ = pareto_frontier(ufuns, outcomes=outcomes, sort_by_welfare=True)
        seconds = time.perf_counter() - start
        negmas_front = {tuple(int(round(u)) for u in point) for point in front}
        parley_front = {tuple(point) for point in parley["front"]}
        same = "same front" if negmas_front == parley_front else f"DIFFERENT front ({len(negmas_front)} vs {len(parley_front)})"
        total_negmas += seconds
        total_parley += parley["seconds"]
        print(f"{os.path.basename(path)}: {len(outcomes)} outcomes, NegMAS {seconds:.3f} s, Parley {parley['seconds']:.4f} s, "
              f"ratio {seconds / parley['seconds']:.1f}x, {same} ({len(parley_front)} vectors)")
    print(f"total: NegMAS {total_negmas:.2f} s, Parley {total_parley:.2f} s, Parley faster by {total_negmas / total_parley:.1f}x")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else ".")
