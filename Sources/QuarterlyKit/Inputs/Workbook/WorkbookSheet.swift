import Foundation

/// A worksheet turned into the rows and cells that the CSV readers consume, so that every reader reads
/// a workbook exactly as it reads a CSV file: a cell's `line` is its row number and its `column` its
/// column number, and each cell's text is what the cell shows.
public struct WorkbookSheet: SheetCells {
  /// How date cells are written as text, by the input they are read for.
  public enum DateText: Sendable {
    /// `Jun-20`: the tracker's months.
    case trackerMonth
    /// `2020-06`: the metrics' periods.
    case month
    /// `2020-06-30`.
    case day
  }

  /// The sheet's name, for diagnostics.
  public var name: String
  /// The rows that have a cell with a value, in row order; each row's cells run from column A to its
  /// last cell with a value (the cells between are empty).
  public var rows: [CSVRow]

  /// How many rows of the sheet hold a value.
  public var rowCount: Int { rows.count }

  /// The table of a workbook input: its first non-blank row is the header.
  func table(_ source: SourceText, diagnostics: inout Diagnostics) -> CSVTable? {
    let nonBlank = rows.filter { !$0.isBlank }
    guard let header = nonBlank.first else {
      diagnostics.error(
        "the sheet '\(name)' is empty: it needs a header row", at: SourceLocation(file: source.path))
      return nil
    }
    return CSVTable(source: source, header: header, rows: Array(nonBlank.dropFirst()))
  }

  /// The diagnostic with the cell it points at named in its message
  /// (`cell H12 in sheet 'Tracker': …`), when it points at a cell of this sheet in `path`.
  public func namingCell(_ diagnostic: Diagnostic, path: String) -> Diagnostic {
    guard let location = diagnostic.location, location.file == path, !rows.isEmpty,
      (1...WorksheetCells.maximumColumn).contains(location.column),
      (1...WorksheetCells.maximumRow).contains(location.line)
    else { return diagnostic }
    var named = diagnostic
    named.message =
      "cell \(CellName.of(row: location.line, column: location.column)) in sheet '\(name)': "
      + diagnostic.message
    return named
  }

  /// The most cells the rows may span (from column A to each row's last value): a few stray values far
  /// out to the right cannot make a table of millions of empty cells.
  static let maximumCells = 2_000_000

