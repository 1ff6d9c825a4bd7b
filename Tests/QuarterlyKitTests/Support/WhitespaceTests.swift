import Testing

@testable import QuarterlyKit

/// The one whitespace collapser: exact cases of each kind of space, and agreement with the three
/// collapsers it replaced on random text.
@Suite struct WhitespaceTests {
  @Test(arguments: [
    ("", ""),
    ("one two", "one two"),
    ("  one \t two  ", "one two"),
    ("Due\ndate\r\nin\u{A0}WSOA", "Due date\r\nin WSOA"),
    ("a\r\tb", "a b"),
    ("\u{A0}\u{A0}", ""),
    ("e \u{301}x", "e \u{301}x"),
    ("é  ü", "é ü"),
    ("a\u{A0}\u{301} b", "a\u{A0}\u{301} b"),
    ("\u{600} x", "\u{600} x"),
  ])
  func trackerCellsCollapseEveryKindOfSpace(_ text: String, _ expected: String) {
    #expect(text.collapsingWhitespace(.trackerCell) == expected)
    #expect(text[...].collapsingWhitespace(.trackerCell) == expected)
  }

  @Test(arguments: [
    ("", ""),
    ("a  b\n  c d  \n\ne", "a b\nc d\n\ne"),
    ("\n a \n", "\na\n"),
    ("a\u{A0} b", "a\u{A0} b"),
    ("a\r\n b", "a\r\n b"),
    ("x\t\ty", "x y"),
  ])
  func withoutLineFeedsEachLineCollapsesAndLineFeedsStay(_ text: String, _ expected: String) {
    #expect(text.collapsingWhitespace([]) == expected)
  }

  @Test(arguments: [
    ("", ""),
    ("   ", " "),
    (" \tleading", "leading"),
    ("trailing \n", "trailing "),
    ("Care  Quality\nCommission", "Care Quality Commission"),
    ("no\u{A0}break", "no\u{A0}break"),
  ])
  func aTrailingSpaceIsKeptWhenAsked(_ text: String, _ expected: String) {
    #expect(text.collapsingWhitespace(.lineFeeds, keepingTrailingSpace: true) == expected)
  }

  @Test func aTrailingSpaceIsDroppedByDefault() {
    #expect("end \n".collapsingWhitespace(.lineFeeds) == "end")
    #expect("   ".collapsingWhitespace(.lineFeeds) == "")
  }

  @Test func agreesWithTheCollapsersItReplaced() {
    var random = FastPathTests.Random(state: 16)
    let parts = [
      "a", "word", " ", "  ", "\n", "\t", "\u{A0}", "é", "–", "\r", "\r\n", "\u{301}", "👍", "\u{212A}",
      "\u{600}", "東京", "👍🏽", "\u{200D}",
    ]
    for _ in 0..<3000 {
      let text = (0..<random.next(30)).map { _ in parts[random.next(parts.count)] }.joined()
      #expect(
        text.collapsingWhitespace(.trackerCell).utf8.elementsEqual(WhitespaceOracles.tracker(text).utf8),
        "\(text.debugDescription)")
      #expect(
        text.collapsingWhitespace([]).trimmingSpaces.utf8.elementsEqual(
          WhitespaceOracles.plainText(text).utf8), "\(text.debugDescription)")
      #expect(
        text.collapsingWhitespace(.lineFeeds, keepingTrailingSpace: true).utf8.elementsEqual(
          WhitespaceOracles.glossary(text).utf8), "\(text.debugDescription)")
    }
  }
}
