#!/usr/bin/env python3
"""Scripts/generate-talks.py SEED COUNT DIR: writes COUNT scenarios of the
shape of ../shared/bench/large-*.parley to DIR/talk-SEED+K.parley (seeded,
so the same arguments give the same files).

The shape: 150-190 issues in clusters of five consecutive ones (named
values with 3-5 statuses, bools, integers over wide ranges such as 0..1000
or -500..1000), 8 parties with 40-50 demands each. A demand draws one to
three issues of one cluster and combines `in`/`not in` sets, comparisons of
named values, bools and linear sums with small coefficients, by `not`,
`and`, `or`, `implies`, `iff` and `atleast`/`atmost`/`exactly`. Every
demand holds under a hidden agreement except the six designed conflicts,
each a party's `conflictN_0` (which the hidden agreement meets) against
another's `conflictN_1` on one named value (which it does not; it may clash
with other demands on that value too). A
`settle` what-if concedes every `conflictN_1`, `what_0` concedes two random
demands and restates one.
"""
import os
import random
import sys

PLACES = ["crimea", "kherson", "shelf", "luhansk", "kharkiv", "odesa", "azov", "kinburn", "donetsk", "zaporizhzhia"]
STATUSES = ["russia", "ukraine", "demilitarized", "un_admin", "frozen", "joint"]
FLAGS = ["security_guarantee", "grain_corridor", "amnesty", "un_monitors", "nuclear_inspection", "reparations",
         "ceasefire", "prisoner_exchange", "sanctions_relief", "nato_membership", "eu_accession", "language_rights",
         "energy_transit", "elections"]
NUMBERS = ["artillery_cap", "monitor_count", "drone_cap", "navy_ships", "aid_bn", "refugees_k", "tariff_pct",
           "buffer_km", "election_months", "troop_cap"]
RANGES = [(0, 100), (0, 500), (0, 1000), (-250, 500), (-500, 1000), (0, 50)]
PARTIES = [("kyiv", "Kyiv"), ("moscow", "Moscow"), ("brussels", "Brussels"), ("beijing", "Beijing"),
           ("london", "London"), ("washington", "Washington"), ("ankara", "Ankara"), ("delhi", "Delhi")]


