import Foundation
import Testing

@testable import QuarterlyKit

/// The sample tracker saved as a workbook (dates, percentages and refs typed as Excel types them)
/// builds the same documents as the CSV, byte for byte: the audit names the cells as the spreadsheet
/// does (`cell I29`), which is the same cell whichever of the two was read.
@Suite struct WorkbookEquivalenceTests {
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
    for file in a.first?.files ?? [] {
      let x = try Data(contentsOf: csvOut.appendingPathComponent("\(id)/\(file)"))
      let y = try Data(contentsOf: workbookOut.appendingPathComponent("\(id)/\(file)"))
      #expect(x == y, "\(file) differs")
    }
    // The audit lists its findings with their cells in figures.json and in the monitoring pack.
    let pack = try String(
      contentsOf: workbookOut.appendingPathComponent("\(id)/monitoring-pack.md"), encoding: .utf8)
    #expect(pack.contains("(cell I29)"))
  }
}
