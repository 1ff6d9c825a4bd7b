import Foundation
import Testing

@testable import QuarterlyKit

@Suite struct CSVTests {
  private func parse(_ bytes: [UInt8], path: String = "t.csv") -> (CSVTable?, [String]) {
    var diagnostics = Diagnostics()
    let table = SourceText.decode(Data(bytes), path: path, diagnostics: &diagnostics).flatMap {
      CSVTable.parse($0, diagnostics: &diagnostics)
    }
    return (table, diagnostics.items.map(\.description))
  }

  private func cells(_ table: CSVTable?) -> [[String]] {
    guard let table else { return [] }
    return ([table.header] + table.rows).map { $0.cells.map(\.text) }
  }

  @Test func readsPlainUTF8() {
    let (table, errors) = parse(Array("a,b\n1,2\n".utf8))
    #expect(errors.isEmpty)
    #expect(cells(table) == [["a", "b"], ["1", "2"]])
    #expect(table?.source.encoding == .utf8)
  }

  @Test func readsBOMAndCRLF() {
    let (table, errors) = parse([0xEF, 0xBB, 0xBF] + Array("a,b\r\n1,2\r\n".utf8))
    #expect(errors.isEmpty)
    #expect(cells(table) == [["a", "b"], ["1", "2"]])
    #expect(table?.source.encoding == .utf8WithBOM)
  }

  @Test func readsWindows1252() {
    // "Parent’s £5 – café" in Windows-1252: 0x92 right quote, 0xA3 pound, 0x96 en dash, 0xE9 é.
    let bytes: [UInt8] =
      Array("x\r\nParent".utf8) + [0x92] + Array("s ".utf8) + [0xA3] + Array("5 ".utf8)
      + [0x96] + Array(" caf".utf8) + [0xE9] + [0x0D, 0x0A]
    let (table, errors) = parse(bytes)
    #expect(errors.isEmpty)
    #expect(cells(table) == [["x"], ["Parent’s £5 – café"]])
    #expect(table?.source.encoding == .windows1252)
  }

  @Test func readsQuotedCellsWithCommasQuotesAndLineBreaks() {
    let text = "ref,text,n\r\n1,\"one, two\",3\r\n2,\"say \"\"hi\"\"\r\nnext line\",4\r\n3,last,5"
    let (table, errors) = parse(Array(text.utf8))
    #expect(errors.isEmpty)
    #expect(
      cells(table) == [
        ["ref", "text", "n"], ["1", "one, two", "3"], ["2", "say \"hi\"\nnext line", "4"],
        ["3", "last", "5"],
      ])
    #expect(table?.rows.map(\.line) == [2, 3, 5])
    #expect(table?.rows[2].cells.map(\.column) == [1, 3, 8])
  }

  @Test func dropsBlankRecords() {
    let (table, _) = parse(Array("a,b\n,\n1,2\n\n".utf8))
    #expect(cells(table) == [["a", "b"], ["1", "2"]])
  }

  @Test func reportsAnUnterminatedQuoteWhereItOpens() {
    let (_, errors) = parse(Array("a,b\n1,\"open\n2,3\n".utf8))
    #expect(
      errors == [
        "t.csv:2:3: error: this quoted cell is never closed: the file ends inside it; "
          + "add the missing closing quote (\") at the end of the cell"
      ])
  }

  @Test func reportsTextAfterAClosingQuote() {
    let (_, errors) = parse(Array("a,b\n\"x\"y,2\n".utf8))
    #expect(
      errors == [
        "t.csv:2:4: error: unexpected text after the closing quote of a cell; "
          + "put the whole cell in quotes and double any quote inside it (\"\")"
      ])
  }

  @Test func refusesAWorkbook() {
    let (_, errors) = parse([0x50, 0x4B, 0x03, 0x04, 0x00])
    #expect(
      errors == [
        "t.csv:1:1: error: this is an Excel workbook or other zip file, not a CSV or text file; "
          + "in Excel use File > Save As and choose 'CSV UTF-8 (Comma delimited)'"
      ])
  }

  @Test func refusesBadUTF8AfterABOM() {
    let (_, errors) = parse([0xEF, 0xBB, 0xBF] + Array("a\nb".utf8) + [0xFF])
    #expect(
      errors == [
        "t.csv:2:2: error: the file starts with a UTF-8 byte-order mark but is not valid UTF-8; "
          + "save it again as 'CSV UTF-8', or remove the byte-order mark"
      ])
  }

  @Test func refusesNULBytes() {
    let (_, errors) = parse(Array("a\nbc".utf8) + [0] + Array("d".utf8))
    #expect(errors == ["t.csv:2:3: error: the file contains a NUL byte, so it is not a text file"])
  }

  @Test func emptyFileNeedsAHeader() {
    let (table, errors) = parse([])
    #expect(table == nil)
    #expect(errors == ["t.csv:1:1: error: the file is empty: it needs a header row"])
  }

  @Test func reportsTheFirstCellBeyondTheHeadings() {
    // An unquoted comma in a note: "late, see note" makes one cell too many.
    let (table, errors) = parse(Array("metric,note\nx,late, see note\ny,\"ok, quoted\"\nz,fine,,\n".utf8))
    #expect(
      errors == [
        "t.csv:2:8: error: this row has 3 cells but the header has 2 headings: this cell is not read; "
          + "put a cell that holds a comma in double quotes (\"one, two\"), or add a heading for the column"
      ])
    #expect(table?.rows.count == 3)
  }

  @Test func aStrayByteInUTF8IsAWarningAndTheRestStaysUTF8() {
    // "café" in UTF-8, then a Windows-1252 pound sign (0xA3) pasted in on line 2.
    let bytes = Array("name\ncaf\u{E9} ".utf8) + [0xA3] + Array("5\n".utf8)
    var diagnostics = Diagnostics()
    guard let source = SourceText.decode(Data(bytes), path: "t.csv", diagnostics: &diagnostics) else {
      Issue.record("not decoded")
      return
    }
    #expect(source.text == "name\ncafé £5\n")
    #expect(source.encoding == .utf8)
    #expect(
      diagnostics.items.map(\.description) == [
        "t.csv:2:6: warning: the file is UTF-8 but the byte 0xA3 here is not; it is read as Windows-1252 ('£'); "
          + "check the character there and save the file again as UTF-8"
      ])
  }

  @Test func aLegacyExcelWorkbookIsNamed() {
    let (_, errors) = parse([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0x00, 0x00])
    #expect(
      errors == [
        "t.csv:1:1: error: this is an old Excel workbook (.xls) saved with another name, not a CSV or text "
          + "file; open it in Excel, use File > Save As and choose 'CSV UTF-8 (Comma delimited)'"
      ])
  }
}
