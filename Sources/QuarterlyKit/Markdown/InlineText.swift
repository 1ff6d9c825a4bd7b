/// Backslash escapes and character references in text that is not parsed further
/// (link destinations and titles, code info strings).
enum InlineText {
  /// Appends `bytes` with backslash escapes and entity references resolved.
  static func appendUnescaped(_ bytes: ArraySlice<UInt8>, to out: inout [UInt8]) {
    if !bytes.contains(where: { $0 == UInt8(ascii: "\\") || $0 == UInt8(ascii: "&") }) {
      out.append(contentsOf: bytes)
      return
    }
    let array = Array(bytes)
    let count = array.count
    var index = 0
    var runStart = 0
    while index < count {
      let byte = array[index]
      if byte == UInt8(ascii: "\\") && index + 1 < count && Bytes.isPunctuation(array[index + 1]) {
        out.append(contentsOf: array[runStart..<index])
        out.append(array[index + 1])
        index += 2
        runStart = index
      } else if byte == UInt8(ascii: "&") {
        // The run before it is written first, so a reference is read once, straight into `out`; a `&`
        // that starts none stays at the start of the next run.
        out.append(contentsOf: array[runStart..<index])
        runStart = index
        if let end = entity(array, at: index, appendingTo: &out) {
          index = end
          runStart = index
        } else {
          index += 1
        }
      } else {
        index += 1
      }
    }
    out.append(contentsOf: array[runStart..<count])
  }

  /// Reads a character reference (`&name;`, `&#123;`, `&#x1F;`) at `start`: where it ends and its bytes.
  static func entity(_ bytes: [UInt8], at start: Int) -> (end: Int, value: [UInt8])? {
    var value: [UInt8] = []
    guard let end = entity(bytes, at: start, appendingTo: &value) else { return nil }
    return (end, value)
  }

  /// Reads a character reference at `start`, appends its text to `out` and returns where it ends.
  static func entity(_ bytes: [UInt8], at start: Int, appendingTo out: inout [UInt8]) -> Int? {
    let count = bytes.count
    func at(_ index: Int) -> UInt8 { index < count ? bytes[index] : 0 }
    guard at(start) == UInt8(ascii: "&") else { return nil }
    if at(start + 1) == UInt8(ascii: "#") {
      var index = start + 2
      var value: UInt32 = 0
      var digits = 0
      if at(index) == UInt8(ascii: "x") || at(index) == UInt8(ascii: "X") {
        index += 1
        while Bytes.isHexDigit(at(index)) && digits < 7 {
          value = value * 16 + Bytes.hexValue(at(index))
          index += 1
          digits += 1
        }
        guard digits >= 1 && digits <= 6 else { return nil }
      } else {
        while Bytes.isDigit(at(index)) && digits < 8 {
          value = value * 10 + UInt32(at(index) - 0x30)
          index += 1
          digits += 1
        }
        guard digits >= 1 && digits <= 7 else { return nil }
      }
      guard at(index) == UInt8(ascii: ";") else { return nil }
      Bytes.appendScalar(value == 0 ? 0xFFFD : value, to: &out)
      return index + 1
    }
    var index = start + 1
    while Bytes.isAlphanumeric(at(index)) && index - start <= 32 { index += 1 }
    guard index > start + 1, at(index) == UInt8(ascii: ";"),
      let value = Entities.lookup(bytes[(start + 1)..<index])
    else { return nil }
    out.append(contentsOf: value)
    return index + 1
  }
}
