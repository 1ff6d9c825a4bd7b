/// A spreadsheet cell's name as Excel and LibreOffice show it: `A1`, `I29`, `AA3`.
public enum CellName {
  /// The column's letters: 1 is `A`, 26 is `Z`, 27 is `AA`.
  public static func letters(ofColumn column: Int) -> String {
    var number = column
    var result: [Character] = []
    while number > 0 {
      let remainder = (number - 1) % 26
      result.insert(Character(Unicode.Scalar(UInt8(65 + remainder))), at: 0)
      number = (number - 1) / 26
    }
    return String(result)
  }

  /// `I29` for row 29, column 9 (both counted from 1).
  public static func of(row: Int, column: Int) -> String { letters(ofColumn: column) + String(row) }
}
