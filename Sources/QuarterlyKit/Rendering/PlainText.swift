/// Turns the tool's own HTML (rendered fragments) into plain text for the text/plain part of the email:
/// paragraphs wrapped at 72 characters, list items as "- ", links as "text (address)", each heading and
/// paragraph on lines of its own, character references decoded.
enum PlainText {
  static let width = 72

  static func from(html: String) -> String {
    var page = html
    page.makeContiguousUTF8()
    return page.utf8.withContiguousStorageIfAvailable { from(bytes: $0) }
      ?? Array(page.utf8).withUnsafeBufferPointer { from(bytes: $0) }
  }

  /// The walk over the page's bytes. Tags start at "<" and end at ">", both ASCII; the text between
  /// them is copied byte for byte, with character references decoded and line ends made spaces.
  private static func from(bytes: UnsafeBufferPointer<UInt8>) -> String {
    var blocks: [(text: String, isItem: Bool)] = []
    var current: [UInt8] = []
    var prefix = ""
    var listDepth = 0
    var linkTarget: String?
    var linkText: [UInt8] = []

    func flush() {
      let text = collapse(String(decoding: current, as: UTF8.self))
      if !text.isEmpty { blocks.append((wrap(text, prefix: prefix), !prefix.isEmpty)) }
      current.removeAll(keepingCapacity: true)
      prefix = ""
    }
    var index = 0
    while index < bytes.count {
      if bytes[index] == UInt8(ascii: "<"),
        let close = Bytes.firstIndex(of: UInt8(ascii: ">"), in: bytes, from: index + 1)
      {
        let closing = index + 1 < close && bytes[index + 1] == UInt8(ascii: "/")
        switch tagName(bytes[(index + 1)..<close]) {
        case "p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "table", "tr", "div", "dt", "dd":
          flush()
        case "ul", "ol":
          flush()
          listDepth = max(0, listDepth + (closing ? -1 : 1))
        case "li":
          flush()
          if !closing { prefix = String(repeating: "  ", count: max(0, listDepth - 1)) + "- " }
        case "br":
          current.append(UInt8(ascii: "\n"))
        case "td", "th":
          if closing { current.append(contentsOf: "  ".utf8) }
        case "a":
          if closing {
            if let target = linkTarget, !target.isEmpty,
              collapse(String(decoding: linkText, as: UTF8.self)) != target, !target.hasPrefix("#")
            {
              current.append(contentsOf: " (\(target))".utf8)
            }
            linkTarget = nil
          } else {
            let tag = Substring(
              decoding: UnsafeBufferPointer(rebasing: bytes[(index + 1)..<close]), as: UTF8.self)
            linkTarget = attribute("href", in: tag).map(decode)
            linkText = []
          }
        default:
          break
        }
        index = close + 1
        continue
      }
      let end = Bytes.firstIndex(of: UInt8(ascii: "<"), in: bytes, from: index + 1) ?? bytes.count
      let start = current.count
      appendText(bytes[index..<end], to: &current)
      if linkTarget != nil { linkText.append(contentsOf: current[start...]) }
      index = end
    }
    flush()
    var out = ""
    for (index, block) in blocks.enumerated() {
      if index > 0 { out += block.isItem && blocks[index - 1].isItem ? "\n" : "\n\n" }
      out += block.text
    }
    return out
  }

  /// Appends the text between two tags: character references decoded (as `decode` does), and a line end
  /// made a space, since in HTML only `<br>` breaks a line.
  private static func appendText(_ run: Slice<UnsafeBufferPointer<UInt8>>, to out: inout [UInt8]) {
    if run.contains(UInt8(ascii: "&")) {
      let decoded = decode(String(decoding: UnsafeBufferPointer(rebasing: run), as: UTF8.self))
      for byte in decoded.utf8 { out.append(byte == UInt8(ascii: "\n") ? UInt8(ascii: " ") : byte) }
      return
    }
    guard run.contains(UInt8(ascii: "\n")) else {
      out.append(contentsOf: run)
      return
    }
    for byte in run { out.append(byte == UInt8(ascii: "\n") ? UInt8(ascii: " ") : byte) }
  }

  /// The lowercased name of a tag (`"a"` for `<a href="…">` and `</a>`): its ASCII letters and digits
  /// after any "/".
  static func tagName(_ tag: Slice<UnsafeBufferPointer<UInt8>>) -> String {
    var start = tag.startIndex
    while start < tag.endIndex, tag[start] == UInt8(ascii: "/") { start += 1 }
    var end = start
    var hasCapital = false
    while end < tag.endIndex {
      let byte = tag[end]
      guard Bytes.isAlphanumeric(byte) else { break }
      if byte < UInt8(ascii: "a") && Bytes.isLetter(byte) { hasCapital = true }
      end += 1
    }
    let name = String(decoding: UnsafeBufferPointer(rebasing: tag[start..<end]), as: UTF8.self)
    return hasCapital ? name.lowercased() : name
  }

  /// The value of the attribute `name` written as `name="value"` in a tag's text (after its "<"), found
  /// in its bytes; nil when there is none. Markup is read by code points, as a browser reads it.
  static func attribute(_ name: String, in tag: Substring) -> String? {
    let marker = Array((name + "=\"").utf8)
    let bytes = Array(tag.utf8)
    guard let found = Bytes.firstIndex(of: marker, in: bytes, from: 0) else { return nil }
    let start = found + marker.count
    guard let end = bytes[start...].firstIndex(of: UInt8(ascii: "\"")) else { return nil }
    return String(decoding: bytes[start..<end], as: UTF8.self)
  }

  /// Decodes the character references the renderer writes, and numeric ones.
  static func decode(_ text: String) -> String {
    guard text.containsByte(UInt8(ascii: "&")) else { return text }
    var out = ""
    var index = text.startIndex
    while index < text.endIndex {
      if text[index] == "&", let semicolon = text[index...].prefix(12).firstIndex(of: ";") {
        let entity = text[text.index(after: index)..<semicolon]
        var replacement: String?
        switch entity {
        case "amp": replacement = "&"
        case "lt": replacement = "<"
        case "gt": replacement = ">"
        case "quot": replacement = "\""
        case "apos": replacement = "'"
        case "nbsp": replacement = " "
        default:
          if entity.hasPrefix("#x") || entity.hasPrefix("#X"),
            let value = UInt32(entity.dropFirst(2), radix: 16)
          {
            replacement = Unicode.Scalar(value).map { String(Character($0)) }
          } else if entity.hasPrefix("#"), let value = UInt32(entity.dropFirst()) {
            replacement = Unicode.Scalar(value).map { String(Character($0)) }
          }
        }
        if let replacement {
          out += replacement
          index = text.index(after: semicolon)
          continue
        }
      }
      out.append(text[index])
      index = text.index(after: index)
    }
    return out
  }

  /// Collapses runs of spaces, tabs and carriage returns, keeping line ends (explicit breaks from
  /// `<br>`) and no-break spaces, then trims the ends.
  static func collapse(_ text: String) -> String {
    text.collapsingWhitespace([]).trimmingSpaces
  }
}
