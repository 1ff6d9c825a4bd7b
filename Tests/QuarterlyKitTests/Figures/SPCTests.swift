import Testing

@testable import QuarterlyKit

/// `x` rounded to `places` decimals, for comparing with the figures stated in spc-examples.md.
private func rounded(_ x: Double?, _ places: Int) -> Double? {
  guard let x else { return nil }
  var scale = 1.0
  for _ in 0..<places { scale *= 10 }
  return (x * scale).rounded() / scale
}

private func series(_ text: String) -> [Double] {
  text.split(separator: ",").compactMap { Double($0.trimmingCharacters(in: .whitespaces)) }
}

/// Rules met by the point at `index`, or [] when it is not flagged.
private func rules(at index: Int, in result: SPCResult) -> [SPCRule] {
  result.signals.first { $0.index == index }?.rules ?? []
}

/// Per-point rule sides from the internal rule functions, for the short examples (under 15 points).
private func trendSides(_ values: [Double]) -> [SPCSide?] {
  SPCRules.trend(values, tolerance: 0)
}

// Series used by several tests (checked against an independent reimplementation of NHSRplotthedots).
private enum SPCSeries {
  /// spc-examples.md item 2.
  static let spike = series("1,2,1,2,10,1,2,1,2,1,2,1,2,1,2,1,2,1")
  /// Mean exactly 5: seven points below, one on the mean, seven above.
  static let shift = series("2,4,2,4,2,4,2,5,8,6,8,6,8,6,8")
  /// As `shift`, but the point on the mean sits inside the upper run (3 above, on mean, 4 above).
  static let brokenShift = series("2,4,2,4,2,4,2,8,6,8,5,6,8,6,8")
  /// 13, 11, 13 at the end: the 13s are beyond the upper two-sigma line (12.8584), inside the limit (13.8928).
  static let twoOfThreeHigh = series("10,11,10,11,10,11,10,11,10,11,10,11,10,11,10,11,13,11,13")
  /// The mirror: the 8s are beyond the lower two-sigma line (8.1416), inside the limit (7.1072).
  static let twoOfThreeLow = series("11,10,11,10,11,10,11,10,11,10,11,10,11,10,11,10,8,10,8")
  /// 13.5 is beyond the two-sigma line (13.4366); 16 is beyond the process limit (14.6681).
  static let twoOfThreeWithOutlier = series("10,11,10,11,10,11,10,11,10,11,10,11,10,11,10,11,13.5,11,16")
  /// 13, 10.5, 13: both 13s beyond two sigma (12.9306), but 10.5 is below the mean (10.7632).
  static let twoOfThreeAcrossTheMean = series("10,11,10,11,10,11,10,11,10,11,10,11,10,11,10,11,13,10.5,13")
  static let risingTrend = series("4,16,4,16,4,16,4,16,7,8,9,10,11,12,13")
  static let fallingTrend = series("16,4,16,4,16,4,16,4,13,12,11,10,9,8,7")
  static let highSpike = series("2,8,2,8,2,8,2,8,2,8,2,8,2,8,30")
  static let lowSpike = series("2,8,2,8,2,8,2,8,2,8,2,8,2,8,-20")
  /// A rising trend below the mean after eight points above it (spc-examples.md item 6).
  static let risingBelowMean = series("9,13,9,13,9,13,9,13,1,2,3,4,5,6,7")
}

@Suite struct SPCTests {
  // MARK: 1. Limits

  @Test func limitsOfOneToTen() throws {
    let limits = try #require(SPC.limits(for: (1...10).map(Double.init)))
    #expect(rounded(limits.mean, 2) == 5.5)
    #expect(rounded(limits.averageMovingRange, 2) == 1)
    #expect(rounded(limits.lower, 2) == 2.84)
    #expect(rounded(limits.upper, 2) == 8.16)
    #expect(rounded(limits.lowerTwoSigma, 4) == 3.7267)
    #expect(rounded(limits.upperTwoSigma, 4) == 7.2733)
  }

  // MARK: 2. Spike

  @Test func spikeIsOutsideTheUpperLimit() {
    let result = SPC.analyse(SPCSeries.spike, direction: .higher, target: nil)
    #expect(result.points == 18)
    #expect(rounded(result.mean, 2) == 1.94)
    #expect(rounded(result.upperLimit, 2) == 6.95)
    #expect(rounded(result.lowerLimit, 2) == -3.06)
    #expect(result.signals == [SPCPointSignal(index: 4, rules: [.outsideLimits], variation: .improvement)])
    #expect(result.variation == .commonCause)
    #expect(result.rules.isEmpty)
    #expect(result.status == "common cause")
  }

  // MARK: 3. Trend

