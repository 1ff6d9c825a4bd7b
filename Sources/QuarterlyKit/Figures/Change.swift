/// Which way a figure moved.
public enum Direction: String, Sendable {
  case up, down, none
}

/// Whether a change is good news, given which direction is better.
public enum Assessment: String, Sendable {
  case improved, worsened
  case noChange = "no change"
  case notAssessed = "not assessed"
}

/// The change from one data point of a metric to a later one.
public struct Change: Sendable, Equatable {
  /// Latest minus earlier, in the metric's unit (for percentages, in percentage points).
  public var absolute: Double
  /// For percent metrics, the same as `absolute`; nil for other units.
  public var percentagePoints: Double?
  /// The change as a percentage of the earlier value; nil from zero, from a negative value or across a
  /// change of sign.
  public var relative: Double?
  public var direction: Direction
  public var assessment: Assessment
  /// Decimal places the change is shown with (the finer of the two values').
  public var decimals: Int

  /// Compares two values. A change too small to show at the published precision counts as no change,
  /// so the tool never writes "rose from 27 to 27".
  public init(from earlier: Quantity, to latest: Quantity, unit: MetricUnit, better: Better) {
    decimals = max(earlier.decimals, latest.decimals)
    absolute = latest.value - earlier.value
    percentagePoints = unit.isPercentage ? absolute : nil
    relative = earlier.value > 0 && latest.value >= 0 ? absolute / earlier.value * 100 : nil
    let shownEarlier = GovUKNumbers.rounded(earlier.value, decimals: decimals)
    let shownLatest = GovUKNumbers.rounded(latest.value, decimals: decimals)
    if shownLatest > shownEarlier {
      direction = .up
    } else if shownLatest < shownEarlier {
      direction = .down
    } else {
      direction = .none
    }
    assessment = .noChange
    judge(direction, better: better)
  }

  /// Takes the direction of the values as printed, and judges it.
  mutating func judge(_ direction: Direction, better: Better) {
    self.direction = direction
    switch (direction, better) {
    case (.none, _): assessment = .noChange
    case (_, .neutral): assessment = .notAssessed
    case (.up, .higher), (.down, .lower): assessment = .improved
    default: assessment = .worsened
    }
  }
}

/// How a value stands against a reference (the national average, a baseline).
public enum Standing: String, Sendable {
  case above, below, level

  /// Compares at the precision both are shown with.
  init(_ value: Double, against reference: Double, decimals: Int) {
    let a = GovUKNumbers.rounded(value, decimals: decimals)
    let b = GovUKNumbers.rounded(reference, decimals: decimals)
    self = a > b ? .above : (a < b ? .below : .level)
  }

  /// Whether standing here is good news for a metric where `better` is the better direction.
  func isFavourable(_ better: Better) -> Bool? {
    switch (self, better) {
    case (_, .neutral), (.level, _): return nil
    case (.above, .higher), (.below, .lower): return true
    default: return false
    }
  }
}
