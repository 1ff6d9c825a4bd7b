#!/usr/bin/env bash
# Real-browser reflow check (WCAG 1.4.10) at 320 px: builds the long-strings edition
# (Tests/QuarterlyKitTests/Fixtures/long-strings: long URLs, server paths, refs, workstream names and
# words, in text, headings, code and tables) and checks each of its HTML pages in headless Chromium:
# no horizontal scrolling of the page at 320 px (render.py) and no serious or critical axe-core
# finding at 320 px (axe_check.py). Needs the html-check tools of ../shared (install.sh).
#
#   Scripts/check-reflow.sh [QUARTERLY_BINARY] [--shared DIR]
#
# Exit: 0 every page passes, 1 a page overflows or fails axe, 2 setup error.
set -uo pipefail
cd "$(dirname "$0")/.."

bin=.build/release/quarterly
shared=../shared
while [ $# -gt 0 ]; do
  case "$1" in
    --shared) shared=$2; shift 2 ;;
    -*) echo "usage: Scripts/check-reflow.sh [QUARTERLY_BINARY] [--shared DIR]" >&2; exit 2 ;;
    *) bin=$1; shift ;;
  esac
done
tools="$shared/tools/html-check"
python="${HTML_CHECK_VENV:-${XDG_CACHE_HOME:-$HOME/.cache}/html-check/venv}/bin/python"
[ -x "$bin" ] || { echo "check-reflow: no quarterly binary at $bin" >&2; exit 2; }
[ -f "$tools/render.py" ] || { echo "check-reflow: no $tools/render.py (see --shared)" >&2; exit 2; }
[ -x "$python" ] || { echo "check-reflow: missing $python (run $tools/install.sh)" >&2; exit 2; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$bin" build Tests/QuarterlyKitTests/Fixtures/long-strings --templates Templates --output "$work/out" --quiet ||
  { echo "check-reflow: the long-strings edition does not build" >&2; exit 2; }

failed=0
for page in "$work"/out/long-strings/*.html; do
  name=$(basename "$page" .html)
  if timeout -k 5 150 "$python" "$tools/render.py" "$page" "$work/$name" --widths 320 --no-pdf --timeout 120 \
    >/dev/null 2>"$work/$name.render"; then
    render=PASS
  else
    render=FAIL
    failed=1
  fi
  if timeout -k 5 120 "$python" "$tools/axe_check.py" "$page" --width 320 --timeout 100 \
    >"$work/$name.axe.json" 2>"$work/$name.axe"; then
    axe=PASS
  else
    axe=FAIL
    failed=1
  fi
  echo "reflow@320 $name: render=$render axe=$axe"
  [ "$render" = PASS ] || cat "$work/$name.render" >&2
  [ "$axe" = PASS ] || cat "$work/$name.axe" >&2
done
[ "$failed" = 0 ] && echo "reflow@320: every page of the long-strings edition passes"
exit "$failed"
