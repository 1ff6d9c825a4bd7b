/// The shared-string table of a workbook (`xl/sharedStrings.xml`): each `<si>` is one string, plain
/// (`<t>`) or rich text (several `<r><t>` runs, joined). Phonetic guides (`<rPh>`) are not part of the
/// text a cell shows, so they are left out.
enum SharedStrings {
  /// The strings in order.
  static func read(_ bytes: [UInt8]) throws(XMLReader.Failure) -> [String] {
    var reader = try XMLReader(bytes: bytes)
    var strings: [String] = []
    var current = ""
    var path: [String] = []
    while let event = try reader.next() {
      switch event {
      case .start(let element):
        path.append(element.name)
        if element.name == "si" && path.count == 2 { current = "" }
      case .end:
        if path.last == "si" && path.count == 2 { strings.append(OOXMLText.unescape(current)) }
        path.removeLast()
      case .text(let text):
        // The text of a `t` directly in `si`, or in a run `r`; not in `rPh`.
        if path.last == "t" && !path.contains("rPh") { current += text }
      }
    }
    return strings
  }
}

/// The escapes of OOXML strings (ECMA-376 ST_Xstring): `_xHHHH_` is the UTF-16 code unit HHHH (Excel
/// writes a carriage return as `_x000D_`), and `_x005F_` escapes the underscore of a literal `_x`.
/// Line ends are normalised to LF, so a break inside a cell reads as in a CSV.
enum OOXMLText {
  /// The text with its escapes replaced.
  static func unescape(_ text: String) -> String {
    guard text.contains("_x") || text.contains("\r") else { return text }
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

extension String {
  /// CRLF and lone CR turned into LF.
  fileprivate func replacingCRLF() -> String {
    guard contains("\r") else { return self }
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
