#!/usr/bin/env python3
"""Scripts/pysat-reference.py [--solver NAME] DIR NAME...: a reference over
pysat (PyPI `python-sat`, used by this script only; MiniSat 2.2 inside by
default, `--solver g4` for Glucose 4) for the CNF files `parley-bench cnf
DIR FILE...` writes: DIR/NAME.baseline.cnf and DIR/NAME.whatif.W.cnf, the
issues encoded as Parley encodes them and a selector per demand (so the
encoding is Parley's; what is timed here is the SAT work on it).

For every set of positions (the baseline and each what-if) it computes what
`parley report FILE --format json` shows, as far as a SAT library can:
- the independent parts (demands joined through the issues they mention),
  one incremental solver per part, the demands assumed through selectors;
- feasible, and each party's `consistent`;
- `pairs` (every pair of parties: do their demands admit an agreement?) and
  `coalitions` (every maximal set of parties that do; cliques of the
  compatible pairs, tested from the largest down);
- when infeasible: every conflict (MUS) and every minimal concession set
  (MCS) of each infeasible part by MARCO (Liffiton et al. 2016): a map
  solver over the part's demands proposes seeds (maximal first);
  satisfiable ones are grown to maximal sets (every demand the model meets,
  then one by one) and their complements blocked; unsatisfiable ones are
  shrunk to a MUS with the solver's cores and deletion, and their
  supersets blocked. The conflicts are grouped into disputes (shared
  demands), each dispute's concessions are the part's MCSes restricted to
  it, the total is the product over the disputes, and the first 100 global
  concession sets (by cost, size, names) are listed when the product is at
  most 100,000 (else only the total is computed);
- when feasible: the overlap (per issue every value of some agreement):
  enum and bool values read off every model and tried one by one; integer
  values grown from a model's value into the widest interval the same
  agreement admits with the other issues fixed (two bisections, each step
  one unsatisfiability check of "some demand fails"), then a model with a
  value outside the intervals found so far is asked for, until none is left;
- `common` (the values every consistent party's own demands admit): the
  same search per party, restricted to the values the parties before it
  left.
Not computed: the agreement count (pysat does not count models), the
example's ranges, `gaps`, the disputes' shifts, tipping points, the runner
up, the Pareto front (`best`, `focal`, `dealPrices`), the ladder proof.

With `--check`, it compares its results with Parley's, DIR/NAME.json (the
output of `parley report FILE --format json`), and prints per set of
positions whether conflicts, concessions, overlap, common, pairs and
coalitions are the same; it exits 1 if anything differs.
"""
import glob
import itertools
import json
import os
import sys
import time

from pysat.solvers import Solver

LISTED = 100
ENUMERATE_AT_MOST = 100_000


class CNF:
    """One exported file: issues, parties, demands, clause blocks."""

    def __init__(self, path):
        self.issues = []  # (name, kind, data)
        self.parties = []
        self.demands = []  # (party, name, cost, selector, literal)
        self.blocks = {}
        block = None
        owner = {}
        with open(path) as f:
            for line in f:
                if line.startswith("c "):
                    words = line.split()
                    if words[1] == "issue":
                        name, kind = words[2], words[3]
                        if kind == "enum":
                            pairs = [w.split("=") for w in words[4:]]
                            data = ([p[0] for p in pairs], [int(p[1]) for p in pairs])
                            for lit in data[1]:
                                owner[lit] = len(self.issues)
                        elif kind == "bool":
                            data = int(words[4])
                            owner[data] = len(self.issues)
                        else:
                            data = (int(words[4]), int(words[5]), [int(w) for w in words[6:]])
                            for lit in data[2]:
                                owner[abs(lit)] = len(self.issues)
                        self.issues.append((name, kind, data))
                    elif words[1] == "party":
                        self.parties.append(words[2])
                    elif words[1] == "demand":
                        self.demands.append((int(words[2]), words[3], int(words[4]), int(words[5]), int(words[6])))
                    elif words[1] == "block":
                        block = (words[2], int(words[3])) if len(words) > 3 else ("constant", 0)
                        self.blocks[block] = []
                elif line.startswith("p "):
                    continue
                elif line.strip():
                    self.blocks[block].append([int(w) for w in line.split()[:-1]])
        # The issues each demand mentions: the issue variables in its block.
        self.mentions = []
        for k in range(len(self.demands)):
            found = set()
            for clause in self.blocks[("demand", k)]:
                for lit in clause:
                    i = owner.get(abs(lit))
                    if i is not None:
                        found.add(i)
            self.mentions.append(found)


