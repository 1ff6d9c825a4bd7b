/// The tracker's required columns, by their own headings.
public enum TrackerColumn: String, CaseIterable, Hashable, Sendable {
  case responseRef = "WSOA Response Ref"
  case actionRef = "Action Ref"
  case objective = "Objectives / Key Areas for development"
  case outcome = "Outcome / Response Success Criteria"
  case start = "Start date"
  case due = "Due date in WSOA (not to be changed)"
  case expectedEnd = "Expected end date (if different)"
  case status = "Delivery Status"
  case rag = "RAG Rating"
  case percentComplete = "% Complete (Response only)"

  /// The heading as written in the tracker.
  public var heading: String { rawValue }

  /// A heading with case, spaces and line breaks removed, for matching.
  static func key(_ heading: String) -> String {
    String(heading.lowercased().unicodeScalars.filter { !$0.properties.isWhitespace && $0 != "\u{FEFF}" })
  }
}

/// Where each column of a tracker is: the required ones by heading, then the workstream columns.
struct TrackerHeader: Sendable {
  var indices: [TrackerColumn: Int] = [:]
  /// Workstream columns: index and heading (spaces and line breaks collapsed).
  var workstreams: [(index: Int, name: String)] = []
  /// Columns with no heading (Excel exports formatted empty columns); text under them is reported.
  var unnamed: [Int] = []

  /// Matches the header row; reports missing or repeated required headings at the header row.
  static func match(_ row: CSVRow, in table: CSVTable) -> (TrackerHeader?, [Diagnostic]) {
    var header = TrackerHeader()
    var diagnostics: [Diagnostic] = []
    var byKey: [String: TrackerColumn] = [:]
    for column in TrackerColumn.allCases { byKey[TrackerColumn.key(column.heading)] = column }
    var others: [(index: Int, name: String)] = []
    for (index, cell) in row.cells.enumerated() {
      let name = collapse(cell.text)
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
    return (diagnostics.isEmpty ? header : nil, diagnostics)
  }

  /// Text with runs of spaces and line breaks turned into one space.
  static func collapse(_ text: String) -> String {
    if isCollapsed(text) { return text }
    return text.split(whereSeparator: {
      $0 == " " || $0 == "\n" || $0 == "\r" || $0 == "\t" || $0 == "\u{A0}"
    })
    .joined(separator: " ")
  }

  /// Whether `collapse` would give the text back unchanged: no line breaks, tabs or no-break spaces (the
  /// only bytes 0xC2 starts), no space at either end and never two in a row. Most cells are like that.
  static func isCollapsed(_ text: String) -> Bool {
    var previousWasSpace = true
    for byte in text.utf8 {
      switch byte {
      case 0x0A, 0x0D, 0x09, 0xC2: return false
      case 0x20:
        if previousWasSpace { return false }
        previousWasSpace = true
      default:
        previousWasSpace = false
      }
    }
    return !previousWasSpace || text.isEmpty
  }
}
