/// The fast path of `Abbreviations.apply(to:)`: the same walk over UTF-8 bytes, used when the page and
/// the glossary are simple text (see `SimpleText`); its output equals the plain path's.
extension Abbreviations {
  /// The page with glossary terms expanded or wrapped, as `applyPlain(to:)` makes it; nil when the page
  /// or the glossary is not simple text.
  func applyFast(to html: String) -> String? {
    guard !terms.isEmpty else { return html }
    guard let prepared else { return nil }
    var page = html
    page.makeContiguousUTF8()
    return page.utf8.withContiguousStorageIfAvailable { bytes -> String? in
      guard SimpleText.isSimple(bytes: bytes) else { return nil }
      guard let trie = byteTrie else { return nil }
      var walker = Walker(bytes: bytes, terms: prepared, trie: trie)
      walker.run()
      return String(decoding: walker.out, as: UTF8.self)
    } ?? nil
  }

  /// The fast path's form of the terms; nil when a term or meaning is not simple text.
  static func prepare(_ terms: [GlossaryTerm]) -> [PreparedTerm]? {
    guard terms.allSatisfy({ SimpleText.isSimple($0.term) && SimpleText.isSimple($0.meaning) }) else {
      return nil
    }
    return terms.map { term -> PreparedTerm in
      let title = Escaping.html(term.meaning)
      let abbr = "<abbr title=\"\(title)\">\(Escaping.html(term.term))</abbr>"
      return PreparedTerm(
        term: term.term, bytes: Array(term.term.utf8), abbr: Array(abbr.utf8),
        expansion: Array("\(title) (\(abbr))".utf8),
        writtenSuffix: Array(
          (title.collapsingWhitespace(.lineFeeds, keepingTrailingSpace: true) + " ").utf8.reversed()))
    }
  }

  struct PreparedTerm: Sendable {
    var term: String
    var bytes: [UInt8]
    var abbr: [UInt8]
    var expansion: [UInt8]
    /// `Escaping.html(meaning)` collapsed (line feeds as space, trailing space kept) + " ", reversed, to match the text before a "(".
    var writtenSuffix: [UInt8]
  }

  private struct Walker {
    let bytes: UnsafeBufferPointer<UInt8>
    let terms: [PreparedTerm]
    let trie: GlossaryTrie<UInt8>
    var out: [UInt8] = []
    var expanded: Set<String> = []

    static let less = UInt8(ascii: "<")
    static let greater = UInt8(ascii: ">")
    static let untouched = TagNames(Abbreviations.untouchedNames)
    static let wrapOnly = TagNames(Abbreviations.wrapOnlyNames)
    static let voids = TagNames(Abbreviations.voidNames)

    /// Whether a term starts with each byte value: only there can a term be written.
    let firstBytes: [Bool]

    init(bytes: UnsafeBufferPointer<UInt8>, terms: [PreparedTerm], trie: GlossaryTrie<UInt8>) {
      self.bytes = bytes
      self.terms = terms
      self.trie = trie
      var firstBytes = Array(repeating: false, count: 256)
      for term in terms { if let first = term.bytes.first { firstBytes[Int(first)] = true } }
      self.firstBytes = firstBytes
      out.reserveCapacity(bytes.count + 1024)
    }