def split(cnf, demands):
    """The demands in groups joined through shared issues (sorted lists)."""
    parent = {}

    def find(x):
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for k in demands:
        find(("d", k))
        for i in cnf.mentions[k]:
            parent[find(("d", k))] = find(("i", i))
    groups = {}
    for k in demands:
        groups.setdefault(find(("d", k)), []).append(k)
    return sorted(groups.values())


class Part:
    """One incremental solver over the clauses of some demands and their
    issues, with its own dense variable numbering."""

    def __init__(self, cnf, demands, solver):
        self.cnf = cnf
        self.demands = demands
        self.issues = sorted(set().union(*(cnf.mentions[k] for k in demands)))
        self.map = {}
        self.count = 0
        clauses = []
        for key in [("constant", 0)] + [("issue", i) for i in self.issues] + [("demand", k) for k in demands]:
            for clause in cnf.blocks[key]:
                clauses.append([self.local(lit) for lit in clause])
        self.on = self.local(1)
        self.solver = Solver(name=solver, bootstrap_with=clauses)
        self.selector = {k: self.local(cnf.demands[k][3]) for k in demands}
        self.condition = {k: self.local(cnf.demands[k][4]) for k in demands}
        self.gates = {}
        self.model = None

    def local(self, lit):
        v = self.map.get(abs(lit))
        if v is None:
            v = self.map[abs(lit)] = self.fresh()
        return v if lit > 0 else -v

    def fresh(self):
        self.count += 1
        return self.count

    def solve(self, assumptions):
        if self.solver.solve(assumptions=assumptions):
            self.model = self.solver.get_model()
            return True
        return False

    def true(self, lit, model=None):
        model = model or self.model
        return (model[abs(lit) - 1] > 0) == (lit > 0)

    # Gates for the questions (Tseitin, constants folded).
    def conj(self, lits):
        kept = []
        for lit in lits:
            if lit == self.on:
                continue
            if lit == -self.on or -lit in kept:
                return -self.on
            if lit not in kept:
                kept.append(lit)
        if not kept:
            return self.on
        if len(kept) == 1:
            return kept[0]
        key = ("and", tuple(sorted(kept)))
        if key not in self.gates:
            out = self.fresh()
            for lit in kept:
                self.solver.add_clause([-out, lit])
            self.solver.add_clause([out] + [-lit for lit in kept])
            self.gates[key] = out
        return self.gates[key]

    def disj(self, lits):
        return -self.conj([-lit for lit in lits])

    def at_least(self, i, value):
        """A literal for issue i (integer) >= value."""
        low, high, bits = self.cnf.issues[i][2]
        c = value - low
        if c <= 0:
            return self.on
        if c > high - low:
            return -self.on
        key = ("ge", i, c)
        if key not in self.gates:
            result = self.on
            for j, bit in enumerate(bits):
                b = self.local(bit)
                result = self.conj([b, result]) if (c >> j) & 1 else self.disj([b, result])
            self.gates[key] = result
        return self.gates[key]

    def within(self, i, lo, hi):
        key = ("within", i, lo, hi)
        if key not in self.gates:
            self.gates[key] = self.conj([self.at_least(i, lo), -self.at_least(i, hi + 1)])
        return self.gates[key]

    def between(self, i, a, b):
        """Assumptions for `a <= issue i <= b` (a, b within its domain):
        the bits of two bound numbers and the literals of one pair of
        comparators with them, built once per issue."""
        low, high, bits = self.cnf.issues[i][2]
        if i not in self.gates:
            x = [self.local(bit) for bit in bits]
            lower = [self.fresh() for _ in bits]
            upper = [self.fresh() for _ in bits]
            self.gates[i] = (lower, upper, self.greater_equal(x, lower), self.greater_equal(upper, x))
        lower, upper, above, below = self.gates[i]
        a, b = a - low, b - low
        return [above, below] + [l if a >> j & 1 else -l for j, l in enumerate(lower)] + \
            [u if b >> j & 1 else -u for j, u in enumerate(upper)]

    def greater_equal(self, x, y):
        """A literal for x >= y, both unsigned binary of one width: from the
        least significant bit up, x's low bits are at least y's."""
        result = self.on
        for xj, yj in zip(x, y):
            result = self.disj([self.conj([xj, -yj]), self.conj([self.disj([xj, -yj]), result])])
        return result

    def some_fails(self, demands):
        """A literal that, assumed, makes at least one of the demands fail."""
        key = ("fails", tuple(demands))
        if key not in self.gates:
            f = self.fresh()
            self.solver.add_clause([-f] + [-self.condition[k] for k in demands])
            self.gates[key] = f
        return self.gates[key]

    def value(self, i, model=None):
        name, kind, data = self.cnf.issues[i]
        model = model or self.model
        if kind == "enum":
            return next(v for v, lit in enumerate(data[1]) if self.true(self.local(lit), model))
        if kind == "bool":
            return 1 if self.true(self.local(data), model) else 0
        low, _, bits = data
        return low + sum(1 << j for j, bit in enumerate(bits) if self.true(self.local(bit), model))

    def fixing(self, i, model):
        """Literals fixing issue i to its value in the model."""
        name, kind, data = self.cnf.issues[i]
        if kind == "enum":
            return [self.local(data[1][self.value(i, model)])]
        if kind == "bool":
            lit = self.local(data)
            return [lit if self.true(lit, model) else -lit]
        return [self.local(b) if self.true(self.local(b), model) else -self.local(b) for b in data[2]]

    def fixing_value(self, i, v):
        """Literals fixing issue i to the value v."""
        name, kind, data = self.cnf.issues[i]
        if kind == "enum":
            return [self.local(data[1][v])]
        if kind == "bool":
            return [self.local(data) if v else -self.local(data)]
        low, _, bits = data
        return [self.local(b) if (v - low) >> j & 1 else -self.local(b) for j, b in enumerate(bits)]

    def value_literal(self, i, v):
        name, kind, data = self.cnf.issues[i]
        if kind == "enum":
            return self.local(data[1][v])
        lit = self.local(data)
        return lit if v else -lit


