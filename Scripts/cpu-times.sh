#!/usr/bin/env bash
# Scripts/cpu-times.sh RUNS BIN... -- FILE...: the CPU seconds (user +
# system) of `BIN report FILE --format json`, summed over the files and
# RUNS rounds, for each binary; the binaries alternate file by file so
# that they share the machine's noise. On a shared machine CPU time varies
# far less than wall-clock time (Scripts/report-times.sh), so small
# differences between two builds show here first.
# Example (the build before a change against the current one):
#   bash Scripts/cpu-times.sh 5 /tmp/parley-before .build/release/parley -- ../shared/bench/large-*.parley
set -euo pipefail
runs=${1:?usage: Scripts/cpu-times.sh RUNS BIN... -- FILE...}; shift
bins=()
while [ $# -gt 0 ] && [ "$1" != "--" ]; do bins+=("$1"); shift; done
shift || true
[ ${#bins[@]} -gt 0 ] && [ $# -gt 0 ] || { echo "usage: Scripts/cpu-times.sh RUNS BIN... -- FILE..." >&2; exit 64; }
times=$(mktemp)
trap 'rm -f "$times"' EXIT
declare -A total=()
for ((r = 0; r < runs; r++)); do
  for file in "$@"; do
    for b in "${bins[@]}"; do
      /usr/bin/time -o "$times" -f "%U %S" "$b" report "$file" --format json > /dev/null 2>&1 || true
      total[$b]=$(awk -v sum="${total[$b]:-0}" '{ printf "%.2f", sum + $1 + $2 }' "$times")
    done
  done
done
first=${total[${bins[0]}]}
printf '%-40s %10s  %s\n' binary "CPU s" ratio
for b in "${bins[@]}"; do
  printf '%-40s %10s  %s\n' "$b" "${total[$b]}" "$(awk -v a="${total[$b]}" -v f="$first" 'BEGIN { printf "%.3f", a / f }')"
done
