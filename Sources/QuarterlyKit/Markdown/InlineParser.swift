/// Parses the text of paragraphs, headings and table cells into inline nodes (phase two of CommonMark).
struct InlineParser {
  /// A `[` or `![` waiting for its `]`.
  struct Bracket {
    var node: Int
    var index: Int
    var isImage: Bool
    var isActive = true
    var bracketAfter = false
    var previousDelimiter: Int
    /// The index in `brackets` of the nearest `[` (not `![`) below this one, or -1.
    var previousLinkOpener = -1
  }

  var store = InlineStore()
  let references: LinkReferences
  var subject: [UInt8] = []
  /// Where `subject` starts in the store's `text`: the subject is copied there once, and its text nodes
  /// are ranges of that copy.
  var subjectOffset = 0
  /// The first node made for the current subject.
  var subjectFirstNode = 0
  var position = 0
  var root = -1
  var delimiters: [Delimiter] = []
  var lastDelimiter = -1
  var brackets: [Bracket] = []
  var backticks = BacktickIndex()
  var htmlEnds = HTMLEndFinder()
  var titleFailures = TitleFailures()
  /// Per closer kind, the delimiter below which no opener was found (reused by `processEmphasis`).
  var openersBottom = [Int](repeating: -1, count: 12)
  /// Whether bare web addresses become links (table cells, as in GFM).
  var extendedAutolinks = false
  /// The last text node made by `appendText` (plain text that no later step changes), or -1.
  var lastPlainText = -1

  init(references: LinkReferences) {
    self.references = references
  }

