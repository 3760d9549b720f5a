#!/usr/bin/env python3
"""Scripts/genius-benchmark.py GENIUS_DIR [PARLEY] [RUNS]: every GENIUS domain
imported, its whole `parley report` timed, its front checked exactly, and,
when NegMAS is installed, NegMAS's `pareto_frontier` timed beside it.

For each folder of GENIUS_DIR (a domain file and two profiles, as in
../shared/genius): `parley import genius` writes the scenario; the whole
`parley report FILE --format json` process is timed (the best of RUNS, 5 by
default); the exact GENIUS front is computed here by brute force over every
outcome with Python fractions (u = sum_i w_i * e_i(v) / max_v e_i(v), weights
as written), and the exact utilities of Parley's front agreements must be
that front, vector for vector. With NegMAS importable (PyPI `negmas`, used
by this script only), its outcome space and LinearAdditiveUtilityFunctions
are built with GENIUS's semantics (evaluations divided by their maximum,
weights as written) before the clock starts, and only `pareto_frontier` is
timed; its front must match the exact one to 1e-9. Prints a Markdown table.
"""
import fractions
import itertools
import json
import os
import subprocess
import sys
import tempfile
import time
import xml.etree.ElementTree as ET


def read_domain(path):
    root = ET.parse(path).getroot()
    space = root if root.tag == "utility_space" else root.find("utility_space")
    objective = space.find("objective")
    return [(issue.get("name"), [item.get("value") for item in issue.findall("item")]) for issue in objective.findall("issue")]


def read_profile(path, domain):
    root = ET.parse(path).getroot()
    space = root if root.tag == "utility_space" else root.find("utility_space")
    objective = space.find("objective")
    weights = {int(w.get("index")): fractions.Fraction(w.get("value")) for w in objective.findall("weight")}
    by_name = {}
    for issue in objective.findall("issue"):
        evaluations = {item.get("value"): fractions.Fraction(item.get("evaluation")) for item in issue.findall("item")}
        by_name[issue.get("name")] = (weights[int(issue.get("index"))], evaluations)
    tables = []
    for name, values in domain:
        weight, evaluations = by_name[name]
        top = max(evaluations[v] for v in values)
        tables.append([weight * evaluations[v] / top if top > 0 else fractions.Fraction(0) for v in values])
    return tables


def exact_front(domain, tables):
    """Every Pareto-optimal exact utility vector, by enumerating outcomes."""
    # Integers on a common denominator make the enumeration fast.
    denominator = 1
    for party in tables:
        for row in party:
            for c in row:
                denominator = denominator * c.denominator // fractions.math.gcd(denominator, c.denominator)
    integer = [[[int(c * denominator) for c in row] for row in party] for party in tables]
    vectors = {}
    for outcome in itertools.product(*[range(len(values)) for _, values in domain]):
        vector = tuple(sum(party[i][v] for i, v in enumerate(outcome)) for party in integer)
        vectors.setdefault(vector, outcome)
    points = sorted(vectors, reverse=True)
    front, best = [], None
    for vector in points:  # two parties: a sweep
        if best is None or vector[1] > best:
            front.append(vector)
            best = vector[1]
    return {tuple(fractions.Fraction(u, denominator) for u in v) for v in front}


def negmas_front(domain, tables):
    from negmas.outcomes import make_issue, make_os
    from negmas.preferences import LinearAdditiveUtilityFunction
    from negmas.preferences.ops import pareto_frontier
    issues = [make_issue(values=list(values), name=name) for name, values in domain]
    space = make_os(issues)
    ufuns = []
    for party in tables:
        values = {name: {v: float(party[i][k]) for k, v in enumerate(vs)} for i, (name, vs) in enumerate(domain)}
        ufuns.append(LinearAdditiveUtilityFunction(values=values, weights=[1.0] * len(domain), outcome_space=space))
    outcomes = list(space.enumerate())
    start = time.perf_counter()
    front, _ = pareto_frontier(ufuns, outcomes=outcomes, sort_by_welfare=True)
    return time.perf_counter() - start, [tuple(point) for point in front]


def main(folder, parley, runs):
    try:
        import negmas  # noqa: F401
        have_negmas = True
    except ImportError:
        have_negmas = False
    print("| domain | outcomes | front | parley report | NegMAS pareto_frontier | ratio (target) | same front |")
    print("|---|---|---|---|---|---|---|")
    for name in sorted(os.listdir(folder)):
        path = os.path.join(folder, name)
        if not os.path.isdir(path):
            continue
        files = sorted(f for f in os.listdir(path) if f.endswith(".xml"))
        domain_file = next(f for f in files if ET.parse(os.path.join(path, f)).getroot().tag == "negotiation_template"
                           or ET.parse(os.path.join(path, f)).getroot().find(".//issue/item[@evaluation]") is None)
        profiles = [f for f in files if f != domain_file]
        domain = read_domain(os.path.join(path, domain_file))
        tables = [read_profile(os.path.join(path, p), domain) for p in profiles]
        with tempfile.TemporaryDirectory() as scratch:
            scenario = os.path.join(scratch, "s.parley")
            subprocess.run([parley, "import", "genius", os.path.join(path, domain_file)] + [os.path.join(path, p) for p in profiles]
                           + ["--output", scenario], check=True)
            best = None
            for _ in range(runs):
                start = time.perf_counter()
                out = subprocess.run([parley, "report", scenario, "--format", "json"], check=True, capture_output=True).stdout
                seconds = time.perf_counter() - start
                best = seconds if best is None else min(best, seconds)
        report = json.loads(out)
        values = [issue["domain"]["values"] for issue in report["issues"]]
        exact = exact_front(domain, tables)
        outcomes = 1
        for _, vs in domain:
            outcomes *= len(vs)
        found = set()
        for entry in report["analysis"]["best"]:
            outcome = [values[i].index(v) for i, v in enumerate(entry["agreement"].values())]
            found.add(tuple(sum((party[i][v] for i, v in enumerate(outcome)), fractions.Fraction(0)) for party in tables))
        same = "yes" if found == exact and len(report["analysis"]["best"]) == len(exact) else f"NO ({len(found)} vs {len(exact)})"
        negmas_cell, ratio = "not installed", "-"
        if have_negmas:
            seconds, front = negmas_front(domain, tables)
            # NegMAS lists every outcome on its front: equal vectors (to
            # float precision) count once.
            distinct = sorted({tuple(round(u, 12) for u in v) for v in front})
            floats = sorted(tuple(float(u) for u in v) for v in exact)
            matches = len(distinct) == len(floats) and all(
                abs(a - b) < 1e-9 for x, y in zip(distinct, floats) for a, b in zip(x, y))
            negmas_cell = f"{seconds:.4f} s" + ("" if matches else f" (its front differs: {len(distinct)} vectors)")
            # The issue's target: the whole report at most 0.1x NegMAS's
            # call, 50 ms allowed for process start.
            met = "met" if max(0.0, best - 0.05) <= 0.1 * seconds else "missed"
            ratio = f"{best / seconds:.2f}x ({met})"
        print(f"| {name} | {outcomes:,} | {len(exact)} | "
              f"{best:.3f} s | {negmas_cell} | {ratio} | {same} |")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else ".build/release/parley", int(sys.argv[3]) if len(sys.argv) > 3 else 5)
