"""Writes the hand-built workbook fixtures of Tests/QuarterlyKitTests/Fixtures/workbooks:

- excel-layout.xlsx: the parts and XML exactly as Excel writes them ([Content_Types].xml, a _rels tree,
  docProps, shared strings with rich-text runs and _x000D_, styles with built-in and custom number
  formats, mc:Ignorable and x14ac attributes, a shared formula with cached values, an error value);
- bomb.xlsx: a sheet of 20 MiB of spaces deflated to a few KiB (a zip bomb's ratio);
- encrypted-flag.xlsx: excel-layout.xlsx with the "encrypted" flag set on its entries;
- ole2-encrypted.xlsx: the start of an OLE2 compound file holding an EncryptedPackage stream, as Excel
  writes a password-protected workbook (only the parts the reader looks at).

Python standard library only: python3 zip_fixtures.py OUT
"""
import struct
import sys
import zipfile

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG = "http://schemas.openxmlformats.org/package/2006/relationships"
DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'

CONTENT_TYPES = DECL + (
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
    '<Override PartName="/xl/worksheets/sheet2.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
    '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
    '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
    '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
    '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
    "</Types>"
)
ROOT_RELS = DECL + (
    f'<Relationships xmlns="{PKG}">'
    '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
    "</Relationships>"
)
WORKBOOK_RELS = DECL + (
    f'<Relationships xmlns="{PKG}">'
    '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet2.xml"/>'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
    '<Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>'
    "</Relationships>"
)
WORKBOOK = DECL + (
    f'<workbook xmlns="{MAIN}" xmlns:r="{REL}" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x15 xr xr6 xr10 xr2" '
    'xmlns:x15="http://schemas.microsoft.com/office/spreadsheetml/2010/11/main" '
    'xmlns:xr="http://schemas.microsoft.com/office/spreadsheetml/2014/revision" '
    'xmlns:xr6="http://schemas.microsoft.com/office/spreadsheetml/2016/revision6" '
    'xmlns:xr10="http://schemas.microsoft.com/office/spreadsheetml/2016/revision10" '
    'xmlns:xr2="http://schemas.microsoft.com/office/spreadsheetml/2015/revision2">'
    '<fileVersion appName="xl" lastEdited="7" lowestEdited="7" rupBuild="27425"/>'
    '<workbookPr defaultThemeVersion="166925"/>'
    '<mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">'
    '<mc:Choice Requires="x15"><x15ac:absPath url="C:\\Users\\pa\\Documents\\" '
    'xmlns:x15ac="http://schemas.microsoft.com/office/spreadsheetml/2010/11/ac"/></mc:Choice></mc:AlternateContent>'
    '<bookViews><workbookView xWindow="-120" yWindow="-120" windowWidth="29040" windowHeight="15840" activeTab="1"/></bookViews>'
    '<sheets><sheet name="Read me" sheetId="2" r:id="rId2"/><sheet name="Tracker" sheetId="1" r:id="rId1"/></sheets>'
    '<calcPr calcId="191029"/></workbook>'
)
STYLES = DECL + (
    f'<styleSheet xmlns="{MAIN}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'mc:Ignorable="x14ac x16r2 xr" xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac" '
    'xmlns:x16r2="http://schemas.microsoft.com/office/spreadsheetml/2015/02/main" '
    'xmlns:xr="http://schemas.microsoft.com/office/spreadsheetml/2014/revision">'
    '<numFmts count="2"><numFmt numFmtId="164" formatCode="mmm\\-yy"/>'
    '<numFmt numFmtId="165" formatCode="&quot;Week &quot;0"/></numFmts>'
    '<fonts count="2" x14ac:knownFonts="1"><font><sz val="11"/><color theme="1"/><name val="Calibri"/>'
    '<family val="2"/><scheme val="minor"/></font><font><b/><sz val="11"/><color theme="1"/>'
    '<name val="Calibri"/><family val="2"/><scheme val="minor"/></font></fonts>'
    '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>'
    '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
    '<cellXfs count="6"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
    '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
    '<xf numFmtId="9" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
    '<xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
    '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment wrapText="1"/></xf>'
    '<xf numFmtId="165" fontId="1" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyFont="1"/></cellXfs>'
    '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
    '<dxfs count="0"/><tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/>'
    "</styleSheet>"
)
SHARED = [
    '<si><t>WSOA Response Ref</t></si>',
    '<si><t>Due date</t></si>',
    '<si><t>RAG Rating</t></si>',
    '<si><t>% Complete</t></si>',
    '<si><t>Title</t></si>',
    '<si><r><rPr><b/><sz val="11"/><color theme="1"/><rFont val="Calibri"/><family val="2"/>'
    '<scheme val="minor"/></rPr><t>RESPONSE:</t></r><r><rPr><sz val="11"/><color theme="1"/>'
    '<rFont val="Calibri"/><family val="2"/><scheme val="minor"/></rPr>'
    '<t xml:space="preserve"> Joined-up &amp; co-produced</t></r></si>',
    '<si><t xml:space="preserve">First line_x000D_\nSecond line</t></si>',
    '<si><t>G</t></si>',
    '<si><t>\u65e5\u672c</t><rPh sb="0" eb="2"><t>\u30cb\u30db\u30f3</t></rPh><phoneticPr fontId="1"/></si>',
    '<si><t>This sheet is not the tracker</t></si>',
]
SHARED_XML = DECL + f'<sst xmlns="{MAIN}" count="{len(SHARED)}" uniqueCount="{len(SHARED)}">' + "".join(SHARED) + "</sst>"
SHEET_HEAD = (
    f'<worksheet xmlns="{MAIN}" xmlns:r="{REL}" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x14ac xr xr2 xr3" '
    'xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac" '
    'xmlns:xr="http://schemas.microsoft.com/office/spreadsheetml/2014/revision" '
    'xmlns:xr2="http://schemas.microsoft.com/office/spreadsheetml/2015/revision2" '
    'xmlns:xr3="http://schemas.microsoft.com/office/spreadsheetml/2016/revision3" '
    'xr:uid="{00000000-0001-0000-0000-000000000000}">'
)
SHEET1 = DECL + SHEET_HEAD + (
    '<dimension ref="A1:E7"/><sheetViews><sheetView tabSelected="1" workbookViewId="0">'
    '<selection activeCell="B3" sqref="B3"/></sheetView></sheetViews>'
    '<sheetFormatPr defaultRowHeight="15" x14ac:dyDescent="0.25"/><cols><col min="5" max="5" width="40" customWidth="1"/></cols>'
    '<sheetData>'
    '<row r="1" spans="1:5" x14ac:dyDescent="0.25"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c>'
    '<c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c><c r="E1" t="s"><v>4</v></c></row>'
    '<row r="2" spans="1:5" x14ac:dyDescent="0.25"><c r="A2"><v>1</v></c><c r="B2" s="1"><v>43983</v></c>'
    '<c r="C2" t="s"><v>7</v></c><c r="D2" s="2"><v>0.9</v></c><c r="E2" t="s"><v>5</v></c></row>'
    '<row r="3" spans="1:5" ht="30" x14ac:dyDescent="0.25"><c r="A3"><v>1.1</v></c><c r="B3" s="3"><v>60</v></c>'
    '<c r="C3" t="e"><v>#N/A</v></c><c r="D3" s="2"><f>D2/2</f><v>0.45</v></c><c r="E3" s="4" t="s"><v>6</v></c></row>'
    '<row r="4" spans="1:5" x14ac:dyDescent="0.25"><c r="A4" t="str"><f>"1.1"&amp;"a"</f><v>1.1a</v></c>'
    '<c r="B4" s="3"><v>59</v></c><c r="C4" t="b"><v>1</v></c><c r="D4" s="5"><v>3</v></c><c r="E4" t="s"><v>8</v></c></row>'
    '<row r="5" spans="1:5" hidden="1" x14ac:dyDescent="0.25"><c r="A5"><f t="shared" ref="A5:A6" si="0">A2*10</f><v>10</v></c>'
    '<c r="B5" s="3"><v>61</v></c><c r="E5" t="inlineStr"><is><t>inline &lt;text&gt; &#169; &#x2713;</t></is></c></row>'
    '<row r="6" spans="1:5" x14ac:dyDescent="0.25"><c r="A6"><f t="shared" si="0"/><v>11</v></c>'
    '<c r="B6"><v>4.0000000000000001E-3</v></c><c r="E6" t="str"><f>CONCAT("a","b")</f></c></row>'
    '<row r="7" spans="1:5" x14ac:dyDescent="0.25"><c r="A7" s="3"/><c r="B7"><f>SUM(B2:B6)</f></c></row>'
    '</sheetData><mergeCells count="1"><mergeCell ref="C5:D6"/></mergeCells>'
    '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>'
)
SHEET2 = DECL + SHEET_HEAD + (
    '<dimension ref="A1"/><sheetViews><sheetView workbookViewId="0"/></sheetViews>'
    '<sheetFormatPr defaultRowHeight="15" x14ac:dyDescent="0.25"/>'
    '<sheetData><row r="1" spans="1:1" x14ac:dyDescent="0.25"><c r="A1" t="s"><v>9</v></c></row></sheetData>'
    '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>'
)
CORE = DECL + (
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
    'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
    '<dc:creator>Programme Office</dc:creator><cp:lastModifiedBy>Programme Office</cp:lastModifiedBy>'
    '<dcterms:created xsi:type="dcterms:W3CDTF">2020-10-01T09:00:00Z</dcterms:created>'
    '<dcterms:modified xsi:type="dcterms:W3CDTF">2020-10-30T16:00:00Z</dcterms:modified></cp:coreProperties>'
)
APP = DECL + (
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
    'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
    "<Application>Microsoft Excel</Application><DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop>"
    "<AppVersion>16.0300</AppVersion></Properties>"
)
PARTS = [
    ("[Content_Types].xml", CONTENT_TYPES),
    ("_rels/.rels", ROOT_RELS),
    ("docProps/app.xml", APP),
    ("docProps/core.xml", CORE),
    ("xl/workbook.xml", WORKBOOK),
    ("xl/_rels/workbook.xml.rels", WORKBOOK_RELS),
    ("xl/worksheets/sheet1.xml", SHEET1),
    ("xl/worksheets/sheet2.xml", SHEET2),
    ("xl/styles.xml", STYLES),
    ("xl/sharedStrings.xml", SHARED_XML),
]
FIXED_TIME = (2020, 10, 30, 16, 0, 0)


