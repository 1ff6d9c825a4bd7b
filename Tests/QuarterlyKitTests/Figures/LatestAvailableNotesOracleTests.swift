import Testing

@testable import QuarterlyKit

/// The search over bytes of `LatestAvailableNotes.once(in:)` gives exactly what its oracle (the search
/// over `Character`s it replaced, `Oracles/`) gives, on simple text and on text beyond it.
@Suite struct LatestAvailableNotesOracleTests {
  /// Pieces of filled Markdown: notes and parts of them, months, list markers and headings, line ends,
  /// and characters that join their neighbours (combining marks, "\r\n", a prepended mark, emoji).
  static let pieces = [
    LatestAvailableNotes.note(["June 2022"]), LatestAvailableNotes.note(["May 2022"]),
    LatestAvailableNotes.opening, LatestAvailableNotes.closing, "The figure for ", " is the latest we have",
    "June 2022", "Café", "Cafe\u{301}", "a very long month name indeed", "Waits fell.", " ", "  ", "\n",
    "\n\n", "- ", "* ", "+ ", "1. ", "123456789. ", "1234567890. ", "#", "## ", "-", ".", "7", "x",
    "\u{301}", "\r", "\r\n", "\u{600}", " \u{301}", "-\u{301}", "\u{212A}", "👍🏽", "東京", "\u{200D}",
  ]

  @Test func sameAsTheCharacterSearchOnRandomTexts() {
    var random = FastPathTests.Random(state: 7)
    var merged = 0
    for _ in 0..<4000 {
      let text = (0..<random.next(40)).map { _ in Self.pieces[random.next(Self.pieces.count)] }.joined()
      let (bytes, oracle) = (LatestAvailableNotes.once(in: text), LatestAvailableNotesOracle.once(in: text))
      #expect(bytes.utf8.elementsEqual(oracle.utf8), "\(text.debugDescription)")
      if bytes != text { merged += 1 }
    }
    // The texts do have notes to merge.
    #expect(merged > 500)
  }

  @Test func sameAsTheCharacterSearchAtCharacterEdges() {
    let note = LatestAvailableNotes.note(["June 2022"])
    let texts = [
      "A. \(note) B. \(note)", "A. \(note)\u{301} B. \(note)", "A.\u{600}\(note) B. \(note)",
      "A. \(note) B. \(note)\r\n- C. \(note) D. \(note)", "-\u{301} A. \(note)\n- B. \(note) C. \(note)",
      " \u{301}- A. \(note)\n  - B. \(note) C. \(note)", "A. \u{301}\(note) B. \(note)",
    ]
    for text in texts {
      #expect(
        LatestAvailableNotes.once(in: text).utf8.elementsEqual(
          LatestAvailableNotesOracle.once(in: text).utf8),
        "\(text.debugDescription)")
    }
  }
}
