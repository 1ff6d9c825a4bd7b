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
    // Pipes and backslashes are ASCII, so the cells are cut at byte positions, found in the
    // contiguous bytes where the text has them (each row of a long table is split twice).
    let bytes = trimmed.utf8
    func cuts(_ buffer: UnsafeBufferPointer<UInt8>) -> [Int] {
      var pipes: [Int] = []
      var escaped = false
      for (offset, byte) in buffer.enumerated() {
        if escaped {
          escaped = false
        } else if byte == UInt8(ascii: "\\") {
          escaped = true
        } else if byte == UInt8(ascii: "|") {
          pipes.append(offset)
        }
      }
      return pipes
    }
    let pipes =
      bytes.withContiguousStorageIfAvailable(cuts) ?? Array(bytes).withUnsafeBufferPointer(cuts)
    var cells: [String] = []
    cells.reserveCapacity(pipes.count + 1)
    var cellStart = bytes.startIndex
    for pipe in pipes {
      let index = bytes.index(bytes.startIndex, offsetBy: pipe)
      cells.append(trimmed[cellStart..<index].trimmingSpaces)
      cellStart = bytes.index(after: index)
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
    // Each line is built as UTF-8 bytes: the padding is spaces and dashes, appended without making a
    // string of them.
    return cells.enumerated().map { rowIndex, row in
      var line: [UInt8] = Array("| ".utf8)
      func pad(_ byte: UInt8, _ count: Int) {
        if count > 0 { line.append(contentsOf: repeatElement(byte, count: count)) }
      }
      for column in 0..<columns {
        if column > 0 { line.append(contentsOf: " | ".utf8) }
        let width = widths[column]
        let (left, right) = alignments[column]
        if rowIndex == 1 {
          if left { line.append(UInt8(ascii: ":")) }
          pad(UInt8(ascii: "-"), width - (left ? 1 : 0) - (right ? 1 : 0))
          if right { line.append(UInt8(ascii: ":")) }
        } else {
          let cell = column < row.count ? row[column] : ""
          let count = column < row.count ? counts[rowIndex][column] : 0
          if right && !left {
            pad(Bytes.space, width - count)
            line.append(contentsOf: cell.utf8)
          } else {
            line.append(contentsOf: cell.utf8)
            pad(Bytes.space, width - count)
          }
        }
      }
      line.append(contentsOf: " |".utf8)
      return String(decoding: line, as: UTF8.self)
    }
  }
}
