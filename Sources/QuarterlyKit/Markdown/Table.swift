/// GFM pipe tables: a header row (the last line of a paragraph), a delimiter row, then body rows.
extension BlockParser {
  /// Starts a table when the current line is a delimiter row matching the paragraph's last line.
  mutating func startTable(_ paragraph: Int) -> Bool {
    guard let alignments = Self.delimiterRow(input[nextNonspace..<lineEnd]) else { return false }
    let content = blocks[paragraph].content
    var headerEnd = content.count
    if headerEnd > 0 && content[headerEnd - 1] == Bytes.newline { headerEnd -= 1 }
    var headerStart = headerEnd
    while headerStart > 0 && content[headerStart - 1] != Bytes.newline { headerStart -= 1 }
    let header = Self.cells(content[headerStart..<headerEnd])
    guard header.count == alignments.count else { return false }
    closeUnmatchedBlocks()
    let table = tables.count
    tables.append(TableData(alignments: alignments, header: header))
    let startLine = lineNumber - 1
    if headerStart == 0 {
      structureVersion += 1
      blocks[paragraph].kind = .table
      blocks[paragraph].content = []
      blocks[paragraph].tableIndex = table
    } else {
      blocks[paragraph].content.removeSubrange(headerStart..<content.count)
      finalize(paragraph, line: lineNumber - 2)
      let block = addChild(.table)
      blocks[block].tableIndex = table
      blocks[block].startLine = startLine
    }
    blocks[tip].skipsNextLine = true
    offset = lineEnd
    return true
  }

  /// Adds the current line as a body row of `table`.
  mutating func addTableRow(_ table: Int) {
    let index = blocks[table].tableIndex
    guard index >= 0 else { return }
    var row = Self.cells(input[offset..<lineEnd])
    let width = tables[index].alignments.count
    if row.count > width { row.removeSubrange(width..<row.count) }
    // Missing cells are filled in, within a budget tied to the input size (no quadratic output).
    while row.count < width && tableCellBudget > 0 {
      row.append([])
      tableCellBudget -= 1
    }
    tables[index].rows.append(row)
  }

  /// The column alignments of a delimiter row such as `| :-- | :-: | --: |`, if the line is one.
  static func delimiterRow(_ line: ArraySlice<UInt8>) -> [TableAlignment]? {
    guard line.contains(UInt8(ascii: "-")) else { return nil }
    let cells = cells(line)
    guard !cells.isEmpty else { return nil }
    var alignments: [TableAlignment] = []
    for cell in cells {
      guard !cell.isEmpty else { return nil }
      let left = cell.first == UInt8(ascii: ":")
      let right = cell.last == UInt8(ascii: ":")
      let dashes = cell.dropFirst(left ? 1 : 0).dropLast(right && cell.count > 1 ? 1 : 0)
      guard !dashes.isEmpty, dashes.allSatisfy({ $0 == UInt8(ascii: "-") }) else { return nil }
      alignments.append(left && right ? .center : left ? .left : right ? .right : .none)
    }
    return alignments
  }

  /// Splits a row into trimmed cells at unescaped pipes; `\|` inside a cell becomes `|`.
  static func cells(_ line: ArraySlice<UInt8>) -> [[UInt8]] {
    let row = Bytes.trimming(line.startIndex..<line.endIndex, of: line, where: Bytes.isWhitespace)
    var start = row.lowerBound
    let end = row.upperBound
    if start < end && line[start] == UInt8(ascii: "|") { start += 1 }
    var cells: [[UInt8]] = []
    var cell: [UInt8] = []
    var index = start
    var sawContent = false
    while index < end {
      let byte = line[index]
      if byte == UInt8(ascii: "\\") && index + 1 < end {
        if line[index + 1] != UInt8(ascii: "|") { cell.append(byte) }
        cell.append(line[index + 1])
        index += 2
        sawContent = true
        continue
      }
      if byte == UInt8(ascii: "|") {
        cells.append(trimmed(cell))
        cell.removeAll(keepingCapacity: true)
        sawContent = false
      } else {
        cell.append(byte)
        sawContent = true
      }
      index += 1
    }
    if sawContent || (index > start && line[end - 1] != UInt8(ascii: "|")) { cells.append(trimmed(cell)) }
    return cells
  }

  private static func trimmed(_ bytes: [UInt8]) -> [UInt8] {
    Array(bytes[Bytes.trimming(bytes.startIndex..<bytes.endIndex, of: bytes, where: Bytes.isWhitespace)])
  }
}
