import Foundation
import Testing

@testable import QuarterlyKit

/// The walks over bytes of page finishing give exactly what their oracles (the plain, character-walking
/// versions, `Oracles/`) give, on simple text and on text beyond it.
@Suite struct FastPathTests {
  static let glossary = [
    GlossaryTerm(term: "SENAR", meaning: "Special Educational Needs Assessment and Review"),
    GlossaryTerm(term: "EHC", meaning: "Education, Health and Care"),
    GlossaryTerm(term: "EHCP", meaning: "Education, Health and Care Plan"),
    GlossaryTerm(term: "CQC", meaning: "Care Quality Commission"),
    GlossaryTerm(term: "SEND", meaning: "Special Educational Needs & Disabilities"),
    GlossaryTerm(term: "Café", meaning: "Parents’ café – weekly"),
    GlossaryTerm(term: "A&E", meaning: "Accident and Emergency"),
  ]

  static let pages = [
    "birmingham-2020-10/newsletter.html", "birmingham-2020-10/monitoring-pack.html",
    "birmingham-2020-10/newsletter.email.html", "birmingham-2022-q3/newsletter.html",
    "birmingham-2022-q3/monitoring-pack.html", "birmingham-2022-q3/newsletter.email.html",
  ]

  /// Pieces of HTML and text that test the edges: tags, boundaries, already-written expansions, spaces,
  /// letters beyond ASCII and unclosed tags.
  static let pieces = [
    "<p>", "</p>", "<h2>", "</h2>", "<nav>", "</nav>", "<code>", "</code>", "<svg>", "</svg>", "<br>",
    "<br/>", "<!-- c -->", "<abbr title=\"x\">", "</abbr>", "<td>", "<th>", "</th>", "<H1>", "</H1>",
    "<hé>", "<h1é>", "<img src=\"a\">", "SENAR", "EHCP", "EHC", "EHCPs", "XEHC", "CQC", "SEND", "Café",
    "A&E", " ", "  ", "\n", "\t", "(", ")", "-", "/", "&", "é", "ü", "²", "½", "ª", "–", "’", "£", "→", "1",
    "a", "Care Quality Commission (", "Care  Quality\nCommission (",
    "Special Educational Needs &amp; Disabilities (",
    "Education, Health and Care (", " id=\"", " href=\"#", "\"", "x", "<", ">", "<a href=\"#top\">",
    "<h2 id=\"top\">", "ǅ", "ʰ", "=", "<FigCaption>", "</figcaption>", "<textarea>", "</textarea>",
    "<figcaptionandmoreletters>", "<summary/>", "<hr>",
    // Beyond simple text: combining marks, line ends, emoji, CJK, precomposed and decomposed letters,
    // a canonical equivalent of "K", a prepended mark, a space and a quote with a combining mark.
    "\u{301}", "e\u{301}", "Cafe\u{301}", "\r", "\r\n", "👍🏽", "👨‍👩‍👧", "東京", "\u{212A}", "\u{600}",
    " \u{301}", "\"\u{301}", "CQC\u{301}", "-\u{301}", "\u{1F1EC}", "\u{200D}",
  ]