def domain(issue):
    name, kind, data = issue
    if kind == "enum":
        return set(range(len(data[0])))
    if kind == "bool":
        return {0, 1}
    return [(data[0], data[1])]


def intersect(a, b):
    out = []
    for lo1, hi1 in a:
        for lo2, hi2 in b:
            lo, hi = max(lo1, lo2), min(hi1, hi2)
            if lo <= hi:
                out.append((lo, hi))
    return merge(out)


def merge(intervals):
    merged = []
    for lo, hi in sorted(intervals):
        if merged and lo <= merged[-1][1] + 1:
            merged[-1] = (merged[-1][0], max(merged[-1][1], hi))
        else:
            merged.append((lo, hi))
    return merged


def growth_solver(cnf, demands, issue):
    """A solver over just these demands (those on `issue`), the literal that
    makes one of them fail, and the other issues they mention; cached."""
    key = tuple(demands)
    if key not in cnf.growers:
        grower = Part(cnf, demands, cnf.solver)
        cnf.growers[key] = (grower, grower.some_fails(demands))
    grower, fails = cnf.growers[key]
    return grower, fails, sorted(set().union(*(cnf.mentions[k] for k in demands)) - {issue})


def values(part, demands, candidates):
    """For each issue the demands mention: its values (within candidates[i])
    in some agreement meeting the demands; the part's last model meets them."""
    assume = [part.selector[k] for k in demands]
    issues = sorted(set().union(*(part.cnf.mentions[k] for k in demands)))
    first = part.model
    result = {}
    named = [i for i in issues if part.cnf.issues[i][1] != "int"]
    seen = {i: set() for i in named}

    def absorb(model):
        for i in named:
            seen[i].add(part.value(i, model))

    absorb(first)
    for i in named:
        for v in sorted(candidates[i] - seen[i]):
            if v not in seen[i] and part.solve(assume + [part.value_literal(i, v)]):
                absorb(part.model)
        result[i] = seen[i] & candidates[i]
    for i in issues:
        if part.cnf.issues[i][1] != "int":
            continue
        allowed = candidates[i]
        inside = part.disj([part.within(i, lo, hi) for lo, hi in allowed])
        found = []
        model = first
        while True:
            v = part.value(i, model) if model is not None else None
            if v is None or any(lo <= v <= hi for lo, hi in found) or not any(lo <= v <= hi for lo, hi in allowed):
                outside = [-part.within(i, lo, hi) for lo, hi in merge(found)]
                if not part.solve(assume + [inside] + outside):
                    break
                model = part.model
                absorb(model)
                v = part.value(i, model)
            bound_lo, bound_hi = next((lo, hi) for lo, hi in allowed if lo <= v <= hi)
            # Growth stops at the intervals already found.
            bound_lo = max([bound_lo] + [hi + 1 for lo, hi in found if hi < v])
            bound_hi = min([bound_hi] + [lo - 1 for lo, hi in found if lo > v])
            # With the other issues fixed only the demands on issue i can
            # fail: their own small solver answers the growth's checks.
            grower, fails, neighbours = growth_solver(part.cnf, [k for k in demands if i in part.cnf.mentions[k]], i)
            fixed = [fails] + [lit for j in neighbours for lit in grower.fixing_value(j, part.value(j, model))]

            def all_meet(a, b):
                return not grower.solver.solve(assumptions=fixed + grower.between(i, a, b))

            # Galloping away from v, then bisection: narrow intervals cost
            # few checks.
            start, step = v, 1
            while start > bound_lo:
                trial = max(bound_lo, start - step)
                if not all_meet(trial, start - 1):
                    a, b = trial + 1, start
                    while a < b:
                        middle = (a + b) // 2
                        if all_meet(middle, start - 1):
                            b = middle
                        else:
                            a = middle + 1
                    start = a
                    break
                start, step = trial, step * 2
            a, step = v, 1
            while a < bound_hi:
                trial = min(bound_hi, a + step)
                if not all_meet(a + 1, trial):
                    low, high = a, trial - 1
                    while low < high:
                        middle = (low + high + 1) // 2
                        if all_meet(a + 1, middle):
                            low = middle
                        else:
                            high = middle - 1
                    a = low
                    break
                a, step = trial, step * 2
            found.append((start, a))
            model = None
        result[i] = merge(found)
    return result


