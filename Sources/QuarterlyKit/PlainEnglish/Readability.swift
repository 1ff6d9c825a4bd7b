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
  /// or two words are not counted (at least one sentence is).
  static func measure(_ text: String) -> Readability {
    let words = Self.words(in: Substring(text))
    return Readability(
      words: words.count, sentences: sentenceCount(text),
      syllables: words.reduce(0) { $0 + Syllables.count($1) })
  }

  /// Whether a character is a word character for the counting: a letter, a digit or an underscore.
  static func isWordCharacter(_ scalar: Unicode.Scalar) -> Bool {
    scalar.properties.isAlphabetic || scalar.properties.numericType != nil || scalar == "_"
  }

  /// The words of `text`, lowercased, with punctuation removed.
  static func words(in text: Substring) -> [String] {
    let scalars = Array(text.unicodeScalars)
    var words: [String] = []
    var current = String.UnicodeScalarView()
    for (index, scalar) in scalars.enumerated() {
      if scalar.properties.isWhitespace {
        if !current.isEmpty { words.append(String(current).lowercased()) }
        current = String.UnicodeScalarView()
      } else if isWordCharacter(scalar) {
        current.append(scalar)
      } else if scalar == "'" && isContractionEnding(scalars, after: index) {
        current.append(scalar)
      }
    }
    if !current.isEmpty { words.append(String(current).lowercased()) }
    return words
  }

  /// Whether the apostrophe at `index` is followed by t, s, d, ve, ll or re (as in "don't", "we've").
  static func isContractionEnding(_ scalars: [Unicode.Scalar], after index: Int) -> Bool {
    func at(_ offset: Int) -> Unicode.Scalar? {
      scalars.indices.contains(index + offset) ? scalars[index + offset] : nil
    }
    switch (at(1), at(2)) {
    case ("t"?, _), ("s"?, _), ("d"?, _), ("v"?, "e"?), ("l"?, "l"?), ("r"?, "e"?): return true
    default: return false
    }
  }

  /// The sentences of `text`: each runs from a word boundary to the next run of `.`, `!` or `?`;
  /// those of two words or fewer are not counted, and a text with any characters has at least one.
  static func sentenceCount(_ text: String) -> Int {
    guard !text.isEmpty else { return 0 }
    let scalars = Array(text.unicodeScalars)
    func isEnd(_ scalar: Unicode.Scalar) -> Bool { scalar == "." || scalar == "!" || scalar == "?" }
    func isBoundary(_ index: Int) -> Bool {
      let before = index > 0 && isWordCharacter(scalars[index - 1])
      let after = index < scalars.count && isWordCharacter(scalars[index])
      return before != after
    }
    var found = 0
    var short = 0
    var index = 0
    while index < scalars.count {
      guard isBoundary(index), !isEnd(scalars[index]) else {
        index += 1
        continue
      }
      let start = index
      while index < scalars.count && !isEnd(scalars[index]) { index += 1 }
      while index < scalars.count && isEnd(scalars[index]) { index += 1 }
      found += 1
      var sentence = String.UnicodeScalarView()
      sentence.append(contentsOf: scalars[start..<index])
      if words(in: Substring(String(sentence))).count <= 2 { short += 1 }
    }
    return max(1, found - short)
  }
}