  struct Random {
    var state: UInt64
    mutating func next(_ bound: Int) -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int((state >> 33) % UInt64(bound))
    }
  }

  static func randomPage(_ random: inout Random) -> String {
    (0..<random.next(60)).map { _ in pieces[random.next(pieces.count)] }.joined()
  }

  @Test func abbreviationsOnSamplePages() throws {
    let abbreviations = Abbreviations(Self.glossary)
    for page in Self.pages {
      let html = try Fixture.text("expected/\(page)")
      let walked = abbreviations.apply(to: html)
      #expect(walked.utf8.elementsEqual(AbbreviationsOracle.apply(abbreviations, to: html).utf8), "\(page)")
    }
  }

  @Test func abbreviationsOnRandomPages() {
    var random = Random(state: 1)
    let abbreviations = Abbreviations(Self.glossary + Self.glossaryBeyondSimpleText)
    for _ in 0..<3000 {
      let html = Self.randomPage(&random)
      let (walked, oracle) = (
        abbreviations.apply(to: html), AbbreviationsOracle.apply(abbreviations, to: html)
      )
      #expect(walked.utf8.elementsEqual(oracle.utf8), "\(html.debugDescription)")
    }
  }

  /// Terms and meanings beyond simple text.
  static let glossaryBeyondSimpleText = [
    GlossaryTerm(term: "Cafe\u{301}", meaning: "decomposed cafe\u{301}"),
    GlossaryTerm(term: "東京", meaning: "Tokyo 👍🏽"),
    GlossaryTerm(term: "\u{212A}S2", meaning: "Key Stage 2"),
  ]

  @Test func termsAreWholeCharactersAndSpeltAsInTheGlossary() {
    // The decomposed "Cafe\u{301}" only, not the precomposed "Café".
    let abbreviations = Abbreviations(
      Self.glossary.filter { $0.term != "Café" } + Self.glossaryBeyondSimpleText)
    let cqc = "<abbr title=\"Care Quality Commission\">CQC</abbr>"
    let expected = [
      // A term followed by a combining mark ends inside a character: it is not the term.
      ("<p>CQC\u{301} and e\u{301}</p>", "<p>CQC\u{301} and e\u{301}</p>"),
      ("<p>CQC\r\nCQC</p>", "<p>Care Quality Commission (\(cqc))\r\n\(cqc)</p>"),
      ("<p>CQC 👍🏽</p>", "<p>Care Quality Commission (\(cqc)) 👍🏽</p>"),
      ("<p>\u{212A} CQC</p>", "<p>\u{212A} Care Quality Commission (\(cqc))</p>"),
      // A prepended mark joins the next letter into one character: no word starts there.
      ("<p>\u{600}CQC</p>", "<p>\u{600}CQC</p>"),
      // Written out before its bracket across a line end: its first use.
      (
        "<p>Care Quality\nCommission (CQC) 東京</p>",
        "<p>Care Quality\nCommission (\(cqc)) Tokyo 👍🏽 (<abbr "
          + "title=\"Tokyo 👍🏽\">東京</abbr>)</p>"
      ),
      // Spelt with other code points (precomposed é, "K" for the Kelvin sign): another word.
      ("<p>Café KS2</p>", "<p>Café KS2</p>"),
      (
        "<p><b>Cafe\u{301}</b></p>",
        "<p><b>decomposed cafe\u{301} (<abbr title=\"decomposed cafe\u{301}\">"
          + "Cafe\u{301}</abbr>)</b></p>"
      ),
    ]
    for (html, output) in expected {
      #expect(abbreviations.apply(to: html).utf8.elementsEqual(output.utf8), "\(html.debugDescription)")
      #expect(AbbreviationsOracle.apply(abbreviations, to: html).utf8.elementsEqual(output.utf8))
    }
  }

  @Test func internalLinksOnSamplePages() throws {
    var found = 0
    for page in Self.pages {
      let html = try Fixture.text("expected/\(page)")
      for name in ["id", "href"] {
        let values = InternalLinks.values(of: name, in: html)
        found += values.count
        #expect(values == MarkupOracles.values(of: name, in: html), "\(page) \(name)")
      }
    }
    #expect(found > 100)
  }

  @Test func internalLinksOnRandomPages() {
    var random = Random(state: 2)
    for _ in 0..<3000 {
      let html = Self.randomPage(&random)
      for name in ["id", "href"] {
        let (walked, oracle) = (
          InternalLinks.values(of: name, in: html), MarkupOracles.values(of: name, in: html)
        )
        #expect(walked.count == oracle.count, "\(html.debugDescription)")
        #expect(zip(walked, oracle).allSatisfy { $0.utf8.elementsEqual($1.utf8) }, "\(html.debugDescription)")
      }
    }
    // Markup is read by code points: a quote with a combining mark still ends the value.
    #expect(InternalLinks.values(of: "id", in: "<h2 id=\"a\"\u{301}>") == ["a"])
  }

  @Test func plainTextAttributesOnRandomTags() {
    var random = Random(state: 3)
    let parts = [
      "a", " ", "href=\"", "HREF=\"", "\"", "#x", "é", "e\u{301}", "=", "href", "–", "/", "\u{212A}",
      "\u{301}", "\r\n", "👍🏽", "東京",
    ]
    for _ in 0..<3000 {
      let tag = (0..<random.next(12)).map { _ in parts[random.next(parts.count)] }.joined()
      let substring = ("<" + tag + ">").dropFirst().dropLast()
      let (walked, oracle) = (
        PlainText.attribute("href", in: substring), MarkupOracles.attribute("href", in: substring)
      )
      #expect(
        walked?.utf8.elementsEqual(oracle?.utf8 ?? "".utf8) ?? (oracle == nil), "\(tag.debugDescription)")
    }
  }

  @Test func trimmingSpacesKeepsTheScalarsBetweenTheSpaces() {
    var random = Random(state: 4)
    let parts = [" ", "\t", "\u{A0}", "\n", "\r", "\r\n", "a", "é", "\u{301}", "👍🏽", "x y"]
    for _ in 0..<3000 {
      let text = (0..<random.next(10)).map { _ in parts[random.next(parts.count)] }.joined()
      let isSpace: (Unicode.Scalar) -> Bool = { [" ", "\t", "\u{A0}", "\n", "\r"].contains($0) }
      var scalars = Array(text.unicodeScalars)
      while let first = scalars.first, isSpace(first) { scalars.removeFirst() }
      while let last = scalars.last, isSpace(last) { scalars.removeLast() }
      var expected = ""
      expected.unicodeScalars.append(contentsOf: scalars)
      #expect(text.trimmingSpaces == expected)
      #expect(text.trimmingSpaces.utf8.elementsEqual(expected.utf8))
      #expect(text[...].trimmingSpaces == expected)
    }
  }

  @Test func jsonWriterOnSampleFigures() throws {
    for edition in ["birmingham-2020-10", "birmingham-2022-q3"] {
      let text = try Fixture.text("expected/\(edition)/figures.json")
      var diagnostics = Diagnostics()
      let value = try #require(
        JSONReader.parse(text, as: TemplateValue.self, file: "figures.json", diagnostics: &diagnostics))
      #expect(JSONWriter.string(value) == JSONWriterOracle.string(value))
      #expect(JSONWriter.string(value) == text)
    }
  }

  @Test func jsonWriterOnRandomStrings() {
    var random = Random(state: 5)
    let parts = [
      "a", "\"", "\\", "\n", "\r", "\t", "\u{0}", "\u{1F}", "\u{7F}", "\u{2028}", "\u{2029}", "\u{2027}", "é",
      "👍🏽", "\r\n",
    ]
    for _ in 0..<2000 {
      let text = (0..<random.next(10)).map { _ in parts[random.next(parts.count)] }.joined()
      let value = TemplateValue.object(
        TemplateObject([
          (text, .list([.string(text), .double(Double(random.next(1000)) / 7), .int(3), .null, .bool(true)]))
        ]))
      #expect(JSONWriter.string(value) == JSONWriterOracle.string(value), "\(text.debugDescription)")
      #expect(JSONWriter.string(value).utf8.elementsEqual(JSONWriterOracle.string(value).utf8))
    }
  }

  @Test func trackerRefPatternsMatchTheRegularExpressions() {
    var random = Random(state: 6)
    let parts = [
      "1", "2", "12", ".", "a", "B", "z", "0", "é", " ", "-", "\n", "\u{2028}", "\u{85}", "١", "\u{301}",
    ]
    for _ in 0..<3000 {
      let text = (0..<random.next(9)).map { _ in parts[random.next(parts.count)] }.joined()
      for pattern in TrackerRefPattern.allCases {
        let regex = text.range(of: pattern.regularExpression, options: .regularExpression) != nil
        #expect(pattern.matches(text) == regex, "\(text.debugDescription) \(pattern)")
      }
    }
    for ref in ["1", "1.1", "1.1a", "1.1a.1", "1.3f.4a", "10.12ab.3.b"] {
      #expect(TrackerRefPattern.allCases.contains { $0.matches(ref) })
    }
    // A ref followed by a line break is no ref (ICU's "$" would have accepted it).
    #expect(
      !TrackerRefPattern.area.matches("1\u{2028}")
        && "1\u{2028}".range(of: "^[0-9]+$", options: .regularExpression) != nil)
  }

  @Test func sectionsFromBuiltValuesEqualSectionsBuiltAgain() throws {
    for id in ["birmingham-2020-10", "birmingham-2022-q3"] {
      var diagnostics = Diagnostics()
      let sample = try #require(
        EditionReader.read(folder: Repository.edition(id), displayPath: id, diagnostics: &diagnostics))
      let figures = EditionFigures(edition: sample, diagnostics: &diagnostics)
      let built = figures.metrics.map(\.templateValue)
      for audience in [Audience.parents, .monitoring] {
        #expect(
          EditionData.sections(figures, for: audience, templateValues: built)
            == EditionData.sections(figures, for: audience))
      }
    }
  }

  @Test func simpleTextCheckAgreesWithAScalarWalk() {
    var random = Random(state: 7)
    let parts = ["a", "abcdefgh", "\r", "\n", "é", "–", "\u{301}", "👍", "\u{212A}", "0123456789", "£", " "]
    for _ in 0..<3000 {
      let text = (0..<random.next(12)).map { _ in parts[random.next(parts.count)] }.joined()
      let expected = text.unicodeScalars.allSatisfy { scalar in
        scalar.value < 0x80 ? scalar != "\r" : SimpleText.isSimple(scalar.value)
      }
      #expect(SimpleText.isSimple(text) == expected, "\(text.debugDescription)")
    }
  }

  @Test func plainTextCollapseAndWrapOnRandomText() {
    var random = Random(state: 8)
    let parts = [
      "a", "word", "longerword", " ", "  ", "\n", "\t", "\u{A0}", "é", "–", "\r", "\r\n", "\u{301}",
      String(repeating: "x", count: 80), "👍🏽", "東京", "\u{600}", "👨‍👩‍👧",
      "e\u{301}" + String(repeating: "x", count: 30),
    ]
    for _ in 0..<3000 {
      let text = (0..<random.next(40)).map { _ in parts[random.next(parts.count)] }.joined()
      let collapsed = (PlainText.collapse(text), WhitespaceOracles.plainText(text))
      #expect(collapsed.0.utf8.elementsEqual(collapsed.1.utf8), "\(text.debugDescription)")
      for prefix in ["", "- ", "    - ", "é ", "e\u{301} "] {
        let wrapped = (PlainText.wrapLine(text, prefix: prefix), MarkupOracles.wrapLine(text, prefix: prefix))
        #expect(wrapped.0.utf8.elementsEqual(wrapped.1.utf8), "\(text.debugDescription)")
      }
    }
  }

  @Test func plainTextOfSampleFragments() throws {
    for id in ["birmingham-2020-10", "birmingham-2022-q3"] {
      let html = try Fixture.text("expected/\(id)/newsletter.html")
      #expect(SimpleText.isSimple(html))
      #expect(PlainText.collapse(html).utf8.elementsEqual(WhitespaceOracles.plainText(html).utf8))
      #expect(
        PlainText.wrapLine(html, prefix: "- ").utf8.elementsEqual(
          MarkupOracles.wrapLine(html, prefix: "- ").utf8))
    }
  }
}
