@testable import QuarterlyKit

/// `Readability.measure` as it was first written, a `Unicode.Scalar` at a time, with its word and
/// character classes: the oracle the byte-level counting must equal.
enum ReadabilityOracle {
  /// Counts `text` as `textstat` does: words are what is left between spaces once punctuation
  /// (everything but letters, digits, underscores and apostrophes before t, s, d, ve, ll, re) is
  /// removed; a sentence runs from a word's start to the next `.`, `!` or `?`, and sentences of one
  /// or two words are not counted (at least one sentence is). One pass over the text.
  static func measure(_ text: String) -> Readability {
    let bytes = Array(text.utf8)
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
        syllables += SyllablesOracle.count(letters: letters)
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
    var index = 0
    while index < bytes.count {
      let (scalar, length) = Self.scalar(bytes, at: index)
      defer { index += length }
      if isWhitespace(scalar) {
        endToken()
      } else if scalar == "." || scalar == "!" || scalar == "?" {
        endSegment()
      } else if isWordCharacter(scalar) {
        (tokenHasWord, segmentTokenHasWord, segmentHasWordCharacter) = (true, true, true)
        if scalar.isASCII, let letter = UInt8(exactly: scalar.value | 0x20),
          (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(letter)
        {
          letters.append(letter)
        } else if !scalar.isASCII {
          letters.append(contentsOf: String(scalar).lowercased().utf8.filter { (97...122).contains($0) })
        }
      } else if scalar == "'" && isContractionEnding(bytes, after: index) {
        (tokenHasWord, segmentTokenHasWord) = (true, true)
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
    let lead = bytes[index]
    if lead < 0x80 { return (Unicode.Scalar(lead), 1) }
    let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1
    var decoder = UTF8()
    var iterator = bytes[index..<min(bytes.count, index + length)].makeIterator()
    if case .scalarValue(let scalar) = decoder.decode(&iterator) { return (scalar, length) }
    return ("\u{FFFD}", 1)
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
