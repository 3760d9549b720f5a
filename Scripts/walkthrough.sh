#!/usr/bin/env bash
# Scripts/walkthrough.sh [--check]: fill docs/walkthrough.md with the real
# output of the commands it shows. Each command is written as a marker line
#   <!-- $ parley ARGS -->
# followed by a fenced text block; the block's content is replaced by
# "$ parley ARGS" and what the command prints (standard output and error,
# without colour). With --check, nothing is written: the script exits 1 if
# the file is not current (CI runs this).
set -euo pipefail
cd "$(dirname "$0")/.."
file=docs/walkthrough.md
bin=$(swift build -c release --show-bin-path)
swift build -c release --product parley > /dev/null
out=$(mktemp); trap 'rm -f "$out"' EXIT
skipping=0
pending=""
while IFS= read -r line || [ -n "$line" ]; do
  if [ "$skipping" = 1 ]; then
    if [ "$line" = '```' ]; then skipping=0; printf '%s\n' "$line" >> "$out"; fi
    continue
  fi
  printf '%s\n' "$line" >> "$out"
  if [[ "$line" =~ ^'<!-- $ '(.*)' -->'$ ]]; then
    pending=${BASH_REMATCH[1]}
  elif [ -n "$pending" ] && [ "$line" = '```text' ]; then
    printf '$ %s\n' "$pending" >> "$out"
    (PATH="$bin:$PATH" NO_COLOR=1 COLUMNS=100 bash -c "$pending" 2>&1 || true) >> "$out"
    pending=""
    skipping=1
  fi
done < "$file"
if [ "${1:-}" = "--check" ]; then
  if cmp -s "$out" "$file"; then echo "ok: $file is current"; exit 0; fi
  diff -u "$file" "$out" | head -40 >&2
  echo "$file is stale: run Scripts/walkthrough.sh and commit the result" >&2
  exit 1
fi
cp "$out" "$file"
echo "$file regenerated"
