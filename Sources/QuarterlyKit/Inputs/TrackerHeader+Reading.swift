/// Reading a tracker's header row: which column holds which required heading, and the workstreams.
extension TrackerHeader {
  /// Matches the header row; reports missing or repeated required headings at the header row, and is
  /// nil when it reported any.
  static func match(_ row: CSVRow, in table: CSVTable, diagnostics: inout Diagnostics) -> TrackerHeader? {
    var header = TrackerHeader()
    let start = diagnostics.items.count
    var byKey: [String: TrackerColumn] = [:]
    for column in TrackerColumn.allCases { byKey[TrackerColumn.key(column.heading)] = column }
    var others: [(index: Int, name: String)] = []
    for (index, cell) in row.cells.enumerated() {
      let name = cell.text.collapsingWhitespace(.trackerCell)
      if name.isEmpty {
        header.unnamed.append(index)
        continue
      }
      if let column = byKey[TrackerColumn.key(name)] {
        if header.indices[column] != nil {
          diagnostics.append(
            .error(
              "the heading '\(column.heading)' appears twice", at: table.location(of: cell),
              hint: "delete or rename one of the two columns"))
        } else {
          header.indices[column] = index
        }
      } else {
        others.append((index, name))
      }
    }
    var suggested: Set<Int> = []
    for column in TrackerColumn.allCases where header.indices[column] == nil {
      let candidate = others.first { other in
        Suggestion.closest(to: TrackerColumn.key(column.heading), in: [TrackerColumn.key(other.name)]) != nil
      }
      var hint =
        "the tracker needs the columns "
        + TrackerColumn.allCases.map { "'\($0.heading)'" }.joined(
          separator: ", ")
      if let candidate {
        suggested.insert(candidate.index)
        hint = "did you mean '\(candidate.name)' (column \(candidate.index + 1))?"
      }
      diagnostics.append(
        .error(
          "the tracker has no '\(column.heading)' column", at: table.location(of: row), hint: hint))
    }
    header.workstreams = others.filter { !suggested.contains($0.index) }
    return diagnostics.items.count == start ? header : nil
  }
}