  /// Whether `byte` ends a run of plain text.
  @inline(__always) static func isSpecial(_ byte: UInt8) -> Bool {
    switch byte {
    case Bytes.newline, UInt8(ascii: "`"), UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "\\"),
      UInt8(ascii: "!"), UInt8(ascii: "<"), UInt8(ascii: "&"), UInt8(ascii: "*"), UInt8(ascii: "_"):
      return true
    default: return false
    }
  }

  /// Parses `text` (surrounding whitespace is trimmed) and returns the root node of its inlines;
  /// `text` is taken over (left empty) to avoid a copy.
  mutating func parse(taking text: inout [UInt8], extendedAutolinks: Bool = false) -> Int {
    subject.removeAll()
    swap(&subject, &text)
    while let last = subject.last, Bytes.isWhitespace(last) { subject.removeLast() }
    var leading = 0
    while leading < subject.count && Bytes.isWhitespace(subject[leading]) { leading += 1 }
    if leading > 0 { subject.removeFirst(leading) }
    subjectOffset = store.text.count
    store.text.append(contentsOf: subject)
    position = 0
    subjectFirstNode = store.nodes.count
    root = store.make(.root)
    delimiters.removeAll(keepingCapacity: true)
    lastDelimiter = -1
    brackets.removeAll(keepingCapacity: true)
    backticks = BacktickIndex()
    htmlEnds = HTMLEndFinder()
    titleFailures = TitleFailures()
    self.extendedAutolinks = extendedAutolinks
    lastPlainText = -1
    let count = subject.count
    while position < count {
      if store.nodes.capacity - store.nodes.count < 4 || delimiters.capacity - delimiters.count < 2 {
        growForRestOfSubject()
      }
      parseOne()
    }
    processEmphasis(bottom: -1)
    if extendedAutolinks { linkBareURLs(in: root) }
    return root
  }

  /// Grows the node and delimiter arrays, once they are (nearly) full, to what the rest of the subject
  /// will need at the rate the subject has made them so far (and at least to double, as appending would).
  /// Hostile subjects make a node for every two bytes, and doubling again and again would copy their
  /// arrays (16 MB of nodes) many times over.
  mutating func growForRestOfSubject() {
    guard position > 0 else { return }
    let restPerByteSoFar = Double(subject.count - position) / Double(position)
    let nodesMade = store.nodes.count - subjectFirstNode
    let nodesWanted = store.nodes.count + Int(Double(nodesMade) * restPerByteSoFar) + 16
    if nodesWanted > store.nodes.capacity {
      store.nodes.reserveCapacity(max(nodesWanted, 2 * store.nodes.capacity))
    }
    let delimitersWanted = delimiters.count + Int(Double(delimiters.count) * restPerByteSoFar) + 16
    if delimitersWanted > delimiters.capacity {
      delimiters.reserveCapacity(max(delimitersWanted, 2 * delimiters.capacity))
    }
  }

  @inline(__always) func peek(_ index: Int) -> UInt8 {
    index < subject.count && index >= 0 ? subject[index] : 0
  }

  /// Makes a detached text node of the bytes `range` of the subject.
  mutating func makeText(_ range: Range<Int>) -> Int {
    store.make(.text, start: subjectOffset + range.lowerBound, end: subjectOffset + range.upperBound)
  }

  /// Adds a text node of the bytes `range` of the subject, or extends the last one this function added
  /// when it is still the last node and ends where `range` starts (so `a<b!c` is one node, not five).
  mutating func appendText(_ range: Range<Int>) {
    let last = store.nodes[root].lastChild
    if last >= 0 && last == lastPlainText && store.nodes[last].end == subjectOffset + range.lowerBound {
      store.nodes[last].end = subjectOffset + range.upperBound
      return
    }
    let node = makeText(range)
    store.appendChild(node, to: root)
    lastPlainText = node
  }

  mutating func parseOne() {
    let byte = subject[position]
    switch byte {
    case Bytes.newline: parseNewline()
    case UInt8(ascii: "\\"): parseBackslash()
    case UInt8(ascii: "`"): parseCodeSpan()
    case UInt8(ascii: "*"), UInt8(ascii: "_"): parseDelimiterRun()
    case UInt8(ascii: "["):
      let node = makeText(position..<(position + 1))
      store.appendChild(node, to: root)
      addBracket(node: node, index: position, isImage: false)
      position += 1
    case UInt8(ascii: "!"):
      if peek(position + 1) == UInt8(ascii: "[") {
        let node = makeText(position..<(position + 2))
        store.appendChild(node, to: root)
        addBracket(node: node, index: position + 1, isImage: true)
        position += 2
      } else {
        appendText(position..<(position + 1))
        position += 1
      }
    case UInt8(ascii: "]"): parseCloseBracket()
    case UInt8(ascii: "<"): parseAngleBracket()
    case UInt8(ascii: "&"): parseEntity()
    default: parseString()
    }
  }

  mutating func parseString() {
    let start = position
    if extendedAutolinks, let end = bareURLEnd(at: position) {
      // The whole address is one text node, linked after emphasis is resolved (`linkBareURLs`).
      appendText(start..<end)
      position = end
      return
    }
    let count = subject.count
    position += 1
    while position < count && !Self.isSpecial(subject[position]) {
      if extendedAutolinks && bareURLEnd(at: position) != nil { break }
      position += 1
    }
    appendText(start..<position)
  }

  mutating func parseNewline() {
    position += 1
    let last = store.nodes[root].lastChild
    var isHard = false
    if last >= 0 && store.nodes[last].kind == .text {
      let start = store.nodes[last].start
      var end = store.nodes[last].end
      if end > start && store.text[end - 1] == Bytes.space {
        isHard = end - 2 >= start && store.text[end - 2] == Bytes.space
        while end > start && store.text[end - 1] == Bytes.space { end -= 1 }
        store.nodes[last].end = end
      }
    }
    store.appendChild(store.make(isHard ? .hardBreak : .softBreak), to: root)
    while Bytes.isSpaceOrTab(peek(position)) { position += 1 }
  }

  mutating func parseBackslash() {
    let next = peek(position + 1)
    if next == Bytes.newline {
      store.appendChild(store.make(.hardBreak), to: root)
      position += 2
      while Bytes.isSpaceOrTab(peek(position)) { position += 1 }
    } else if Bytes.isPunctuation(next) {
      appendText((position + 1)..<(position + 2))
      position += 2
    } else {
      appendText(position..<(position + 1))
      position += 1
    }
  }

  mutating func parseEntity() {
    let start = store.text.count
    if let end = InlineText.entity(subject, at: position, appendingTo: &store.text) {
      store.appendChild(store.make(.text, start: start, end: store.text.count), to: root)
      position = end
    } else {
      appendText(position..<(position + 1))
      position += 1
    }
  }

  mutating func addBracket(node: Int, index: Int, isImage: Bool) {
    var previousLinkOpener = -1
    if let last = brackets.last {
      brackets[brackets.count - 1].bracketAfter = true
      previousLinkOpener = last.isImage ? last.previousLinkOpener : brackets.count - 1
    }
    brackets.append(
      Bracket(
        node: node, index: index, isImage: isImage, previousDelimiter: lastDelimiter,
        previousLinkOpener: previousLinkOpener))
  }
}
