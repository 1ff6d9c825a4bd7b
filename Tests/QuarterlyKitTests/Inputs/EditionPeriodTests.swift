import Foundation
import Testing

@testable import QuarterlyKit

/// The period an edition reports on: the last three complete months on or before `as_of`, unless
/// `edition.md` names it.
@Suite struct EditionPeriodTests {
  func edition(asOf: String, period: ClosedRange<Month>? = nil) -> Edition? {
    guard let day = Day(iso: asOf) else { return nil }
    let introduction = Fragment(
      id: "introduction", title: "Introduction", order: nil, audience: .both, body: "", path: "edition.md",
      bodyLine: 1)
    var edition = Edition(
      id: "e", folder: URL(fileURLWithPath: "/tmp/e"), displayPath: "Inputs/e", area: "Area", title: "Title",
      asOf: day, webURL: nil, introduction: introduction, definitions: [], observations: [], fragments: [],
      glossary: [], actionPlan: nil, previousActionPlan: nil)
    edition.period = period
    return edition
  }

  @Test func theLastThreeCompleteMonthsOnOrBeforeAsOf() {
    #expect(edition(asOf: "2024-07-15")?.quarterDisplay == "April to June 2024")
    #expect(edition(asOf: "2022-09-30")?.quarterDisplay == "July to September 2022")
    #expect(edition(asOf: "2024-02-29")?.quarterDisplay == "December 2023 to February 2024")
    #expect(edition(asOf: "2024-03-01")?.quarterDisplay == "December 2023 to February 2024")
  }

  @Test func editionMdMayNameThePeriod() {
    var diagnostics = Diagnostics()
    let location = SourceLocation(file: "edition.md", line: 5, column: 1)
    let period = EditionReader.readPeriod(
      "2024-05 to 2024-07", asOf: Day(iso: "2024-07-15"), at: location, diagnostics: &diagnostics)
    #expect(diagnostics.sorted.isEmpty)
    #expect(edition(asOf: "2024-07-15", period: period)?.quarterDisplay == "May to July 2024")
    let single = EditionReader.readPeriod("2024-06", asOf: nil, at: location, diagnostics: &diagnostics)
    #expect(edition(asOf: "2024-07-15", period: single)?.quarterDisplay == "June 2024")
  }

  @Test func aPeriodThatCannotBeIsAnError() {
    var diagnostics = Diagnostics()
    let location = SourceLocation(file: "edition.md", line: 5, column: 1)
    let asOf = Day(iso: "2024-07-15")
    for text in ["April to June", "2024-06 to 2024-04", "2024-06 to 2024-08"] {
      #expect(EditionReader.readPeriod(text, asOf: asOf, at: location, diagnostics: &diagnostics) == nil)
    }
    #expect(
      diagnostics.sorted.map(\.description) == [
        "edition.md:5:1: error: period 'April to June' is not a month or two months written as YYYY-MM to "
          + "YYYY-MM; for example 2024-04 to 2024-06, or leave it out to report on the three months before as_of",
        "edition.md:5:1: error: period '2024-06 to 2024-04' ends before it starts; write the earlier month first",
        "edition.md:5:1: error: period '2024-06 to 2024-08' ends after as_of (15 July 2024), the date the figures "
          + "are as at",
      ])
  }
}
