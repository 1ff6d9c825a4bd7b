/// One cell of a worksheet as stored (`<c>`), before it is turned into the text it shows.
struct WorksheetCell: Equatable {
  /// What the cell holds.
  enum Value: Equatable {
    case number(Double)
    case sharedString(Int)
    /// An inline string, or a formula's cached string result (`t="str"`).
    case text(String)
    case boolean(Bool)
    /// An error value such as `#N/A`.
    case error(String)
    /// A date written as ISO 8601 text (`t="d"`).
    case isoDate(String)
    /// A formula with no cached value (never calculated by a spreadsheet program).
    case uncalculatedFormula
  }

  /// 1-based row and column.
  var row: Int
  var column: Int
  var value: Value
  /// The index of the cell's style in `cellXfs`.
  var style: Int
}

/// Reads the cells of a worksheet part (`xl/worksheets/sheetN.xml`): `<sheetData>` rows of `<c>` with
/// `r` (reference), `t` (type), `s` (style), `<v>` (value), `<f>` (formula) and `<is>` (inline string).
/// Cells without a value are left out: an empty cell, merged or not, reads as empty.
enum WorksheetCells {
  /// The largest row and column number a spreadsheet has (Excel's limits).
  static let maximumRow = 1_048_576
  static let maximumColumn = 16_384

  /// The cells in document order.
  static func read(_ bytes: [UInt8]) throws(XMLReader.Failure) -> [WorksheetCell] {
    var reader = try XMLReader(bytes: bytes)
    var cells: [WorksheetCell] = []
    var path: [String] = []
    var row = 0
    var column = 0
    // The cell being read.
    var type = "n"
    var style = 0
    var value: String?
    var inline = ""
    var hasFormula = false
    var inSheetData = false
    while let event = try reader.next() {
      switch event {
      case .start(let element):
        path.append(element.name)
        switch element.name {
        case "sheetData": inSheetData = true
        case "row" where inSheetData:
          row = element.attribute("r").flatMap { Int($0) } ?? row + 1
          column = 0
          guard (1...maximumRow).contains(row) else {
            throw XMLReader.Failure(reason: "a row number is outside 1–\(maximumRow)", line: reader.line)
          }
        case "c" where inSheetData:
          if let reference = element.attribute("r") {
            guard let parsed = CellReference(reference) else {
              throw XMLReader.Failure(reason: "'\(reference)' is not a cell reference", line: reader.line)
            }
            (row, column) = (parsed.row, parsed.column)
          } else {
            column += 1
          }
          guard (1...maximumColumn).contains(column), row >= 1 else {
            throw XMLReader.Failure(
              reason: "a cell lies outside the sheet's rows and columns", line: reader.line)
          }
          type = element.attribute("t") ?? "n"
          style = element.attribute("s").flatMap { Int($0) } ?? 0
          value = nil
          inline = ""
          hasFormula = false
        case "f" where inSheetData: hasFormula = true
        case "v" where inSheetData: value = value ?? ""
        default: break
        }
      case .text(let text):
        guard inSheetData else { break }
        if path.last == "v" && path.dropLast().last == "c" {
          value = (value ?? "") + text
        } else if path.last == "t" && path.contains("is") && !path.contains("rPh") {
          inline += text
        }
      case .end:
        if path.last == "c" && inSheetData,
          let cellValue = cellValue(type: type, value: value, inline: inline, hasFormula: hasFormula)
        {
          cells.append(WorksheetCell(row: row, column: column, value: cellValue, style: style))
        }
        if path.last == "sheetData" { inSheetData = false }
        path.removeLast()
      }
    }
    return cells
  }

  /// The value of a finished `<c>`; nil for an empty cell.
  private static func cellValue(type: String, value: String?, inline: String, hasFormula: Bool)
    -> WorksheetCell.Value?
  {
    if type == "inlineStr" { return .text(OOXMLText.unescape(inline)) }
    guard let value else { return hasFormula ? .uncalculatedFormula : nil }
    if value.isEmpty && type != "str" { return hasFormula ? .uncalculatedFormula : nil }
    switch type {
    case "s": return Int(value.trimmingSpaces).map { .sharedString($0) } ?? .error(value)
    case "str": return .text(OOXMLText.unescape(value))
    case "b": return .boolean(value.trimmingSpaces == "1")
    case "e": return .error(value)
    case "d": return .isoDate(value)
    default: return Double(value.trimmingSpaces).map { .number($0) } ?? .text(value)
    }
  }
}
