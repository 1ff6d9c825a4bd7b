/// What a metric's values measure, which decides how they are written, worded, charted and checked.
///
/// Everything that depends on the unit is written here, one row per unit in `facts`. To add a unit, add
/// its case and its row: the readers accept it by name, and the printing, the sentence, the chart and the
/// sane-range check ask the unit (`printing`, `subject`, `largest`…) rather than switching on its cases.
/// `UnitSwitchTests` keeps it so.
public enum MetricUnit: String, Sendable, CaseIterable {
  case count, percent, days, weeks, number, gbp

  /// Everything that depends on the unit.
  public var facts: Facts {
    switch self {
    case .count:
      Facts(axisTitle: "Number", printing: .bare, subject: .numberOf, largest: 999_999_999_999)
    case .percent:
      Facts(axisTitle: "Percentage", printing: .percentage, subject: .percentageOf, largest: 100)
    case .days:
      Facts(axisTitle: "Days", printing: .noun("day", "days"), subject: .timeTaken, largest: 36_500)
    case .weeks:
      Facts(axisTitle: "Weeks", printing: .noun("week", "weeks"), subject: .timeTaken, largest: 5_200)
    case .number:
      Facts(axisTitle: "Value", printing: .bare, subject: .numberOf, largest: 999_999_999_999)
    case .gbp:
      Facts(axisTitle: "£", printing: .money, subject: .label, largest: 999_999_999_999)
    }
  }

  /// The facts of one unit.
  public struct Facts: Sendable, Equatable {
    /// The title of a chart's value axis.
    public var axisTitle: String
    /// How a value is written around its number.
    public var printing: Printing
    /// How the metric's label becomes the subject of its sentence.
    public var subject: Subject
    /// The largest magnitude a value may sensibly have: beyond it is a typing error, never printed.
    /// Counts, numbers and money stay under a million million (10¹²), days and weeks within a
    /// hundred years; percentages are read from 0 to 100.
    public var largest: Double
  }

  /// How a value is written around its number, following GOV.UK style (see `GovUKNumbers`).
  public enum Printing: Sendable, Equatable {
    /// The number alone: "1,900", "2.5".
    case bare
    /// A share of a whole, from 0 to 100, with a % sign: "66%". Two shares differ by percentage points,
    /// never by a relative change; the percent values of one sentence share their decimals; a share may
    /// be computed from a numerator and a denominator.
    case percentage
    /// The number and a noun, singular for exactly one: "1 day", "48.4 weeks". The noun is left out where
    /// the metric's label names it ("average number of days to issue a plan").
    case noun(String, String)
    /// Pounds and pence as GOV.UK writes money: "45p", "£75.50", "£13.8 million".
    case money
  }

  /// How the metric's label becomes the subject of its sentence ("the number of complaints").
  public enum Subject: Sendable, Equatable {
    /// "the number of …", unless the label names a quantity itself ("average …", "number of …").
    case numberOf
    /// "the percentage of …", unless the label names a share itself ("proportion of …").
    case percentageOf
    /// "the …" ("the average wait for …"), but "the number of …" where the label starts with the plural
    /// noun of a unit of time taken ("days to issue a plan").
    case timeTaken
    /// "the …": the label names the amount ("high needs deficit").
    case label
  }

  /// The title of a chart's value axis for this unit.
  public var axisTitle: String { facts.axisTitle }

  /// How a value in this unit is written around its number.
  public var printing: Printing { facts.printing }

  /// How a label in this unit becomes the subject of a sentence.
  public var subject: Subject { facts.subject }

  /// The largest magnitude a value in this unit may sensibly have.
  public var largest: Double { facts.largest }

  /// Whether values are shares of a whole from 0 to 100 (see `Printing.percentage`).
  public var isPercentage: Bool { facts.printing == .percentage }

  /// Whether values are money (see `Printing.money`).
  public var isMoney: Bool { facts.printing == .money }

  /// The noun written after a value, for one and for any other amount ("day", "days"); nil when none is.
  public var noun: (singular: String, plural: String)? {
    guard case .noun(let singular, let plural) = facts.printing else { return nil }
    return (singular, plural)
  }
}
