#!/usr/bin/env bash
# Scripts/update-golden.sh: regenerate the golden reports that
# Tests/ParleyReportTests compares against (text without colour, Markdown
# and HTML for the bundled scenarios; the diff and timeline of the three
# rounds in Tests/ParleyReportTests/Resources/rounds). Review the diff before
# committing: a changed golden file is a changed report.
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release --product parley > /dev/null
golden=Tests/ParleyReportTests/Resources/golden
for name in toy ukraine-2025-11 job-offer; do
  for format in text:txt markdown:md html:html; do
    NO_COLOR=1 COLUMNS=100 .build/release/parley report "scenarios/$name.parley" --format "${format%%:*}" --all \
      > "$golden/$name.${format##*:}"
  done
done
NO_COLOR=1 COLUMNS=100 .build/release/parley whatif scenarios/toy.parley > "$golden/toy-whatif.txt"
NO_COLOR=1 COLUMNS=100 .build/release/parley explain scenarios/toy.parley troops > "$golden/toy-explain-troops.txt"
rounds=Tests/ParleyReportTests/Resources/rounds
for format in text:txt markdown:md html:html json:json; do
  NO_COLOR=1 COLUMNS=100 .build/release/parley diff "$rounds/round1.parley" "$rounds/round2.parley" --format "${format%%:*}" --all \
    > "$golden/diff-1-2.${format##*:}"
done
for format in html:html json:json; do
  NO_COLOR=1 COLUMNS=100 .build/release/parley diff "$rounds/round1.parley" "$rounds/round2.parley" "$rounds/round3.parley" \
    --format "${format%%:*}" > "$golden/timeline-1-2-3.${format##*:}"
done
echo "golden files written to $golden"
