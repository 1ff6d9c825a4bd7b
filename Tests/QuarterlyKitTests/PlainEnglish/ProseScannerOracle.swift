@testable import QuarterlyKit

/// `ProseScanner` as it was first written (words trimmed as `Unicode.Scalar`s, a word's column counted
/// from the start of its line): the oracle the scanner must equal.
///
/// Splits the Markdown source of a fragment into sentences of words, each word with its line and column,
/// for the plain-English checks and for the wording rules that keep figure sentences short. Headings,
/// list items, table cells and paragraphs are blocks of their own; code, link addresses, HTML tags and
/// template tags (`{{…}}`, whose text is checked where it is made) are not prose. A sentence ends at `.`, `!` or `?` after a word (not in "e.g." or a number).
///
/// The text is read as UTF-8 bytes (every mark it looks for is ASCII); columns count characters.
struct ProseScannerOracle {
  /// What is trimmed from the end of a word: punctuation, closing quotes and brackets, emphasis.
  static let wordEnds: Set<Unicode.Scalar> = [
    ".", ",", ";", ":", "!", "?", "'", "’", "\"", "”", ")", "]", "*", "_",
  ]
  /// What may follow a sentence's closing stop.
  static let closers: Set<Unicode.Scalar> = ["'", "’", "\"", "”", ")", "]", "*", "_"]
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

  /// Closes the sentence being read, if it has words.
  mutating func endSentence() {
    if !current.isEmpty { sentences.append(current) }
    current = []
  }

  /// The sentences of `body`, whose first line is line `firstLine` of its file.
  static func sentences(in body: String, firstLine: Int) -> [[ProseWord]] {
    var scanner = ProseScannerOracle()
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

extension ProseScannerOracle {
  /// Reads the words of one line from byte `start`, adding them to the current sentence.
  mutating func scan(_ line: [UInt8], from start: Int, lineNumber: Int) {
    let isASCII = line.allSatisfy { $0 < 0x80 }
    var index = start
    func skip(past closing: String) {
      while index < line.count && !line[index...].starts(with: closing.utf8) { index += 1 }
      index = min(line.count, index + closing.utf8.count)
    }
    while index < line.count {
      let byte = line[index]
      if byte == UInt8(ascii: "{") && index + 1 < line.count && line[index + 1] == UInt8(ascii: "{") {
        endSentence()
        skip(past: "}}")
      } else if byte == UInt8(ascii: "`") {
        index += 1
        skip(past: "`")
      } else if byte == UInt8(ascii: "]") && index + 1 < line.count && line[index + 1] == UInt8(ascii: "(") {
        index += 2
        skip(past: ")")
      } else if byte == UInt8(ascii: "<") {
        skip(past: ">")
      } else if Self.isWordStart(line, at: index) {
        let begin = index
        while index < line.count && !Self.isWordBreak(line, at: index) {
          index += Self.length(line, at: index)
        }
        index = min(index, line.count)
        addWord(
          String(decoding: line[begin..<index], as: UTF8.self), line: line, at: begin, isASCII, lineNumber)
      } else {
        if ".!?|".utf8.contains(byte) { endSentence() }
        index += 1
      }
    }
  }

  /// Adds a token to the sentence (without its trailing punctuation), and ends the sentence when the
  /// token ends with a stop that is not part of "e.g." and the like.
  mutating func addWord(_ token: String, line: [UInt8], at begin: Int, _ isASCII: Bool, _ lineNumber: Int) {
    var word = token.unicodeScalars[...]
    while let last = word.last, Self.wordEnds.contains(last) { word.removeLast() }
    if !word.isEmpty {
      let column = isASCII ? begin + 1 : String(decoding: line[0..<begin], as: UTF8.self).count + 1
      current.append(ProseWord(text: String(word), line: lineNumber, column: column))
    }
    var ending = token.unicodeScalars[...]
    while let last = ending.last, Self.closers.contains(last) { ending.removeLast() }
    if let last = ending.last, last == "." || last == "!" || last == "?",
      !Self.abbreviationsWithStops.contains(String(ending).lowercased())
    {
      endSentence()
    }
  }

  /// The character whose UTF-8 starts at `index`, if it is well formed.
  static func scalar(_ line: [UInt8], at index: Int) -> Unicode.Scalar? {
    var decoder = UTF8()
    var bytes = line[index..<min(line.count, index + length(line, at: index))].makeIterator()
    if case .scalarValue(let scalar) = decoder.decode(&bytes) { return scalar }
    return nil
  }

  /// How many bytes the character starting at `index` takes (1 for a stray byte).
  static func length(_ line: [UInt8], at index: Int) -> Int {
    let lead = line[index]
    return lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1
  }

  /// Whether a word starts here: a letter, a digit, or £.
  static func isWordStart(_ line: [UInt8], at index: Int) -> Bool {
    let byte = line[index]
    if byte < 0x80 {
      return (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte | 0x20)
        || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
    }
    guard let scalar = scalar(line, at: index) else { return false }
    return scalar.properties.isAlphabetic || scalar.properties.numericType != nil || scalar == "£"
  }

  /// Whether the character here ends a word: a space, or markup and brackets around words.
  static func isWordBreak(_ line: [UInt8], at index: Int) -> Bool {
    let byte = line[index]
    if byte < 0x80 { return asciiBreakTable[Int(byte)] }
    guard let scalar = scalar(line, at: index) else { return false }
    return scalar.properties.isWhitespace || scalar == "“" || scalar == "”"
  }
}
