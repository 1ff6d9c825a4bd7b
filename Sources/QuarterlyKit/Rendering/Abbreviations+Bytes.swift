/// The walk of `Abbreviations.apply(to:)` over a page's UTF-8 bytes.
extension Abbreviations {
  /// One page's walk: tags copied, the text between them searched for terms, the result in `out`.
  struct Walker {
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

    /// A walk over `bytes` with the edition's prepared terms.
    init(abbreviations: Abbreviations, bytes: UnsafeBufferPointer<UInt8>) {
      self.bytes = bytes
      self.terms = abbreviations.prepared
      self.trie = abbreviations.trie
      self.firstBytes = abbreviations.firstBytes
    }

    /// Walks the page: each tag is copied and tracked (inside untouched or wrap-only elements?), each run
    /// of text between tags transformed.
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

    /// Copies the text `start..<end` (between two tags) to `out` with its terms expanded or wrapped.
    mutating func transform(from start: Int, to end: Int, wrapOnly: Bool) {
      let characters = CharacterStarts(bytes, from: start, to: end)
      var index = start
      var pending = start
      while index < end {
        if firstBytes[Int(bytes[index])], isBoundary(before: index, characters),
          let (term, after) = match(at: index, characters)
        {
          out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[pending..<index]))
          let alreadyWritten =
            index > start && bytes[index - 1] == UInt8(ascii: "(") && characters.isStart(index - 1, in: bytes)
            && Abbreviations.collapsedEnds(bytes, characters, before: index - 1, with: term.writtenSuffix)
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
        // On to the next character; the bytes passed are copied later.
        index = characters.nextStart(after: index, in: bytes)
      }
      out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[pending..<end]))
    }

    /// Adds to `found` the terms written as whole words in `start..<end`, found as `transform` finds
    /// them.
    func termsWritten(from start: Int, to end: Int, into found: inout Set<String>) {
      let characters = CharacterStarts(bytes, from: start, to: end)
      var index = start
      while index < end {
        if firstBytes[Int(bytes[index])], isBoundary(before: index, characters),
          let (term, after) = match(at: index, characters)
        {
          found.insert(term.term)
          index = after
          continue
        }
        index = characters.nextStart(after: index, in: bytes)
      }
    }

    /// The longest term written at `index` and ending between characters at a word boundary.
    func match(at index: Int, _ characters: CharacterStarts) -> (PreparedTerm, Int)? {
      guard
        let (found, after) = trie.longestMatch(
          in: bytes, from: index, upTo: characters.end,
          accept: { characters.isStart($0, in: bytes) && isBoundary(at: $0, characters) })
      else { return nil }
      return (terms[found], after)
    }

    /// Whether a word may start at `index`: the character before it (judged by its first scalar, as
    /// `Character.isLetter` is) is no letter or number, and not "&", "-" or "/" alone.
    func isBoundary(before index: Int, _ characters: CharacterStarts) -> Bool {
      guard let previous = characters.previousStart(before: index, in: bytes),
        let (scalar, _) = SimpleText.decode(bytes, at: previous)
      else { return true }
      let alone = index - previous == 1
      return
        !(SimpleText.isLetterOrNumber(scalar)
        || (alone && (scalar == 0x26 || scalar == 0x2D || scalar == 0x2F)))
    }

    /// Whether a word may end at `index` (a character start): the character there is no letter or
    /// number, and not "-" alone.
    func isBoundary(at index: Int, _ characters: CharacterStarts) -> Bool {
      guard index < characters.end, let (next, _) = SimpleText.decode(bytes, at: index) else { return true }
      return
        !(SimpleText.isLetterOrNumber(next) || (next == 0x2D && characters.isStart(index + 1, in: bytes)))
    }
  }

  /// Whether the text of the run `characters` before `end`, its white space collapsed as
  /// `collapsingWhitespace(.lineFeeds, keepingTrailingSpace: true)` collapses it, ends with `suffix`
  /// (given reversed, a whole number of characters), ASCII letters compared without case. It looks back
  /// only as far as the suffix reaches, so that a long text is not collapsed again at every term.
  static func collapsedEnds(
    _ bytes: UnsafeBufferPointer<UInt8>, _ characters: CharacterStarts, before end: Int, with suffix: [UInt8]
  ) -> Bool {
    let start = characters.start
    func isSpace(_ index: Int) -> Bool {
      WhitespaceCollapser.isSpace(bytes[index], .lineFeeds) && characters.isWholeCharacter(index, in: bytes)
    }
    var matched = 0
    var position = end
    var emittedText = false
    while matched < suffix.count, position > start {
      if isSpace(position - 1) {
        var runStart = position - 1
        while runStart > start, isSpace(runStart - 1) { runStart -= 1 }
        position = runStart
        // A leading run of spaces is dropped unless the text is nothing but spaces.
        if runStart == start && emittedText { return false }
        guard suffix[matched] == Bytes.space else { return false }
      } else {
        guard Bytes.lower(suffix[matched]) == Bytes.lower(bytes[position - 1]) else { return false }
        emittedText = true
        position -= 1
      }
      matched += 1
    }
    return matched == suffix.count && characters.isStart(position, in: bytes)
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
