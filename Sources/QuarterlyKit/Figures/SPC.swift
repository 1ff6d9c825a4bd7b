/// Statistical process control ("Making Data Count" XmR charts) for one metric's monthly series.
///
/// Pure functions, no I/O. The rules follow `spc-examples.md` (NHS England "Making Data Count",
/// as implemented by NHSRplotthedots), with moving ranges not screened for outliers.

/// The special-cause rules, numbered as in the README, in the order used to name a point's variation when it meets
/// an improvement rule and a concern rule at once (the first listed wins).
public enum SPCRule: String, Sendable, CaseIterable {
  /// Rule 1: a point above the upper or below the lower process limit.
  case outsideLimits = "outside limits"
  /// Rule 2: seven or more consecutive points each strictly higher (or each strictly lower) than the one before.
  case trend
  /// Rule 3: two of three consecutive points beyond the same two-sigma line but inside the process limits.
  case twoOfThree = "two of three"
  /// Rule 4: seven or more consecutive points strictly on the same side of the mean.
  case shift
}

/// What kind of variation a point shows.
public enum SPCVariation: String, Sendable {
  case commonCause = "common cause"
  case improvement
  case concern
  /// A special-cause signal on a neutral metric (neither good nor bad).
  case neither
}

/// Whether the process, as it is, will meet the target.
public enum SPCAssurance: String, Sendable {
  /// The target lies at or beyond the process limit on the "worse" side: every point is expected to meet it.
  case pass
  /// The target lies at or beyond the process limit on the "better" side: no point is expected to meet it.
  case fail
  /// The target lies strictly between the process limits.
  case hitOrMiss = "hit or miss"
}

/// A point that meets at least one special-cause rule.
public struct SPCPointSignal: Sendable, Equatable {
  /// Position of the point in the array passed to ``SPC/analyse(_:direction:target:)``.
  public var index: Int
  /// Every rule the point meets, in ``SPCRule/allCases`` order.
  public var rules: [SPCRule]
  /// Named by the first rule in ``rules`` (never ``SPCVariation/commonCause``).
  public var variation: SPCVariation

  public init(index: Int, rules: [SPCRule], variation: SPCVariation) {
    self.index = index
    self.rules = rules
    self.variation = variation
  }
}

/// The XmR centre line and limits of a series.
public struct SPCLimits: Sendable, Equatable {
  public var mean: Double
  /// Mean of the moving ranges |x_i − x_(i−1)|; 0 for a single point or a constant series.
  public var averageMovingRange: Double
  /// mean − 2.66 × AMR
  public var lower: Double
  /// mean + 2.66 × AMR
  public var upper: Double
  /// mean − (2/3) × 2.66 × AMR
  public var lowerTwoSigma: Double
  /// mean + (2/3) × 2.66 × AMR
  public var upperTwoSigma: Double

  public init(mean: Double, averageMovingRange: Double) {
    self.mean = mean
    self.averageMovingRange = averageMovingRange
    let threeSigma = SPC.limitFactor * averageMovingRange
    let twoSigma = SPC.limitFactor * 2 / 3 * averageMovingRange
    lower = mean - threeSigma
    upper = mean + threeSigma
    lowerTwoSigma = mean - twoSigma
    upperTwoSigma = mean + twoSigma
  }
}

/// The SPC reading of a series.
///
/// With fewer than ``SPC/minimumPoints`` finite values there are no limits and no signals:
/// `mean`, the limits, `variation` and `assurance` are `nil`, `rules` and `signals` are empty,
/// ``hasSufficientData`` is `false` and ``status`` is `"insufficient data"` (the newsletter prints
/// "insufficient data for SPC"). Otherwise `variation` is never `nil`.
public struct SPCResult: Sendable, Equatable {
  /// The status text when there are too few points.
  public static let insufficientDataStatus = "insufficient data"

  /// Number of finite values analysed (non-finite values are ignored).
  public var points: Int
  public var mean: Double?
  public var lowerLimit: Double?
  public var upperLimit: Double?
  public var lowerTwoSigma: Double?
  public var upperTwoSigma: Double?
  /// Variation of the latest finite point; `nil` when there is insufficient data.
  public var variation: SPCVariation?
  /// `nil` when there is no (finite) target, the metric is neutral, or there is insufficient data.
  public var assurance: SPCAssurance?
  /// Rules met by the latest finite point, in ``SPCRule/allCases`` order.
  public var rules: [SPCRule]
  /// Every flagged point, in time order.
  public var signals: [SPCPointSignal]
  /// Position (in the values analysed) of the first point the limits were calculated from, when the
  /// series was rebased; nil when the limits come from the whole series.
  public var limitsStart: Int?

  public init(
    points: Int, mean: Double? = nil, lowerLimit: Double? = nil, upperLimit: Double? = nil,
    lowerTwoSigma: Double? = nil, upperTwoSigma: Double? = nil, variation: SPCVariation? = nil,
    assurance: SPCAssurance? = nil, rules: [SPCRule] = [], signals: [SPCPointSignal] = []
  ) {
    self.points = points
    self.mean = mean
    self.lowerLimit = lowerLimit
    self.upperLimit = upperLimit
    self.lowerTwoSigma = lowerTwoSigma
    self.upperTwoSigma = upperTwoSigma
    self.variation = variation
    self.assurance = assurance
    self.rules = rules
    self.signals = signals
  }

  /// `true` when the series had at least ``SPC/minimumPoints`` finite values and limits were computed.
  public var hasSufficientData: Bool { points >= SPC.minimumPoints && mean != nil }

