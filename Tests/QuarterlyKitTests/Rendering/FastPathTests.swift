import Foundation
import Testing

@testable import QuarterlyKit

/// The byte-level fast paths of page finishing give exactly what the plain, character-walking paths give.
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
      let fast = abbreviations.applyFast(to: html)
      #expect(fast != nil, "\(page) should take the fast path")
      #expect(fast?.utf8.elementsEqual(abbreviations.applyPlain(to: html).utf8) == true, "\(page)")
    }
  }

  @Test func abbreviationsOnRandomPages() {
    var random = Random(state: 1)
    let abbreviations = Abbreviations(Self.glossary)
    for _ in 0..<3000 {
      let html = Self.randomPage(&random)
      let (fast, plain) = (abbreviations.apply(to: html), abbreviations.applyPlain(to: html))
      #expect(fast.utf8.elementsEqual(plain.utf8), "\(html.debugDescription)")
    }
  }

  @Test func abbreviationsLeaveOtherTextToThePlainPath() {
    let abbreviations = Abbreviations(Self.glossary)
    for html in [
      "<p>CQC\r\nCQC</p>", "<p>CQC\u{301} and e\u{301}</p>", "<p>CQC 👍🏽</p>", "<p>\u{212A} CQC</p>",
    ] {
      #expect(abbreviations.applyFast(to: html) == nil)
      #expect(abbreviations.apply(to: html) == abbreviations.applyPlain(to: html))
    }
    let combining = Abbreviations([GlossaryTerm(term: "Cafe\u{301}", meaning: "x")])
    #expect(combining.applyFast(to: "<p>Café</p>") == nil)
  }

  @Test func internalLinksOnSamplePages() throws {
    for page in Self.pages {
      let html = try Fixture.text("expected/\(page)")
      for name in ["id", "href"] {
        let fast = InternalLinks.fastValues(of: name, in: html)
        #expect(fast != nil)
        #expect(fast == InternalLinks.referenceValues(of: name, in: html), "\(page) \(name)")
      }
    }
  }

  @Test func internalLinksOnRandomPages() {
    var random = Random(state: 2)
    for _ in 0..<3000 {
      let html = Self.randomPage(&random)
      for name in ["id", "href"] {
        #expect(
          InternalLinks.values(of: name, in: html) == InternalLinks.referenceValues(of: name, in: html),
          "\(html.debugDescription)")
      }
    }
  }

  @Test func plainTextAttributesOnRandomTags() {
    var random = Random(state: 3)
    let parts = [
      "a", " ", "href=\"", "HREF=\"", "\"", "#x", "é", "e\u{301}", "=", "href", "–", "/", "\u{212A}",
    ]
    for _ in 0..<3000 {
      let tag = (0..<random.next(12)).map { _ in parts[random.next(parts.count)] }.joined()
      let substring = ("<" + tag + ">").dropFirst().dropLast()
      #expect(
        PlainText.attribute("href", in: substring) == PlainText.referenceAttribute("href", in: substring),
        "\(tag.debugDescription)")
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
    let parts = ["1", "2", "12", ".", "a", "B", "z", "0", "é", " ", "-", "\n"]
    let patterns = [
      TrackerRefPattern.area, TrackerRefPattern.areaForDevelopment, TrackerRefPattern.response,
      TrackerRefPattern.action,
    ]
    for _ in 0..<3000 {
      let text = (0..<random.next(9)).map { _ in parts[random.next(parts.count)] }.joined()
      for pattern in patterns {
        let regex = text.range(of: pattern, options: .regularExpression) != nil
        if let fast = TrackerRefPattern.matches(text, pattern) {
          #expect(fast == regex, "\(text.debugDescription) \(pattern)")
        }
      }
    }
    for ref in ["1", "1.1", "1.1a", "1.1a.1", "1.3f.4a", "10.12ab.3.b"] {
      #expect(patterns.contains { TrackerRefPattern.matches(ref, $0) == true })
    }
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
      String(repeating: "x", count: 80),
    ]
    for _ in 0..<3000 {
      let text = (0..<random.next(40)).map { _ in parts[random.next(parts.count)] }.joined()
      let collapsed = (PlainText.collapse(text), WhitespaceOracles.plainText(text))
      #expect(collapsed.0.utf8.elementsEqual(collapsed.1.utf8), "\(text.debugDescription)")
      for prefix in ["", "- ", "    - ", "é "] {
        let wrapped = (
          PlainText.wrapLine(text, prefix: prefix), PlainText.referenceWrap(text, prefix: prefix)
        )
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
          PlainText.referenceWrap(html, prefix: "- ").utf8))
    }
  }
}
