/// The escapes of OOXML strings (ECMA-376 ST_Xstring): `_xHHHH_` is the UTF-16 code unit HHHH (Excel
/// writes a carriage return as `_x000D_`), and `_x005F_` escapes the underscore of a literal `_x`.
/// Line ends are normalised to LF, so a break inside a cell reads as in a CSV.
enum OOXMLText {
  /// Whether `text` has a `_x` or a CR (most cells have neither, and are returned as they are).
  private static func needsUnescaping(_ text: String) -> Bool {
    var previous: UInt8 = 0
    for byte in text.utf8 {
      if byte == 0x0D || (previous == UInt8(ascii: "_") && byte == UInt8(ascii: "x")) { return true }
      previous = byte
    }
    return false
  }

  /// The text with its escapes replaced.
  static func unescape(_ text: String) -> String {
    guard needsUnescaping(text) else { return text }
    var units: [UInt16] = []
    let source = Array(text.utf16)
    var index = 0
    while index < source.count {
      if source[index] == 0x5F, index + 6 < source.count, source[index + 1] == 0x78,
        source[index + 6] == 0x5F,
        let value = UInt16(String(decoding: source[(index + 2)..<(index + 6)], as: UTF16.self), radix: 16)
      {
        units.append(value)
        index += 7
        continue
      }
      units.append(source[index])
      index += 1
    }
    let decoded = String(decoding: units, as: UTF16.self)
    return decoded.replacingCRLF()
  }
}

/// Line ends of cell text.
extension String {
  /// CRLF and lone CR turned into LF.
  fileprivate func replacingCRLF() -> String {
    guard utf8.contains(0x0D) else { return self }
    var scalars = String.UnicodeScalarView()
    var previousCR = false
    for scalar in unicodeScalars {
      if scalar == "\r" {
        scalars.append("\n")
      } else if !(scalar == "\n" && previousCR) {
        scalars.append(scalar)
      }
      previousCR = scalar == "\r"
    }
    return String(scalars)
  }
}
