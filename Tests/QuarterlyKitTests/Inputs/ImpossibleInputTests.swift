import Testing

@testable import QuarterlyKit

/// Inputs that cannot be true are errors at their cell; a comparison a neutral metric cannot use is a warning.
@Suite struct ImpossibleInputTests {
  static let header = "metric,period,value,numerator,denominator\n"

  func diagnostics(_ definition: String, _ rows: String, asOf: Day? = nil) -> [String] {
    var diagnostics = Diagnostics()
    let definitions = MetricDefinitionsReader.read(
      SourceText(path: "metric-definitions.csv", text: "id,label,unit,better,national,target\n" + definition),
      diagnostics: &diagnostics)
    _ = MetricsReader.read(
      SourceText(path: "metrics.csv", text: Self.header + rows), definitions: definitions, asOf: asOf,
      diagnostics: &diagnostics)
    return diagnostics.sorted.map(\.description)
  }

  @Test func aFigureAfterAsOfIsAnError() {
    #expect(
      diagnostics(
        "c,complaints,count,lower,,\n", "c,2024-07,5,,\nc,2024-08,6,,\n", asOf: Day(iso: "2024-07-15"))
        == [
          "metrics.csv:3:3: error: c has a figure for August 2024, after the figures' date (as_of 15 July 2024 in "
            + "edition.md); check the period, or move as_of to the date the figures are as at"
        ])
  }

  @Test func aPercentThatDisagreesWithItsCountsIsAnError() {
    #expect(
      diagnostics("p,plans on time,percent,higher,,\n", "p,2024-07,50%,1,10\np,2024-08,33%,1,3\n")
        == [
          "metrics.csv:2:11: error: the value 50% disagrees with the numerator and denominator: 1 out of 10 is "
            + "10.0%; correct one of the three cells, or leave the value empty to have it computed"
        ])
  }

  @Test func aNumeratorAboveItsDenominatorIsAnError() {
    #expect(
      diagnostics("c,children seen,count,higher,,\n", "c,2024-07,5,12,10\n")
        == [
          "metrics.csv:2:13: error: the numerator 12 is greater than the denominator 10; "
            + "check whether the two cells are swapped"
        ])
  }

  @Test func absurdValuesAreRefusedAtTheirCell() {
    #expect(
      diagnostics(
        "w,average wait,days,lower,,\n",
        "w,2024-07,1000000000000000000000000000000,,\nw,2024-08,1.2345678901234567,,\n")
        == [
          "metrics.csv:2:11: error: the value '1000000000000000000000000000000' is beyond any sane value in days "
            + "(the most is 36,500 days); check the number of digits",
          "metrics.csv:3:11: error: the value '1.2345678901234567' has more than 15 significant digits, more than a "
            + "spreadsheet keeps; round it to fewer decimal places",
        ])
  }

  @Test func comparisonsOnANeutralMetricAreWarnings() {
    #expect(
      diagnostics("c,children on the caseload,count,neutral,800,750\n", "c,2024-07,805,,\n")
        == [
          "metric-definitions.csv:2:42: warning: c is neutral, so its national average is stated but never "
            + "judged better or worse",
          "metric-definitions.csv:2:46: warning: c is neutral, so its target is stated but never judged met "
            + "or missed",
        ])
  }
}
