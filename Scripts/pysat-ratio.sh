#!/usr/bin/env bash
# Scripts/pysat-ratio.sh [BIN] [RUNS] [-- FILE...]: times `BIN report FILE
# --format json` against Scripts/pysat-reference.py on the same positions,
# as whole processes, alternating, RUNS times each (default 3), one file's
# runs under one hold of flock /tmp/parley-build.lock; prints per file the
# medians and the ratio Parley / pysat.
# Files: by default the five ../shared/bench/large-*.parley and five talks
# of the same shape from Scripts/generate-talks.py (seeds 7001..7005).
# Before timing it exports the CNF with BIN's parley-bench (or
# .build/release/parley-bench); afterwards it checks that the reference
# found the same results as Parley's JSON on every file, and fails if not.
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
# One file's runs, both tools alternating, under one hold of the lock (the
# first Parley run keeps its JSON for the check); prints the medians.
time_file() {
  file=$1 name=$2
  p=(); r=()
  for ((i = 0; i < runs; i++)); do
    s=$(date +%s.%N); "$bin" report "$file" --format json > "$work/$name.out" 2> /dev/null || true; e=$(date +%s.%N)
    [ $i -eq 0 ] && mv "$work/$name.out" "$work/$name.json"
    p+=("$(echo "$e - $s" | bc)")
    s=$(date +%s.%N); python3 Scripts/pysat-reference.py "$work" "$name" > /dev/null; e=$(date +%s.%N)
    r+=("$(echo "$e - $s" | bc)")
  done
  echo "$(printf '%s\n' "${p[@]}" | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }')" \
       "$(printf '%s\n' "${r[@]}" | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }')"
}
export -f time_file
export bin runs work
printf '%-14s %10s %10s %8s\n' file parley pysat ratio
total_p=0; total_r=0; names=()
for file in "${files[@]}"; do
  name=$(basename "$file" .parley)
  names+=("$name")
  read -r mp mr < <(flock "$lock" bash -c 'time_file "$@"' _ "$file" "$name")
  total_p=$(echo "$total_p + $mp" | bc); total_r=$(echo "$total_r + $mr" | bc)
  printf '%-14s %9.3fs %9.3fs %8.3f\n' "$name" "$mp" "$mr" "$(echo "$mp / $mr" | bc -l)"
done
printf '%-14s %9.3fs %9.3fs %8.3f\n' total "$total_p" "$total_r" "$(echo "$total_p / $total_r" | bc -l)"
echo "checking the reference's results against Parley's JSON ..."
status=0
python3 Scripts/pysat-reference.py --check "$work" "${names[@]}" > "$work/check.txt" || status=$?
grep -v ": same " "$work/check.txt" || true
[ $status -eq 0 ] || { echo "the reference and Parley disagree: the times above do not count; see $work/check.txt" >&2; exit 1; }
echo "same results on all ${#names[@]} files (medians of $runs runs each)"
rm -rf "$work"
