#!/usr/bin/env bash
# Print check of the monitoring pack: builds the October 2020 sample with --pdf and reads the PDF's text
# with pdftotext (poppler-utils):
#   - every page shows "Page N of M" (N its own number, M the page count from pdfinfo), and the running
#     header's "Figures as at" date;
#   - the first page carries the headline figures and the RAG chart's legend;
#   - no date is split across lines: no "Mar-" at the end of a line or cell, no month name ending a line
#     whose next line starts with its year, no day number ending a line whose next line starts with a
#     month name. Wrapped cells are read in both -layout and reading-order text, so a split inside a
#     table cell is caught as well as one in a paragraph;
#   - the exception pages are landscape A4 and the others portrait.
#
#   Scripts/check-pdf.sh [QUARTERLY_BINARY]
#   Scripts/check-pdf.sh --pdf FILE     checks a PDF of the same pack already printed (to try the checks)
#
# Exit: 0 the PDF passes, 1 it does not, 2 setup error (no binary, Chromium or poppler-utils).
set -uo pipefail
cd "$(dirname "$0")/.."

bin=.build/release/quarterly
pdf=
case "${1:-}" in
  --pdf) pdf=${2:?usage: Scripts/check-pdf.sh --pdf FILE} ;;
  -*) echo "usage: Scripts/check-pdf.sh [QUARTERLY_BINARY] | --pdf FILE" >&2; exit 2 ;;
  ?*) bin=$1 ;;
esac
for tool in pdftotext pdfinfo python3; do
  command -v "$tool" >/dev/null || { echo "check-pdf: $tool is not installed" >&2; exit 2; }
done
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
if [ -z "$pdf" ]; then
  [ -x "$bin" ] || { echo "check-pdf: no quarterly binary at $bin" >&2; exit 2; }
  command -v chromium >/dev/null || command -v chromium-browser >/dev/null || command -v google-chrome >/dev/null ||
    { echo "check-pdf: no chromium on the PATH" >&2; exit 2; }
  "$bin" build Inputs/birmingham-2020-10 --templates Templates --output "$work/out" --pdf --quiet ||
    { echo "check-pdf: the October 2020 pack does not build" >&2; exit 2; }
  pdf="$work/out/birmingham-2020-10/monitoring-pack.pdf"
fi
[ -s "$pdf" ] || { echo "check-pdf: no PDF at $pdf" >&2; exit 2; }

pages=$(pdfinfo "$pdf" | sed -n 's/^Pages: *//p')
for n in $(seq 1 "$pages"); do
  pdftotext -layout -f "$n" -l "$n" "$pdf" "$work/layout-$n.txt"
  pdftotext -f "$n" -l "$n" "$pdf" "$work/text-$n.txt"
done
pdfinfo -f 1 -l "$pages" "$pdf" | sed -n 's/^Page *\([0-9]*\) size: *\([0-9.]*\) x \([0-9.]*\).*/\1 \2 \3/p' \
  > "$work/sizes.txt"

python3 - "$work" "$pages" <<'EOF'
import re, sys

work, pages = sys.argv[1], int(sys.argv[2])
months = ("January|February|March|April|May|June|July|August|September|October|November|December"
          "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec")
hyphen_cut = re.compile(r"(?<![A-Za-z])(%s)-(\s|$)" % months)
month_end = re.compile(r"(?<![A-Za-z])(%s)$" % months)
year_start = re.compile(r"^(\d{4}|\d{2})(?!\d)")
day_end = re.compile(r"(?<![\w.,])\d{1,2}$")
month_start = re.compile(r"^(%s)(?![A-Za-z])" % months)
problems = []

def read(name):
    with open(f"{work}/{name}", encoding="utf-8") as f:
        return f.read().replace("\f", "")

sizes = {}
for line in read("sizes.txt").splitlines():
    number, width, height = line.split()
    sizes[int(number)] = float(width) > float(height)

for n in range(1, pages + 1):
    layout = read(f"layout-{n}.txt")
    text = read(f"text-{n}.txt")
    if not re.search(r"\bPage %d of %d\b" % (n, pages), layout):
        problems.append(f"page {n}: no 'Page {n} of {pages}' in the footer")
    if "Figures as at 13 October 2020" not in layout:
        problems.append(f"page {n}: no running header with the date of the figures")
    for kind, body in (("layout", layout), ("text", text)):
        lines = [l.rstrip() for l in body.splitlines()]
        for i, line in enumerate(lines):
            if hyphen_cut.search(line):
                problems.append(f"page {n} ({kind}): a tracker month cut at its hyphen: {line.strip()!r}")
            following = next((l.strip() for l in lines[i + 1:] if l.strip()), "")
            if kind == "text" and month_end.search(line) and year_start.search(following):
                problems.append(f"page {n}: a month and its year on two lines: {line.strip()!r} / {following!r}")
            if kind == "text" and day_end.search(line) and month_start.search(following):
                problems.append(f"page {n}: a day and its month on two lines: {line.strip()!r} / {following!r}")
    landscape_wanted = "Exceptions in area" in layout and "Headline figures" not in layout
    if sizes.get(n) != landscape_wanted and "Exceptions in area" in layout:
        problems.append(f"page {n}: the exceptions should be on a landscape page")

first = read("layout-1.txt")
for needed in ("Headline figures", "Red (overdue)", "Area 1"):
    if needed not in first:
        problems.append(f"page 1: '{needed}' is not on the first page")

for problem in problems:
    print("check-pdf: " + problem)
print(f"check-pdf: {pages} pages, {len(problems)} problems")
sys.exit(1 if problems else 0)
EOF
