#!/usr/bin/env bash
# Scripts/report-times.sh RUNS BIN... -- FILE...: times `BIN report FILE
# --format json` for each binary on each file, the binaries alternating so
# that they share the machine's noise, RUNS times each; prints per file the
# median wall-clock seconds of each binary and their ratio to the first.
# Example (the build before a change against the current one):
#   bash Scripts/report-times.sh 3 /tmp/parley-before .build/release/parley -- ../shared/bench/*.parley
set -euo pipefail
runs=${1:?usage: Scripts/report-times.sh RUNS BIN... -- FILE...}; shift
bins=()
while [ $# -gt 0 ] && [ "$1" != "--" ]; do bins+=("$1"); shift; done
shift || true
[ ${#bins[@]} -gt 0 ] && [ $# -gt 0 ] || { echo "usage: Scripts/report-times.sh RUNS BIN... -- FILE..." >&2; exit 64; }
median() { sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }
printf '%-28s' file; for b in "${bins[@]}"; do printf '  %12s' "$(basename "$(dirname "$b")")/$(basename "$b")"; done; echo "  ratio"
for file in "$@"; do
  declare -A times=()
  for ((r = 0; r < runs; r++)); do
    for b in "${bins[@]}"; do
      start=$(date +%s.%N)
      "$b" report "$file" --format json > /dev/null 2>&1 || true
      end=$(date +%s.%N)
      times[$b]+="$(echo "$end - $start" | bc) "
    done
  done
  printf '%-28s' "$(basename "$file")"
  first=""
  for b in "${bins[@]}"; do
    m=$(echo "${times[$b]}" | tr ' ' '\n' | grep . | median)
    [ -z "$first" ] && first=$m
    printf '  %12.3f' "$m"
    last=$m
  done
  printf '  %5.2f\n' "$(echo "$last / $first" | bc -l)"
  unset times
done
