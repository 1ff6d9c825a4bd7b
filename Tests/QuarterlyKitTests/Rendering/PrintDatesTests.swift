import Foundation
import Testing

@testable import QuarterlyKit

/// Dates kept in one piece for the printed pack, and the running header's CSS strings.
@Suite struct PrintDatesTests {
  private func joined(_ html: String) -> String {
    String(decoding: PrintDates.joined(Data(html.utf8)), as: UTF8.self)
  }

  @Test func joinsDatesInTextOnly() {
    #expect(
      joined("<p>as of 13 October 2020, due Mar-20 and Sept-2020 (Jul 2022)</p>")
        == "<p>as of 13\u{A0}October\u{A0}2020, due Mar-\u{2060}20 and Sept-\u{2060}2020 (Jul\u{A0}2022)</p>")
    // Not inside tags, styles or scripts; not in words or numbers that only look like dates.
    let untouched =
      "<a title=\"13 October 2020\">x</a><style>p::after { content: \"May 2020\" }</style>"
      + "<script>var a = \"Dec 2020\";</script><p>Marching 2020 people, 150 May, Octo 2020, Mar-205</p>"
    #expect(joined(untouched) == untouched)
  }

  /// A hexadecimal escape ends at the one space after it, so "\\26 " followed by a space is "& ".
  @Test func cssStringsCannotEscape() {
    #expect(Escaping.cssString("Birmingham & Solihull") == "\"Birmingham \\26  Solihull\"")
    #expect(Escaping.cssString("a\"b'c\\d</style>\n") == "\"a\\22 b\\27 c\\5c d\\3c /style\\3e \\a \"")
    #expect(Escaping.cssString("Sept – 2022") == "\"Sept – 2022\"")
  }
}