def marco(part):
    """Every MUS and every MCS of the part's demands (lists of indexes)."""
    demands = part.demands
    n = len(demands)
    mapping = Solver(name="m22")
    for j in range(1, n + 1):
        mapping.add_clause([j, -j])  # declares the variable
    mapping.set_phases(list(range(1, n + 1)))
    conflicts, concessions = [], []
    while mapping.solve():
        m = mapping.get_model()
        seed = [demands[j] for j in range(n) if m[j] > 0]
        if part.solve([part.selector[k] for k in seed]):
            grown = set(seed)

            def absorb():
                for k in demands:
                    if k not in grown and part.true(part.condition[k]):
                        grown.add(k)

            absorb()
            for k in demands:
                if k not in grown and part.solve([part.selector[j] for j in grown] + [part.selector[k]]):
                    grown.add(k)
                    absorb()
            complement = [j for j in range(n) if demands[j] not in grown]
            if not complement:
                break
            concessions.append(sorted(demands[j] for j in complement))
            mapping.add_clause([j + 1 for j in complement])
        else:
            back = {part.selector[k]: k for k in demands}
            current = sorted(back[lit] for lit in part.solver.get_core())
            index = 0
            while index < len(current):
                trial = current[:index] + current[index + 1:]
                if not part.solve([part.selector[k] for k in trial]):
                    used = {back[lit] for lit in part.solver.get_core()}
                    current = [k for k in trial if k in used]
                else:
                    index += 1
            conflicts.append(current)
            position = {k: j for j, k in enumerate(demands)}
            mapping.add_clause([-(position[k] + 1) for k in current])
    mapping.delete()
    return conflicts, concessions