def write(path, parts, method=zipfile.ZIP_DEFLATED):
    with zipfile.ZipFile(path, "w") as archive:
        for name, text in parts:
            info = zipfile.ZipInfo(name, FIXED_TIME)
            info.compress_type = method
            archive.writestr(info, text.encode("utf-8") if isinstance(text, str) else text)


def set_encrypted_flag(source, target):
    """Sets bit 0 (encrypted) of every local and central header's flags, leaving the data as it is."""
    data = bytearray(open(source, "rb").read())
    for signature, flag_offset in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
        start = 0
        while (found := data.find(signature, start)) >= 0:
            flags = struct.unpack_from("<H", data, found + flag_offset)[0]
            struct.pack_into("<H", data, found + flag_offset, flags | 1)
            start = found + 4
    open(target, "wb").write(bytes(data))


def ole2_encrypted(target):
    """The first sector of a compound file whose directory names an EncryptedPackage stream."""
    header = bytes.fromhex("D0CF11E0A1B11AE1") + bytes(16) + struct.pack("<HHHH", 0x3E, 3, 0xFFFE, 9)
    header += bytes(512 - len(header))
    entry = "EncryptedPackage".encode("utf-16-le") + bytes(2)
    directory = entry + bytes(64 - len(entry)) + struct.pack("<H", len(entry)) + bytes(128 - 66)
    open(target, "wb").write(header + directory + bytes(512 - len(directory)))


if __name__ == "__main__":
    out = sys.argv[1]
    write(f"{out}/excel-layout.xlsx", PARTS)
    write(f"{out}/excel-layout-stored.xlsx", PARTS, method=zipfile.ZIP_STORED)
    bomb = [(n, t) for n, t in PARTS if n != "xl/worksheets/sheet1.xml"]
    bomb.append(("xl/worksheets/sheet1.xml", b" " * (20 << 20)))
    write(f"{out}/bomb.xlsx", bomb)
    set_encrypted_flag(f"{out}/excel-layout.xlsx", f"{out}/encrypted-flag.xlsx")
    ole2_encrypted(f"{out}/ole2-encrypted.xlsx")
