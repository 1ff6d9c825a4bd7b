/// Two data points of a metric exactly as a sentence prints them, and the change between the printed
/// values.
///
/// The direction is judged on the printed values, and the change is their exact difference, so a reader's
/// subtraction always gives the change printed. Where the usual rounding would print two different values
/// the same, more precision is shown (£13.85 million to £13.82 million; 33.3% to 33.4%), down to the
/// precision of the data; values equal at that precision "stayed at".
struct Comparison: Sendable {
  /// The earlier and the latest value as printed, exactly.
  var from: PrintedAmount
  var latest: PrintedAmount
  /// Decimals the two values are printed with (for money, unused).
  var fromDecimals: Int
  var latestDecimals: Int
  var direction: Direction
  /// For money, the precision both values are printed at (see `Money`).
  var moneyLevel = 0
  /// The value's unit is not written after the numbers, because the label names it ("number of days").
  var labelNamesUnit: Bool
  let unit: MetricUnit

  /// Prints `earlier` and `latest` for a sentence whose other percent values need `referenceDecimals`.
  init?(
    from earlier: Observation, to latest: Observation, definition: MetricDefinition, referenceDecimals: Int
  ) {
    unit = definition.unit
    labelNamesUnit = Self.labelNamesUnit(definition)
    let (a, b) = (earlier.value, latest.value)
    switch unit.printing {
    case .money:
      var level = 0
      while level < Money.finestLevel,
        Money.amount(a.value, level: level) == Money.amount(b.value, level: level),
        Money.amount(a.value, level: Money.finestLevel) != Money.amount(b.value, level: Money.finestLevel)
      {
        level += 1
      }
      guard let first = Money.amount(a.value, level: level), let last = Money.amount(b.value, level: level)
      else { return nil }
      (from, self.latest, fromDecimals, latestDecimals) = (first, last, 0, 0)
      moneyLevel = level
    case .percentage:
      var shared = max(a.decimals, b.decimals, referenceDecimals)
      let split = a.decimals != b.decimals
      var (da, db) = split ? (a.decimals, max(b.decimals, referenceDecimals)) : (shared, shared)
      if earlier.isComputed || latest.isComputed, shared < 1,
        PrintedAmount(a.value, exponent: -shared) == PrintedAmount(b.value, exponent: -shared),
        PrintedAmount(a.value, exponent: -1) != PrintedAmount(b.value, exponent: -1)
      {
        shared = 1
        (da, db) = (1, 1)
      }
      if PrintedAmount(a.value, exponent: -da) == PrintedAmount(b.value, exponent: -db) {
        (da, db) = (shared, shared)
      }
      guard let first = PrintedAmount(a.value, exponent: -da),
        let last = PrintedAmount(b.value, exponent: -db)
      else { return nil }
      (from, self.latest, fromDecimals, latestDecimals) = (first, last, da, db)
    case .bare, .noun:
      let (da, db) = (min(max(a.decimals, 0), 6), min(max(b.decimals, 0), 6))
      guard let first = PrintedAmount(a.value, exponent: -da),
        let last = PrintedAmount(b.value, exponent: -db)
      else { return nil }
      (from, self.latest, fromDecimals, latestDecimals) = (first, last, da, db)
    }
    direction = self.latest > from ? .up : (self.latest < from ? .down : .none)
  }

  /// Whether the label already names the unit ("average number of days to …"), so values are written
  /// without it ("fell from 37 to 11").
  ///
  /// Asked for every value printed, so the label is split into words (by `Character.isLetter`, which
  /// looks up each character's properties) only when its bytes hold the noun at all: a word equal to a
  /// noun of ASCII letters is spelt with the noun's bytes (the lowercased label has no Kelvin sign).
  static func labelNamesUnit(_ definition: MetricDefinition) -> Bool {
    guard let noun = definition.unit.noun else { return false }
    let label = definition.label.lowercased()
    let mentionsNoun = [noun.singular, noun.plural].contains { noun in
      !noun.utf8.allSatisfy(Bytes.isLetter)
        || Bytes.firstIndex(of: Array(noun.utf8), in: label.utf8, from: label.utf8.startIndex) != nil
    }
    guard mentionsNoun else { return false }
    return label.split(whereSeparator: { !$0.isLetter }).contains {
      $0 == noun.singular || $0 == noun.plural
    }
  }