def analyse(cnf, solver):
    cnf.solver = solver
    cnf.growers = {}
    demands = list(range(len(cnf.demands)))
    parts = [Part(cnf, group, solver) for group in split(cnf, demands)]
    part_of = {k: p for p in parts for k in p.demands}
    by_party = [[k for k in demands if cnf.demands[k][0] == p] for p in range(len(cnf.parties))]
    names = [cnf.demands[k][1] for k in demands]

    def satisfiable(ks):
        groups = {}
        for k in ks:
            groups.setdefault(id(part_of[k]), (part_of[k], []))[1].append(k)
        return all(p.solve([p.selector[k] for k in g]) for p, g in groups.values())

    result = {}
    feasible = [p.solve(list(p.selector.values())) for p in parts]
    models = {id(p): p.model for p in parts}
    result["feasible"] = all(feasible)
    consistent = [satisfiable(ks) for ks in by_party]
    result["consistent"] = consistent
    P = len(cnf.parties)
    compatible = {}
    for a, b in itertools.combinations(range(P), 2):
        compatible[(a, b)] = consistent[a] and consistent[b] and satisfiable(by_party[a] + by_party[b])
    result["pairs"] = [[cnf.parties[a], cnf.parties[b], compatible[(a, b)]] for a, b in itertools.combinations(range(P), 2)]
    maximal = []
    members = [p for p in range(P) if consistent[p]]
    for size in range(len(members), 0, -1):
        for group in itertools.combinations(members, size):
            if any(set(group) <= m for m in maximal):
                continue
            if all(compatible[pair] for pair in itertools.combinations(group, 2)) and \
                    (size <= 2 or satisfiable([k for p in group for k in by_party[p]])):
                maximal.append(set(group))
    result["coalitions"] = sorted((sorted(cnf.parties[p] for p in m) for m in maximal), key=lambda c: (-len(c), c)) or [[]]

    # Common ground: each consistent party's support, intersected.
    candidates = {i: domain(issue) for i, issue in enumerate(cnf.issues)}
    for p in range(P):
        if not consistent[p]:
            continue
        for group in split(cnf, by_party[p]):
            part = part_of[group[0]]
            issues = set().union(*(cnf.mentions[k] for k in group))
            if not issues:
                continue
            part.solve([part.selector[k] for k in group])
            support = values(part, group, candidates)
            for i, found in support.items():
                candidates[i] = found
    result["common"] = {cnf.issues[i][0]: candidates[i] for i in candidates}

    overlap = {}
    if result["feasible"]:
        overlap = {i: domain(issue) for i, issue in enumerate(cnf.issues)}
        for part in parts:
            part.model = models[id(part)]
            overlap.update(values(part, part.demands, overlap))
    else:
        overlap = {i: set() if issue[1] != "int" else [] for i, issue in enumerate(cnf.issues)}
    result["overlap"] = {cnf.issues[i][0]: overlap[i] for i in overlap}

    conflicts, disputes = [], []
    if not result["feasible"]:
        for part, ok in zip(parts, feasible):
            if ok:
                continue
            mus, mcs = marco(part)
            conflicts += mus
            # Disputes: conflicts sharing demands; each dispute's concessions
            # are the part's MCSes restricted to its demands.
            groups = []
            for c in mus:
                joined = [g for g in groups if g & set(c)]
                merged = set(c).union(*joined)
                groups = [g for g in groups if not g & set(c)] + [merged]
            for g in groups:
                disputes.append((g, {frozenset(set(m) & g) for m in mcs}))
    result["conflicts"] = sorted(sorted(names[k] for k in c) for c in conflicts)
    cost = lambda ks: sum(cnf.demands[k][2] for k in ks)
    result["disputes"] = [(sorted(names[k] for k in g), sorted(sorted(names[k] for k in m) for m in ms)) for g, ms in disputes]
    total = 1 if disputes else 0
    for _, ms in disputes:
        total *= len(ms)
    result["concessionsTotal"] = total
    listed = None
    if 0 < total <= ENUMERATE_AT_MOST:
        every = []
        for combination in itertools.product(*[sorted(ms, key=sorted) for _, ms in disputes]):
            ks = set().union(*combination)
            every.append((cost(ks), len(ks), sorted(names[k] for k in ks)))
        every.sort()
        listed = [c for _, _, c in every[:LISTED]]
    result["concessions"] = listed
    for part in parts + [g for g, _ in cnf.growers.values()]:
        part.solver.delete()
    return result


