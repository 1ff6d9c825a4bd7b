"""Writes the openpyxl-made workbook fixtures of Tests/QuarterlyKitTests/Fixtures/workbooks.

Run by Scripts/workbook-fixtures/make.sh (with openpyxl installed): python3 openpyxl_fixtures.py REPO OUT
"""
import csv
import datetime
import re
import sys

from openpyxl import Workbook
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont
from openpyxl.styles import Alignment
from openpyxl.utils.datetime import CALENDAR_MAC_1904

MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def typed(text):
    """A tracker cell as a person types it in Excel: months as dates, 96% as 0.96, refs 1 and 1.1 as
    numbers; everything else stays text. Only values that read back as the same text are typed."""
    month = re.fullmatch(r"([A-Z][a-z]{2})-(\d\d)", text)
    if month and month.group(1) in MONTHS:
        return datetime.datetime(2000 + int(month.group(2)), MONTHS.index(month.group(1)) + 1, 1), "mmm-yy"
    percent = re.fullmatch(r"(\d+)%", text)
    if percent:
        return int(percent.group(1)) / 100, "0%"
    if re.fullmatch(r"[1-9]\d*", text):
        return int(text), None
    if re.fullmatch(r"[1-9]\d*\.[1-9]", text):
        return float(text), None
    return text, None


def tracker(repo, out):
    """The sample tracker (Inputs/birmingham-2020-10/action-plan.csv) as a typed workbook; a hidden
    sheet comes first, so the reader must pick the first visible one."""
    with open(f"{repo}/Inputs/birmingham-2020-10/action-plan.csv", encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    book = Workbook()
    notes = book.active
    notes.title = "Notes"
    notes["A1"] = "Not the tracker"
    notes.sheet_state = "hidden"
    sheet = book.create_sheet("Tracker")
    for r, row in enumerate(rows, start=1):
        for c, text in enumerate(row, start=1):
            if text == "":
                continue
            value, number_format = typed(text) if r > 1 else (text, None)
            cell = sheet.cell(row=r, column=c, value=value)
            if number_format:
                cell.number_format = number_format
    book.save(f"{out}/tracker-openpyxl.xlsx")


def tracker500(repo, out):
    """A 500-row tracker for quarterly-bench: the sample's rows three times over, each copy's refs moved
    on by three areas (1.1a becomes 4.1a, then 7.1a), cut at 500 rows."""
    with open(f"{repo}/Inputs/birmingham-2020-10/action-plan.csv", encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    header, body = rows[0], rows[1:]
    book = Workbook()
    sheet = book.active
    sheet.title = "Tracker"
    for c, text in enumerate(header, start=1):
        sheet.cell(row=1, column=c, value=text)
    r = 2
    for copy in range(3):
        for row in body:
            if r > 501:
                break
            for c, text in enumerate(row, start=1):
                if c <= 2 and text:
                    text = re.sub(r"^\d+", lambda m: str(int(m.group(0)) + 3 * copy), text)
                if text == "":
                    continue
                value, number_format = typed(text)
                cell = sheet.cell(row=r, column=c, value=value)
                if number_format:
                    cell.number_format = number_format
            r += 1
    book.save(f"{out}/tracker-500-openpyxl.xlsx")


def cells(out):
    """One sheet of every kind of cell the reader tests look at (see WorkbookReaderTests)."""
    book = Workbook()
    sheet = book.active
    sheet.title = "Cells"
    sheet["A1"] = "kind"
    sheet["B1"] = "value"
    entries = [
        ("date", datetime.datetime(2020, 3, 15), "dd/mm/yyyy"),
        ("month", datetime.datetime(2021, 11, 1), "mmm-yy"),
        ("percent", 0.9, "0%"),
        ("percent2", 0.655, "0.0%"),
        ("whole float", 1.0, None),
        ("ref", 1.1, None),
        ("number", 1234.5, "#,##0.00"),
        ("true", True, None),
        ("error", "#N/A", None),
        ("formula", "=B9*2", None),
        ("breaks", "line one\nline two", None),
        ("merged", "top left", None),
        ("hidden row", "still read", None),
        ("unicode", "Café – “quotes” ✓", None),
    ]
    for r, (kind, value, number_format) in enumerate(entries, start=2):
        sheet.cell(row=r, column=1, value=kind)
        cell = sheet.cell(row=r, column=2, value=value)
        if number_format:
            cell.number_format = number_format
    sheet["B12"].alignment = Alignment(wrap_text=True)
    sheet.merge_cells("B13:D13")
    sheet.row_dimensions[14].hidden = True
    sheet["A16"] = "rich"
    sheet["B16"] = CellRichText("plain ", TextBlock(InlineFont(b=True), "bold"), " end")
    sheet["A17"] = "hidden column"
    sheet["E17"] = "in E"
    sheet.column_dimensions["E"].hidden = True
    book.save(f"{out}/cells-openpyxl.xlsx")


def dates1904(out):
    """Dates in the 1904 system."""
    book = Workbook()
    book.epoch = CALENDAR_MAC_1904
    sheet = book.active
    sheet.title = "Dates"
    sheet["A1"] = "date"
    for r, day in enumerate([datetime.datetime(2020, 3, 15), datetime.datetime(1904, 1, 1)], start=2):
        sheet.cell(row=r, column=1, value=day).number_format = "yyyy-mm-dd"
    book.save(f"{out}/dates-1904-openpyxl.xlsx")


if __name__ == "__main__":
    repo, out = sys.argv[1], sys.argv[2]
    tracker(repo, out)
    tracker500(repo, out)
    cells(out)
    dates1904(out)
