import Foundation
import Testing

@testable import QuarterlyKit

/// What each kind of cell reads as, in workbooks written by openpyxl, by LibreOffice Calc and in the
/// layout Excel writes.
@Suite struct WorkbookCellTests {
  /// The cells both writers store the same way.
  static let common: [String: String] = [
    "A1": "kind", "B1": "value",
    "B2": "2020-03-15",  // a date (dd/mm/yyyy), 1900 system
    "B3": "2021-11-01",  // a month typed as a date (mmm-yy)
    "B4": "90%",  // 0.9 formatted 0%
    "B5": "65.5%",  // 0.655 formatted 0.0%
    "B6": "1",  // 1.0, a whole number stored as a float
    "B7": "1.1",
    "B8": "1234.5",
    "B9": "TRUE",
    "B10": "#N/A",  // an error value: kept as shown, with a warning
    "B12": "line one\nline two",
    "B13": "top left",  // merged B13:D13: the value is in the top-left cell
    "B14": "still read",  // a hidden row
    "B15": "Café – “quotes” ✓",
    "B16": "plain bold end",  // rich text runs joined
    "E17": "in E",  // a hidden column
  ]

  @Test func openpyxlCells() throws {
    let (cells, diagnostics, _) = try WorkbookFixture.read("cells-openpyxl.xlsx")
    var expected = Self.common
    for row in 2...17 where row != 4 && row != 5 { expected["A\(row)"] = cells["A\(row)"] }
    #expect(
      cells.filter { $0.key.hasPrefix("B") || $0.key.hasPrefix("E") || $0.key == "A1" }
        == expected.filter { $0.key.hasPrefix("B") || $0.key.hasPrefix("E") || $0.key == "A1" })
    #expect(cells["A16"] == "rich")
    // openpyxl saves formulas without calculating them.
    #expect(cells["B11"] == nil)
    #expect(
      diagnostics == [
        "cells-openpyxl.xlsx:10:2: warning: cell B10 in sheet 'Cells': the cell shows the error value #N/A, so it is unreadable; correct the formula or type the value in the workbook",
        "cells-openpyxl.xlsx:11:2: warning: cell B11 in sheet 'Cells': the cell has a formula but no saved value, so it is read as empty; open the workbook in Excel or LibreOffice and save it, so that its formulas are calculated",
      ])
  }

  @Test func libreOfficeCells() throws {
    let (cells, diagnostics, _) = try WorkbookFixture.read("cells-libreoffice.xlsx")
    for (name, text) in Self.common { #expect(cells[name] == text, "\(name)") }
    // LibreOffice calculated the formula =B9*2 (TRUE*2) and saved its value.
    #expect(cells["B11"] == "2")
    #expect(diagnostics.count == 1)
    #expect(
      diagnostics.first?.hasPrefix("cells-libreoffice.xlsx:10:2: warning: cell B10 in sheet 'Cells'") == true)
  }

  @Test(arguments: ["dates-1904-openpyxl.xlsx", "dates-1904-libreoffice.xlsx"])
  func datesIn1904System(name: String) throws {
    let (cells, diagnostics, _) = try WorkbookFixture.read(name)
    #expect(cells == ["A1": "date", "A2": "2020-03-15", "A3": "1904-01-01"])
    #expect(diagnostics.isEmpty)
  }

  @Test(arguments: ["excel-layout.xlsx", "excel-layout-stored.xlsx"])
  func excelLayoutAsTracker(name: String) throws {
    let (cells, diagnostics, _) = try WorkbookFixture.read(name, input: "action-plan", sheet: "Tracker")
    #expect(
      cells == [
        "A1": "WSOA Response Ref", "B1": "Due date", "C1": "RAG Rating", "D1": "% Complete", "E1": "Title",
        "A2": "1", "B2": "Jun-20", "C2": "G", "D2": "90%", "E2": "RESPONSE: Joined-up & co-produced",
        "A3": "1.1", "B3": "Feb-1900", "C3": "#N/A", "D3": "45%", "E3": "First line\nSecond line",
        "A4": "1.1a", "B4": "Feb-1900", "C4": "TRUE", "D4": "3", "E4": "日本",
        "A5": "10", "B5": "Mar-1900", "E5": "inline <text> © ✓",
        "A6": "11", "B6": "0.004",
      ])
    #expect(
      diagnostics == [
        "\(name):3:3: warning: cell C3 in sheet 'Tracker': the cell shows the error value #N/A, so it is unreadable; correct the formula or type the value in the workbook",
        "\(name):6:5: warning: cell E6 in sheet 'Tracker': the cell has a formula but no saved value, so it is read as empty; open the workbook in Excel or LibreOffice and save it, so that its formulas are calculated",
        "\(name):7:2: warning: cell B7 in sheet 'Tracker': the cell has a formula but no saved value, so it is read as empty; open the workbook in Excel or LibreOffice and save it, so that its formulas are calculated",
      ])
  }

  /// Serial 60 is Excel's phantom 29 February 1900; 59 and 61 are the days either side.
  @Test func phantomLeapDayIn1900System() throws {
    let (cells, _, _) = try WorkbookFixture.read("excel-layout.xlsx", sheet: "Tracker")
    #expect(cells["B2"] == "2020-06-01")
    #expect(cells["B3"] == "1900-02-29")
    #expect(cells["B4"] == "1900-02-28")
    #expect(cells["B5"] == "1900-03-01")
  }

  @Test func metricsPeriodTypedAsDateReadsAsItsMonth() throws {
    let (cells, _, _) = try WorkbookFixture.read("cells-openpyxl.xlsx", input: "metrics")
    #expect(cells["B2"] == "2020-03")
    #expect(cells["B3"] == "2021-11")
  }

  @Test func firstVisibleSheetUnlessOneIsNamed() throws {
    let (first, _, _) = try WorkbookFixture.read("excel-layout.xlsx")
    #expect(first == ["A1": "This sheet is not the tracker"])
    // The tracker fixture's first sheet is hidden.
    let (tracker, _, source) = try WorkbookFixture.read("tracker-openpyxl.xlsx", input: "action-plan")
    #expect((source?.workbookSheet as? WorkbookSheet)?.name == "Tracker")
    #expect(tracker["A1"] == "WSOA Response Ref")
    let (_, diagnostics, missing) = try WorkbookFixture.read("excel-layout.xlsx", sheet: "Trackers")
    #expect(missing == nil)
    #expect(
      diagnostics == [
        "edition.md:5:1: error: glossary.xlsx has no sheet named 'Trackers'; did you mean 'Tracker'?"
      ])
  }

  @Test func readerDiagnosticsNameTheCell() throws {
    let (_, _, source) = try WorkbookFixture.read("excel-layout.xlsx", input: "metrics", sheet: "Tracker")
    let workbook = try #require(source)
    var diagnostics = Diagnostics()
    _ = MetricsReader.read(workbook, definitions: [], rejected: nil, diagnostics: &diagnostics)
    let named = workbook.namingCells(diagnostics.items).map(\.description)
    #expect(named.first?.hasPrefix("excel-layout.xlsx:1:1: error: cell A1 in sheet 'Tracker': ") == true)
  }

  @Test func numbersShowAsASpreadsheetShowsThem() {
    #expect(WorkbookSheet.general(1.0) == "1")
    #expect(WorkbookSheet.general(-0.0) == "0")
    #expect(WorkbookSheet.general(0.1 + 0.2) == "0.3")
    #expect(WorkbookSheet.general(0.655 * 100) == "65.5")
    #expect(WorkbookSheet.general(1.1) == "1.1")
    #expect(WorkbookSheet.general(123_456_789_012) == "123456789012")
    #expect(CellFormats.kind(code: "mmm\\-yy") == .date)
    #expect(CellFormats.kind(code: "[$-809]dd mmmm yyyy") == .date)
    #expect(CellFormats.kind(code: "0.0%") == .percent)
    #expect(CellFormats.kind(code: "\"Week \"0") == .general)
    #expect(CellFormats.kind(code: "[Red]#,##0;[Blue]-#,##0") == .general)
    #expect(CellFormats.kind(code: "h:mm:ss") == .general)
    #expect(CellReference("XFD1048576") == CellReference(row: 1_048_576, column: 16_384))
    #expect(CellReference("XFE1") == nil)
    #expect(CellReference(row: 12, column: 8).name == "H12")
    #expect(CellName.letters(ofColumn: 27) == "AA")
  }
}
