"""Writes the seeds of the zip, inflate and xml fuzz targets (Tests/Fuzz/corpus/{zip,inflate,xml}) from
the committed workbook fixtures. Python standard library only: python3 fuzz_corpus.py (from the repo)."""
import zipfile
import zlib

W = "Tests/QuarterlyKitTests/Fixtures/workbooks/"
C = "Tests/Fuzz/corpus/"


def raw_deflate(data, level, strategy=zlib.Z_DEFAULT_STRATEGY):
    compressor = zlib.compressobj(level, zlib.DEFLATED, -15, 9, strategy)
    return compressor.compress(data) + compressor.flush()


for name in ["excel-layout.xlsx", "cells-openpyxl.xlsx", "dates-1904-libreoffice.xlsx", "encrypted-flag.xlsx"]:
    open(C + "zip/" + name, "wb").write(open(W + name, "rb").read())
layout = zipfile.ZipFile(W + "excel-layout.xlsx")
for part in ["xl/worksheets/sheet1.xml", "xl/sharedStrings.xml", "xl/styles.xml", "xl/workbook.xml",
             "xl/_rels/workbook.xml.rels"]:
    open(C + "xml/" + part.replace("/", "_"), "wb").write(layout.read(part))
open(C + "xml/entities-cdata.xml", "wb").write(
    b'<?xml version="1.0"?><a xmlns:p="urn:p" p:x="&#65;&amp;"><![CDATA[<raw>]]>&lt;&#x2713;<b/></a>')
cells = zipfile.ZipFile(W + "cells-libreoffice.xlsx")
for i, (part, level) in enumerate([("xl/worksheets/sheet1.xml", 9), ("xl/sharedStrings.xml", 1), ("xl/styles.xml", 6)]):
    open(C + f"inflate/deflate-{i}.bin", "wb").write(raw_deflate(cells.read(part), level))
open(C + "inflate/stored.bin", "wb").write(raw_deflate(b"stored block " * 20, 0))
open(C + "inflate/fixed.bin", "wb").write(
    raw_deflate(b"hello hello hello hello aaaaaaaaaaaaaaaaaaaaaaaaa", 9, zlib.Z_FIXED))