  /// The earlier value as printed, in its unit: "53", "£13.85 million", "48.4 weeks", "0.8%".
  var fromText: String { text(from, decimals: fromDecimals) }

  /// The latest value as printed, in its unit.
  var latestText: String { text(latest, decimals: latestDecimals) }

  /// The two values as printed, always with their unit, for tables beside the sentence.
  var fromDisplay: String {
    Self.text(from, decimals: fromDecimals, unit: unit, labelNamesUnit: false)
  }
  var latestDisplay: String {
    Self.text(latest, decimals: latestDecimals, unit: unit, labelNamesUnit: false)
  }

  /// A printed amount in the metric's unit.
  func text(_ amount: PrintedAmount, decimals: Int) -> String {
    Self.text(amount, decimals: decimals, unit: unit, labelNamesUnit: labelNamesUnit)
  }

  /// One value of a metric as a sentence prints it on its own ("was 1,900 in August 2022").
  static func text(_ quantity: Quantity, decimals: Int, definition: MetricDefinition) -> String {
    let unit = definition.unit
    let amount =
      unit.isMoney
      ? Money.amount(quantity.value, level: 0)
      : PrintedAmount(quantity.value, exponent: -min(max(decimals, 0), 6))
    guard let amount else { return GovUKNumbers.display(quantity.value, decimals: decimals, unit: unit) }
    return text(amount, decimals: decimals, unit: unit, labelNamesUnit: labelNamesUnit(definition))
  }

  /// A printed amount in a unit, with the unit's word unless the label names it.
  static func text(_ amount: PrintedAmount, decimals: Int, unit: MetricUnit, labelNamesUnit: Bool) -> String {
    let number = amount.text(decimals: decimals)
    switch unit.printing {
    case .money: return Money.text(amount)
    case .percentage: return number + "%"
    case .bare: return number
    case .noun(let singular, let plural):
      if labelNamesUnit { return number }
      return number + " " + (abs(amount.millionths) == PrintedAmount.perUnit ? singular : plural)
    }
  }

  /// The printed change: latest minus earlier, exactly.
  var change: PrintedAmount { latest - from }

  /// "up 4 percentage points", "down 14 (26%)", "down 6.1 weeks (11%)", "up 50p (0.7%)"; empty when the
  /// printed values are the same.
  var movement: String {
    guard direction != .none else { return "" }
    let word = direction == .up ? "up" : "down"
    let size = change.magnitude
    let one = size.millionths == PrintedAmount.perUnit
    let number = size.text(decimals: 0, trimmed: true)
    switch unit.printing {
    case .percentage:
      return "\(word) \(number) \(one ? "percentage point" : "percentage points")"
    case .money:
      return "\(word) \(Money.text(size))" + relativeClause
    case .bare:
      return "\(word) \(number)" + relativeClause
    case .noun(let singular, let plural):
      let noun = labelNamesUnit ? "" : " " + (one ? singular : plural)
      return "\(word) \(number)\(noun)" + relativeClause
    }
  }

  /// " (26%)": the change as a share of the earlier printed value; empty from zero, from a negative value
  /// or across a change of sign, where a relative change means nothing.
  var relativeClause: String {
    guard from.millionths > 0, latest.millionths >= 0, direction != .none else { return "" }
    return " (\(Self.relative(change.magnitude, of: from)))"
  }

  /// A true relative change: "26%", "0.7%", "99.96%", "less than 0.1%", never a rounded 0% or 100%.
  static func relative(_ size: PrintedAmount, of base: PrintedAmount) -> String {
    if size == base { return "100%" }
    let share = Double(size.millionths) / Double(base.millionths) * 100
    if share < 0.05 { return "less than 0.1%" }
    for decimals in (share >= 1 ? 0 : 1)...3 {
      let shown = GovUKNumbers.rounded(share, decimals: decimals)
      if shown != 100 && shown != 0 { return GovUKNumbers.number(share, decimals: decimals) + "%" }
    }
    return "more than 99.9%"
  }
}
