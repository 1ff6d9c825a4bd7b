/// One word of a text parents read, where it is in its source file.
struct ProseWord: Equatable, Sendable {
  var text: String
  var line: Int
  var column: Int
}

/// Splits the Markdown source of a fragment into sentences of words, each word with its line and column,
/// for the plain-English checks and for the wording rules that keep figure sentences short. Headings,
/// list items, table cells and paragraphs are blocks of their own; code, link addresses, HTML tags and
/// template tags (`{{…}}`, whose text is checked where it is made) are not prose. A sentence ends at `.`, `!` or `?` after a word (not in "e.g." or a number).
///
/// The text is read as UTF-8 bytes (every mark it looks for is ASCII); columns count characters.
struct ProseScanner {
  /// GOV.UK's advice: no more than 25 words in a sentence.
  static let longestSentence = 25
  /// What may follow a sentence's closing stop: closing quotes and brackets, emphasis; with the curly
  /// quotes ’ and ” (see `closingMarksEnd`).
  static func isCloser(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "'"), UInt8(ascii: "\""), UInt8(ascii: ")"), UInt8(ascii: "]"), UInt8(ascii: "*"),
      UInt8(ascii: "_"):
      return true
    default: return false
    }
  }
  /// What is trimmed from the end of a word: the closers and punctuation.
  static func isWordEnd(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "."), UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ":"), UInt8(ascii: "!"),
      UInt8(ascii: "?"):
      return true
    default: return isCloser(byte)
    }
  }
  /// The ASCII characters that end a word: spaces, brackets, quotes and Markdown's marks.
  static let asciiBreaks: Set<UInt8> = Set(" \t\n\r\u{0B}\u{0C}()[]{}<>*_`|\"/".utf8)
  /// `asciiBreaks` as a table by byte, for the scan's inner loop.
  static let asciiBreakTable: [Bool] = (0..<128).map { asciiBreaks.contains(UInt8($0)) }
  /// Words that end with a full stop without ending the sentence.
  static let abbreviationsWithStops: Set<String> = [
    "e.g.", "i.e.", "mr.", "mrs.", "ms.", "dr.", "st.", "no.",
  ]

  var sentences: [[ProseWord]] = []
  var current: [ProseWord] = []
  /// Where each character of the line being read starts (a byte offset), when the line is not all ASCII;
  /// a word's column is then the number of characters before it, plus one.
  var characterStarts: [Int] = []

  /// Closes the sentence being read, if it has words.
  mutating func endSentence() {
    if !current.isEmpty { sentences.append(current) }
    current.removeAll(keepingCapacity: true)
  }

  /// The byte offset at which each character (grapheme cluster) of a line starts.
  static func characterStarts(of line: [UInt8]) -> [Int] {
    var (starts, offset) = ([Int](), 0)
    for character in String(decoding: line, as: UTF8.self) {
      starts.append(offset)
      offset += character.utf8.count
    }
    return starts
  }

  /// The column of the word starting at byte `begin` of the line being read: its byte offset plus one in
  /// an ASCII line; otherwise the characters that start before it (a binary search of `characterStarts`),
  /// plus one. Counting a line's characters once, not once for each word, keeps a long line linear.
  func column(of begin: Int, isASCII: Bool) -> Int {
    guard !isASCII else { return begin + 1 }
    var (low, high) = (0, characterStarts.count)
    while low < high {
      let middle = (low + high) / 2
      if characterStarts[middle] < begin { low = middle + 1 } else { high = middle }
    }
    return low + 1
  }

  /// The sentences of `body`, whose first line is line `firstLine` of its file.
  static func sentences(in body: String, firstLine: Int) -> [[ProseWord]] {
    var scanner = ProseScanner()
    let bytes = Array(body.utf8)
    var fence: [UInt8]?
    var (lineStart, lineNumber) = (0, firstLine)
    while lineStart <= bytes.count {
      var lineEnd = bytes[lineStart...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count
      let next = lineEnd + 1
      if lineEnd > lineStart && bytes[lineEnd - 1] == UInt8(ascii: "\r") { lineEnd -= 1 }
      let line = Array(bytes[lineStart..<lineEnd])
      defer { (lineStart, lineNumber) = (next, lineNumber + 1) }
      let indent = line.prefix { $0 == UInt8(ascii: " ") }.count
      let rest = line.dropFirst(indent)
      if let open = fence {
        if rest.starts(with: open) { fence = nil }
        continue
      }
      if rest.starts(with: "```".utf8) || rest.starts(with: "~~~".utf8) {
        scanner.endSentence()
        fence = Array(rest.prefix(3))
        continue
      }
      if rest.isEmpty || rest.starts(with: "<!--".utf8) {
        scanner.endSentence()
        continue
      }
      var start = indent
      if let marker = blockMarkerLength(Array(rest)) {
        scanner.endSentence()
        start += marker
      }
      scanner.scan(line, from: start, lineNumber: lineNumber)
      if rest.first == UInt8(ascii: "#") || rest.first == UInt8(ascii: "|") { scanner.endSentence() }
    }
    scanner.endSentence()
    return scanner.sentences
  }

  /// Whether every sentence of `text` has at most `longestSentence` words, counted as the plain-English
  /// check counts them.
  static func fits(_ text: String) -> Bool {
    sentences(in: text, firstLine: 1).allSatisfy { $0.count <= longestSentence }
  }

  /// The length of a heading, list or quote marker starting the line ("## ", "- ", "1. ", "> "), if any.
  static func blockMarkerLength(_ line: [UInt8]) -> Int? {
    var index = 0
    let first = line.first ?? 0
    if first == UInt8(ascii: "#") {
      while index < line.count && line[index] == UInt8(ascii: "#") { index += 1 }
    } else if "-*+>".utf8.contains(first) {
      index = 1
    } else {
      while index < line.count && (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(line[index]) { index += 1 }
      guard index > 0, index < line.count,
        line[index] == UInt8(ascii: ".") || line[index] == UInt8(ascii: ")")
      else {
        return first == UInt8(ascii: "|") ? 0 : nil
      }
      index += 1
    }
    guard index == line.count || line[index] == UInt8(ascii: " ") || first == UInt8(ascii: ">") else {
      return nil
    }
    return index
  }
}
