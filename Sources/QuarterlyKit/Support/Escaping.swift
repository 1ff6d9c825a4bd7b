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
    // Text with nothing to escape is appended as it is; otherwise the byte-level escaper below, the one
    // place that knows the replacements, writes it.
    var text = text
    let needsEscaping = text.withUTF8 { bytes in
      bytes.contains {
        $0 == UInt8(ascii: "&") || $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: ">")
          || $0 == UInt8(ascii: "\"")
      }
    }
    guard needsEscaping else {
      out += text
      return
    }
    var escaped: [UInt8] = []
    escaped.reserveCapacity(text.utf8.count + 16)
    appendHTML(text, toBytes: &escaped)
    out += String(decoding: escaped, as: UTF8.self)
  }

  /// Appends the UTF-8 of `text` to `out`, escaped for HTML (the renderer's byte buffer).
  public static func appendHTML(_ text: String, toBytes out: inout [UInt8]) {
    let appended: Void? = text.utf8.withContiguousStorageIfAvailable { appendHTML(bytes: $0, to: &out) }
    if appended == nil { appendHTML(bytes: Array(text.utf8), to: &out) }
  }

  /// Appends UTF-8 `bytes` to `out`, escaped for HTML content and double-quoted attribute values.
  public static func appendHTML<Source: RandomAccessCollection>(bytes: Source, to out: inout [UInt8])
  where Source.Element == UInt8 {
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
        runStart = bytes.index(after: index)
      }
      index = bytes.index(after: index)
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
      } else if byte == UInt8(ascii: "%") && index + 2 < end && Bytes.isHexDigit(bytes[index + 1])
        && Bytes.isHexDigit(bytes[index + 2])
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

  /// Letters, digits and `;/?:@&=+$,-_.!~*'()#`: the bytes a URL keeps as they are.
  private static func isURLSafe(_ byte: UInt8) -> Bool {
    if Bytes.isAlphanumeric(byte) { return true }
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

extension Escaping {
  /// Text for one line of the terminal or a log: line breaks, tabs and other control characters (and
  /// U+2028, U+2029) written as `\n`, `\r`, `\t` or `\u{…}`, so that a name cannot split a diagnostic
  /// or summary line in two, nor move the cursor. Text without them comes back as it is.
  public static func terminalLine(_ text: String) -> String {
    guard text.unicodeScalars.contains(where: isTerminalControl) else { return text }
    var out = ""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      default:
        if isTerminalControl(scalar) {
          out += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
        } else {
          out.unicodeScalars.append(scalar)
        }
      }
    }
    return out
  }

  /// C0 and C1 control characters, DEL, and the Unicode line and paragraph separators.
  private static func isTerminalControl(_ scalar: Unicode.Scalar) -> Bool {
    scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || scalar.value == 0x2028
      || scalar.value == 0x2029
  }

  /// A JSON string literal, quotes included, appended as bytes: quotes, backslashes and control
  /// characters escaped, U+2028 and U+2029 written as `\u2028` and `\u2029`, everything else as it is.
  public static func appendJSONString(_ text: String, toBytes out: inout [UInt8]) {
    out.append(UInt8(ascii: "\""))
    var text = text
    text.withUTF8 { bytes in
      // Runs of bytes that need no escape are copied at once.
      var runStart = 0
      var index = 0
      while index < bytes.count {
        let byte = bytes[index]
        if byte >= 0x20, byte != UInt8(ascii: "\""), byte != UInt8(ascii: "\\"), byte != 0xE2 {
          index += 1
          continue
        }
        out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
        index += 1
        switch byte {
        case UInt8(ascii: "\""): out.append(contentsOf: "\\\"".utf8)
        case UInt8(ascii: "\\"): out.append(contentsOf: "\\\\".utf8)
        case UInt8(ascii: "\n"): out.append(contentsOf: "\\n".utf8)
        case UInt8(ascii: "\r"): out.append(contentsOf: "\\r".utf8)
        case UInt8(ascii: "\t"): out.append(contentsOf: "\\t".utf8)
        case 0xE2:
          // U+2028 and U+2029 (E2 80 A8, E2 80 A9) end lines in JavaScript.
          if index + 1 < bytes.count, bytes[index] == 0x80,
            bytes[index + 1] == 0xA8 || bytes[index + 1] == 0xA9
          {
            out.append(contentsOf: (bytes[index + 1] == 0xA8 ? "\\u2028" : "\\u2029").utf8)
            index += 2
          } else {
            out.append(byte)
          }
        default:
          out.append(contentsOf: "\\u00".utf8)
          out.append(hexDigit(byte >> 4))
          out.append(hexDigit(byte & 0x0F))
        }
        runStart = index
      }
      out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<bytes.count]))
    }
    out.append(UInt8(ascii: "\""))
  }

  /// The lowercase hexadecimal digit for a value from 0 to 15.
  private static func hexDigit(_ value: UInt8) -> UInt8 {
    value < 10 ? UInt8(ascii: "0") + value : UInt8(ascii: "a") + value - 10
  }
}

