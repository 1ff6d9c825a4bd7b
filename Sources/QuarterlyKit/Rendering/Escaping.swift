/// Every escaping rule of the tool, in one place: HTML text and attributes, and Markdown.
public enum Escaping {
  /// Escapes text for HTML content and double-quoted attribute values: `& < > "`.
  public static func html(_ text: String) -> String {
    var needs = false
    for byte in text.utf8
    where byte == UInt8(ascii: "&") || byte == UInt8(ascii: "<")
      || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "\"")
    {
      needs = true
      break
    }
    guard needs else { return text }
    var out = ""
    out.reserveCapacity(text.utf8.count + 16)
    appendHTML(text, to: &out)
    return out
  }

  /// Appends `text` to `out`, escaped for HTML content and double-quoted attribute values.
  public static func appendHTML(_ text: String, to out: inout String) {
    var start = text.utf8.startIndex
    var index = start
    let utf8 = text.utf8
    while index != utf8.endIndex {
      let replacement: String?
      switch utf8[index] {
      case UInt8(ascii: "&"): replacement = "&amp;"
      case UInt8(ascii: "<"): replacement = "&lt;"
      case UInt8(ascii: ">"): replacement = "&gt;"
      case UInt8(ascii: "\""): replacement = "&quot;"
      default: replacement = nil
      }
      if let replacement {
        out += text[start..<index]
        out += replacement
        start = utf8.index(after: index)
      }
      index = utf8.index(after: index)
    }
    out += text[start..<utf8.endIndex]
  }
}

extension Escaping {
  /// A JSON string literal, quotes included.
  public static func jsonString(_ text: String) -> String {
    var out = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      case "\u{2028}": out += "\\u2028"
      case "\u{2029}": out += "\\u2029"
      default:
        if scalar.value < 0x20 {
          let hex = String(scalar.value, radix: 16)
          out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        } else {
          out.unicodeScalars.append(scalar)
        }
      }
    }
    return out + "\""
  }
}