  @Test func sevenRisingPointsAreATrend() {
    #expect(trendSides([1, 2, 3, 4, 5, 6, 7]) == Array(repeating: .high, count: 7))
    #expect(trendSides([7, 6, 5, 4, 3, 2, 1]) == Array(repeating: .low, count: 7))
    let values: [Double] = [1, 2, 3, 4, 5, 6, 7]
    if let limits = SPC.limits(for: values) {
      let signals = SPC.signals(values, limits: limits, direction: .higher)
      #expect(signals.last?.index == 6)
      #expect(signals.last?.rules.contains(.trend) == true)
    } else {
      Issue.record("no limits")
    }
  }

  @Test func equalNeighboursBreakATrend() {
    #expect(trendSides([1, 2, 3, 3, 4, 5, 6]) == Array(repeating: nil, count: 7))
    // Six points (five rises) are not a trend either.
    #expect(trendSides([1, 2, 3, 4, 5, 6]) == Array(repeating: nil, count: 6))
  }

  @Test func aTurningPointKeepsTheTrendItEnds() {
    let sides = trendSides([7, 6, 5, 4, 3, 2, 1, 2, 3, 4, 5, 6, 7])
    #expect(sides == Array(repeating: .low, count: 7) + Array(repeating: .high, count: 6))
  }

  @Test func trendInAFullSeriesFlagsEveryPoint() {
    let result = SPC.analyse(SPCSeries.risingTrend, direction: .higher, target: nil)
    #expect(result.signals.map(\.index) == Array(8...14))
    #expect(result.signals.allSatisfy { $0.rules == [.trend] && $0.variation == .improvement })
    #expect(result.variation == .improvement)
    #expect(result.rules == [.trend])
  }

  // MARK: 4. Shift

  @Test func sevenPointsOnOneSideAreAShift() {
    let result = SPC.analyse(SPCSeries.shift, direction: .higher, target: nil)
    #expect(result.mean == 5)
    #expect(result.signals.map(\.index) == Array(0...6) + Array(8...14))
    #expect(result.signals.allSatisfy { $0.rules == [.shift] })
    #expect(result.signals.prefix(7).allSatisfy { $0.variation == .concern })
    #expect(result.signals.suffix(7).allSatisfy { $0.variation == .improvement })
    #expect(rules(at: 7, in: result).isEmpty)  // the point on the mean
    #expect(result.variation == .improvement)
    #expect(result.rules == [.shift])
  }

  @Test func aPointOnTheMeanBreaksAShift() {
    let result = SPC.analyse(SPCSeries.brokenShift, direction: .higher, target: nil)
    #expect(result.mean == 5)
    #expect(result.signals.map(\.index) == Array(0...6))
    #expect(result.variation == .commonCause)
    #expect(result.rules.isEmpty)
  }

  @Test func aPointOnTheMeanBreaksAShiftDespiteRounding() {
    // Seven points above, then 3 below, one on the mean, 4 below. Scaled by 0.1 the computed mean is
    // 0.5000000000000002, not 0.5; the point 0.5 must still count as on the mean and break the run below.
    let values = series("8,6,8,6,8,6,8,2,4,2,5,4,2,4,2").map { $0 * 0.1 }
    let result = SPC.analyse(values, direction: .higher, target: nil)
    #expect(result.mean != 0.5)
    #expect(rounded(result.mean, 10) == 0.5)
    #expect(result.signals.map(\.index) == Array(0...6))
    #expect(result.variation == .commonCause)
  }

  // MARK: 5. Two of three

  @Test func twoOfThreeBeyondTwoSigma() {
    let high = SPC.analyse(SPCSeries.twoOfThreeHigh, direction: .higher, target: nil)
    #expect(rounded(high.upperTwoSigma, 4) == 12.8584)
    #expect(rounded(high.upperLimit, 4) == 13.8928)
    #expect(
      high.signals == [
        SPCPointSignal(index: 16, rules: [.twoOfThree], variation: .improvement),
        SPCPointSignal(index: 18, rules: [.twoOfThree], variation: .improvement),
      ])
    #expect(high.variation == .improvement)
    #expect(high.rules == [.twoOfThree])

