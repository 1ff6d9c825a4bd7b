import Testing

@testable import QuarterlyKit

/// Page finishing and the line helpers it is built on, with exact outputs.
@Suite struct PageFinishingLineTests {
  @Test func linesSplitAtEveryKindOfLineEnd() {
    #expect("a\nb\r\nc\rd".lines == ["a", "b", "c", "d"])
    #expect("a\n\r\n\r".lines == ["a", "", "", ""])
    #expect("\r\r\n".lines == ["", "", ""])
    #expect("".lines == [""])
    #expect("é\n\u{301}x".lines == ["é", "\u{301}x"])
  }

  @Test func lineFeedSeparatedLinesKeepEmptyLines() {
    #expect("a\n\nb\n".lineFeedSeparatedLines == ["a", "", "b", ""])
    #expect("".lineFeedSeparatedLines == [""])
    #expect("café\n–".lineFeedSeparatedLines == ["café", "–"])
  }

  @Test func spacesAreTrimmedFromBothEnds() {
    #expect("\u{A0}x\u{A0}".trimmingSpaces == "x")
    #expect(" \t a b \r\n".trimmingSpaces == "a b")
    #expect("é".trimmingSpaces == "é")
    #expect("¢ 5 ¢".trimmingSpaces == "¢ 5 ¢")
    #expect("x\u{2003}".trimmingSpaces == "x\u{2003}")
    #expect("  ".trimmingSpaces == "")
    #expect("".trimmingSpaces == "")
    #expect("[ a ]".dropFirst().dropLast().trimmingSpaces == "a")
  }

  /// The glossary's collapsing: line feeds count as space, a trailing space is kept.
  func glossaryCollapse(_ text: String) -> String {
    text.collapsingWhitespace(.lineFeeds, keepingTrailingSpace: true)
  }

  @Test func glossaryTextCollapsesItsSpaces() {
    #expect(glossaryCollapse("Care  Quality\nCommission ") == "Care Quality Commission ")
    #expect(glossaryCollapse(" \tleading") == "leading")
    #expect(glossaryCollapse("one two") == "one two")
    #expect(glossaryCollapse("trailing \n") == "trailing ")
    #expect(glossaryCollapse("") == "")
  }

  @Test func blankLinesAreTidied() {
    #expect(
      PageFinishing.tidyBlankLines("\n \n# Title\n\n\n\ntext \nbreak  \n\t\n- item\n\n")
        == "# Title\n\ntext\nbreak  \n\n- item\n")
    #expect(PageFinishing.tidyBlankLines("") == "\n")
    #expect(PageFinishing.tidyBlankLines("  \n\t") == "\n")
    #expect(PageFinishing.tidyBlankLines("a\nb") == "a\nb\n")
  }

  @Test func onlyLongLinesAreWrapped() {
    let long = Array(repeating: "word", count: 20).joined(separator: " ")
    let short = String(repeating: "é", count: 72)
    #expect(
      PageFinishing.wrapLongLines("- " + long + "\n" + short)
        == "- word word word word word word word word word word word word word word\n"
        + "  word word word word word word\n" + short)
  }

  @Test func tablesAreAlignedAndOtherLinesKept() {
    let markdown = "Intro | not a table\n\n| Area | % |\n|:--|--:|\n| Short breaks | 5 |\n|x\n\nEnd |"
    #expect(
      MarkdownTables.align(markdown)
        == "Intro | not a table\n\n| Area         |   % |\n| :----------- | --: |\n| Short breaks |   5 |\n| x            |     |\n\nEnd |"
    )
    #expect(MarkdownTables.align("no pipes\n") == "no pipes\n")
    #expect(MarkdownTables.align("\u{A0}| a |\n| - |") == "| a   |\n| --- |")
  }

  @Test func plainTextWalksTagsByBytes() {
    let html =
      "<h2 id=\"x\">Café &amp; more</h2>\n<p>See <a href=\"https://example.org/?a=1&amp;b=2\">the site</a>.</p>\n"
      + "<UL><li>one</li><li>two<ul><li>deep</li></ul></li></UL><p>a<br>b</p><p>unclosed < tag"
    #expect(
      PlainText.from(html: html)
        == "Café & more\n\nSee the site (https://example.org/?a=1&b=2).\n\n- one\n- two\n  - deep\n\na\nb\n\nunclosed < tag"
    )
  }
}
