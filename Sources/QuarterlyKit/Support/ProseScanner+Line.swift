/// Reading the words of one line of Markdown source, as UTF-8 bytes.
extension ProseScanner {
  /// Reads the words of one line from byte `start`, adding them to the current sentence.
  mutating func scan(_ line: [UInt8], from start: Int, lineNumber: Int) {
    let isASCII = line.allSatisfy { $0 < 0x80 }
    characterStarts = isASCII ? [] : Self.characterStarts(of: line)
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
        addWord(line, begin..<index, isASCII, lineNumber)
      } else {
        if byte == UInt8(ascii: ".") || byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?")
          || byte == UInt8(ascii: "|")
        {
          endSentence()
        }
        index += 1
        // The rest of a character that is not a word's start (a curly quote, a dash) starts nothing.
        while index < line.count && line[index] & 0xC0 == 0x80 { index += 1 }
      }
    }
  }

  /// Adds the token at `token` in the line to the sentence (without its trailing punctuation), and ends
  /// the sentence when the token ends with a stop that is not part of "e.g." and the like.
  mutating func addWord(_ line: [UInt8], _ token: Range<Int>, _ isASCII: Bool, _ lineNumber: Int) {
    let wordEnd = Self.trimmedEnd(line, token, while: Self.isWordEnd)
    if wordEnd > token.lowerBound {
      let begin = token.lowerBound
      let column = column(of: begin, isASCII: isASCII)
      current.append(
        ProseWord(
          text: String(decoding: line[begin..<wordEnd], as: UTF8.self), line: lineNumber, column: column))
    }
    let end = Self.trimmedEnd(line, token, while: Self.isCloser)
    if end > token.lowerBound,
      line[end - 1] == UInt8(ascii: ".") || line[end - 1] == UInt8(ascii: "!")
        || line[end - 1] == UInt8(ascii: "?"),
      !Self.abbreviationsWithStops.contains(
        String(decoding: line[token.lowerBound..<end], as: UTF8.self).lowercased())
    {
      endSentence()
    }
  }

  /// Where the token at `token` ends once the ASCII marks `trims` takes, and the closing curly quotes
  /// ’ and ”, are trimmed off its end. Both quotes are E2 80 99 and E2 80 9D in UTF-8; E2 only ever
  /// starts a character, so three bytes that read so are the token's last character.
  static func trimmedEnd(_ line: [UInt8], _ token: Range<Int>, while trims: (UInt8) -> Bool) -> Int {
    var end = token.upperBound
    while end > token.lowerBound {
      if trims(line[end - 1]) {
        end -= 1
      } else if end - token.lowerBound >= 3, line[end - 3] == 0xE2, line[end - 2] == 0x80,
        line[end - 1] == 0x99 || line[end - 1] == 0x9D
      {
        end -= 3
      } else {
        break
      }
    }
    return end
  }

  /// The character whose UTF-8 starts at `index`, if it is well formed.
  static func scalar(_ line: [UInt8], at index: Int) -> Unicode.Scalar? {
    SimpleText.decode(line, at: index).flatMap { Unicode.Scalar($0.0) }
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
