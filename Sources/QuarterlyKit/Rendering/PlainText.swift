/// Turns the tool's own HTML (rendered fragments) into plain text for the text/plain part of the email:
/// paragraphs wrapped at 72 characters, list items as "- ", links as "text (address)", headings in capitals
/// of their own line, character references decoded.
enum PlainText {
  static let width = 72

  static func from(html: String) -> String {
    var blocks: [(text: String, isItem: Bool)] = []
    var current = ""
    var prefix = ""
    var listDepth = 0
    var linkTarget: String?
    var linkText = ""
    var index = html.startIndex

    func flush() {
      let text = collapse(current)
      if !text.isEmpty { blocks.append((wrap(text, prefix: prefix), !prefix.isEmpty)) }
      current = ""
      prefix = ""
    }
    // Tags start at "<" and end at ">", both ASCII, so the walk goes by bytes; text between tags is
    // copied as it is.
    let bytes = html.utf8
    while index < bytes.endIndex {
      if bytes[index] == UInt8(ascii: "<"), let close = bytes[index...].firstIndex(of: UInt8(ascii: ">")) {
        let tag = html[bytes.index(after: index)..<close]
        let closing = tag.utf8.first == UInt8(ascii: "/")
        switch tagName(tag) {
        case "p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "table", "tr", "div", "dt", "dd":
          flush()
        case "ul", "ol":
          flush()
          listDepth = max(0, listDepth + (closing ? -1 : 1))
        case "li":
          flush()
          if !closing { prefix = String(repeating: "  ", count: max(0, listDepth - 1)) + "- " }
        case "br":
          current += "\n"
        case "td", "th":
          if closing { current += "  " }
        case "a":
          if closing {
            if let target = linkTarget, !target.isEmpty, collapse(linkText) != target, !target.hasPrefix("#")
            {
              current += " (\(target))"
            }
            linkTarget = nil
          } else {
            linkTarget = attribute("href", in: tag).map(decode)
            linkText = ""
          }
        default:
          break
        }
        index = bytes.index(after: close)
        continue
      }
      let end = bytes[bytes.index(after: index)...].firstIndex(of: UInt8(ascii: "<")) ?? bytes.endIndex
      var text = decode(String(html[index..<end]))
      // A line end in HTML text is a space; only <br> breaks a line.
      if text.containsByte(UInt8(ascii: "\n")) {
        text = String(
          decoding: text.utf8.map { $0 == UInt8(ascii: "\n") ? UInt8(ascii: " ") : $0 }, as: UTF8.self)
      }
      current += text
      if linkTarget != nil { linkText += text }
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

  /// The lowercased name of a tag (`"a"` for `<a href="…">` and `</a>`): its ASCII letters and digits
  /// after any "/".
  static func tagName(_ tag: Substring) -> String {
    var name = ""
    for byte in tag.utf8.drop(while: { $0 == UInt8(ascii: "/") }) {
      switch byte {
      case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
        name.unicodeScalars.append(Unicode.Scalar(byte))
      case UInt8(ascii: "A")...UInt8(ascii: "Z"):
        name.unicodeScalars.append(Unicode.Scalar(byte + 32))
      default:
        return name
      }
    }
    return name
  }

  static func attribute(_ name: String, in tag: Substring) -> String? {
    if let fast = fastAttribute(name, in: tag) { return fast }
    return plainAttribute(name, in: tag)
  }

  /// `attribute(_:in:)` by Foundation's search: the reference the byte-level fast path must equal.
  static func plainAttribute(_ name: String, in tag: Substring) -> String? {
    guard let range = tag.range(of: name + "=\"") else { return nil }
    let rest = tag[range.upperBound...]
    guard let end = rest.firstIndex(of: "\"") else { return nil }
    return String(rest[..<end])
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

  /// Collapses runs of spaces and line breaks (keeping explicit breaks from `<br>`).
  static func collapse(_ text: String) -> String {
    fastCollapse(text) ?? plainCollapse(text)
  }

  /// `collapse(_:)` walking characters: the reference the byte-level fast path must equal.
  static func plainCollapse(_ text: String) -> String {
    text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
      line.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\r" }).joined(separator: " ")
    }.joined(separator: "\n").trimmingSpaces
  }

  /// Wraps text at `width`, indenting continuation lines under the prefix. A line end in the text (from
  /// a `<br>`) starts a new line.
  static func wrap(_ text: String, prefix: String) -> String {
    guard text.containsByte(UInt8(ascii: "\n")) else { return wrapLine(text, prefix: prefix) }
    let indent = String(repeating: " ", count: prefix.count)
    return text.lineFeedSeparatedLines.enumerated().map { number, line in
      wrapLine(String(line), prefix: number == 0 ? prefix : indent)
    }.joined(separator: "\n")
  }

  /// Wraps text at `width` as one paragraph (a line end counts as a space).
  static func wrapLine(_ text: String, prefix: String) -> String {
    fastWrap(text, prefix: prefix) ?? plainWrap(text, prefix: prefix)
  }

  /// `wrapLine(_:prefix:)` walking characters: the reference the byte-level fast path must equal.
  static func plainWrap(_ text: String, prefix: String) -> String {
    let indent = String(repeating: " ", count: prefix.count)
    var lines: [String] = []
    var line = prefix
    var lineHasWord = false
    for word in text.split(whereSeparator: { $0 == " " || $0 == "\n" }) {
      if lineHasWord && line.count + 1 + word.count > width {
        lines.append(line)
        line = indent
        lineHasWord = false
      }
      line += (lineHasWord ? " " : "") + word
      lineHasWord = true
    }
    lines.append(line)
    return lines.joined(separator: "\n")
  }
}