    let low = SPC.analyse(SPCSeries.twoOfThreeLow, direction: .higher, target: nil)
    #expect(low.signals.map(\.index) == [16, 18])
    #expect(low.variation == .concern)
    #expect(low.rules == [.twoOfThree])
  }

  @Test func aPointBeyondTheLimitDoesNotCountForTwoOfThree() {
    let result = SPC.analyse(SPCSeries.twoOfThreeWithOutlier, direction: .higher, target: nil)
    #expect(rounded(result.upperTwoSigma, 4) == 13.4366)
    #expect(rounded(result.upperLimit, 4) == 14.6681)
    #expect(result.signals == [SPCPointSignal(index: 18, rules: [.outsideLimits], variation: .improvement)])
  }

  @Test func twoOfThreeNeedsAllThreePointsOnOneSideOfTheMean() {
    let result = SPC.analyse(SPCSeries.twoOfThreeAcrossTheMean, direction: .higher, target: nil)
    #expect(rounded(result.mean, 4) == 10.7632)
    #expect(rounded(result.upperTwoSigma, 4) == 12.9306)
    #expect(result.signals.isEmpty)
    #expect(result.variation == .commonCause)
  }

  // MARK: 6. Direction

  @Test func directionNamesTheVariation() {
    let cases: [([Double], SPCRule, higher: SPCVariation)] = [
      (SPCSeries.highSpike, .outsideLimits, .improvement),
      (SPCSeries.lowSpike, .outsideLimits, .concern),
      (SPCSeries.shift, .shift, .improvement),
      (SPCSeries.risingTrend, .trend, .improvement),
      (SPCSeries.fallingTrend, .trend, .concern),
      (SPCSeries.twoOfThreeHigh, .twoOfThree, .improvement),
      (SPCSeries.twoOfThreeLow, .twoOfThree, .concern),
    ]
    for (values, rule, higher) in cases {
      let lower: SPCVariation = higher == .improvement ? .concern : .improvement
      let byDirection: [(Better, SPCVariation)] = [
        (.higher, higher), (.lower, lower), (.neutral, .neither),
      ]
      for (direction, expected) in byDirection {
        let result = SPC.analyse(values, direction: direction, target: nil)
        #expect(result.rules == [rule], "\(rule) \(direction)")
        #expect(result.variation == expected, "\(rule) \(direction)")
      }
    }
  }

  @Test func neutralWithoutASignalIsCommonCause() {
    let result = SPC.analyse(SPCSeries.spike, direction: .neutral, target: nil)
    #expect(result.variation == .commonCause)
    #expect(result.signals.first?.variation == .neither)
  }

  @Test func conflictingRulesAreNamedByTheFirstListed() {
    // Latest point: a rising trend (improvement) and a shift below the mean (concern); trend is listed first.
    let higher = SPC.analyse(SPCSeries.risingBelowMean, direction: .higher, target: nil)
    #expect(higher.rules == [.trend, .shift])
    #expect(higher.variation == .improvement)
    #expect(higher.signals.map(\.index) == Array(0...14))
    #expect(higher.signals.prefix(8).allSatisfy { $0.rules == [.shift] && $0.variation == .improvement })
    #expect(higher.signals.suffix(7).allSatisfy { $0.rules == [.trend, .shift] })

    let lower = SPC.analyse(SPCSeries.risingBelowMean, direction: .lower, target: nil)
    #expect(lower.rules == [.trend, .shift])
    #expect(lower.variation == .concern)

    #expect(SPC.analyse(SPCSeries.risingBelowMean, direction: .neutral, target: nil).variation == .neither)
  }

  // MARK: 7. Assurance

  /// Limits (lower, upper) as in NHSRplotthedots' assurance tests.
  private func limits(_ lower: Double, _ upper: Double) -> SPCLimits {
    SPCLimits(mean: (lower + upper) / 2, averageMovingRange: (upper - lower) / 2 / SPC.limitFactor)
  }

  @Test func assuranceWhenHigherIsBetter() {
    #expect(SPC.assurance(target: 4, limits: limits(1, 3), direction: .higher) == .fail)
    #expect(SPC.assurance(target: 4, limits: limits(5, 7), direction: .higher) == .pass)
    #expect(SPC.assurance(target: 4, limits: limits(1, 5), direction: .higher) == .hitOrMiss)
  }

  @Test func assuranceWhenLowerIsBetter() {
    #expect(SPC.assurance(target: 4, limits: limits(1, 3), direction: .lower) == .pass)
    #expect(SPC.assurance(target: 4, limits: limits(5, 7), direction: .lower) == .fail)
    #expect(SPC.assurance(target: 4, limits: limits(1, 5), direction: .lower) == .hitOrMiss)
  }

  @Test func aTargetOnALimitIsPassOrFail() throws {
    // 1…10: limits 2.84 and 8.16, computed with rounding error; a target equal to a limit is on it.
    let oneToTen = try #require(SPC.limits(for: (1...10).map(Double.init)))
    #expect(SPC.assurance(target: 2.84, limits: oneToTen, direction: .higher) == .pass)
    #expect(SPC.assurance(target: 8.16, limits: oneToTen, direction: .higher) == .fail)
    #expect(SPC.assurance(target: 8.16, limits: oneToTen, direction: .lower) == .pass)
    #expect(SPC.assurance(target: 2.84, limits: oneToTen, direction: .lower) == .fail)
    // 0.3, 0.6, …, 3.0: the lower limit is computed as 0.8519999999999999; a target of 0.852 is on it.
    let scaled = try #require(SPC.limits(for: (1...10).map { Double($0) * 0.3 }))
    #expect(scaled.lower != 0.852)
    #expect(SPC.assurance(target: 0.852, limits: scaled, direction: .higher) == .pass)
    #expect(SPC.assurance(target: 0.852, limits: scaled, direction: .lower) == .fail)
  }

  @Test func assuranceNeedsATargetAndADirection() {
    #expect(SPC.assurance(target: 4, limits: limits(1, 3), direction: .neutral) == nil)
    #expect(SPC.assurance(target: .nan, limits: limits(1, 3), direction: .higher) == nil)
    #expect(SPC.analyse(SPCSeries.shift, direction: .higher, target: nil).assurance == nil)
    #expect(SPC.analyse(SPCSeries.shift, direction: .neutral, target: 4).assurance == nil)
    #expect(SPC.analyse(SPCSeries.shift, direction: .higher, target: .infinity).assurance == nil)
  }

  @Test func analyseReportsAssurance() {
    // SPCSeries.shift: limits −0.7 and 10.7.
    let result = SPC.analyse(SPCSeries.shift, direction: .higher, target: 4)
    #expect(rounded(result.lowerLimit, 4) == -0.7)
    #expect(rounded(result.upperLimit, 4) == 10.7)
    #expect(result.assurance == .hitOrMiss)
    #expect(SPC.analyse(SPCSeries.shift, direction: .higher, target: 12).assurance == .fail)
    #expect(SPC.analyse(SPCSeries.shift, direction: .higher, target: -1).assurance == .pass)
    #expect(SPC.analyse(SPCSeries.shift, direction: .lower, target: 12).assurance == .pass)
    #expect(SPC.analyse(SPCSeries.shift, direction: .lower, target: -1).assurance == .fail)
  }

  // MARK: 8. Minimum data

  @Test func fourteenPointsAreInsufficient() {
    let result = SPC.analyse(Array(SPCSeries.highSpike.prefix(13)) + [30], direction: .higher, target: 4)
    #expect(result.points == 14)
    #expect(!result.hasSufficientData)
    #expect(result.status == "insufficient data")
    #expect(result == SPCResult(points: 14))
  }

  @Test func fifteenPointsAreEnough() {
    let result = SPC.analyse(SPCSeries.highSpike, direction: .higher, target: nil)
    #expect(result.points == 15)
    #expect(result.hasSufficientData)
    #expect(result.mean != nil && result.lowerLimit != nil && result.upperLimit != nil)
    #expect(result.variation == .improvement)
    #expect(result.rules == [.outsideLimits])
  }

  @Test func tenPointsGiveNoLimitsThroughAnalyse() {
    let result = SPC.analyse((1...10).map(Double.init), direction: .higher, target: nil)
    #expect(result == SPCResult(points: 10))
    #expect(result.variation == nil)
  }

  // MARK: Edge cases

  @Test func constantSeries() {
    let result = SPC.analyse(Array(repeating: 3, count: 20), direction: .higher, target: 3)
    let numbers = [
      result.mean, result.lowerLimit, result.upperLimit, result.lowerTwoSigma, result.upperTwoSigma,
    ]
    #expect(numbers == Array(repeating: 3, count: 5))
    #expect(numbers.allSatisfy { $0?.isNaN == false })
    #expect(result.signals.isEmpty)
    #expect(result.variation == .commonCause)
    #expect(result.assurance == .pass)  // every point equals the target
    #expect(SPC.analyse(Array(repeating: 3, count: 20), direction: .higher, target: 4).assurance == .fail)
    #expect(SPC.analyse(Array(repeating: 3, count: 20), direction: .lower, target: 4).assurance == .pass)
  }

  @Test func emptySeries() {
    let result = SPC.analyse([], direction: .higher, target: 4)
    #expect(result == SPCResult(points: 0))
    #expect(!result.hasSufficientData)
    #expect(result.status == "insufficient data")
    #expect(SPC.limits(for: []) == nil)
    #expect(SPCRules.trend([], tolerance: 0).isEmpty)
    #expect(SPCRules.shift([], mean: 0, tolerance: 0).isEmpty)
  }

  @Test func nonFiniteValuesAreIgnored() {
    var values = SPCSeries.highSpike
    values.insert(.nan, at: 2)
    values.insert(.infinity, at: 5)
    values.append(-.infinity)
    let result = SPC.analyse(values, direction: .higher, target: nil)
    #expect(result.points == 15)
    // The spike (originally index 14) is now at index 16 of `values`.
    #expect(result.signals == [SPCPointSignal(index: 16, rules: [.outsideLimits], variation: .improvement)])
    #expect(result.variation == .improvement)

    let tooFew = SPC.analyse(Array(SPCSeries.highSpike.prefix(14)) + [.nan], direction: .higher, target: nil)
    #expect(tooFew == SPCResult(points: 14))
  }
}
