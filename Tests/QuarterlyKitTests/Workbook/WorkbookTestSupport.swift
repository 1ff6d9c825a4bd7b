import Foundation

@testable import QuarterlyKit

/// Reads the committed workbook fixtures (`Fixtures/workbooks`) the way an edition reads its inputs.
enum WorkbookFixture {
  /// The bytes of a fixture.
  static func bytes(_ name: String) throws -> [UInt8] {
    [UInt8](try Fixture.data("workbooks/\(name)"))
  }

  /// A sheet read as `input` reads it: its cells' texts by cell name (`B12`), and the diagnostics.
  static func read(
    _ name: String, input: String = "glossary", sheet: String? = nil, bytes override: [UInt8]? = nil
  ) throws -> (cells: [String: String], diagnostics: [String], source: SourceText?) {
    var diagnostics = Diagnostics()
    let source = WorkbookInput.read(
      input, bytes: try override ?? bytes(name), path: name,
      sheet: sheet.map { ($0, SourceLocation(file: "edition.md", line: 5, column: 1)) },
      diagnostics: &diagnostics)
    var cells: [String: String] = [:]
    for row in (source?.workbookSheet as? WorkbookSheet)?.rows ?? [] {
      for cell in row.cells where !cell.text.isEmpty {
        cells[CellReference(row: cell.line, column: cell.column).name] = cell.text
      }
    }
    return (cells, diagnostics.items.map(\.description), source)
  }
}