extension Escaping {
  /// Escapes a value inserted into a Markdown template (`*.md.mustache`) so that it reads as plain
  /// text and cannot change the document's structure. No HTML escaping: `&` stays `&`.
  ///
  /// The rule, exactly:
  /// - Line breaks (`\r\n`, `\n`, `\r`) become single spaces, so a value never starts a new block.
  /// - `\` `` ` `` `*` `_` `[` `]` `<` `>` `|` get a backslash before them wherever they are
  ///   (emphasis, code, links, HTML and autolinks, table cells).
  /// - `&` gets a backslash only where it starts a character reference (`&copy;`, `&#169;`).
  /// - When `startsBlock` (the value begins a line, after at most spaces, tabs and list or quote
  ///   markers): after its leading spaces, a first `#` `-` `+` `=` `~` gets a backslash (headings,
  ///   list items, setext underlines, fences), as does the `.` or `)` after leading digits
  ///   (`2024. ` would start a numbered list).
  /// CommonMark shows every backslash-escaped punctuation character as the character itself.
  public static func markdown(_ text: String, startsBlock: Bool = true) -> String {
    var out: [UInt8] = []
    out.reserveCapacity(text.utf8.count + 8)
    appendMarkdown(text, toBytes: &out, startsBlock: startsBlock)
    return String(decoding: out, as: UTF8.self)
  }

