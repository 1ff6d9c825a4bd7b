import Testing

@testable import QuarterlyKit

/// Rebasing: limits recalculated from a given month after a sustained change, as NHSRplotthedots does.
@Suite struct SPCRebaseTests {
  /// Fifteen points around 10, then fifteen around 20.
  static let values: [Double] = (0..<30).map { ($0 < 15 ? 10 : 20) + ($0 % 2 == 0 ? 1 : -1) }

  @Test func withoutARebaseTheStepIsAShift() {
    let result = SPC.analyse(Self.values, direction: .higher, target: 15)
    #expect(result.mean == 15)
    #expect(result.limitsStart == nil)
    #expect(result.variation == .improvement)
    #expect(result.rules.contains(.shift))
  }

  @Test func aRebaseRecalculatesTheLimitsFromItsMonth() {
    // From the rebase: eight 19s and seven 21s, moving ranges all 2.
    let result = SPC.analyse(Self.values, direction: .higher, target: 14, rebase: [15])
    let mean = 299.0 / 15
    #expect(abs((result.mean ?? 0) - mean) < 1e-9)
    #expect(abs((result.lowerLimit ?? 0) - (mean - 5.32)) < 1e-9)
    #expect(abs((result.upperLimit ?? 0) - (mean + 5.32)) < 1e-9)
    #expect(result.limitsStart == 15)
    #expect(result.variation == .commonCause)
    #expect(result.signals.isEmpty)
    #expect(result.assurance == .pass)
  }

  @Test func aShortLatestPartHasNoLimits() {
    let result = SPC.analyse(Self.values, direction: .higher, target: nil, rebase: [20])
    #expect(!result.hasSufficientData)
    #expect(result.status == "insufficient data")
  }

  @Test func theRebaseMonthIsReadShownAndChecked() {
    let rows = (0..<30).map { index -> String in
      let month = Month(year: 2020, month: 1).map { $0.adding(months: index).iso } ?? ""
      return "w,\(month),\(Int(Self.values[index]))\n"
    }
    let (figures, diagnostics) = TestFigures.make(
      definitions: "id,label,unit,better,target,rebase\nw,plans on time,count,higher,14,2021-04\n",
      metrics: "metric,period,value\n" + rows.joined())
    #expect(diagnostics.isEmpty)
    let figure = figures.first
    #expect(figure?.limitsFrom?.period.iso == "2021-04")
    #expect(figure?.assuranceDisplay == "pass")
    let svg = figure.map { MetricChart(figures: $0).svg() } ?? ""
    #expect(svg.contains("class=\"spc-rebase\""))
    #expect(svg.contains("Limits from Apr 2021"))
    #expect(
      figure.map { MetricChart(figures: $0).description.contains("recalculated from April 2021") } == true)

    let (_, missing) = TestFigures.make(
      definitions: "id,label,unit,better,rebase\nw,plans on time,count,higher,2019-04\n",
      metrics: "metric,period,value\n" + rows.joined())
    #expect(
      missing == [
        "metric-definitions.csv:2:30: error: w: metrics.csv has no value for the rebase month 2019-04; name a "
          + "month with a value, from which the limits are recalculated"
      ])
  }
}
