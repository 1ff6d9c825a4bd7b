/// One cell of a CSV file, with where it starts.
public struct CSVCell: Sendable, Equatable {
  /// The cell's text, unquoted, with CRLF inside quoted cells turned into LF.
  public var text: String
  public var line: Int
  public var column: Int

  /// The text with surrounding spaces and tabs removed.
  public var trimmed: String { text.trimmingSpaces }
}

/// One record of a CSV file (a quoted cell may span several lines; `line` is where the record starts).
public struct CSVRow: Sendable, Equatable {
  public var line: Int
  public var cells: [CSVCell]
  /// The row's number in the spreadsheet the file was saved from: records are counted from the top of
  /// the file, blank ones included, as Excel writes one record for every row of the sheet.
  public var row = 0

  /// The cell at `index`, or nil when the row is shorter (rows from Excel often are).
  public func cell(_ index: Int) -> CSVCell? {
    cells.indices.contains(index) ? cells[index] : nil
  }

  /// Whether every cell is empty or only spaces (Excel writes such rows for formatted, empty lines).
  public var isBlank: Bool { cells.allSatisfy { $0.trimmed.isEmpty } }
}

/// A CSV file as RFC 4180 and Excel write it: a header row, then records.
public struct CSVTable: Sendable {
  public var source: SourceText
  public var header: CSVRow
  public var rows: [CSVRow]

  /// The location of a cell, for diagnostics.
  public func location(of cell: CSVCell) -> SourceLocation {
    SourceLocation(file: source.path, line: cell.line, column: cell.column)
  }

  /// The location of the start of a row.
  public func location(of row: CSVRow) -> SourceLocation {
    SourceLocation(file: source.path, line: row.line, column: 1)
  }

  /// Parses CSV text. Blank records are dropped; errors (an unterminated quoted cell, text after a
  /// closing quote) are appended to `diagnostics` with their line and column and the rest of the file is
  /// still read. Nil when there is no header row.
  public static func parse(_ source: SourceText, diagnostics: inout Diagnostics) -> CSVTable? {
    if let sheet = source.workbookSheet as? WorkbookSheet {
      return sheet.table(source, diagnostics: &diagnostics)
    }
    var reader = CSVReader(source: source)
    var records = reader.readAll()
    for index in records.indices { records[index].row = index + 1 }
    let nonBlank = records.filter { !$0.isBlank }
    diagnostics.append(contentsOf: reader.diagnostics)
    guard let header = nonBlank.first else {
      diagnostics.append(
        .error(
          "the file is empty: it needs a header row", at: SourceLocation(file: source.path)))
      return nil
    }
    let rows = Array(nonBlank.dropFirst())
    for row in rows {
      checkExtraCells(in: row, headings: header.cells.count, path: source.path, diagnostics: &diagnostics)
    }
    return CSVTable(source: source, header: header, rows: rows)
  }

  /// Records an error at the first cell beyond the headings when any such cell holds text (an unquoted
  /// comma in a note, say): those cells would otherwise be lost. Empty cells beyond the headings, which
  /// Excel writes for formatted columns, are ignored.
  static func checkExtraCells(in row: CSVRow, headings: Int, path: String, diagnostics: inout Diagnostics) {
    guard row.cells.count > headings, let first = row.cell(headings),
      row.cells[headings...].contains(where: { !$0.trimmed.isEmpty })
    else { return }
    let extra = row.cells.count - headings
    diagnostics.error(
      "this row has \(row.cells.count) cells but the header has \(headings) headings: "
        + "\(extra == 1 ? "this cell is" : "these \(extra) cells are") not read",
      at: SourceLocation(file: path, line: first.line, column: first.column),
      hint: "put a cell that holds a comma in double quotes (\"one, two\"), or add a heading for the column")
  }
}

/// Walks the UTF-8 bytes of a CSV text once, tracking line and column.
struct CSVReader {
  let source: SourceText
  private let bytes: [UInt8]
  private var index = 0
  private var line = 1
  private var lineStart = 0
  /// The last column computed, so that a long line is walked once, not once per cell.
  private var columnMark = (offset: 0, column: 1)
  /// Set when a quoted cell runs to the end of the file: that record is dropped, so that its swallowed
  /// text is not reported again as a bad value.
  private var hasUnclosedCell = false
  private(set) var diagnostics: [Diagnostic] = []

