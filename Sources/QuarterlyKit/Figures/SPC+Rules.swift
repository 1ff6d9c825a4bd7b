/// Which side a signal points to: above the mean / upward (`high`) or below the mean / downward (`low`).
enum SPCSide: Sendable, Equatable {
  case high
  case low
}

/// One rule met by one point, and the side it points to.
struct SPCFinding: Sendable, Equatable {
  var rule: SPCRule
  var side: SPCSide
}

/// The four special-cause rules, each as a per-point array of sides (`nil` = rule not met).
///
/// Comparisons with the mean, the limits and neighbouring points use a tolerance of 1e-10 times the
/// largest magnitude involved, so that a value that is "exactly" on a line in decimal is on it
/// despite binary rounding (e.g. a point equal to the mean breaks a shift).
enum SPCRules {
  /// A trend (rule 2) is this many points, each strictly higher (or lower) than the one before.
  static let trendLength = 7
  /// A shift (rule 4) is this many consecutive points strictly on one side of the mean.
  static let shiftLength = 7
  static let relativeTolerance = 1e-10

  static func tolerance(scale values: [Double]) -> Double {
    let largest = values.lazy.filter(\.isFinite).map(abs).max() ?? 0
    return largest * relativeTolerance
  }

  /// Every rule each point meets, in ``SPCRule/allCases`` order.
  static func findings(_ values: [Double], limits: SPCLimits) -> [[SPCFinding]] {
    let tolerance = tolerance(scale: values + [limits.mean, limits.lower, limits.upper])
    let byRule: [SPCRule: [SPCSide?]] = [
      .outsideLimits: outsideLimits(values, limits: limits, tolerance: tolerance),
      .trend: trend(values, tolerance: tolerance),
      .twoOfThree: twoOfThree(values, limits: limits, tolerance: tolerance),
      .shift: shift(values, mean: limits.mean, tolerance: tolerance),
    ]
    return values.indices.map { index in
      SPCRule.allCases.compactMap { rule in
        guard let sides = byRule[rule], sides.indices.contains(index), let side = sides[index] else {
          return nil
        }
        return SPCFinding(rule: rule, side: side)
      }
    }
  }

  /// Side of the mean, or `nil` for a point on the mean.
  static func sideOfMean(_ values: [Double], mean: Double, tolerance: Double) -> [SPCSide?] {
    values.map { value in
      if value > mean + tolerance { return .high }
      if value < mean - tolerance { return .low }
      return nil
    }
  }

  /// Rule 1: strictly above the upper or below the lower process limit (a point on a limit is inside).
  static func outsideLimits(_ values: [Double], limits: SPCLimits, tolerance: Double) -> [SPCSide?] {
    values.map { value in
      if value > limits.upper + tolerance { return .high }
      if value < limits.lower - tolerance { return .low }
      return nil
    }
  }

  /// Points strictly beyond a two-sigma line but not outside the process limits.
  static func beyondTwoSigma(_ values: [Double], limits: SPCLimits, tolerance: Double) -> [SPCSide?] {
    let outside = outsideLimits(values, limits: limits, tolerance: tolerance)
    return zip(values, outside).map { value, outside in
      guard outside == nil else { return nil }
      if value > limits.upperTwoSigma + tolerance { return .high }
      if value < limits.lowerTwoSigma - tolerance { return .low }
      return nil
    }
  }

  /// Rule 3: in three consecutive points all strictly on the same side of the mean, two or more beyond
  /// that side's two-sigma line (and inside the limits); those points are flagged. A point outside
  /// the limits does not count, as in NHSRplotthedots.
  static func twoOfThree(_ values: [Double], limits: SPCLimits, tolerance: Double) -> [SPCSide?] {
    let sides = sideOfMean(values, mean: limits.mean, tolerance: tolerance)
    let band = beyondTwoSigma(values, limits: limits, tolerance: tolerance)
    var flags = [SPCSide?](repeating: nil, count: values.count)
    guard values.count >= 3 else { return flags }
    for start in 0...(values.count - 3) {
      let window = start..<(start + 3)
      guard let side = sides[start], window.allSatisfy({ sides[$0] == side }) else { continue }
      let near = window.filter { band[$0] == side }
      if near.count >= 2 {
        for index in near { flags[index] = side }
      }
    }
    return flags
  }

  /// Rule 4: runs of seven or more points strictly on one side of the mean; every point of the run.
  static func shift(_ values: [Double], mean: Double, tolerance: Double) -> [SPCSide?] {
    let sides = sideOfMean(values, mean: mean, tolerance: tolerance)
    var flags = [SPCSide?](repeating: nil, count: values.count)
    var start = 0
    while start < sides.count {
      var end = start
      while end + 1 < sides.count, sides[end + 1] == sides[start] { end += 1 }
      if let side = sides[start], end - start + 1 >= shiftLength {
        for index in start...end { flags[index] = side }
      }
      start = end + 1
    }
    return flags
  }

  /// Rule 2: seven or more points each strictly higher (or lower) than the previous one, i.e. six or more
  /// consecutive increases (decreases); every point of the trend. Equal neighbours break a trend.
  /// A point that ends one trend and starts the opposite one keeps the side of the trend it ends.
  static func trend(_ values: [Double], tolerance: Double) -> [SPCSide?] {
    // steps[i] is the move from values[i] to values[i + 1].
    let steps: [SPCSide?] = zip(values.dropFirst(), values).map { next, previous in
      if next > previous + tolerance { return .high }
      if next < previous - tolerance { return .low }
      return nil
    }
    var flags = [SPCSide?](repeating: nil, count: values.count)
    var start = 0
    while start < steps.count {
      var end = start
      while end + 1 < steps.count, steps[end + 1] == steps[start] { end += 1 }
      if let side = steps[start], end - start + 1 >= trendLength - 1 {
        for index in start...(end + 1) where flags.indices.contains(index) && flags[index] == nil {
          flags[index] = side
        }
      }
      start = end + 1
    }
    return flags
  }
}