class Talk:
    def __init__(self, rng):
        self.rng = rng
        self.issues = []  # (name, kind, data)
        count = rng.randint(150, 190)
        for i in range(count):
            r = rng.random()
            if r < 0.4:
                values = rng.sample(STATUSES, rng.randint(3, 5))
                self.issues.append((f"{rng.choice(PLACES)}_{i}", "enum", values))
            elif r < 0.7:
                self.issues.append((f"{rng.choice(FLAGS)}_{i}", "bool", None))
            else:
                self.issues.append((f"{rng.choice(NUMBERS)}_{i}", "int", rng.choice(RANGES)))
        self.hidden = [self.draw_value(i) for i in range(count)]

    def draw_value(self, i):
        name, kind, data = self.issues[i]
        if kind == "enum":
            return self.rng.randrange(len(data))
        if kind == "bool":
            return self.rng.randrange(2)
        return self.rng.randint(*data)

    # Expressions as (text, evaluate(values) -> bool or int).
    def linear(self, ints):
        terms = []
        for i in ints:
            c = self.rng.choice([1, 1, 2, 3, -1, -2])
            name = self.issues[i][0]
            text = name if c == 1 else f"-{name}" if c == -1 else f"{c} * {name}" if c > 0 else f"-({-c} * {name})"
            terms.append((text, c, i))
        text = " + ".join(t for t, _, _ in terms)
        return text, lambda v, terms=terms: sum(c * v[i] for _, c, i in terms)

    def atom(self, cluster):
        rng = self.rng
        i = rng.choice(cluster)
        name, kind, data = self.issues[i]
        if kind == "enum":
            r = rng.random()
            if r < 0.5:
                chosen = rng.sample(range(len(data)), rng.randint(1, len(data) - 1))
                negated = rng.random() < 0.3
                text = f"{name} {'not in' if negated else 'in'} {{{', '.join(data[c] for c in chosen)}}}"
                return text, lambda v: (v[i] in chosen) != negated
            c = rng.randrange(len(data))
            equal = rng.random() < 0.5
            return f"{name} {'==' if equal else '!='} {data[c]}", lambda v: (v[i] == c) == equal
        if kind == "bool":
            r = rng.random()
            if r < 0.5:
                return name, lambda v: v[i] == 1
            b = rng.randrange(2)
            return f"{name} {'==' if rng.random() < 0.5 else '!='} {'true' if b else 'false'}", None
        ints = [j for j in cluster if self.issues[j][1] == "int" and j != i]
        chosen = [i] + rng.sample(ints, min(len(ints), rng.choice([0, 0, 1, 1, 2])))
        text, value = self.linear(chosen)
        at = value(self.hidden) if rng.random() < 0.7 else value([self.draw_value(j) for j in range(len(self.issues))])
        relation = rng.choice(["<", "<=", ">", ">=", "==", "!="])
        constant = at + rng.choice([-3, -2, -1, 0, 1, 2, 3, rng.randint(-200, 200)])
        if relation in ("==",) and rng.random() < 0.5:
            constant = at
        ops = {"<": lambda a, b: a < b, "<=": lambda a, b: a <= b, ">": lambda a, b: a > b,
               ">=": lambda a, b: a >= b, "==": lambda a, b: a == b, "!=": lambda a, b: a != b}
        return f"{text} {relation} {constant}", lambda v: ops[relation](value(v), constant)

    def bool_atom(self, cluster):
        text, evaluate = self.atom(cluster)
        if evaluate is None:
            # `flag == true/false` or `!=`: evaluate from the text.
            name, op, literal = text.split()
            i = next(j for j in cluster if self.issues[j][0] == name)
            want = 1 if literal == "true" else 0
            equal = op == "=="
            evaluate = lambda v: (v[i] == want) == equal
        return text, evaluate

    def condition(self, cluster, depth=0):
        rng = self.rng
        r = rng.random()
        if depth >= 2 or r < 0.35:
            return self.bool_atom(cluster)
        if r < 0.45:
            t, e = self.condition(cluster, depth + 1)
            return f"not ({t})", lambda v: not e(v)
        if r < 0.85:
            (t1, e1), (t2, e2) = self.condition(cluster, depth + 1), self.condition(cluster, depth + 1)
            op = rng.choice(["and", "or", "implies", "iff"])
            f = {"and": lambda a, b: a and b, "or": lambda a, b: a or b,
                 "implies": lambda a, b: (not a) or b, "iff": lambda a, b: a == b}[op]
            return f"({t1}) {op} ({t2})", lambda v: f(e1(v), e2(v))
        parts = [self.bool_atom(cluster) for _ in range(rng.randint(2, 4))]
        kind = rng.choice(["atleast", "atmost", "exactly"])
        k = rng.randint(0, len(parts))
        f = {"atleast": lambda n: n >= k, "atmost": lambda n: n <= k, "exactly": lambda n: n == k}[kind]
        text = f"{kind} {k} of {{{', '.join(t for t, _ in parts)}}}"
        return text, lambda v: f(sum(1 for _, e in parts if e(v)))

    def demand(self, strict=True):
        clusters = len(self.issues) // 5
        while True:
            c = self.rng.randrange(clusters)
            cluster = list(range(5 * c, 5 * c + 5))
            text, evaluate = self.condition(cluster)
            if not strict or evaluate(self.hidden):
                return text

    def render(self, seed):
        rng = self.rng
        out = [f'scenario "Generated talks {seed}"', "", "# generated by Scripts/generate-talks.py", ""]
        for name, kind, data in self.issues:
            if kind == "enum":
                place = name.rsplit("_", 1)[0]
                out.append(f'issue {name} "Status of {place}": {" | ".join(data)}')
            elif kind == "bool":
                out.append(f"issue {name}: bool")
            else:
                out.append(f"issue {name}: {data[0]}..{data[1]}")
            out.append("")
        # Designed conflicts: one named value, two parties, disjoint sets.
        enums = [i for i, (_, kind, data) in enumerate(self.issues) if kind == "enum"]
        designed = {p: [] for p, _ in PARTIES}
        for n, i in enumerate(rng.sample(enums, 6)):
            name, _, data = self.issues[i]
            a, b = rng.sample(range(len(PARTIES)), 2)
            values = [x for x in range(len(data)) if x != self.hidden[i]]
            rng.shuffle(values)
            left = [self.hidden[i]] + values[:rng.randint(0, len(values) - 1)]
            right = [x for x in values if x not in left][:2]
            designed[PARTIES[a][0]].append((f"conflict{n}_0", f"{name} in {{{', '.join(data[x] for x in left)}}}"))
            designed[PARTIES[b][0]].append((f"conflict{n}_1", f"{name} in {{{', '.join(data[x] for x in right)}}}"))
        names = {}
        for party, label in PARTIES:
            lines = [f'party {party} "{label}" {{']
            items = [(f"d{k}", self.demand()) for k in range(rng.randint(40, 50) - len(designed[party]))]
            items += designed[party]
            rng.shuffle(items)
            names[party] = [n for n, _ in items]
            for k in range(rng.randint(1, 3)):
                lines.append(f"  prefer p{k} weight {rng.randint(1, 4)}: {self.demand(strict=False)}")
            for n, text in items:
                cost = f" cost {rng.randint(1, 3)}" if rng.random() < 0.6 else ""
                source = ' source "statement, day 3"' if n.startswith("conflict") else ""
                lines.append(f"  demand {n}{cost}: {text}{source}")
            lines.append("}")
            out += lines + [""]
        out.append('whatif settle "Concede every designed conflict" {')
        for party, items in designed.items():
            out += [f"  concede {party}.{n}" for n, _ in items if n.endswith("_1")]
        out += ["}", "", 'whatif what_0 "Hypothesis 0" {']
        plain = [(party, n) for party, _ in PARTIES for n in names[party] if n.startswith("d")]
        (p1, n1), (p2, n2), (p3, n3) = rng.sample(plain, 3)
        out += [f"  concede {p1}.{n1}", f"  concede {p2}.{n2}", f"  demand {p3}.{n3} cost 2: {self.demand()}"]
        out += ["}", ""]
        return "\n".join(out)


def main(seed, count, directory):
    os.makedirs(directory, exist_ok=True)
    for k in range(count):
        rng = random.Random(seed + k)
        path = os.path.join(directory, f"talk-{seed + k}.parley")
        with open(path, "w") as f:
            f.write(Talk(rng).render(seed + k))
        print(path)


if __name__ == "__main__":
    if len(sys.argv) != 4:
        print("usage: Scripts/generate-talks.py SEED COUNT DIR", file=sys.stderr)
        sys.exit(64)
    main(int(sys.argv[1]), int(sys.argv[2]), sys.argv[3])
