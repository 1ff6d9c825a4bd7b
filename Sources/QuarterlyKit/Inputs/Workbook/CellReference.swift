/// A cell reference such as `H12`: column letters, then the row number.
struct CellReference: Equatable {
  var row: Int
  var column: Int

  /// The cell at a 1-based row and column.
  init(row: Int, column: Int) {
    self.row = row
    self.column = column
  }

  /// Parses `A1`…`XFD1048576` (a `$` before either part is allowed); nil otherwise.
  init?(_ text: String) {
    var column = 0
    var row = 0
    var letters = 0
    var digits = 0
    for byte in text.utf8 where byte != UInt8(ascii: "$") {
      switch byte {
      case UInt8(ascii: "A")...UInt8(ascii: "Z") where digits == 0:
        column = column * 26 + Int(byte - UInt8(ascii: "A")) + 1
        letters += 1
      case UInt8(ascii: "0")...UInt8(ascii: "9") where letters > 0:
        row = row * 10 + Int(byte - UInt8(ascii: "0"))
        digits += 1
      default: return nil
      }
      guard letters <= 3, digits <= 7 else { return nil }
    }
    guard (1...WorksheetCells.maximumColumn).contains(column), (1...WorksheetCells.maximumRow).contains(row)
    else { return nil }
    self.init(row: row, column: column)
  }

  /// `H12`.
  var name: String { CellName.of(row: row, column: column) }
}
