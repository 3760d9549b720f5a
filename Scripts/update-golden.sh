#!/usr/bin/env bash
# Scripts/update-golden.sh: regenerate the golden reports that
# Tests/ParleyReportTests compares against (text without colour, Markdown
# and HTML for the toy and the Ukraine scenarios). Review the diff before
# committing: a changed golden file is a changed report.
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release --product parley > /dev/null
golden=Tests/ParleyReportTests/Resources/golden
for name in toy ukraine-2025-11 job-offer; do
  for format in text:txt markdown:md html:html; do
    NO_COLOR=1 .build/release/parley report "scenarios/$name.parley" --format "${format%%:*}" --all \
      > "$golden/$name.${format##*:}"
  done
done
NO_COLOR=1 .build/release/parley whatif scenarios/toy.parley > "$golden/toy-whatif.txt"
NO_COLOR=1 .build/release/parley explain scenarios/toy.parley troops > "$golden/toy-explain-troops.txt"
echo "golden files written to $golden"
