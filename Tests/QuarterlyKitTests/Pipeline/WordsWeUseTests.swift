import Foundation
import Testing

@testable import QuarterlyKit

/// "Words we use" explains exactly the abbreviations a newsletter page shows: on generated editions whose
/// fragments write glossary terms as whole words, inside other words, in headings and in link text, every
/// term the page wraps in `<abbr>` is listed, and every term listed is one the page wraps.
@Suite struct WordsWeUseTests {
  /// A glossary term no template writes: "Q" and two to four more capitals.
  static func term(_ generator: inout RandomMetrics.Generator) -> String {
    let letters = Array("ABCDEFGHJKLMNPRSTUVWXYZ")
    let count = Int.random(in: 2...4, using: &generator)
    return "Q" + String((0..<count).map { _ in letters.randomElement(using: &generator) ?? "A" })
  }

  /// A fragment body that writes some of `terms` in the ways a comms officer might, and some not at all.
  static func body(_ terms: [String], _ generator: inout RandomMetrics.Generator) -> String {
    var lines: [String] = []
    for term in terms {
      switch Int.random(in: 0...6, using: &generator) {
      case 0: lines.append("The \(term) team met parents.")
      case 1: lines.append("## News from \(term)\n\nA short note.")
      case 2: lines.append("- Read about [the \(term) plan](#key-figures).")
      case 3: lines.append("Several \(term)s met.")  // not the whole word: no abbreviation, not listed
      case 4: lines.append("The X\(term) group met.")  // inside another word
      case 5: lines.append("Meaning of \(term) (\(term)) is written out.")
      default: break  // not written at all
      }
    }
    return lines.joined(separator: "\n\n") + "\n"
  }

  /// The terms a page wraps in `<abbr>`, and those its "Words we use" list names.
  static func terms(on page: String) -> (shown: Set<String>, listed: Set<String>) {
    func captures(_ pattern: String) -> Set<String> {
      guard let expression = try? NSRegularExpression(pattern: pattern) else { return [] }
      let range = NSRange(page.startIndex..., in: page)
      return Set(
        expression.matches(in: page, range: range).compactMap { match in
          Range(match.range(at: 1), in: page).map { String(page[$0]) }
        })
    }
    return (captures("<abbr title=\"[^\"]*\">([^<]*)</abbr>"), captures("<dt[^>]*>([^<]*)</dt>"))
  }

  @Test(arguments: 1...12) func theListNamesExactlyTheAbbreviationsShown(seed: Int) throws {
    var generator = RandomMetrics.Generator(state: UInt64(seed))
    let root = try Repository.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: root) }
    let edition = root.appendingPathComponent("words")
    try FileManager.default.copyItem(at: Fixture.url("good-edition"), to: edition)
    var terms = Array(Set((0..<6).map { _ in Self.term(&generator) })).sorted()
    terms.shuffle(using: &generator)
    // SEND is written by the templates themselves ("Testshire SEND partnership").
    let glossary = (["SEND"] + terms).map { "\($0),Meaning of \($0)" }.joined(separator: "\n")
    try Data(("term,meaning\n" + glossary + "\n").utf8).write(
      to: edition.appendingPathComponent("glossary.csv"))
    try Data(("---\ntitle: Words\norder: 2\naudience: parents\n---\n" + Self.body(terms, &generator)).utf8)
      .write(to: edition.appendingPathComponent("narrative/02-words.md"))

    let output = root.appendingPathComponent("Output")
    let results = Repository.build([EditionInput(folder: edition, displayPath: "words")], output: output)
    #expect(results.first?.errorCount == 0, "\(results.first?.diagnostics.map(\.description) ?? [])")
    for page in ["newsletter.html", "newsletter.email.html"] {
      let html = try String(contentsOf: output.appendingPathComponent("words/\(page)"), encoding: .utf8)
      let (shown, listed) = Self.terms(on: html)
      #expect(shown == listed, "seed \(seed), \(page)")
      #expect(shown.contains("SEND"), "seed \(seed), \(page)")
    }
  }
}
