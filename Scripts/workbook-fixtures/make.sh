#!/bin/sh
# Regenerates the workbook fixtures in Tests/QuarterlyKitTests/Fixtures/workbooks (tests only read the
# committed files). Needs python3 with openpyxl (PYTHON, default python3) and LibreOffice's soffice.
#
#   Scripts/workbook-fixtures/make.sh
set -eu
cd "$(dirname "$0")/../.."
python=${PYTHON:-python3}
out=Tests/QuarterlyKitTests/Fixtures/workbooks
mkdir -p "$out"
"$python" Scripts/workbook-fixtures/openpyxl_fixtures.py "$PWD" "$out"
python3 Scripts/workbook-fixtures/zip_fixtures.py "$out"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# LibreOffice Calc opens the openpyxl workbooks (calculating their formulas) and saves them again in
# its own layout; it also writes the formats that are refused (.xls, .ods).
for name in tracker tracker-500 cells dates-1904; do
  cp "$out/$name-openpyxl.xlsx" "$work/$name-libreoffice.xlsx"
  soffice --headless --calc --convert-to xlsx:"Calc MS Excel 2007 XML" --outdir "$work/lo" \
    "$work/$name-libreoffice.xlsx" >/dev/null
  cp "$work/lo/$name-libreoffice.xlsx" "$out/"
done
cp "$out/cells-openpyxl.xlsx" "$work/cells.xlsx"
soffice --headless --calc --convert-to xls --outdir "$work" "$work/cells.xlsx" >/dev/null
soffice --headless --calc --convert-to ods --outdir "$work" "$work/cells.xlsx" >/dev/null
cp "$work/cells.xls" "$out/old-format.xls"
cp "$work/cells.ods" "$out/opendocument.ods"
# The 500-row tracker is for quarterly-bench: only LibreOffice's copy is kept.
rm "$out/tracker-500-openpyxl.xlsx"
ls -l "$out"
