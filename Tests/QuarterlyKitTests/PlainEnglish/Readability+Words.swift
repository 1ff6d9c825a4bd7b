@testable import QuarterlyKit

/// How `Readability` lists words and counts sentences, spelt out for the tests that pin the counting
/// rules (`measure(utf8:)` counts them in one pass without listing them).
extension Readability {
  /// The words of `text` as `textstat` lists them: lowercased, with punctuation removed.
  static func words(in text: Substring) -> [String] {
    let scalars = Array(text.unicodeScalars)
    var words: [String] = []
    var current = String.UnicodeScalarView()
    for (index, scalar) in scalars.enumerated() {
      if isWhitespace(scalar) {
        if !current.isEmpty { words.append(String(current).lowercased()) }
        current = String.UnicodeScalarView()
      } else if isWordCharacter(scalar) || (scalar == "'" && isContractionEnding(scalars, after: index)) {
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

  /// The sentences of `text`, as `measure` counts them.
  static func sentenceCount(_ text: String) -> Int { measure(text).sentences }
}
