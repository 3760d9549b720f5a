#!/usr/bin/env bash
# Scripts/screenshot.sh: look at the HTML report in a real browser. Writes
# the toy and the Ukraine reports as HTML and renders each with headless
# Chromium (Debian package `chromium`, a development tool only) to
# docs/report-toy.png and docs/report-ukraine.png.
# Usage: bash Scripts/screenshot.sh [WIDTH HEIGHT]   (default 1200 2400)
set -euo pipefail
cd "$(dirname "$0")/.."
width=${1:-1200}
height=${2:-2400}
browser=$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)
if [ -z "$browser" ]; then
  echo "Scripts/screenshot.sh: no Chromium found; install it with: apt-get install -y chromium" >&2
  exit 1
fi
swift build -c release --product parley > /dev/null
bin=$(swift build -c release --show-bin-path)
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
for name in toy ukraine-2025-11; do
  "$bin/parley" report "scenarios/$name.parley" --output "$tmp/$name.html"
  short=${name%%-*}
  "$browser" --headless --no-sandbox --disable-gpu --hide-scrollbars --user-data-dir="$tmp/profile" \
    --window-size="$width,$height" --screenshot="$PWD/docs/report-$short.png" "file://$tmp/$name.html" 2> "$tmp/browser.log" \
    || { cat "$tmp/browser.log" >&2; exit 1; }
  echo "docs/report-$short.png"
done
