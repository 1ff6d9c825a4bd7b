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
    "<h2 id=\"top\">", "ǅ", "ʰ",
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
      #expect(fast == abbreviations.applyPlain(to: html), "\(page)")
    }
  }

  @Test func abbreviationsOnRandomPages() {
    var random = Random(state: 1)
    let abbreviations = Abbreviations(Self.glossary)
    for _ in 0..<3000 {
      let html = Self.randomPage(&random)
      #expect(abbreviations.apply(to: html) == abbreviations.applyPlain(to: html), "\(html.debugDescription)")
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
        #expect(fast == InternalLinks.plainValues(of: name, in: html), "\(page) \(name)")
      }
    }
  }

  @Test func internalLinksOnRandomPages() {
    var random = Random(state: 2)
    for _ in 0..<3000 {
      let html = Self.randomPage(&random)
      for name in ["id", "href"] {
        #expect(
          InternalLinks.values(of: name, in: html) == InternalLinks.plainValues(of: name, in: html),
          "\(html.debugDescription)")
      }
    }
  }
}
