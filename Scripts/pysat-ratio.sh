#!/usr/bin/env bash
# Scripts/pysat-ratio.sh [BIN] [RUNS] [-- FILE...]: times `BIN report FILE
# --format json` against Scripts/pysat-reference.py on the same positions,
# as whole processes, alternating, RUNS times each (default 3), each run
# under flock /tmp/parley-build.lock (the lock held only while it runs);
# prints per file the medians and the ratio Parley / pysat.
# Files: by default the five ../shared/bench/large-*.parley and five talks
# of the same shape from Scripts/generate-talks.py (seeds 7001..7005).
# Before timing it exports the CNF with BIN's parley-bench (or
# .build/release/parley-bench), and checks that the reference finds the
# same results as Parley's JSON on every file; it stops if not.
# Example, with the current build:
#   bash Scripts/pysat-ratio.sh .build/release/parley 3
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${1:-.build/release/parley}; [ $# -gt 0 ] && shift
runs=3
if [ $# -gt 0 ] && [ "$1" != "--" ]; then runs=$1; shift; fi
[ $# -gt 0 ] && [ "$1" = "--" ] && shift
work=$(mktemp -d /tmp/pysat-ratio.XXXXXX)
files=("$@")
if [ ${#files[@]} -eq 0 ]; then
  python3 Scripts/generate-talks.py 7001 5 "$work/talks" > /dev/null
  files=(../shared/bench/large-*.parley "$work"/talks/*.parley)
fi
bench=$(dirname "$bin")/parley-bench
[ -x "$bench" ] || bench=.build/release/parley-bench
"$bench" cnf "$work" "${files[@]}" > /dev/null
lock=/tmp/parley-build.lock
names=()
for file in "${files[@]}"; do
  name=$(basename "$file" .parley)
  names+=("$name")
  flock "$lock" "$bin" report "$file" --format json > "$work/$name.json" 2> /dev/null || true
done
echo "checking the reference's results against Parley's JSON ..."
status=0
python3 Scripts/pysat-reference.py --check "$work" "${names[@]}" > "$work/check.txt" || status=$?
grep -v ": same " "$work/check.txt" || true
[ $status -eq 0 ] || { echo "the reference and Parley disagree; see $work/check.txt" >&2; exit 1; }
echo "same results on all ${#names[@]} files; timing ($runs runs each, medians)"
timed() { flock "$lock" bash -c 's=$(date +%s.%N); "$@" > /dev/null 2>&1 || true; e=$(date +%s.%N); echo "$e - $s" | bc' _ "$@"; }
median() { sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }
printf '%-14s %10s %10s %8s\n' file parley pysat ratio
total_p=0; total_r=0
for k in "${!files[@]}"; do
  file=${files[$k]}; name=${names[$k]}
  p=(); r=()
  for ((i = 0; i < runs; i++)); do
    p+=("$(timed "$bin" report "$file" --format json)")
    r+=("$(timed python3 Scripts/pysat-reference.py "$work" "$name")")
  done
  mp=$(printf '%s\n' "${p[@]}" | median); mr=$(printf '%s\n' "${r[@]}" | median)
  total_p=$(echo "$total_p + $mp" | bc); total_r=$(echo "$total_r + $mr" | bc)
  printf '%-14s %9.3fs %9.3fs %8.3f\n' "$name" "$mp" "$mr" "$(echo "$mp / $mr" | bc -l)"
done
printf '%-14s %9.3fs %9.3fs %8.3f\n' total "$total_p" "$total_r" "$(echo "$total_p / $total_r" | bc -l)"
rm -rf "$work"
