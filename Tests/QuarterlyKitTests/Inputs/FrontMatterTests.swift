import Testing

@testable import QuarterlyKit

@Suite struct FrontMatterTests {
  private func parse(_ text: String) -> (FrontMatter, [String]) {
    var diagnostics = Diagnostics()
    let frontMatter = FrontMatter.parse(SourceText(path: "f.md", text: text), diagnostics: &diagnostics)
    return (frontMatter, diagnostics.items.map(\.description))
  }

  @Test func readsKeysAndBody() {
    let (frontMatter, errors) = parse("---\r\ntitle: Short breaks\r\norder: 3\r\n---\r\nBody line\r\n")
    #expect(errors.isEmpty)
    #expect(frontMatter["title"] == "Short breaks")
    #expect(frontMatter["order"] == "3")
    #expect(frontMatter.body == "Body line\n")
    #expect(frontMatter.bodyLine == 5)
    #expect(frontMatter.entry("order").map(frontMatter.location(of:))?.description == "f.md:3:8")
  }

  @Test func quotedValuesLoseTheirQuotes() {
    let (frontMatter, _) = parse("---\ntitle: \"Autism: what next\"\n---\n")
    #expect(frontMatter["title"] == "Autism: what next")
  }

  @Test func noFrontMatterMeansAllBody() {
    let (frontMatter, errors) = parse("Just text\n")
    #expect(errors.isEmpty)
    #expect(frontMatter.entries.isEmpty)
    #expect(frontMatter.body == "Just text\n")
  }

  @Test func reportsMalformedLinesDuplicatesAndAMissingClose() {
    let (_, errors) = parse("---\ntitle: A\nno colon here\ntitle: B\n")
    #expect(
      errors == [
        "f.md:3:1: error: this front matter line is not 'key: value'; write one 'key: value' per line between the two '---' lines",
        "f.md:4:1: error: the key 'title' is given twice (first on line 2); keep one of them",
        "f.md:1:1: error: the front matter starting on line 1 is never closed; add a line '---' after the last 'key: value' line",
      ])
  }
}

@Suite struct NumberReaderTests {
  @Test func readsWhatSpreadsheetsWrite() {
    #expect(NumberReader.read("1,900")?.quantity == Quantity(1900, decimals: 0))
    #expect(NumberReader.read(" 66% ")?.quantity == Quantity(66, decimals: 0))
    #expect(NumberReader.read("66%")?.hasPercentSign == true)
    #expect(NumberReader.read("£75.50")?.quantity == Quantity(75.5, decimals: 2))
    #expect(NumberReader.read("-3")?.quantity == Quantity(-3, decimals: 0))
    #expect(NumberReader.read(".8")?.quantity == Quantity(0.8, decimals: 1))
    #expect(NumberReader.read("12,345,678.9")?.quantity == Quantity(12_345_678.9, decimals: 1))
    #expect(NumberReader.read("\u{2212}4.25")?.quantity == Quantity(-4.25, decimals: 2))
    #expect(NumberReader.read("-£1,200")?.quantity == Quantity(-1200, decimals: 0))
    #expect(NumberReader.read("-£1,200")?.hasPoundSign == true)
    #expect(NumberReader.read("\u{A0}0.50%\t")?.quantity == Quantity(0.5, decimals: 2))
  }

  @Test func refusesWhatIsNotANumber() {
    for text in [
      "", "abc", "1,90", "1,9000", "1.2.3", "12,", "%", "£", "1e5", "5.", "nan", "∞", "£-5", "1 000", "٣",
      "1,000.", "+5",
    ] {
      #expect(NumberReader.read(text) == nil, "\(text) was read as a number")
    }
  }
}
