#!/usr/bin/env bash
# Scripts/differential-sat.sh [COUNT] [VARIABLES]: compare parley-sat's
# answers with Debian's minisat (or cadical) on COUNT random 3-SAT
# instances near the threshold (default 2000 of 60 variables), and check
# every parley-sat model against its clauses. Exits 1 on any disagreement.
set -euo pipefail
cd "$(dirname "$0")/.."
count=${1:-2000}
variables=${2:-60}
reference=$(command -v minisat || command -v cadical || true)
[ -n "$reference" ] || { echo "neither minisat nor cadical is installed (apt-get install minisat)"; exit 0; }
swift build -c release --product parley-sat > /dev/null
bin=$(swift build -c release --show-bin-path)/parley-sat
dir=$(mktemp -d); trap 'rm -rf "$dir"' EXIT
python3 - "$dir" "$count" "$variables" <<'PY'
import random, sys
directory, count, n = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
for seed in range(count):
    rng = random.Random(seed)
    m = int(n * rng.uniform(3.8, 4.8))
    with open(f"{directory}/{seed}.cnf", "w") as f:
        f.write(f"p cnf {n} {m}\n")
        for _ in range(m):
            f.write(" ".join(str(v if rng.random() < 0.5 else -v) for v in rng.sample(range(1, n + 1), 3)) + " 0\n")
PY
disagreements=0
for file in "$dir"/*.cnf; do
  set +e; "$bin" "$file" > "$dir/out"; ours=$?; "$reference" "$file" > /dev/null 2>&1; theirs=$?; set -e
  if [ "$ours" != "$theirs" ]; then echo "DISAGREE on $(basename "$file"): parley-sat $ours, $(basename "$reference") $theirs"; disagreements=$((disagreements + 1)); continue; fi
  if [ "$ours" = 10 ]; then
    python3 - "$file" "$dir/out" <<'PY' || { echo "BAD MODEL on $(basename "$1")"; disagreements=$((disagreements + 1)); }
import sys
clauses = [list(map(int, l.split()[:-1])) for l in open(sys.argv[1]) if l and l[0] not in "cp"]
model = {int(x) for l in open(sys.argv[2]) if l.startswith("v") for x in l.split()[1:] if x != "0"}
sys.exit(0 if all(any(x in model for x in c) for c in clauses if c) else 1)
PY
  fi
done
echo "$disagreements disagreements on $count instances"
[ "$disagreements" = 0 ]
