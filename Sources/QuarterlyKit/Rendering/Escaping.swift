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

  /// Appends UTF-8 `bytes` to `out`, escaped for HTML content and double-quoted attribute values.
  public static func appendHTML(bytes: ArraySlice<UInt8>, to out: inout [UInt8]) {
    var runStart = bytes.startIndex
    var index = runStart
    let end = bytes.endIndex
    while index < end {
      let byte = bytes[index]
      if byte == UInt8(ascii: "&") || byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">")
        || byte == UInt8(ascii: "\"")
      {
        out.append(contentsOf: bytes[runStart..<index])
        switch byte {
        case UInt8(ascii: "&"): out.append(contentsOf: "&amp;".utf8)
        case UInt8(ascii: "<"): out.append(contentsOf: "&lt;".utf8)
        case UInt8(ascii: ">"): out.append(contentsOf: "&gt;".utf8)
        default: out.append(contentsOf: "&quot;".utf8)
        }
        runStart = index + 1
      }
      index += 1
    }
    out.append(contentsOf: bytes[runStart..<end])
  }

  /// Appends a URL for an `href` or `src` attribute: bytes outside the URL-safe set are percent-encoded
  /// (existing `%XX` escapes are kept), then the result is escaped for HTML.
  public static func appendURL(bytes: ArraySlice<UInt8>, to out: inout [UInt8]) {
    let hexDigits = Array("0123456789ABCDEF".utf8)
    var index = bytes.startIndex
    let end = bytes.endIndex
    while index < end {
      let byte = bytes[index]
      if byte == UInt8(ascii: "&") {
        out.append(contentsOf: "&amp;".utf8)
      } else if byte == UInt8(ascii: "%") && index + 2 < end && isHexDigit(bytes[index + 1])
        && isHexDigit(bytes[index + 2])
      {
        out.append(byte)
      } else if isURLSafe(byte) {
        out.append(byte)
      } else {
        out.append(UInt8(ascii: "%"))
        out.append(hexDigits[Int(byte >> 4)])
        out.append(hexDigits[Int(byte & 0x0F)])
      }
      index += 1
    }
  }

  private static func isHexDigit(_ byte: UInt8) -> Bool {
    (byte >= 0x30 && byte <= 0x39) || ((byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x66)
  }

  /// Letters, digits and `;/?:@&=+$,-_.!~*'()#`: the bytes a URL keeps as they are.
  private static func isURLSafe(_ byte: UInt8) -> Bool {
    if (byte >= 0x30 && byte <= 0x39) || ((byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A) { return true }
    switch byte {
    case UInt8(ascii: ";"), UInt8(ascii: "/"), UInt8(ascii: "?"), UInt8(ascii: ":"), UInt8(ascii: "@"),
      UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "$"), UInt8(ascii: ","), UInt8(ascii: "-"),
      UInt8(ascii: "_"), UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "~"), UInt8(ascii: "*"),
      UInt8(ascii: "'"), UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "#"):
      return true
    default: return false
    }
  }
}
