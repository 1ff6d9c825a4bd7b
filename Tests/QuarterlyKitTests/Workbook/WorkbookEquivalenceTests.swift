import Foundation
import Testing

@testable import QuarterlyKit

/// The sample tracker saved as a workbook (dates, percentages and refs typed as Excel types them)
/// builds the same documents as the CSV, byte for byte, once the audit's cell locations are translated:
/// they name the workbook's cells (`action-plan.xlsx:29:9`, row 29 column I) where the CSV's name the
/// character (`action-plan.csv:29:89`, the 89th character of line 29).
@Suite struct WorkbookEquivalenceTests {
  /// The column number of each cell of a CSV file, by the cell's `line:column` (its first character).
  static func cellColumns(_ url: URL) throws -> [String: Int] {
    guard case .success(let source) = SourceText.read(url, displayPath: "action-plan.csv") else { return [:] }
    let table = try #require(CSVTable.parse(source).table)
    var columns: [String: Int] = [:]
    for row in [table.header] + table.rows {
      for (index, cell) in row.cells.enumerated() { columns["\(cell.line):\(cell.column)"] = index + 1 }
    }
    return columns
  }

  /// `text` with each `PREFIXcsv:LINE:CHARACTER` written as the workbook's `PREFIXxlsx:ROW:COLUMN`
  /// (a row of the tracker is a line of its CSV), and how many were translated.
  static func translatingLocations(_ text: String, prefix: String, columns: [String: Int]) -> (String, Int) {
    let pieces = text.components(separatedBy: prefix + "csv:")
    var result = pieces.first ?? ""
    for piece in pieces.dropFirst() {
      let digits = piece.prefix { $0.isNumber || $0 == ":" }
      let parts = digits.split(separator: ":")
      let column = parts.count == 2 ? columns["\(parts[0]):\(parts[1])"] : nil
      result +=
        prefix + "xlsx:" + (parts.first.map(String.init) ?? "") + ":" + (column.map(String.init) ?? "?")
        + piece.dropFirst(digits.count)
    }
    return (result, pieces.count - 1)
  }

  @Test(arguments: ["tracker-openpyxl.xlsx", "tracker-libreoffice.xlsx"])
  func trackerWorkbookBuildsTheSameDocuments(fixture: String) throws {
    let root = try Repository.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: root) }
    let id = "birmingham-2020-10"
    let csv = root.appendingPathComponent("csv/\(id)")
    let workbook = root.appendingPathComponent("xlsx/\(id)")
    try FileManager.default.createDirectory(
      at: csv.deletingLastPathComponent(), withIntermediateDirectories: true)
    try FileManager.default.createDirectory(
      at: workbook.deletingLastPathComponent(), withIntermediateDirectories: true)
    try FileManager.default.copyItem(at: Repository.edition(id), to: csv)
    try FileManager.default.copyItem(at: Repository.edition(id), to: workbook)
    try FileManager.default.removeItem(at: workbook.appendingPathComponent("action-plan.csv"))
    try Fixture.data("workbooks/\(fixture)").write(to: workbook.appendingPathComponent("action-plan.xlsx"))
    let csvOut = root.appendingPathComponent("out-csv")
    let workbookOut = root.appendingPathComponent("out-xlsx")
    let a = Repository.build([EditionInput(folder: csv, displayPath: "Inputs/\(id)")], output: csvOut)
    let b = Repository.build(
      [EditionInput(folder: workbook, displayPath: "Inputs/\(id)")], output: workbookOut)
    #expect(a.first?.errorCount == 0)
    #expect(b.first?.errorCount == 0, "\(b.first?.diagnostics.map(\.description) ?? [])")
    #expect(a.first?.warningCount == b.first?.warningCount)
    #expect(a.first?.files == b.first?.files)
    #expect(a.first?.files.contains("figures.json") == true)
    let columns = try Self.cellColumns(Repository.edition(id).appendingPathComponent("action-plan.csv"))
    var translated = 0
    for file in a.first?.files ?? [] {
      let x = try Data(contentsOf: csvOut.appendingPathComponent("\(id)/\(file)"))
      let y = try Data(contentsOf: workbookOut.appendingPathComponent("\(id)/\(file)"))
      let (expected, count) = Self.translatingLocations(
        String(decoding: x, as: UTF8.self), prefix: "action-plan.", columns: columns)
      translated += count
      #expect(Data(expected.utf8) == y, "\(file) differs")
    }
    // The audit lists its findings with their cells in figures.json and in the monitoring pack.
    #expect(translated > 0)
  }
}
