import Testing

@testable import QuarterlyKit

@Suite struct AbbreviationTests {
  let glossary = [
    GlossaryTerm(term: "SENAR", meaning: "Special Educational Needs Assessment and Review"),
    GlossaryTerm(term: "EHC", meaning: "Education, Health and Care"),
    GlossaryTerm(term: "EHCP", meaning: "Education, Health and Care Plan"),
  ]

  @Test func firstUseIsExpandedLaterUsesAreWrapped() {
    let html = "<p>The SENAR team. SENAR again.</p>"
    #expect(
      Abbreviations(glossary).apply(to: html)
        == "<p>The Special Educational Needs Assessment and Review (<abbr title=\"Special Educational Needs "
        + "Assessment and Review\">SENAR</abbr>) team. <abbr title=\"Special Educational Needs Assessment and "
        + "Review\">SENAR</abbr> again.</p>")
  }

  @Test func longerTermsWinAndWordsMustBeWhole() {
    #expect(
      Abbreviations(glossary).apply(to: "<p>EHCP plans, not EHCPs or XEHC.</p>")
        == "<p>Education, Health and Care Plan (<abbr title=\"Education, Health and Care Plan\">EHCP</abbr>) plans, "
        + "not EHCPs or XEHC.</p>")
  }

  @Test func headingsAreOnlyWrappedAndDoNotCountAsFirstUse() {
    #expect(
      Abbreviations(glossary).apply(to: "<h2>SENAR news</h2><p>SENAR</p>")
        == "<h2><abbr title=\"Special Educational Needs Assessment and Review\">SENAR</abbr> news</h2>"
        + "<p>Special Educational Needs Assessment and Review (<abbr title=\"Special Educational Needs Assessment "
        + "and Review\">SENAR</abbr>)</p>")
  }

  @Test func aTermWrittenOutAlreadyCountsAsItsFirstUse() {
    #expect(
      Abbreviations(glossary).apply(to: "<p>Special Educational Needs Assessment and\nReview (SENAR)</p>")
        == "<p>Special Educational Needs Assessment and\nReview (<abbr title=\"Special Educational Needs "
        + "Assessment and Review\">SENAR</abbr>)</p>")
  }

  @Test func aTermWrittenOutInLowerCaseCountsAsItsFirstUse() {
    let lower = "<p>special educational needs assessment and review (SENAR) team</p>"
    let expected =
      "<p>special educational needs assessment and review (<abbr title=\"Special Educational Needs "
      + "Assessment and Review\">SENAR</abbr>) team</p>"
    #expect(Abbreviations(glossary).apply(to: lower) == expected)
    #expect(AbbreviationsOracle.apply(Abbreviations(glossary), to: lower) == expected)
    // Other words before the bracket are not the meaning: the term is written out.
    #expect(
      Abbreviations(glossary).apply(to: "<p>the review team (SENAR)</p>")
        == "<p>the review team (Special Educational Needs Assessment and Review (<abbr title=\"Special "
        + "Educational Needs Assessment and Review\">SENAR</abbr>))</p>")
  }

  @Test func codeTitlesAndAttributesAreLeftAlone() {
    let html = "<head><title>SENAR</title></head><p><a href=\"/SENAR\">x</a><code>SENAR</code></p>"
    #expect(Abbreviations(glossary).apply(to: html) == html)
  }

  @Test func meaningsAreEscaped() {
    let terms = [GlossaryTerm(term: "QA", meaning: "Quality & \"assurance\" <b>")]
    #expect(
      Abbreviations(terms).apply(to: "<p>QA</p>")
        == "<p>Quality &amp; &quot;assurance&quot; &lt;b&gt; (<abbr title=\"Quality &amp; &quot;assurance&quot; "
        + "&lt;b&gt;\">QA</abbr>)</p>")
  }
}

@Suite struct MarkdownTableTests {
  @Test func alignsPipes() {
    let table = "| a | bb |\n| --- | ---: |\n| ccc | 1 |\n"
    #expect(MarkdownTables.align(table) == "| a   |  bb |\n| --- | --: |\n| ccc |   1 |\n")
  }

  @Test func keepsEscapedPipesInCells() {
    let table = "| a |\n| --- |\n| x \\| y |\n"
    #expect(MarkdownTables.align(table) == "| a      |\n| ------ |\n| x \\| y |\n")
  }
}

@Suite struct PageFinishingTests {
  @Test func documentsAreWrittenWithLFAndTidyBlankLines() {
    #expect(
      PageFinishing.finish(
        "\r\na\r\n\r\n\r\nb  \r\nc \r\n\r\n", name: "x.md", abbreviations: Abbreviations([]))
        == "a\n\nb  \nc\n")
  }

  @Test func textLinesAreWrappedAt72() {
    let long = "- " + String(repeating: "word ", count: 20)
    #expect(
      PageFinishing.finish(long, name: "x.txt", abbreviations: Abbreviations([]))
        == "- word word word word word word word word word word word word word word\n  word word word word word word\n"
    )
  }
}

@Suite struct InternalLinkTests {
  @Test func findsLinksThatLeadNowhere() {
    let html =
      "<h2 id=\"short-breaks\">x</h2><a href=\"#short-breaks\">a</a><a href=\"#short-break\">b</a>"
      + "<a href=\"https://example.org/#x\">c</a><a href=\"#short-break\">d</a><a href=\"#\">top</a>"
    #expect(InternalLinks.broken(in: html) == ["short-break"])
  }
}