    mutating func run() {
      var untouchedDepth = 0
      var wrapDepth = 0
      var index = 0
      let count = bytes.count
      while index < count {
        if bytes[index] == Self.less {
          // No ">": the tag runs to the end of the page.
          let end = Bytes.firstIndex(of: Self.greater, in: bytes, from: index).map { $0 + 1 } ?? count
          out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[index..<end]))
          let (name, closing, selfClosing) = describe(from: index, to: end)
          if !selfClosing {
            let delta = closing ? -1 : 1
            if Self.untouched.contains(name) { untouchedDepth = max(0, untouchedDepth + delta) }
            if Self.wrapOnly.contains(name) { wrapDepth = max(0, wrapDepth + delta) }
          }
          index = end
          continue
        }
        let end = Bytes.firstIndex(of: Self.less, in: bytes, from: index) ?? count
        if untouchedDepth > 0 {
          out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[index..<end]))
        } else {
          transform(from: index, to: end, wrapOnly: wrapDepth > 0)
        }
        index = end
      }
    }

    /// The element name of the tag in `start..<end` (lowercased ASCII; `.unknown` when it cannot name a
    /// known element), and whether it closes or closes itself.
    func describe(from start: Int, to end: Int) -> (TagName, Bool, Bool) {
      var index = start + 1
      let closing = index < end && bytes[index] == UInt8(ascii: "/")
      if closing { index += 1 }
      if index < end, bytes[index] == UInt8(ascii: "!") || bytes[index] == UInt8(ascii: "?") {
        return (.unknown, false, true)
      }
      var name = TagName()
      while index < end {
        let byte = bytes[index]
        if byte >= 0x80 {
          // A letter or digit beyond ASCII makes a name no known element has.
          if let (scalar, _) = SimpleText.decode(bytes, at: index), SimpleText.isLetterOrNumber(scalar) {
            name = .unknown
          }
          break
        }
        guard SimpleText.isLetterOrNumber(UInt32(byte)) else { break }
        name.append(byte | (byte >= 0x41 && byte <= 0x5A ? 0x20 : 0))
        index += 1
      }
      let selfClosing =
        (end - start >= 2 && bytes[end - 2] == UInt8(ascii: "/") && bytes[end - 1] == Self.greater)
        || Self.voids.contains(name)
      return (name, closing, selfClosing)
    }

    mutating func transform(from start: Int, to end: Int, wrapOnly: Bool) {
      var index = start
      var pending = start
      while index < end {
        if firstBytes[Int(bytes[index])], isBoundary(before: index, start: start),
          let (term, after) = match(at: index, end: end)
        {
          out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[pending..<index]))
          let alreadyWritten =
            index > start && bytes[index - 1] == UInt8(ascii: "(")
            && collapsedEnds(with: term.writtenSuffix, from: start, to: index - 1)
          if wrapOnly || expanded.contains(term.term) || alreadyWritten {
            out.append(contentsOf: term.abbr)
            if alreadyWritten { expanded.insert(term.term) }
          } else {
            out.append(contentsOf: term.expansion)
            expanded.insert(term.term)
          }
          index = after
          pending = after
          continue
        }
        // On to the next scalar (simple text: the next character); the bytes passed are copied later.
        index += 1
        while index < end, bytes[index] & 0xC0 == 0x80 { index += 1 }
      }
      out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[pending..<end]))
    }

    /// The longest term written at `index` and ending at a boundary, found in the trie.
    func match(at index: Int, end: Int) -> (PreparedTerm, Int)? {
      guard
        let (found, after) = trie.longestMatch(
          in: bytes, from: index, upTo: end, accept: { isBoundary(at: $0, end: end) })
      else { return nil }
      return (terms[found], after)
    }

    func isBoundary(before index: Int, start: Int) -> Bool {
      guard let previous = SimpleText.scalar(before: index, start: start, in: bytes) else { return true }
      return
        !(SimpleText.isLetterOrNumber(previous) || previous == 0x26 || previous == 0x2D || previous == 0x2F)
    }

    func isBoundary(at index: Int, end: Int) -> Bool {
      guard index < end, let (next, _) = SimpleText.decode(bytes, at: index) else { return true }
      return !(SimpleText.isLetterOrNumber(next) || next == 0x2D)
    }

    /// Whether the text `start..<end` with its white space collapsed ends with `suffix` (given reversed),
    /// ASCII letters compared without case.
    func collapsedEnds(with suffix: [UInt8], from start: Int, to end: Int) -> Bool {
      var matched = 0
      var position = end
      var emittedText = false
      func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D }
      while matched < suffix.count, position > start {
        let byte = bytes[position - 1]
        if isSpace(byte) {
          var runStart = position - 1
          while runStart > start, isSpace(bytes[runStart - 1]) { runStart -= 1 }
          position = runStart
          // A leading run of spaces is dropped unless the text is nothing but spaces.
          if runStart == start && emittedText { return false }
          guard suffix[matched] == 0x20 else { return false }
          matched += 1
        } else {
          guard Bytes.lower(suffix[matched]) == Bytes.lower(byte) else { return false }
          matched += 1
          emittedText = true
          position -= 1
        }
      }
      return matched == suffix.count
    }
  }
}

/// A tag name of up to 16 lowercase ASCII letters and digits, packed into two integers so that the
/// walker can compare names without building strings. Longer names, and names with letters beyond
/// ASCII, are `unknown`: no element the walker looks for has one.
struct TagName: Hashable {
  private var low: UInt64 = 0
  private var high: UInt64 = 0
  private var length = 0

  static let unknown = TagName(low: 0, high: 0, length: -1)

  init() {}

  private init(low: UInt64, high: UInt64, length: Int) {
    self.low = low
    self.high = high
    self.length = length
  }

  init(_ text: String) {
    for byte in text.utf8 { append(byte) }
  }

  mutating func append(_ byte: UInt8) {
    guard length >= 0 else { return }
    if length < 8 {
      low |= UInt64(byte) << (8 * UInt64(length))
    } else if length < 16 {
      high |= UInt64(byte) << (8 * UInt64(length - 8))
    } else {
      self = .unknown
      return
    }
    length += 1
  }
}

/// A few tag names, looked up by comparing packed names.
struct TagNames {
  private let names: [TagName]

  init(_ names: [String]) { self.names = names.map(TagName.init) }

  func contains(_ name: TagName) -> Bool { names.contains(name) }
}
