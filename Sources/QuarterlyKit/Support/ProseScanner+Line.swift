/// Reading the words of one line of Markdown source, as UTF-8 bytes.
extension ProseScanner {
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
