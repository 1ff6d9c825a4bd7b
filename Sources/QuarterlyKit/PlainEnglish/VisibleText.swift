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
    "dd", "div", "section", "article", "header", "footer", "main", "br", "tr", "table", "ul", "ol", "summary",
    "details", "address", "label", "button",
  ]

  /// What a tag named in one of the lists does to the visible text.
  enum TagKind {
    /// It starts or ends a block.
    case block
    /// What is inside it is not prose.
    case skipped
  }

  /// The tag names looked for as numbers (see `key`), sorted for `kind(of:)`: a page's thousands of tags
  /// need no strings, and no hashing.
  static let kinds: [(key: UInt64, kind: TagKind)] =
    (blockTags.map { (key($0.utf8), TagKind.block) } + skipped.map { (key($0.utf8), TagKind.skipped) })
    .sorted { $0.key < $1.key }

  /// What the tag named by `key` does, if it is one of the lists' (a binary search of `kinds`, given
  /// by the caller so that a page's walk reads the static list once).
  static func kind(of key: UInt64, in kinds: [(key: UInt64, kind: TagKind)] = kinds) -> TagKind? {
    var (low, high) = (0, kinds.count)
    while low < high {
      let middle = (low + high) / 2
      if kinds[middle].key < key { low = middle + 1 } else { high = middle }
    }
    return low < kinds.count && kinds[low].key == key ? kinds[low].kind : nil
  }

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
    String(decoding: utf8(ofHTML: Array(html.utf8)), as: UTF8.self)
  }

  /// `of(html:)` on the page's UTF-8 bytes, giving the text's UTF-8 bytes: what the reading age is
  /// measured from, with no string made for a block.
  static func utf8(ofHTML html: [UInt8]) -> [UInt8] {
    var text: [UInt8] = []
    text.reserveCapacity(html.count / 2)
    forEachBlock(of: html) { block in
      if !text.isEmpty { text.append(UInt8(ascii: "\n")) }
      text.append(contentsOf: block)
      if !endsSentence(block) { text.append(UInt8(ascii: ".")) }
    }
    return text
  }

  /// Whether a block ends with `. ! ? : ;` (before any closing quotes or brackets), so needs no full
  /// stop. All these marks are ASCII, so the last bytes are the last characters.
  static func endsSentence(_ block: ArraySlice<UInt8>) -> Bool {
    let last = block.last { byte in
      switch byte {
      case UInt8(ascii: "'"), UInt8(ascii: "\""), UInt8(ascii: ")"), UInt8(ascii: "]"): return false
      default: return true
      }
    }
    switch last {
    case UInt8(ascii: ".")?, UInt8(ascii: "!")?, UInt8(ascii: "?")?, UInt8(ascii: ":")?, UInt8(ascii: ";")?:
      return true
    default: return false
    }
  }

  /// Collapses each run of spaces in `block` to one space and drops those at its ends, in place (what is
  /// kept never lies after what is read); returns how many bytes are kept.
  static func collapseSpaces(_ block: inout [UInt8]) -> Int {
    var (kept, space) = (0, false)
    for read in block.indices {
      let byte = block[read]
      if Bytes.isWhitespace(byte) {
        space = kept > 0
        continue
      }
      if space {
        block[kept] = UInt8(ascii: " ")
        kept += 1
      }
      space = false
      block[kept] = byte
      kept += 1
    }
    return kept
  }

  /// Hands each block of visible text to `body`, spaces collapsed, character references decoded. The
  /// page is walked as UTF-8 bytes: every character that marks a tag or a comment is ASCII.
  static func forEachBlock(of bytes: [UInt8], _ body: (ArraySlice<UInt8>) -> Void) {
    var current: [UInt8] = []
    var open: [UInt64] = []
    func flush() {
      guard !current.isEmpty else { return }
      if current.contains(UInt8(ascii: "&")) {
        current = Array(PlainText.decode(String(decoding: current, as: UTF8.self)).utf8)
      }
      let kept = collapseSpaces(&current)
      if kept > 0 { body(current[..<kept]) }
      current.removeAll(keepingCapacity: true)
    }
    func starts(_ prefix: StaticString, at index: Int) -> Bool {
      let count = prefix.utf8CodeUnitCount
      return index + count <= bytes.count
        && (0..<count).allSatisfy { bytes[index + $0] == prefix.utf8Start[$0] }
    }
    let kinds = Self.kinds
    var index = 0
    while index < bytes.count {
      guard bytes[index] == UInt8(ascii: "<") else {
        // Text up to the next tag is copied at once, unless it is inside an element that is not prose.
        let end = bytes[index...].firstIndex(of: UInt8(ascii: "<")) ?? bytes.count
        if open.isEmpty { current.append(contentsOf: bytes[index..<end]) }
        index = end
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
      // The name: the letters and digits after "<" and any "/".
      let closing = bytes[index + 1] == UInt8(ascii: "/")
      var nameStart = index + 1
      while nameStart < close && bytes[nameStart] == UInt8(ascii: "/") { nameStart += 1 }
      var nameEnd = nameStart
      while nameEnd < close && Bytes.isAlphanumeric(bytes[nameEnd]) { nameEnd += 1 }
      let name = key(bytes[nameStart..<nameEnd])
      switch kind(of: name, in: kinds) {
      case .block?: flush()
      case .skipped? where closing:
        if let last = open.lastIndex(of: name) { open.removeSubrange(last...) }
      case .skipped?:
        let selfClosing = close > index + 1 && bytes[close - 1] == UInt8(ascii: "/")
        if !selfClosing { open.append(name) }
      case nil: break
      }
      index = close + 1
    }
    flush()
  }
}
