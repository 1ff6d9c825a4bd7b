import Foundation
import Testing

@testable import QuarterlyKit

/// The plain-English checks work on UTF-8 bytes for speed (issue 17). On the fixtures, the sample
/// editions' fragments and random mixes of tags, entities, punctuation and non-ASCII text, they give
/// exactly what the code they replaced gave (the oracles beside this file).
@Suite struct PlainEnglishOracleTests {
  /// What the random texts are made of: letters and endings the syllable rules look at, spaces, stops,
  /// quotes, Markdown and HTML marks, entities, and characters beyond ASCII (combining marks, joiners,
  /// flags, conjuncts), which decide columns.
  static let pieces: [String] = [
    "a", "b", "e", "i", "o", "u", "y", "s", "t", "d", "l", "r", "n", "g", "c", "h", "q", "m", "p", "A", "E",
    "S", "SEND", "EHCP", "ing", "ion", "ies", "ed", "es", "le", "our", "hour", "ism", "io", "ia", "ua", "eo",
    "ea", "ie", "ient", "iet", "iod", "ely", "ement", "uage", "qua", "ches", " ", " ", "  ", "\n", "\n\n",
    "\t", "\r\n", "\r", "\u{0B}", "\u{1C}", "\u{A0}", "\u{2003}", ".", "!", "?", ",", ";", ":", "'", "'t",
    "'s", "'ve", "'ll", "'re", "’", "”", "“", "\"", ")", "]", "(", "[", "*", "_", "-", "–", "/", "|", "{{",
    "}}", "`", "](", "#", "## ", "- ", "1. ", "> ", "```", "<!--", "-->", "<p>", "</p>", "<br/>", "<br>",
    "<h2 id=\"x\">", "</h2>", "<script>", "</script>", "<td>", "<li>", "</li>", "<svg>", "</svg>", "<code>",
    "</code>", "<a href=\"#x\">", "</a>", "<", ">", "&amp;", "&nbsp;", "&lt;", "&#39;", "&", "é", "É", "ß",
    "İ", "\u{301}", "\u{93F}", "क", "😀", "👨‍👩", "🇬🇧", "1", "2022", "0.8", "£5", "%", "e.g.", "Mr.", "No.",
    "Café", "½", "٣", "EHCP's", "SENCOs", "Is", "ASs", "A's", "GPs'", "ABc", "A1", "A-B", "SEND's",
    "-\u{301}",
    "\u{200D}a", "\u{0600}a", "\u{0915}\u{094D}\u{0937}", "\u{1100}\u{1161}", "\u{2764}\u{FE0F}", "x\u{20E3}",
  ]

  /// The texts compared: the readability fixtures, the sample editions' Markdown and random mixes.
  static func texts() throws -> [String] {
    var texts = try FileManager.default.contentsOfDirectory(atPath: Fixture.url("readability").path).sorted()
      .map { try Fixture.text("readability/" + $0) }
    for edition in ["birmingham-2022-q3", "birmingham-2020-10"] {
      let folder = Repository.edition(edition)
      let walker = FileManager.default.enumerator(atPath: folder.path)
      while let file = walker?.nextObject() as? String {
        guard file.hasSuffix(".md") else { continue }
        texts.append(
          String(decoding: try Data(contentsOf: folder.appendingPathComponent(file)), as: UTF8.self))
      }
    }
    var random = RandomMetrics.Generator(state: 17)
    for _ in 0..<1500 {
      let count = Int.random(in: 0...150, using: &random)
      texts.append((0..<count).map { _ in pieces.randomElement(using: &random) ?? "" }.joined())
    }
    return texts
  }

  @Test func theChecksAgreeWithTheCodeTheyReplaced() throws {
    for text in try Self.texts() {
      let html = text.contains("<") ? text : Markdown.html(text, options: MarkdownOptions(allowRawHTML: true))
      let visible = VisibleTextOracle.of(html: html)
      #expect(VisibleText.of(html: html) == visible, "\(html.debugDescription)")
      for probe in [text, visible] {
        #expect(Readability.measure(probe) == ReadabilityOracle.measure(probe), "\(probe.debugDescription)")
        let sentences = ProseScanner.sentences(in: probe, firstLine: 3)
        #expect(
          sentences == ProseScannerOracle.sentences(in: probe, firstLine: 3), "\(probe.debugDescription)")
        for word in sentences.joined() {
          #expect(PlainEnglishCheck.abbreviation(word.text) == Self.abbreviation(word.text), "\(word.text)")
        }
      }
      for word in text.split(separator: " ").prefix(30).map(String.init) {
        #expect(Syllables.count(word) == SyllablesOracle.count(word), "\(word.debugDescription)")
        #expect(PlainEnglishCheck.abbreviation(word) == Self.abbreviation(word), "\(word.debugDescription)")
      }
    }
  }

  /// `PlainEnglishCheck.abbreviation` as it was first written, on `Character`s.
  static func abbreviation(_ word: String) -> String? {
    guard let first = word.utf8.first,
      first >= 0x80 || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(first),
      word.unicodeScalars.first?.properties.isUppercase == true
    else { return nil }
    var text = word
    for ending in ["'s", "’s", "s"] where text.hasSuffix(ending) {
      let stem = String(text.dropLast(ending.count))
      if stem.filter(\.isUppercase).count >= 2 { text = stem }
      break
    }
    let letters = text.filter(\.isLetter)
    guard letters.count >= 2, letters.allSatisfy({ $0.isUppercase }), text.first?.isLetter == true else {
      return nil
    }
    return text
  }
}
