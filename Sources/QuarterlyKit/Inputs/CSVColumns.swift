/// The columns of a CSV file that has a fixed set of known headings (in any order).
struct CSVColumns {
  private var indexes: [String: Int] = [:]

  /// Maps the header row; reports unknown headings (with a suggestion), repeated ones, and missing required ones.
  init(table: CSVTable, known: [String], required: [String], diagnostics: inout Diagnostics) {
    let fileName = table.source.path.split(separator: "/").last.map(String.init) ?? table.source.path
    for (index, cell) in table.header.cells.enumerated() {
      let name = cell.trimmed.lowercased()
      if name.isEmpty {
        // An empty heading over an empty column is what Excel writes for a stray formatted cell.
        let columnHasData = table.rows.contains { !($0.cell(index)?.trimmed.isEmpty ?? true) }
        if columnHasData {
          diagnostics.error(
            "this column has no heading but holds values", at: table.location(of: cell),
            hint: "give it one of the headings: \(known.joined(separator: ", "))")
        }
        continue
      }
      guard known.contains(name) else {
        diagnostics.error(
          "unknown column '\(cell.trimmed)' in \(fileName)", at: table.location(of: cell),
          hint: Suggestion.hint(for: name, in: known)
            ?? "the columns are: \(known.joined(separator: ", "))")
        continue
      }
      if indexes[name] != nil {
        diagnostics.error("the column '\(name)' appears twice", at: table.location(of: cell))
        continue
      }
      indexes[name] = index
    }
    for name in required where indexes[name] == nil {
      diagnostics.error(
        "missing required column '\(name)' in \(fileName)", at: table.location(of: table.header),
        hint: "add a column headed '\(name)'")
    }
  }

  /// Whether every required column was found.
  func has(_ name: String) -> Bool { indexes[name] != nil }

  /// The cell of `row` in the column `name` (nil if the column or the cell is missing).
  func cell(_ name: String, in row: CSVRow) -> CSVCell? {
    guard let index = indexes[name] else { return nil }
    return row.cell(index)
  }

  /// The trimmed text of a cell, or nil when it is empty or missing.
  func text(_ name: String, in row: CSVRow) -> String? {
    guard let text = cell(name, in: row)?.trimmed, !text.isEmpty else { return nil }
    return text
  }

  /// The location of a cell, or of the row's start when the cell is missing.
  func location(_ name: String, in row: CSVRow, table: CSVTable) -> SourceLocation {
    if let cell = cell(name, in: row) { return table.location(of: cell) }
    return table.location(of: row)
  }
}
