/// The text a reader sees on an HTML page, as blocks, for measuring its reading age the way
/// `../shared/tools/html-check/readability.py` does: text inside `script`, `style`, `head`,
/// `template`, `noscript`, `title`, `svg`, `code` and `pre` is not prose and is dropped; each block
/// element (heading, paragraph, list item, table cell…) is a block of its own, ended with a full stop
/// when it has no end punctuation, so that headings and table cells do not run into one sentence.
enum VisibleText {
  static let skipped: Set<String> = [
    "script", "style", "head", "template", "noscript", "title", "svg", "code", "pre",
  ]
  static let blockTags: Set<String> = [
    "p", "li", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "caption", "figcaption", "blockquote", "dt",
    "dd",
    "div", "section", "article", "header", "footer", "main", "br", "tr", "table", "ul", "ol", "summary",
    "details",
    "address", "label", "button",
  ]

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

  /// The blocks of visible text, spaces collapsed, character references decoded.
  static func blocks(of html: String) -> [String] {
    var blocks: [String] = []
    var current = ""
    var open: [String] = []
    func flush() {
      let text = PlainText.decode(current).split(whereSeparator: \.isWhitespace).joined(separator: " ")
      if !text.isEmpty { blocks.append(text) }
      current = ""
    }
    var index = html.startIndex
    while index < html.endIndex {
      guard html[index] == "<" else {
        let next = html[index...].firstIndex(of: "<") ?? html.endIndex
        if open.isEmpty { current += html[index..<next] }
        index = next
        continue
      }
      if html[index...].hasPrefix("<!--") {
        index = html[index...].range(of: "-->")?.upperBound ?? html.endIndex
        continue
      }
      guard let close = html[index...].firstIndex(of: ">") else {
        if open.isEmpty { current += html[index...] }
        break
      }
      let tag = html[html.index(after: index)..<close]
      let closing = tag.hasPrefix("/")
      let name = String(tag.drop { $0 == "/" }.prefix { $0.isLetter || $0.isNumber }).lowercased()
      let selfClosing = tag.hasSuffix("/")
      if blockTags.contains(name) { flush() }
      if closing {
        if skipped.contains(name), let last = open.lastIndex(of: name) { open.removeSubrange(last...) }
      } else if !selfClosing, skipped.contains(name) {
        open.append(name)
      }
      index = html.index(after: close)
    }
    flush()
    return blocks
  }
}
