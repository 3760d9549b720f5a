#!/usr/bin/env bash
# Scripts/fuzz.sh TARGET SECONDS: build a libFuzzer target (address
# sanitizer on) and run it for SECONDS.
#   TARGET: frontend (bytes -> parse, check, fmt round trip)
#           pipeline (bytes -> check -> analysis under small limits -> JSON)
#           dimacs   (bytes -> DIMACS -> solve under a conflict budget)
# The corpus grows in Tests/FuzzCorpus/TARGET (seeded from scenarios/, the
# conformance cases or the SATLIB sample); a crashing input is saved in
# Tests/FuzzRegressions/TARGET, which the test suite replays. Prints the
# number of executions; exits non-zero when the fuzzer found a crash.
set -euo pipefail
cd "$(dirname "$0")/.."
target=${1:?usage: Scripts/fuzz.sh frontend|pipeline|dimacs SECONDS}
seconds=${2:-60}
case "$target" in
  frontend) modules=(ParleyModel); seeds=(scenarios Tests/ParleyReportTests/Resources/conformance) ;;
  pipeline) modules=(ParleyModel ParleySAT ParleyAnalysis ParleyReport)
            seeds=(scenarios Tests/ParleyReportTests/Resources/conformance) ;;
  dimacs) modules=(ParleySAT); seeds=(Tests/ParleySATTests/Resources/satlib) ;;
  *) echo "unknown target '$target': frontend, pipeline or dimacs" >&2; exit 64 ;;
esac
build=.build-fuzz
mkdir -p "$build"
# The modules are compiled as one (libFuzzer wants a single executable built
# by swiftc), so their imports of each other are dropped from a copy.
sources="$build/sources-$target"
rm -rf "$sources"; mkdir -p "$sources"
for module in "${modules[@]}"; do
  for file in $(find "Sources/$module" -name '*.swift' | sort); do
    sed -E '/^import Parley(Model|SAT|Analysis|Report)$/d' "$file" > "$sources/${module}_$(basename "$file")"
  done
done
swiftc -O -sanitize=fuzzer,address -parse-as-library -module-name ParleyFuzz \
  $(find "$sources" -name '*.swift' | sort) "Scripts/fuzz/$target.swift" \
  -o "$build/fuzz-$target" 2> "$build/fuzz-$target.log" || { cat "$build/fuzz-$target.log" >&2; exit 1; }
corpus="Tests/FuzzCorpus/$target"
regressions="Tests/FuzzRegressions/$target"
mkdir -p "$corpus" "$regressions"
if [ -z "$(ls -A "$corpus")" ]; then
  for dir in "${seeds[@]}"; do find "$dir" -type f \( -name '*.parley' -o -name '*.cnf' \) -size -8k -exec cp {} "$corpus/" \; ; done
fi
"$build/fuzz-$target" "$corpus" -max_total_time="$seconds" -max_len=8192 -timeout=20 \
  -artifact_prefix="$regressions/" -print_final_stats=1 2> "$build/fuzz-$target.out" || {
  tail -40 "$build/fuzz-$target.out" >&2; echo "fuzz $target: CRASH, input saved in $regressions" >&2; exit 1; }
grep -E "stat::number_of_executed_units" "$build/fuzz-$target.out" | sed "s/^/fuzz $target: /"
