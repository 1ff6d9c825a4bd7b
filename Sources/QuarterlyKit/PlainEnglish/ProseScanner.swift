/// One word of a text parents read, where it is in its source file.
struct ProseWord: Equatable, Sendable {
  var text: String
  var line: Int
  var column: Int
}

/// Splits the Markdown source of a fragment into sentences of words, each word with its line and column,
/// for the plain-English checks. Headings, list items, table cells and paragraphs are blocks of their
/// own; code, link addresses, HTML tags and template tags (`{{…}}`, whose text is checked where it is
/// made) are not prose. A sentence ends at `.`, `!` or `?` after a word (not in "e.g." or a number).
enum ProseScanner {
  /// What is trimmed from the end of a word: punctuation, closing quotes and brackets, emphasis.
  static let wordEnds: Set<Character> = [
    ".", ",", ";", ":", "!", "?", "'", "’", "\"", "”", ")", "]", "*", "_",
  ]
  /// What may follow a sentence's closing stop.
  static let closers: Set<Character> = ["'", "’", "\"", "”", ")", "]", "*", "_"]
  /// The ASCII characters that end a word: spaces, brackets, quotes and Markdown's marks.
  static let asciiBreaks: Set<UInt8> = Set(" \t\n\r\u{0B}\u{0C}()[]{}<>*_`|\"/".utf8)

  /// Words that end with a full stop without ending the sentence.
  static let abbreviationsWithStops: Set<String> = [
    "e.g.", "i.e.", "mr.", "mrs.", "ms.", "dr.", "st.", "no.",
  ]

  /// The sentences of `body`, whose first line is line `firstLine` of its file.
  static func sentences(in body: String, firstLine: Int) -> [[ProseWord]] {
    var sentences: [[ProseWord]] = []
    var current: [ProseWord] = []
    func endSentence() {
      if !current.isEmpty { sentences.append(current) }
      current = []
    }
    var fence: String?
    for (offset, rawLine) in body.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      let line = Array(rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine)
      let lineNumber = firstLine + offset
      let indent = line.prefix { $0 == " " }.count
      let rest = String(line.dropFirst(indent))
      if let open = fence {
        if rest.hasPrefix(open) { fence = nil }
        continue
      }
      if rest.hasPrefix("```") || rest.hasPrefix("~~~") {
        endSentence()
        fence = String(rest.prefix(3))
        continue
      }
      if rest.isEmpty || rest.hasPrefix("<!--") {
        endSentence()
        continue
      }
      var start = indent
      if let marker = blockMarkerLength(rest) {
        endSentence()
        start += marker
      }
      scan(line, from: start, lineNumber: lineNumber, current: &current, sentences: &sentences)
      if rest.hasPrefix("#") || rest.hasPrefix("|") { endSentence() }
    }
    endSentence()
    return sentences
  }

  /// The length of a heading, list or quote marker starting the line ("## ", "- ", "1. ", "> "), if any.
  static func blockMarkerLength(_ line: String) -> Int? {
    let characters = Array(line)
    var index = 0
    if characters.first == "#" {
      while index < characters.count && characters[index] == "#" { index += 1 }
    } else if let first = characters.first, "-*+>".contains(first) {
      index = 1
    } else {
      while index < characters.count && characters[index].isASCII && characters[index].isNumber { index += 1 }
      guard index > 0, index < characters.count, characters[index] == "." || characters[index] == ")" else {
        return characters.first == "|" ? 0 : nil
      }
      index += 1
    }
    guard index == characters.count || characters[index] == " " || characters.first == ">" else { return nil }
    return index
  }

  /// Reads the words of one line from `start`, adding them to the current sentence.
  static func scan(
    _ line: [Character], from start: Int, lineNumber: Int, current: inout [ProseWord],
    sentences: inout [[ProseWord]]
  ) {
    func endSentence() {
      if !current.isEmpty { sentences.append(current) }
      current = []
    }
    var index = start
    func skip(past closing: String) {
      let closer = Array(closing)
      while index < line.count {
        if Array(line[index..<min(line.count, index + closer.count)]) == closer {
          index += closer.count
          return
        }
        index += 1
      }
    }
    while index < line.count {
      let character = line[index]
      if character == "{" && index + 1 < line.count && line[index + 1] == "{" {
        endSentence()
        skip(past: "}}")
      } else if character == "`" {
        index += 1
        skip(past: "`")
      } else if character == "]" && index + 1 < line.count && line[index + 1] == "(" {
        index += 2
        skip(past: ")")
      } else if character == "<" {
        skip(past: ">")
      } else if isWordStart(character) {
        let begin = index
        while index < line.count && !isWordBreak(line[index]) { index += 1 }
        let token = String(line[begin..<index])
        let word = token.trimmingTrailing { wordEnds.contains($0) }
        if !word.isEmpty {
          current.append(ProseWord(text: word, line: lineNumber, column: begin + 1))
        }
        let ending = token.trimmingTrailing { closers.contains($0) }
        if let last = ending.last, last == "." || last == "!" || last == "?",
          !abbreviationsWithStops.contains(ending.lowercased())
        {
          endSentence()
        }
      } else {
        if character == "." || character == "!" || character == "?" || character == "|" { endSentence() }
        index += 1
      }
    }
  }

  /// Whether a word starts here: a letter, digit or a sign that belongs to a number (£).
  static func isWordStart(_ character: Character) -> Bool {
    if let ascii = character.asciiValue {
      return (97...122).contains(ascii | 0x20) || (48...57).contains(ascii)
    }
    return character.isLetter || character.isNumber || character == "£"
  }

  /// Whether the character ends a word: a space, or markup and brackets around words.
  static func isWordBreak(_ character: Character) -> Bool {
    if let ascii = character.asciiValue { return asciiBreaks.contains(ascii) }
    return character.isWhitespace || character == "“" || character == "”"
  }
}

extension String {
  /// The string without the characters at its end that match `drop`.
  fileprivate func trimmingTrailing(_ drop: (Character) -> Bool) -> String {
    var copy = self
    while let last = copy.last, drop(last) { copy.removeLast() }
    return copy
  }
}