  init(source: SourceText) {
    self.source = source
    self.bytes = Array(source.text.utf8)
  }

  private static let quote = UInt8(ascii: "\"")
  private static let comma = UInt8(ascii: ",")
  private static let cr = UInt8(ascii: "\r")
  private static let lf = UInt8(ascii: "\n")

  /// The character column of the current byte.
  private mutating func column(at offset: Int) -> Int {
    var column = 1
    var i = lineStart
    if columnMark.offset >= lineStart && columnMark.offset <= offset {
      (i, column) = columnMark
    }
    while i < offset && i < bytes.count {
      if bytes[i] & 0xC0 != 0x80 { column += 1 }
      i += 1
    }
    columnMark = (i, column)
    return column
  }

  mutating func readAll() -> [CSVRow] {
    var rows: [CSVRow] = []
    while index < bytes.count {
      let row = readRecord()
      if !hasUnclosedCell { rows.append(row) }
    }
    return rows
  }

  private mutating func newLine(after offset: Int) {
    line += 1
    lineStart = offset
    columnMark = (offset, 1)
  }

  private mutating func readRecord() -> CSVRow {
    let recordLine = line
    var cells: [CSVCell] = []
    while true {
      let cell = readCell()
      cells.append(cell)
      guard index < bytes.count else { break }
      let byte = bytes[index]
      if byte == Self.comma {
        index += 1
        if index >= bytes.count {
          cells.append(CSVCell(text: "", line: line, column: column(at: index)))
          break
        }
        continue
      }
      // End of record: CRLF, LF or a lone CR.
      if byte == Self.cr {
        index += 1
        if index < bytes.count && bytes[index] == Self.lf { index += 1 }
      } else {
        index += 1
      }
      newLine(after: index)
      break
    }
    return CSVRow(line: recordLine, cells: cells)
  }

  private mutating func readCell() -> CSVCell {
    let cellLine = line
    let cellColumn = column(at: index)
    guard index < bytes.count, bytes[index] == Self.quote else {
      let start = index
      while index < bytes.count {
        let byte = bytes[index]
        if byte == Self.comma || byte == Self.cr || byte == Self.lf { break }
        index += 1
      }
      return CSVCell(text: text(start, index), line: cellLine, column: cellColumn)
    }
    // A quoted cell: "" is a quote; commas and line breaks are part of the text.
    index += 1
    var content: [UInt8] = []
    var closed = false
    while index < bytes.count {
      let byte = bytes[index]
      if byte == Self.quote {
        if index + 1 < bytes.count && bytes[index + 1] == Self.quote {
          content.append(Self.quote)
          index += 2
          continue
        }
        index += 1
        closed = true
        break
      }
      if byte == Self.cr || byte == Self.lf {
        content.append(Self.lf)
        index += 1
        if byte == Self.cr && index < bytes.count && bytes[index] == Self.lf { index += 1 }
        newLine(after: index)
        continue
      }
      content.append(byte)
      index += 1
    }
    let location = SourceLocation(file: source.path, line: cellLine, column: cellColumn)
    if !closed {
      hasUnclosedCell = true
      diagnostics.append(
        .error(
          "this quoted cell is never closed: the file ends inside it", at: location,
          hint: "add the missing closing quote (\") at the end of the cell"))
    } else if index < bytes.count {
      let byte = bytes[index]
      if byte != Self.comma && byte != Self.cr && byte != Self.lf {
        let strayStart = index
        while index < bytes.count && bytes[index] != Self.comma && bytes[index] != Self.cr
          && bytes[index] != Self.lf
        {
          index += 1
        }
        diagnostics.append(
          .error(
            "unexpected text after the closing quote of a cell",
            at: SourceLocation(file: source.path, line: line, column: column(at: strayStart)),
            hint: "put the whole cell in quotes and double any quote inside it (\"\")"))
        content.append(contentsOf: bytes[strayStart..<index])
      }
    }
    return CSVCell(text: String(decoding: content, as: UTF8.self), line: cellLine, column: cellColumn)
  }

  private func text(_ start: Int, _ end: Int) -> String {
    String(decoding: bytes[start..<end], as: UTF8.self)
  }
}
