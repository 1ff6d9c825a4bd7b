/// Which direction of change is an improvement.
public enum Better: String, Sendable, CaseIterable {
  case lower, higher, neutral
}

/// Who a metric or fragment is for.
public enum Audience: String, Sendable, CaseIterable {
  case parents, monitoring, both

  /// Whether something for `self` belongs in a document for `reader`.
  public func includes(_ reader: Audience) -> Bool { self == .both || reader == .both || self == reader }
}

/// What the latest value of a metric is compared with.
public enum CompareWith: Sendable, Equatable {
  /// The data point before the latest.
  case previous
  /// The first data point.
  case first
  /// The data point of a given month.
  case month(Month)
}

/// A number as written in the inputs, with the decimals it was given to.
public struct Quantity: Sendable, Equatable {
  public var value: Double
  /// Decimal places the number was written with (`54.5` → 1); for computed values, what to show.
  public var decimals: Int

  public init(_ value: Double, decimals: Int) {
    self.value = value
    self.decimals = decimals
  }
}

/// One row of `metric-definitions.csv`.
public struct MetricDefinition: Sendable {
  public var id: String
  public var label: String
  public var unit: MetricUnit
  public var better: Better
  public var compare: CompareWith = .previous
  public var baseline: Month?
  public var national: Quantity?
  public var target: Quantity?
  public var countNoun: String?
  public var audience: Audience = .both
  public var section: String?
  /// Whether each value is a running total since some start ("children seen since the contract
  /// started"), so the sentence says "By the end of August 2022, … had reached 1,900".
  public var cumulative = false
  /// Months from which the SPC limits are recalculated after a sustained change (NHSRplotthedots'
  /// `rebase`), and where the `rebase` cell is.
  public var rebase: [Month] = []
  public var rebaseLocation: SourceLocation?
  /// The definition's own sentence, a template over the computed parts (see `SentenceParts`).
  public var sentenceTemplate: Template?
  /// Where the definition is (for diagnostics about it).
  public var location: SourceLocation
  /// Where the `compare` and `baseline` cells are, for diagnostics about months with no data.
  public var compareLocation: SourceLocation?
  public var baselineLocation: SourceLocation?
}

/// One row of `metrics.csv`: a metric's value for one month.
public struct Observation: Sendable {
  public var metric: String
  public var period: Month
  public var value: Quantity
  public var numerator: Quantity?
  public var denominator: Quantity?
  public var note: String?
  /// Whether the value was computed from numerator and denominator rather than given.
  public var isComputed: Bool
  public var location: SourceLocation
}
