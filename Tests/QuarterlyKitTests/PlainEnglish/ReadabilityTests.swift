import Foundation
import Testing

@testable import QuarterlyKit

/// The reading age against `textstat` 0.7.8 (`../shared/tools/html-check/readability.py`, run once with
/// the html-check virtual environment; the numbers are pinned here, the tests do not run Python).
@Suite struct ReadabilityTests {
  /// One measured text: textstat's words, sentences and Flesch–Kincaid grade, and our syllables.
  struct Pinned: Sendable, CustomStringConvertible {
    var file: String
    var words: Int
    var sentences: Int
    var textstatGrade: Double
    var syllables: Int
    var description: String { file }
  }

  static let pinned: [Pinned] = [
    Pinned(
      file: "sample-2022-q3-newsletter.html", words: 1711, sentences: 137, textstatGrade: 7.41,
      syllables: 2646),
    Pinned(
      file: "sample-2020-10-newsletter.html", words: 374, sentences: 38, textstatGrade: 9.17, syllables: 664),
    Pinned(
      file: "cabinet-report-2018-12.md", words: 1649, sentences: 89, textstatGrade: 12.52, syllables: 2922),
    Pinned(
      file: "ofsted-cqc-revisit-letter-2021.md", words: 1491, sentences: 84, textstatGrade: 11.28,
      syllables: 2545),
    Pinned(
      file: "send-improvement-update-2022.md", words: 2768, sentences: 146, textstatGrade: 12.29,
      syllables: 4916),
    Pinned(
      file: "written-statement-of-action-2018.md", words: 11134, sentences: 616, textstatGrade: 12.21,
      syllables: 19630),
    Pinned(
      file: "wsoa-action-plan-2020-10.md", words: 6588, sentences: 432, textstatGrade: 11.64, syllables: 11867
    ),
  ]

  /// The visible text of a fixture page; Markdown is rendered to HTML first, as readability.py does.
  static func text(_ file: String) throws -> String {
    let source = try Fixture.text("readability/" + file)
    let html =
      file.hasSuffix(".md") ? Markdown.html(source, options: MarkdownOptions(allowRawHTML: true)) : source
    return VisibleText.of(html: html)
  }

  @Test(arguments: pinned) func readingAgeIsWithinAYearOfTextstat(_ pinned: Pinned) throws {
    let measured = Readability.measure(try Self.text(pinned.file))
    #expect(measured.words == pinned.words)
    #expect(measured.sentences == pinned.sentences)
    #expect(measured.syllables == pinned.syllables)
    #expect(abs(measured.readingAge - (pinned.textstatGrade + 5)) <= 1)
  }

  @Test func theReadingAgesAreTheseExactly() throws {
    let ages = try Self.pinned.map { Readability.measure(try Self.text($0.file)).readingAgeShown }
    #expect(ages == [12.5, 14.2, 17.5, 16.5, 17.8, 17.3, 16.6])
  }

  @Test func countingFollowsTextstat() {
    // Sentences of one or two words are not counted; "don't" keeps its apostrophe, "carers'" loses it.
    #expect(
      Readability.words(in: "Don't stop. Parents' views, co-production: 0.8%!") == [
        "don't", "stop", "parents", "views", "coproduction", "08",
      ])
    #expect(Readability.sentenceCount("Yes. We will write to you soon. Thanks!") == 1)
    #expect(Readability.sentenceCount("") == 0)
    let measured = Readability.measure("The cat sat on the mat. The dog ran to the park quickly.")
    #expect(measured == Readability(words: 13, sentences: 2, syllables: 14))
    #expect(measured.readingAgeShown == 4.7)
  }

  @Test func syllablesFollowTheCommonRules() {
    let words = [
      "make", "table", "centre", "walked", "wanted", "changes", "houses", "agreed", "statement", "families",
      "period", "actual", "being", "area", "autism", "our", "2022", "quality", "services", "disabled",
    ]
    #expect(words.map(Syllables.count) == [1, 2, 2, 1, 2, 2, 2, 2, 2, 3, 3, 3, 2, 3, 3, 2, 1, 3, 3, 3])
    // A page may hold one very long run of letters; it is counted in one pass.
    #expect(Syllables.count(String(repeating: "ab", count: 50_000)) == 50_000)
    #expect(["a", "ism", "eas", "'s", ""].map(Syllables.count) == [1, 2, 2, 1, 1])
  }

  @Test func visibleTextDropsWhatIsNotProse() {
    let html =
      "<head><title>T</title><style>p > a {}</style></head><h1>News</h1><p>We met &amp; talked</p>"
      + "<svg><text>9</text></svg><ul><li>First: </li><li>Done!</li></ul><!-- note --><pre>x</pre>"
    #expect(VisibleText.of(html: html) == "News.\nWe met & talked.\nFirst:\nDone!")
  }
}
