import Testing

@testable import QuarterlyKit

/// A metric can say what it measures: a running total reads as one, and a definition may word its own
/// sentence over the computed parts.
@Suite struct OwnWordsTests {
  static let header = "id,label,unit,better,compare,cumulative,sentence\n"

  func sentence(_ definition: String, _ rows: String) -> (String?, [String]) {
    let (figures, diagnostics) = TestFigures.make(
      definitions: Self.header + definition, metrics: "metric,period,value\n" + rows)
    return (figures.first?.sentence, diagnostics)
  }

  @Test func aRunningTotalSaysByTheEndOf() {
    let label = "h,children seen since the contract started,count,higher,,yes,\n"
    #expect(
      sentence(label, "h,2022-08,\"1,900\"\n").0
        == "By the end of August 2022, the number of children seen since the contract started was 1,900.")
    #expect(
      sentence(label, "h,2022-05,\"1,600\"\nh,2022-08,\"1,900\"\n").0
        == "By the end of August 2022, the number of children seen since the contract started was 1,900, "
        + "up 300 (19%) from 1,600 by the end of May 2022.")
    #expect(
      sentence(label, "h,2022-05,\"1,900\"\nh,2022-08,\"1,900\"\n").0
        == "By the end of August 2022, the number of children seen since the contract started was still 1,900, "
        + "as at the end of May 2022.")
  }

  @Test func aDefinitionMayWordItsOwnSentence() {
    let definition =
      "h,children seen,count,higher,,yes,\"By the end of {{latestMonth}}, {{latest}} children had been seen"
      + "{{#change}}, {{change}} since {{fromMonth}}{{/change}}.\"\n"
    #expect(
      sentence(definition, "h,2022-05,\"1,600\"\nh,2022-08,\"1,900\"\n").0
        == "By the end of August 2022, 1,900 children had been seen, up 300 (19%) since May 2022.")
  }

  @Test func anUnknownPartIsAnErrorAtTheDefinition() {
    let (text, diagnostics) = sentence(
      "h,children seen,count,higher,,,\"{{Subject}} was {{lastest}} in {{latestMonth}}.\"\n", "h,2022-08,5\n")
    #expect(text == "The number of children seen was 5 in August 2022.")
    #expect(diagnostics.count == 1)
    #expect(diagnostics.first?.hasPrefix("metric-definitions.csv:2:") == true)
    #expect(diagnostics.first?.contains("lastest") == true)
  }
}