  /// Appends the UTF-8 of `text` to `out`, escaped as `markdown(_:startsBlock:)` describes. Every
  /// character that needs a backslash is ASCII, so the text is scanned byte by byte and the bytes of
  /// other characters are copied unchanged.
  public static func appendMarkdown(_ text: String, toBytes out: inout [UInt8], startsBlock: Bool) {
    var text = text
    text.withUTF8 { bytes in
      var index = 0
      if startsBlock {
        while index < bytes.count, Bytes.isSpaceOrTab(bytes[index]) {
          out.append(bytes[index])
          index += 1
        }
        if index < bytes.count, "#-+=~".utf8.contains(bytes[index]) {
          out.append(UInt8(ascii: "\\"))
        } else {
          var digitEnd = index
          while digitEnd < bytes.count, Bytes.isDigit(bytes[digitEnd]) { digitEnd += 1 }
          if digitEnd > index, digitEnd < bytes.count,
            bytes[digitEnd] == UInt8(ascii: ".") || bytes[digitEnd] == UInt8(ascii: ")")
          {
            out.append(contentsOf: bytes[index..<digitEnd])
            out.append(UInt8(ascii: "\\"))
            index = digitEnd
          }
        }
      }
      while index < bytes.count {
        let byte = bytes[index]
        switch byte {
        case UInt8(ascii: "\r"):
          out.append(UInt8(ascii: " "))
          if index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "\n") { index += 1 }
        case UInt8(ascii: "\n"):
          out.append(UInt8(ascii: " "))
        case UInt8(ascii: "\\"), UInt8(ascii: "`"), UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "["),
          UInt8(ascii: "]"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "|"):
          out.append(UInt8(ascii: "\\"))
          out.append(byte)
        case UInt8(ascii: "&"):
          if startsCharacterReference(bytes, at: index) { out.append(UInt8(ascii: "\\")) }
          out.append(byte)
        default:
          out.append(byte)
        }
        index += 1
      }
    }
  }

  /// Whether a value inserted at the end of `output` would begin a Markdown block: the current
  /// line holds only spaces, tabs, and list or quote markers (`>`, `-`, `*`, `+`, `1.`, `1)`).
  public static func markdownBlockStarts<Output: BidirectionalCollection>(after output: Output) -> Bool
  where Output.Element == UInt8 {
    // A list marker is followed by a space; `**` right before the value opens emphasis instead.
    if let last = output.last,
      last == UInt8(ascii: "*") || last == UInt8(ascii: "-") || last == UInt8(ascii: "+")
    {
      return output.dropLast().last == UInt8(ascii: "\n") || output.count == 1
    }
    var examined = 0
    for byte in output.reversed() {
      if byte == UInt8(ascii: "\n") { return true }
      examined += 1
      guard examined <= 80 else { return false }
      switch byte {
      case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: ">"), UInt8(ascii: "-"), UInt8(ascii: "*"),
        UInt8(ascii: "+"), UInt8(ascii: "."), UInt8(ascii: ")"), UInt8(ascii: "0")...UInt8(ascii: "9"):
        continue
      default:
        return false
      }
    }
    return true
  }

  /// `&name;`, `&#123;` or `&#x1F;` starting at `index`.
  private static func startsCharacterReference(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
    var i = index + 1
    guard i < bytes.count else { return false }
    if bytes[i] == UInt8(ascii: "#") {
      i += 1
      if i < bytes.count, bytes[i] == UInt8(ascii: "x") || bytes[i] == UInt8(ascii: "X") { i += 1 }
    }
    let start = i
    while i < bytes.count, Bytes.isAlphanumeric(bytes[i]) { i += 1 }
    return i > start && i < bytes.count && bytes[i] == UInt8(ascii: ";")
  }
}

extension Escaping {
  /// One segment of a URL path (a folder or file name): every byte but the unreserved ones of RFC 3986
  /// (letters, digits, `-._~`) percent-encoded, so that `/`, `?` and `#` in a name stay part of it.
  public static func urlPathSegment(_ segment: String) -> String {
    var out: [UInt8] = []
    out.reserveCapacity(segment.utf8.count)
    for byte in segment.utf8 {
      if Bytes.isAlphanumeric(byte) || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".")
        || byte == UInt8(ascii: "_")
        || byte == UInt8(ascii: "~")
      {
        out.append(byte)
      } else {
        out += [UInt8(ascii: "%"), hexDigit(byte >> 4), hexDigit(byte & 0x0F)]
      }
    }
    return String(decoding: out, as: UTF8.self)
  }

  /// A CSS string literal, quotes included, for `content:` in a stylesheet inside an HTML page: every
  /// character that could end the string, start an escape or close the `<style>` element (`"`, `'`,
  /// `\`, `<`, `>`, `&`, and control characters) is written as a hexadecimal escape (`\3c `), so the
  /// text shows as it is and can never become markup or another rule.
  public static func cssString(_ text: String) -> String {
    var out = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"", "'", "\\", "<", ">", "&":
        out += "\\" + String(scalar.value, radix: 16) + " "
      default:
        if isTerminalControl(scalar) {
          out += "\\" + String(scalar.value, radix: 16) + " "
        } else {
          out.unicodeScalars.append(scalar)
        }
      }
    }
    return out + "\""
  }
}
