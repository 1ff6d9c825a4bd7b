/// How hard a text is to read: its words, sentences and syllables, counted as `textstat` 0.7.8 counts
/// them, and the reading age from the Flesch–Kincaid grade.
///
/// Reading age = Flesch–Kincaid grade + 5, where the grade is
/// 0.39 × (words ÷ sentences) + 11.8 × (syllables ÷ words) − 15.59 (US school grades start at age 5 or 6).
struct Readability: Equatable, Sendable {
  var words: Int
  var sentences: Int
  var syllables: Int

  /// The Flesch–Kincaid grade (0 for a text with no words).
  var grade: Double {
    guard words > 0, sentences > 0 else { return 0 }
    return 0.39 * Double(words) / Double(sentences) + 11.8 * Double(syllables) / Double(words) - 15.59
  }

  /// The age at which a reader can usually follow the text: the grade plus 5.
  var readingAge: Double { grade + 5 }

  /// The reading age rounded to one decimal, half away from zero, as reports show it.
  var readingAgeShown: Double { (readingAge * 10).rounded(.toNearestOrAwayFromZero) / 10 }

  /// Counts `text` as `textstat` does: words are what is left between spaces once punctuation
  /// (everything but letters, digits, underscores and apostrophes before t, s, d, ve, ll, re) is
  /// removed; a sentence runs from a word's start to the next `.`, `!` or `?`, and sentences of one
  /// or two words are not counted (at least one sentence is). One pass over the text.
  static func measure(_ text: String) -> Readability { measure(utf8: Array(text.utf8)) }

  /// `measure(_:)` on the text's UTF-8 bytes. ASCII, most of any page, is told apart byte by byte; any
  /// other character is decoded and asked for its Unicode properties.
  static func measure(utf8 bytes: [UInt8]) -> Readability {
    var (words, syllables, found, short) = (0, 0, 0, 0)
    var letters: [UInt8] = []
    var tokenHasWord = false
    var (segmentTokenHasWord, segmentHasWordCharacter, segmentWords) = (false, false, 0)
    func endSegmentToken() {
      if segmentTokenHasWord { segmentWords += 1 }
      segmentTokenHasWord = false
    }
    func endToken() {
      if tokenHasWord {
        words += 1
        syllables += Syllables.count(letters: letters)
      }
      letters.removeAll(keepingCapacity: true)
      tokenHasWord = false
      endSegmentToken()
    }
    func endSegment() {
      endSegmentToken()
      if segmentHasWordCharacter {
        found += 1
        if segmentWords <= 2 { short += 1 }
      }
      (segmentHasWordCharacter, segmentWords) = (false, 0)
    }
    func wordCharacter() { (tokenHasWord, segmentTokenHasWord, segmentHasWordCharacter) = (true, true, true) }
    var index = 0
    while index < bytes.count {
      let byte = bytes[index]
      if byte < 0x80 {
        switch byte {
        case 9...13, 28...32: endToken()
        case UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"): endSegment()
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"):
          wordCharacter()
          letters.append(byte | 0x20)
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"): wordCharacter()
        case UInt8(ascii: "'") where isContractionEnding(bytes, after: index):
          (tokenHasWord, segmentTokenHasWord) = (true, true)
        default: break
        }
        index += 1
        continue
      }
      let (scalar, length) = Self.scalar(bytes, at: index)
      defer { index += length }
      if isWhitespace(scalar) {
        endToken()
      } else if isWordCharacter(scalar) {
        wordCharacter()
        letters.append(contentsOf: String(scalar).lowercased().utf8.filter { (97...122).contains($0) })
      }
    }
    endToken()
    endSegment()
    return Readability(
      words: words, sentences: bytes.isEmpty ? 0 : max(1, found - short), syllables: syllables)
  }

  /// The character whose UTF-8 starts at `index`, and how many bytes it takes (a stray byte is
  /// taken as U+FFFD, one byte long).
  static func scalar(_ bytes: [UInt8], at index: Int) -> (Unicode.Scalar, Int) {
    guard let (value, length) = SimpleText.decode(bytes, at: index), let scalar = Unicode.Scalar(value) else {
      return ("\u{FFFD}", 1)
    }
    return (scalar, length)
  }

  /// Whether the apostrophe at byte `index` is followed by t, s, d, ve, ll or re.
  static func isContractionEnding(_ bytes: [UInt8], after index: Int) -> Bool {
    func at(_ offset: Int) -> UInt8 { bytes.indices.contains(index + offset) ? bytes[index + offset] : 0 }
    switch (at(1), at(2)) {
    case (UInt8(ascii: "t"), _), (UInt8(ascii: "s"), _), (UInt8(ascii: "d"), _),
      (UInt8(ascii: "v"), UInt8(ascii: "e")),
      (UInt8(ascii: "l"), UInt8(ascii: "l")), (UInt8(ascii: "r"), UInt8(ascii: "e")):
      return true
    default: return false
    }
  }

  /// Whether a character separates words, as Python's `str.split()` takes it.
  static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
    if scalar.isASCII { return (9...13).contains(scalar.value) || (28...32).contains(scalar.value) }
    return scalar.properties.isWhitespace
  }

  /// Whether a character is a word character for the counting: a letter, a digit or an underscore.
  static func isWordCharacter(_ scalar: Unicode.Scalar) -> Bool {
    if scalar.isASCII {
      let value = scalar.value | 0x20
      return (97...122).contains(value) || (48...57).contains(scalar.value) || scalar == "_"
    }
    return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
  }
}
