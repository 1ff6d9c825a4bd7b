import Testing

@testable import QuarterlyKit

/// Glossary expansion through a trie (issue 15, item 13): the longest term at a place that ends at a
/// word boundary, as trying every term longest first did. Its speed is measured by
/// `quarterly-bench glossary`.
@Suite struct GlossaryTrieTests {
  @Test func findsTheLongestKeyThatIsAccepted() {
    let trie = GlossaryTrie(["SEND", "SEN", "SENDIASS", "SEN"].map { Array($0.utf8) })
    let text = Array("SENDIASx".utf8)
    let all = trie.longestMatch(in: text, from: 0, upTo: text.count, accept: { _ in true })
    #expect(all?.term == 0 && all?.end == 4)
    // The longest is refused (it does not end at a boundary): the next longer one is taken.
    let short = trie.longestMatch(in: text, from: 0, upTo: text.count, accept: { $0 == 3 })
    #expect(short?.term == 1 && short?.end == 3)
    #expect(trie.longestMatch(in: text, from: 0, upTo: 2, accept: { _ in true }) == nil)
    #expect(trie.longestMatch(in: text, from: 1, upTo: text.count, accept: { _ in true }) == nil)
  }

  @Test func aTermInsideALongerOneThatIsNotAWordIsStillFound() {
    let glossary = [
      GlossaryTerm(term: "SEN", meaning: "special educational needs"),
      GlossaryTerm(term: "SENDX", meaning: "not used"),
    ]
    // "SENDIASS" starts with both, but neither ends at a boundary there; "SEN," does.
    let html = "<p>SENDIASS and SEN, SENDX.</p>"
    let expected =
      "<p>SENDIASS and special educational needs (<abbr title=\"special educational needs\">SEN</abbr>), "
      + "not used (<abbr title=\"not used\">SENDX</abbr>).</p>"
    let abbreviations = Abbreviations(glossary)
    #expect(abbreviations.apply(to: html) == expected)
    #expect(AbbreviationsOracle.apply(abbreviations, to: html) == expected)
  }

  @Test func manyTermsGiveWhatTheFastAndPlainPathsAgreeOn() {
    // 3,000 terms, many of them prefixes of others (A, AB, ABC…), over text that uses some of each.
    var glossary: [GlossaryTerm] = []
    for index in 0..<3000 {
      var name = ""
      var rest = index
      repeat {
        name.append(Character(Unicode.Scalar(UInt8(65 + rest % 26))))
        rest = rest / 26 - 1
      } while rest >= 0
      glossary.append(GlossaryTerm(term: name, meaning: "m\(index)"))
    }
    let words = ["A", "AB", "ABC", "ZZ", "ABCD", "DE", "x", "(m3)", "AAA", "EF-G", "Q/R"]
    let html = "<p>" + (0..<400).map { words[$0 % words.count] }.joined(separator: " ") + "</p>"
    let abbreviations = Abbreviations(glossary)
    let fast: String? = abbreviations.apply(to: html)
    #expect(fast == AbbreviationsOracle.apply(abbreviations, to: html))
    #expect(
      fast?.hasPrefix(
        "<p>m0 (<abbr title=\"m0\">A</abbr>) m52 (<abbr title=\"m52\">AB</abbr>) m2080 (<abbr title=\"m2080\">"
          + "ABC</abbr>) m701 (<abbr title=\"m701\">ZZ</abbr>) ABCD m133") == true)
  }

  @Test(arguments: [
    ("Care Quality\n Commission ", "Care Quality Commission "),
    ("  Care Quality Commission ", "Care Quality Commission "),
    ("x  Quality Commission ", "Care Quality Commission "),
    ("   ", " "),
    ("a", "a "),
    ("Commission\t", "Commission "),
    ("", "x "),
    ("Care Quality\r\nCommission ", "Care Quality Commission "),
    ("Care Quality \u{301}Commission ", "Care Quality Commission "),
    ("\u{600}Care Quality Commission ", "Care Quality Commission "),
    ("Cafe\u{301} ", "e\u{301} "),
    ("Cafe\u{301} ", "\u{301} "),
  ])
  func lookingBackEqualsCollapsingTheWholeText(_ text: String, _ suffix: String) {
    let collapsed = text.collapsingWhitespace(.lineFeeds, keepingTrailingSpace: true)
    // Ends with the suffix as characters: a suffix that starts inside a character does not count.
    let expected =
      collapsed.utf8.count >= suffix.utf8.count && collapsed.hasSuffix(suffix)
      && collapsed.utf8.suffix(suffix.utf8.count).elementsEqual(suffix.utf8)
    let bytes = Array(text.utf8)
    let walked = bytes.withUnsafeBufferPointer { buffer in
      Abbreviations.collapsedEnds(
        buffer, CharacterStarts(buffer, from: 0, to: buffer.count), before: buffer.count,
        with: Array(suffix.utf8.reversed()))
    }
    #expect(walked == expected)
    #expect(AbbreviationsOracle.collapsedEnds(Array(text)[...], with: Array(suffix)) == expected)
  }
}
