@testable import QuarterlyKit

/// `VisibleText` as it was first written, a `String` for each block and sets of tag names: the oracle the
/// byte-level walk must equal.
enum VisibleTextOracle {
  static let skipped: Set<String> = [
    "script", "style", "head", "template", "noscript", "title", "svg", "code", "pre",
  ]
  static let blockTags: Set<String> = [
    "p", "li", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "caption", "figcaption", "blockquote", "dt",
    "dd", "div", "section", "article", "header", "footer", "main", "br", "tr", "table", "ul", "ol", "summary",
    "details", "address", "label", "button",
  ]

  /// The tag names as numbers, so that a page's thousands of tags need no strings (see `key`).
  static let skippedKeys = Set(skipped.map { key($0.utf8) })
  static let blockKeys = Set(blockTags.map { key($0.utf8) })

  /// A tag name of up to 10 letters and digits as one number, 6 bits a character, case ignored; 0 for
  /// a longer name (which is none of the names looked for).
  static func key<Name: Collection<UInt8>>(_ name: Name) -> UInt64 {
    guard name.count <= 10 else { return 0 }
    var key: UInt64 = 0
    for byte in name {
      let lower = byte | 0x20
      let code =
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(lower)
        ? UInt64(lower - UInt8(ascii: "a") + 1) : UInt64(byte &- UInt8(ascii: "0")) + 27
      key = key << 6 | code
    }
    return key
  }

  /// The page's visible text: one block a line, each ending in punctuation.
  static func of(html: String) -> String {
    blocks(of: html).map(endingSentence).joined(separator: "\n")
  }

  /// A block with a full stop added unless it ends with `. ! ? : ;` (before any closing quotes or brackets).
  static func endingSentence(_ block: String) -> String {
    let trimmed = block.unicodeScalars.reversed().drop { "'\")]".unicodeScalars.contains($0) }
    guard let last = trimmed.first, ".!?:;".unicodeScalars.contains(last) else { return block + "." }
    return block
  }

  /// The blocks of visible text, spaces collapsed, character references decoded. The page is walked
  /// as UTF-8 bytes: every character that marks a tag or a comment is ASCII.
  static func blocks(of html: String) -> [String] {
    let bytes = Array(html.utf8)
    var blocks: [String] = []
    var current: [UInt8] = []
    var open: [UInt64] = []
    var collapsed: [UInt8] = []
    func flush() {
      let text = String(decoding: current, as: UTF8.self)
      let decoded = current.contains(UInt8(ascii: "&")) ? PlainText.decode(text) : text
      collapsed.removeAll(keepingCapacity: true)
      var space = false
      for byte in decoded.utf8 {
        if byte == UInt8(ascii: " ") || (9...13).contains(byte) {
          space = !collapsed.isEmpty
        } else {
          if space { collapsed.append(UInt8(ascii: " ")) }
          space = false
          collapsed.append(byte)
        }
      }
      if !collapsed.isEmpty { blocks.append(String(decoding: collapsed, as: UTF8.self)) }
      current.removeAll(keepingCapacity: true)
    }
    func starts(_ prefix: String, at index: Int) -> Bool { bytes[index...].starts(with: prefix.utf8) }
    var index = 0
    while index < bytes.count {
      guard bytes[index] == UInt8(ascii: "<") else {
        if open.isEmpty { current.append(bytes[index]) }
        index += 1
        continue
      }
      if starts("<!--", at: index) {
        index += 4
        while index < bytes.count && !starts("-->", at: index) { index += 1 }
        index += 3
        continue
      }
      guard let close = bytes[index...].firstIndex(of: UInt8(ascii: ">")) else {
        if open.isEmpty { current.append(contentsOf: bytes[index...]) }
        break
      }
      let tag = bytes[(index + 1)..<close]
      let closing = tag.first == UInt8(ascii: "/")
      let nameBytes = tag.drop { $0 == UInt8(ascii: "/") }.prefix {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains($0 | 0x20)
          || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0)
      }
      let name = key(nameBytes)
      if blockKeys.contains(name) { flush() }
      if closing {
        if skippedKeys.contains(name), let last = open.lastIndex(of: name) { open.removeSubrange(last...) }
      } else if tag.last != UInt8(ascii: "/"), skippedKeys.contains(name) {
        open.append(name)
      }
      index = close + 1
    }
    flush()
    return blocks
  }
}
