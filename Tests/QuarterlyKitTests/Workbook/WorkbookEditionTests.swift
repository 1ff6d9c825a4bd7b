import Foundation
import Testing

@testable import QuarterlyKit

/// An edition whose tracker is a workbook: the sheet keys of edition.md, and the tracker reader's
/// diagnostics naming the cells of the sheet they come from.
@Suite struct WorkbookEditionTests {
  /// The sample edition with its tracker (or another table `input`) as `tracker-openpyxl.xlsx` and
  /// `frontMatter` added to edition.md; the diagnostics of building it.
  func build(frontMatter: String, input: String = "action-plan") throws -> [String] {
    let root = try Repository.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: root) }
    let id = "birmingham-2020-10"
    let edition = root.appendingPathComponent("in/\(id)")
    try FileManager.default.createDirectory(
      at: edition.deletingLastPathComponent(), withIntermediateDirectories: true)
    try FileManager.default.copyItem(at: Repository.edition(id), to: edition)
    try FileManager.default.removeItem(at: edition.appendingPathComponent(input + ".csv"))
    try Fixture.data("workbooks/tracker-openpyxl.xlsx").write(
      to: edition.appendingPathComponent(input + ".xlsx"))
    let editionFile = edition.appendingPathComponent("edition.md")
    let text = try String(contentsOf: editionFile, encoding: .utf8)
    try Data(
      text.replacingOccurrences(of: "as_of: 2020-10-13\n", with: "as_of: 2020-10-13\n" + frontMatter).utf8
    )
    .write(to: editionFile)
    let results = Repository.build(
      [EditionInput(folder: edition, displayPath: id)], output: root.appendingPathComponent("out"))
    return (results.first?.diagnostics ?? []).filter {
      !$0.message.contains("has no data for") && !$0.message.contains("has a reading age of")
    }.map(
      \.description)
  }

  @Test func namedSheetIsRead() throws {
    #expect(try build(frontMatter: "action_plan_sheet: Tracker\n") == [])
  }

  @Test func unknownSheetIsAnErrorWithASuggestion() throws {
    #expect(
      try build(frontMatter: "action_plan_sheet: Trackr\n") == [
        "birmingham-2020-10/edition.md:5:20: error: action-plan.xlsx has no sheet named 'Trackr'; did you mean 'Tracker'?"
      ])
  }

  @Test func trackerDiagnosticsNameTheCell() throws {
    // The hidden first sheet is not a tracker: the reader's error points at its header row, cell A1.
    let diagnostics = try build(frontMatter: "action_plan_sheet: Notes\n")
    #expect(!diagnostics.isEmpty)
    for diagnostic in diagnostics {
      #expect(
        diagnostic.hasPrefix("birmingham-2020-10/action-plan.xlsx:1:1: error: cell A1 in sheet 'Notes': "))
    }
  }

  @Test func metricsDiagnosticsNameTheCellOnce() throws {
    // Read as the metrics, the Notes sheet has none of their columns: one error at its header row.
    let diagnostics = try build(frontMatter: "metrics_sheet: Notes\n", input: "metrics").filter {
      $0.hasPrefix("birmingham-2020-10/metrics.xlsx:")
    }
    #expect(!diagnostics.isEmpty)
    for diagnostic in diagnostics {
      #expect(diagnostic.hasPrefix("birmingham-2020-10/metrics.xlsx:1:1: error: cell A1 in sheet 'Notes': "))
      #expect(!diagnostic.contains("in sheet 'Notes': cell "))
    }
  }

  @Test func sheetKeyForACSVIsAWarning() throws {
    #expect(
      try build(frontMatter: "metrics_sheet: Figures\n") == [
        "birmingham-2020-10/edition.md:5:16: warning: metrics_sheet names a sheet, but metrics is read from metrics.csv; remove the key, or give metrics.xlsx instead of the CSV"
      ])
  }
}
