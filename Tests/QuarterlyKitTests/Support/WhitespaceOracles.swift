@testable import QuarterlyKit

/// The three whitespace collapsers the code had before it had one (the tracker's, plain text's and the
/// glossary's), kept as written then: oracles that `collapsingWhitespace` must equal.
enum WhitespaceOracles {
  /// The tracker's: spaces, tabs, line breaks and no-break spaces, trimmed.
  static func tracker(_ text: String) -> String {
    text.split(whereSeparator: {
      $0 == " " || $0 == "\n" || $0 == "\r" || $0 == "\t" || $0 == "\u{A0}"
    })
    .joined(separator: " ")
  }

  /// Plain text's: each line collapsed on its own, line feeds kept, the ends trimmed.
  static func plainText(_ text: String) -> String {
    text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
      line.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\r" }).joined(separator: " ")
    }.joined(separator: "\n").trimmingSpaces
  }

  /// The glossary's: spaces, tabs and line breaks; a leading run dropped, a trailing one kept.
  static func glossary(_ text: String) -> String {
    var out = ""
    var space = false
    for character in text {
      if character == " " || character == "\n" || character == "\t" || character == "\r" {
        space = true
      } else {
        if space && !out.isEmpty { out.append(" ") }
        space = false
        out.append(character)
      }
    }
    if space { out.append(" ") }
    return out
  }
}
