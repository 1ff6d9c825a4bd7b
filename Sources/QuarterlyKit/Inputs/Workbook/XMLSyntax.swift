/// The pieces of XML syntax that `XMLReader` checks, apart from its reading state.
enum XMLSyntax {
  /// The `encoding` of an XML declaration (`<?xml version="1.0" encoding="UTF-8"?>`) at the start.
  static func declaredEncoding(_ bytes: ArraySlice<UInt8>) -> String? {
    guard bytes.starts(with: Array("<?xml".utf8)) else { return nil }
    let declaration = String(decoding: bytes.prefix(200), as: UTF8.self).prefix { $0 != ">" }
    guard let key = declaration.range(of: "encoding") else { return nil }
    let rest = declaration[key.upperBound...].drop { $0 == " " || $0 == "=" }
    guard let quote = rest.first, quote == "\"" || quote == "'" else { return nil }
    return String(rest.dropFirst().prefix { $0 != quote })
  }

  /// XML's white space: space, tab, LF and CR.
  static func isSpace(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
  }

  /// CRLF and lone CR turned into LF, as XML reads line ends.
  static func normalisingLineEnds(_ slice: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
    guard slice.contains(0x0D) else { return slice }
    var result: [UInt8] = []
    var previousCR = false
    for byte in slice {
      if byte == 0x0D {
        result.append(0x0A)
      } else if !(byte == 0x0A && previousCR) {
        result.append(byte)
      }
      previousCR = byte == 0x0D
    }
    return result[...]
  }

  /// Whether a character reference names a character XML 1.0 allows.
  static func isCharacter(_ value: UInt32) -> Bool {
    value == 0x9 || value == 0xA || value == 0xD || (0x20...0xD7FF).contains(value)
      || (0xE000...0xFFFD).contains(value) || (0x10000...0x10FFFF).contains(value)
  }

  /// Splits `prefix:local`.
  static func split(_ name: ArraySlice<UInt8>) -> (prefix: String, local: String) {
    guard let colon = name.firstIndex(of: UInt8(ascii: ":")) else {
      return ("", String(decoding: name, as: UTF8.self))
    }
    return (
      String(decoding: name[..<colon], as: UTF8.self),
      String(decoding: name[(colon + 1)...], as: UTF8.self)
    )
  }
}
