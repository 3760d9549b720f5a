#!/usr/bin/env bash
# Scripts/pareto-benchmark.sh [COUNT]: Parley's Pareto frontier and NegMAS's
# side by side in one run. parley-bench writes COUNT scenarios (8 issues of 6
# values, 3 parties with 10 weighted preferences) with Parley's frontier and
# time; Scripts/pareto-negmas.py computes NegMAS's frontier over all
# 1,679,616 outcomes of each, checks that the two fronts are the same set of
# utility vectors, and prints the times. Needs `pip install negmas`.
set -euo pipefail
cd "$(dirname "$0")/.."
count=${1:-5}
python3 -c "import negmas" 2>/dev/null || { echo "NegMAS is not installed: pip install negmas" >&2; exit 1; }
swift build -c release --product parley-bench > /dev/null
dir=$(mktemp -d); trap 'rm -rf "$dir"' EXIT
"$(swift build -c release --show-bin-path)/parley-bench" pareto --export "$dir" --count "$count"
python3 Scripts/pareto-negmas.py "$dir"