  /// The latest point's variation ("common cause", "improvement", …) or `"insufficient data"`.
  public var status: String {
    guard hasSufficientData, let variation else { return Self.insufficientDataStatus }
    return variation.rawValue
  }
}

/// XmR chart analysis.
public enum SPC {
  /// Fewer points than this give no limits and no signals.
  public static let minimumPoints = 15
  /// Process limits are mean ± 2.66 × AMR.
  public static let limitFactor = 2.66

  /// Analyses a series in time order.
  ///
  /// Non-finite values (NaN, ±∞) are ignored: they are dropped before the limits are computed, they do
  /// not count towards ``SPCResult/points`` and the latest point is the latest finite one. Signal indices
  /// still refer to positions in `values`. A non-finite target is treated as no target.
  ///
  /// `rebase` lists positions in `values` from which the limits are recalculated after a sustained change,
  /// as NHSRplotthedots' `rebase` does: each part of the series gets its own mean and limits (the moving
  /// range across a rebase is not used), its rules are applied within it, and a part with fewer than
  /// ``minimumPoints`` values has no limits. The result's mean, limits and assurance are the latest part's.
  public static func analyse(_ values: [Double], direction: Better, target: Double?, rebase: [Int] = [])
    -> SPCResult
  {
    let kept = values.indices.filter { values[$0].isFinite }
    let starts = Set(rebase.filter { $0 > (kept.first ?? 0) })
    var parts: [[Int]] = []
    for index in kept {
      if parts.isEmpty
        || starts.contains(where: { start in start <= index && (parts.last?.last ?? index) < start })
      {
        parts.append([index])
      } else {
        parts[parts.count - 1].append(index)
      }
    }
    var mapped: [SPCPointSignal] = []
    var result = SPCResult(points: kept.count)
    for (number, part) in parts.enumerated() {
      let series = part.map { values[$0] }
      guard series.count >= minimumPoints, let limits = limits(for: series) else { continue }
      let local = signals(series, limits: limits, direction: direction)
      mapped += local.compactMap { signal -> SPCPointSignal? in
        guard part.indices.contains(signal.index) else { return nil }
        return SPCPointSignal(index: part[signal.index], rules: signal.rules, variation: signal.variation)
      }
      guard number == parts.count - 1 else { continue }
      let latest = local.last { $0.index == series.count - 1 }
      result = SPCResult(
        points: kept.count, mean: limits.mean, lowerLimit: limits.lower, upperLimit: limits.upper,
        lowerTwoSigma: limits.lowerTwoSigma, upperTwoSigma: limits.upperTwoSigma,
        variation: latest?.variation ?? .commonCause,
        assurance: target.flatMap { assurance(target: $0, limits: limits, direction: direction) },
        rules: latest?.rules ?? [])
      if parts.count > 1 { result.limitsStart = part.first }
    }
    result.signals = mapped
    return result
  }

  /// Mean, average moving range and limits of the finite values, whatever their number;
  /// `nil` when there are none. (``analyse(_:direction:target:)`` applies the minimum.)
  public static func limits(for values: [Double]) -> SPCLimits? {
    let series = values.filter(\.isFinite)
    guard !series.isEmpty else { return nil }
    let mean = series.reduce(0, +) / Double(series.count)
    let ranges = zip(series.dropFirst(), series).map { abs($0 - $1) }
    let amr = ranges.isEmpty ? 0 : ranges.reduce(0, +) / Double(ranges.count)
    guard mean.isFinite, amr.isFinite else { return nil }
    return SPCLimits(mean: mean, averageMovingRange: amr)
  }

  /// Every point of `values` (assumed finite, in time order) that meets a rule against `limits`,
  /// without the minimum-data check.
  public static func signals(_ values: [Double], limits: SPCLimits, direction: Better)
    -> [SPCPointSignal]
  {
    let findings = SPCRules.findings(values, limits: limits)
    return findings.indices.compactMap { index in
      let finding = findings[index]
      guard let first = finding.first else { return nil }
      return SPCPointSignal(
        index: index, rules: finding.map(\.rule), variation: variation(of: first.side, direction: direction))
    }
  }

  /// Assurance of meeting `target` given the process limits.
  ///
  /// Higher is better: target ≤ lower limit → pass; target ≥ upper limit → fail; otherwise hit or miss.
  /// Lower is better mirrors this. Equality (within a tiny relative tolerance) counts as pass or fail,
  /// as `spc-examples.md` states; pass is checked first, so when the limits coincide (a constant series)
  /// and equal the target, every point meets the target exactly and the result is pass.
  /// `nil` for a neutral metric or a non-finite target.
  public static func assurance(target: Double, limits: SPCLimits, direction: Better) -> SPCAssurance? {
    guard target.isFinite else { return nil }
    let tolerance = SPCRules.tolerance(scale: [target, limits.lower, limits.upper, limits.mean])
    let atOrBelowLower = target <= limits.lower + tolerance
    let atOrAboveUpper = target >= limits.upper - tolerance
    switch direction {
    case .neutral: return nil
    case .higher: return atOrBelowLower ? .pass : atOrAboveUpper ? .fail : .hitOrMiss
    case .lower: return atOrAboveUpper ? .pass : atOrBelowLower ? .fail : .hitOrMiss
    }
  }

  static func variation(of side: SPCSide, direction: Better) -> SPCVariation {
    switch (direction, side) {
    case (.neutral, _): .neither
    case (.higher, .high), (.lower, .low): .improvement
    case (.higher, .low), (.lower, .high): .concern
    }
  }
}
