/// Lines up the pipes of every table in a Markdown document, so tables filled from templates stay
/// readable as plain text. Cell contents are not changed, only padded.
enum MarkdownTables {
  static func align(_ markdown: String) -> String {
    guard markdown.containsByte(UInt8(ascii: "|")) else { return markdown }
    let lines = markdown.lineFeedSeparatedLines
    var out = ""
    out.reserveCapacity(markdown.utf8.count + 256)
    var index = 0
    while index < lines.count {
      guard isRow(lines[index]), index + 1 < lines.count, isDelimiterRow(lines[index + 1]) else {
        if index > 0 { out += "\n" }
        out += lines[index]
        index += 1
        continue
      }
      var end = index + 2
      while end < lines.count && isRow(lines[end]) { end += 1 }
      for row in alignTable(lines[index..<end].map(String.init)) {
        if index > 0 { out += "\n" }
        out += row
        index += 1
      }
    }
    return out
  }

  /// A table row: a line that starts with `|` (after spaces) and has more after it.
  private static func isRow(_ line: Substring) -> Bool {
    // Most lines are not rows; their first byte after spaces (and no-break spaces) tells at once.
    let first = line.utf8.first { byte in
      !(byte == 0x20 || byte == 0x09 || byte == 0x0D || byte == 0x0A || byte == 0xC2 || byte == 0xA0)
    }
    guard first == UInt8(ascii: "|") else { return false }
    let trimmed = line.trimmingSpaces
    return trimmed.hasPrefix("|") && trimmed.count > 1
  }

  private static func isDelimiterRow(_ line: Substring) -> Bool {
    guard isRow(line) else { return false }
    let cells = split(String(line))
    return !cells.isEmpty
      && cells.allSatisfy { cell in
        let core = cell.trimmingSpaces
        return !core.isEmpty && core.allSatisfy { $0 == "-" || $0 == ":" } && core.contains("-")
      }
  }

  /// The cells of a row, split on pipes that are not escaped.
  static func split(_ line: String) -> [String] {
    var trimmed = Substring(line.trimmingSpaces)
    if trimmed.hasPrefix("|") { trimmed = trimmed.dropFirst() }
    if trimmed.hasSuffix("|") && !trimmed.hasSuffix("\\|") { trimmed = trimmed.dropLast() }
    // Pipes and backslashes are ASCII, so the cells are cut at byte positions.
    var cells: [String] = []
    let bytes = trimmed.utf8
    var cellStart = bytes.startIndex
    var escaped = false
    for index in bytes.indices {
      let byte = bytes[index]
      if escaped {
        escaped = false
      } else if byte == UInt8(ascii: "\\") {
        escaped = true
      } else if byte == UInt8(ascii: "|") {
        cells.append(trimmed[cellStart..<index].trimmingSpaces)
        cellStart = bytes.index(after: index)
      }
    }
    cells.append(trimmed[cellStart...].trimmingSpaces)
    return cells
  }

  private static func alignTable(_ rows: [String]) -> [String] {
    let cells = rows.map(split)
    // Each cell's width in characters, counted once.
    let counts = cells.map { row in row.map(\.count) }
    let columns = cells.map(\.count).max() ?? 0
    var widths = Array(repeating: 3, count: columns)
    for (rowIndex, row) in counts.enumerated() where rowIndex != 1 {
      for (column, count) in row.enumerated() { widths[column] = max(widths[column], count) }
    }
    let alignments: [(left: Bool, right: Bool)] = (0..<columns).map { column in
      let cell = column < cells[1].count ? cells[1][column] : "---"
      return (cell.hasPrefix(":"), cell.hasSuffix(":"))
    }
    return cells.enumerated().map { rowIndex, row in
      var line = "| "
      for column in 0..<columns {
        if column > 0 { line += " | " }
        let width = widths[column]
        let (left, right) = alignments[column]
        if rowIndex == 1 {
          if left { line += ":" }
          line += String(repeating: "-", count: width - (left ? 1 : 0) - (right ? 1 : 0))
          if right { line += ":" }
        } else {
          let cell = column < row.count ? row[column] : ""
          let count = column < row.count ? counts[rowIndex][column] : 0
          let padding = String(repeating: " ", count: max(0, width - count))
          if right && !left {
            line += padding
            line += cell
          } else {
            line += cell
            line += padding
          }
        }
      }
      return line + " |"
    }
  }
}