def as_json_values(cnf, name, found):
    kind = next(issue for issue in cnf.issues if issue[0] == name)
    if kind[1] == "enum":
        return [kind[2][0][v] for v in sorted(found)]
    if kind[1] == "bool":
        return [bool(v) for v in sorted(found)]
    return [[lo, hi] for lo, hi in found]


def compare(cnf, ours, theirs):
    """(what, same) for each result, against one `analysis` of Parley's JSON
    and its `parties`."""
    checks = [("feasible", ours["feasible"] == theirs["analysis"]["feasible"])]
    checks.append(("consistent", ours["consistent"] == [p["consistent"] for p in theirs["parties"]]))
    a = theirs["analysis"]
    checks.append(("pairs", [[*p["parties"], p["compatible"]] for p in a["pairs"]] == ours["pairs"]))
    checks.append(("coalitions", a["coalitions"] == ours["coalitions"]))
    checks.append(("conflicts", sorted(sorted(c["demands"]) for c in a["conflicts"]) == ours["conflicts"]))
    disputes = sorted((sorted(d["demands"]), sorted(sorted(c["demands"]) for c in d["concessions"])) for d in a["disputes"])
    checks.append(("disputes", disputes == sorted(ours["disputes"])))
    same = str(a["concessionsTotal"]) == str(ours["concessionsTotal"])
    if ours["concessions"] is not None:
        same = same and [c["demands"] for c in a["concessions"]] == ours["concessions"]
    checks.append(("concessions", same))
    checks.append(("overlap", all(as_json_values(cnf, n, v) == a["overlap"][n] for n, v in ours["overlap"].items())))
    if a.get("common") is not None:
        checks.append(("common", all(as_json_values(cnf, n, v) == a["common"][n] for n, v in ours["common"].items())))
    return checks


def main(args):
    solver = "m22"
    check = False
    while args and args[0].startswith("--"):
        option = args.pop(0)
        if option == "--solver":
            solver = args.pop(0)
        elif option == "--check":
            check = True
    directory, names = args[0], args[1:]
    failed = False
    for name in names:
        start = time.perf_counter()
        paths = [os.path.join(directory, f"{name}.baseline.cnf")] + \
            sorted(glob.glob(os.path.join(directory, f"{name}.whatif.*.cnf")))
        results = []
        for path in paths:
            cnf = CNF(path)
            results.append((path, cnf, analyse(cnf, solver)))
        seconds = time.perf_counter() - start
        summary = ", ".join(
            f"{os.path.basename(path).split('.', 1)[1][:-4]}: " +
            (f"feasible" if r["feasible"] else f"{len(r['conflicts'])} conflicts, {r['concessionsTotal']} concessions")
            for path, _, r in results)
        print(f"{name}: pysat ({solver}) {seconds:.3f} s; {summary}", flush=True)
        if check:
            report = json.load(open(os.path.join(directory, f"{name}.json")))
            whatifs = {w["name"]: w for w in report["whatifs"]}
            for path, cnf, r in results:
                label = os.path.basename(path).split(".", 1)[1][:-4]
                theirs = report if label == "baseline" else whatifs[label[len("whatif."):]]
                checks = compare(cnf, r, theirs)
                different = [what for what, same in checks if not same]
                cut = theirs["analysis"].get("incomplete") or []
                note = f" (Parley cut: {', '.join(c['part'] for c in cut)})" if cut else ""
                print(f"  {label}: " + ("same " + ", ".join(w for w, _ in checks) if not different
                                        else "DIFFERENT " + ", ".join(different)) + note, flush=True)
                failed = failed or bool(different)
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main(sys.argv[1:])
