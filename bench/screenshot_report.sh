#!/usr/bin/env bash
# Screenshot an HTML report in headless Chromium, the way a reader would see it.
#
#   bench/screenshot_report.sh [REPORT.html [OUT.png [WIDTHxHEIGHT]]]
#
# Without REPORT.html it digests the bundled seeds first (`khabar digest
# examples/seeds --html ...`, from the active environment or .venv) and writes
# docs/report-screenshot.png.
#
# Needs Debian's chromium (apt-get install -y chromium) and a Devanagari font
# (fonts-noto-core or fonts-lohit-deva) so that Hindi is shaped, not tofu.
# Everything that could reach the network is switched off: the report is
# self-contained, and a screenshot must prove it.
set -euo pipefail

# Paths given are relative to the caller's directory; defaults to the repository's.
report=${1:+$(realpath "$1")}
out=${2:+$(realpath -m "$2")}
size=${3:-1280x2400}
cd "$(dirname "$0")/.."
out=${out:-docs/report-screenshot.png}
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
if [[ -z "$report" ]]; then
    report="$profile/report.html"
    khabar=$(command -v khabar || echo .venv/bin/khabar)
    "$khabar" digest examples/seeds --html "$report" >/dev/null
fi
browser=$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)
if [[ -z "$browser" ]]; then
    echo "screenshot_report: no chromium found (apt-get install -y chromium)" >&2
    exit 1
fi
if ! (fc-list 2>/dev/null || true) | grep -i devanagari >/dev/null; then
    echo "screenshot_report: warning: no Devanagari font installed (fonts-noto-core); Hindi will be boxes" >&2
fi
report_abs=$(realpath "$report")
out_abs=$(realpath -m "$out")
"$browser" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --hide-scrollbars --user-data-dir="$profile" \
    --window-size="${size/x/,}" --screenshot="$out_abs" "file://$report_abs" >/dev/null 2>&1
# A screenshot of text needs few colours: a 256-colour palette PNG is a third
# of the size and reads the same (ImageMagick, when installed).
if convert -version 2>/dev/null | grep -q ImageMagick; then
    convert "$out_abs" -strip -colors 256 "PNG8:$out_abs.tmp" && mv "$out_abs.tmp" "$out_abs"
fi
echo "screenshot: $out_abs ($(stat -c %s "$out_abs") bytes)"