  /// Builds the rows from a sheet's cells; problems with single cells (an error value, a formula never
  /// calculated, a missing shared string) are appended to `diagnostics` at the cell.
  static func make(
    name: String, cells: [WorksheetCell], workbook: Workbook, dates: DateText, path: String,
    diagnostics: inout Diagnostics
  ) -> WorkbookSheet {
    // Cells come in row order from every writer; sorting makes sure of it (stable, so a cell given twice
    // keeps its last value).
    let ordered =
      zip(cells, cells.dropFirst()).allSatisfy { ($0.row, $0.column) < ($1.row, $1.column) }
      ? cells
      : cells.enumerated().sorted {
        ($0.element.row, $0.element.column, $0.offset) < ($1.element.row, $1.element.column, $1.offset)
      }.map(\.element)
    var texts: [WorkbookCellText] = []
    texts.reserveCapacity(ordered.count)
    for cell in ordered {
      let location = SourceLocation(file: path, line: cell.row, column: cell.column)
      let text: String
      switch cell.value {
      case .number(let value):
        text = Self.text(
          of: value, kind: workbook.formats.kind(of: cell.style), dates: dates, workbook: workbook)
      case .sharedString(let index):
        guard workbook.sharedStrings.indices.contains(index) else {
          diagnostics.append(
            .error(
              "the cell refers to shared string \(index), which the workbook does not have", at: location))
          continue
        }
        text = workbook.sharedStrings[index]
      case .text(let value): text = value
      case .boolean(let value): text = value ? "TRUE" : "FALSE"
      case .error(let value):
        diagnostics.append(
          .warning(
            "the cell shows the error value \(value), so it is unreadable", at: location,
            hint: "correct the formula or type the value in the workbook"))
        text = value
      case .isoDate(let value):
        text =
          Day(iso: String(value.prefix(10))).map {
            Self.text(of: SerialDate.YearMonthDay(year: $0.year, month: $0.month, day: $0.day), dates: dates)
          } ?? value
      case .uncalculatedFormula:
        diagnostics.append(
          .warning(
            "the cell has a formula but no saved value, so it is read as empty", at: location,
            hint: "open the workbook in Excel or LibreOffice and save it, so that its formulas are calculated"
          ))
        continue
      }
      guard !text.isEmpty else { continue }
      texts.append(WorkbookCellText(row: cell.row, column: cell.column, text: text))
    }
    // Each row spans from column A to its last cell (the last of the row, as they are in order).
    var size = 0
    for (index, cell) in texts.enumerated() where index + 1 == texts.count || texts[index + 1].row != cell.row
    {
      size += cell.column
    }
    guard size <= maximumCells else {
      diagnostics.append(
        .error(
          "the sheet '\(name)' spans \(size) cells, more than the \(maximumCells) an input may have",
          at: SourceLocation(file: path), hint: "delete the rows and columns that are not part of the table"))
      return WorkbookSheet(name: name, rows: [])
    }
    var rows: [CSVRow] = []
    var start = 0
    while start < texts.count {
      let row = texts[start].row
      var end = start
      while end < texts.count && texts[end].row == row { end += 1 }
      let width = texts[end - 1].column
      var cells = (1...max(width, 1)).map { CSVCell(text: "", line: row, column: $0) }
      for entry in texts[start..<end] { cells[entry.column - 1].text = entry.text }
      rows.append(CSVRow(line: row, cells: cells, row: row))
      start = end
    }
    return WorkbookSheet(name: name, rows: rows)
  }

  /// A number's text as its format shows it: a date, a percentage (0.9 as `90%`) or a number as Excel's General format shows it.
  static func text(of value: Double, kind: NumberKind, dates: DateText, workbook: Workbook) -> String {
    switch kind {
    case .date:
      guard let date = SerialDate.date(value, is1904: workbook.is1904) else { return general(value) }
      return text(of: date, dates: dates)
    case .percent: return general(value * 100) + "%"
    case .general: return general(value)
    }
  }

  /// A date as the input reads dates.
  static func text(of date: SerialDate.YearMonthDay, dates: DateText) -> String {
    switch dates {
    case .trackerMonth: return date.trackerMonth
    case .month: return date.isoMonth
    case .day: return date.iso
    }
  }

  /// A number with at most the 15 significant digits a spreadsheet keeps, and no `.0` on a whole number
  /// (a ref stored as `1.0` reads `1`; `1.1` reads `1.1`).
  static func general(_ value: Double) -> String {
    guard value.isFinite else { return String(value) }
    if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
    // The shortest text that reads back as the value is what the spreadsheet shows when it has at most
    // 15 significant digits (0.004, 1.1); otherwise it is rounded to 15 (65.50000000000001 is 65.5).
    let shortest = String(value)
    let digits = shortest.utf8.prefix { $0 != UInt8(ascii: "e") }.drop {
      $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "0") || $0 == UInt8(ascii: ".")
    }
    .filter { $0 != UInt8(ascii: ".") }.count
    if digits <= 15 && !shortest.utf8.contains(UInt8(ascii: "e")) { return shortest }
    let rounded = Double(String(format: "%.15g", value)) ?? value
    if rounded == rounded.rounded(), abs(rounded) < 1e15 { return String(Int(rounded)) }
    let text = String(rounded)
    return text.contains("e") ? String(format: "%.15g", rounded) : text
  }
}

/// The text of one cell of a sheet, at its 1-based row and column.
struct WorkbookCellText {
  var row: Int
  var column: Int
  var text: String
}
