/// The seven kinds of HTML block: how each starts and ends.
enum HTMLBlocks {
  static let literalTags: [[UInt8]] = ["pre", "script", "style", "textarea"].map { Array($0.utf8) }

  static let blockTags: Set<[UInt8]> = Set(
    [
      "address", "article", "aside", "base", "basefont", "blockquote", "body", "caption", "center", "col",
      "colgroup", "dd", "details", "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure",
      "footer", "form", "frame", "frameset", "h1", "h2", "h3", "h4", "h5", "h6", "head", "header", "hr",
      "html", "iframe", "legend", "li", "link", "main", "menu", "menuitem", "nav", "noframes", "ol",
      "optgroup", "option", "p", "param", "search", "section", "summary", "table", "tbody", "td", "tfoot",
      "th", "thead", "title", "tr", "track", "ul",
    ].map { Array($0.utf8) })

  /// The HTML block type (1–7) that `line` (starting at `<`) opens, if any.
  static func startType(_ line: ArraySlice<UInt8>) -> Int? {
    let start = line.startIndex
    let end = line.endIndex
    func at(_ index: Int) -> UInt8 { index < end ? line[index] : 0 }
    guard at(start) == UInt8(ascii: "<") else { return nil }
    if at(start + 1) == UInt8(ascii: "!") {
      if at(start + 2) == UInt8(ascii: "-") && at(start + 3) == UInt8(ascii: "-") { return 2 }
      if hasPrefix(line, at: start + 2, "[CDATA[", caseInsensitive: false) { return 5 }
      if Bytes.isLetter(at(start + 2)) { return 4 }
      return nil
    }
    if at(start + 1) == UInt8(ascii: "?") { return 3 }
    var nameStart = start + 1
    let isClosing = at(nameStart) == UInt8(ascii: "/")
    if isClosing { nameStart += 1 }
    var nameEnd = nameStart
    while nameEnd < end && (Bytes.isAlphanumeric(line[nameEnd]) || line[nameEnd] == UInt8(ascii: "-")) {
      nameEnd += 1
    }
    guard nameEnd > nameStart, Bytes.isLetter(line[nameStart]) else { return nil }
    let name = line[nameStart..<nameEnd].map(Bytes.lower)
    let next = at(nameEnd)
    if !isClosing && literalTags.contains(name) {
      if nameEnd >= end || Bytes.isWhitespace(next) || next == UInt8(ascii: ">") { return 1 }
    }
    if blockTags.contains(name) {
      if nameEnd >= end || Bytes.isWhitespace(next) || next == UInt8(ascii: ">")
        || (next == UInt8(ascii: "/") && at(nameEnd + 1) == UInt8(ascii: ">"))
      {
        return 6
      }
    }
    let bytes = Array(line)
    let tagEnd =
      isClosing
      ? HTMLScanner.closingTagEnd(bytes, from: 0) : HTMLScanner.openTagEnd(bytes, from: 0)
    // Rule 7 leaves out the four literal names only as opening tags (those open a type 1 block when
    // followed by a space or `>`); a closing `</pre>` alone on its line starts a block, as in cmark.
    guard let tagEnd, isClosing || !literalTags.contains(name) else { return nil }
    return bytes[tagEnd...].allSatisfy(Bytes.isWhitespace) ? 7 : nil
  }

  /// Whether `line` holds the end condition of an HTML block of type 1–5.
  static func endsBlock(type: Int, line: ArraySlice<UInt8>) -> Bool {
    switch type {
    case 1:
      return literalTags.contains { tag in
        contains(line, Array("</".utf8) + tag + [UInt8(ascii: ">")], caseInsensitive: true)
      }
    case 2: return contains(line, Array("-->".utf8), caseInsensitive: false)
    case 3: return contains(line, Array("?>".utf8), caseInsensitive: false)
    case 4: return line.contains(UInt8(ascii: ">"))
    case 5: return contains(line, Array("]]>".utf8), caseInsensitive: false)
    default: return false
    }
  }

  static func hasPrefix(_ line: ArraySlice<UInt8>, at index: Int, _ prefix: String, caseInsensitive: Bool)
    -> Bool
  {
    var position = index
    for byte in prefix.utf8 {
      guard position < line.endIndex else { return false }
      let actual = caseInsensitive ? Bytes.lower(line[position]) : line[position]
      if actual != byte { return false }
      position += 1
    }
    return true
  }

  static func contains(_ line: ArraySlice<UInt8>, _ needle: [UInt8], caseInsensitive: Bool) -> Bool {
    guard needle.count <= line.count, let first = needle.first else { return false }
    var index = line.startIndex
    let last = line.endIndex - needle.count
    while index <= last {
      let byte = caseInsensitive ? Bytes.lower(line[index]) : line[index]
      if byte == first {
        var matched = true
        for offset in 1..<needle.count {
          let other = caseInsensitive ? Bytes.lower(line[index + offset]) : line[index + offset]
          if other != needle[offset] {
            matched = false
            break
          }
        }
        if matched { return true }
      }
      index += 1
    }
    return false
  }
}
