/// How a sentence prints the baseline, national average and target beside its values: at the same
/// precision, so that "above the national average of 65%" is true of the numbers as printed.
struct ReferencePrinting: Sendable {
  let unit: MetricUnit
  let labelNamesUnit: Bool
  /// The decimals percent values share in the sentence.
  let decimals: Int
  /// The precision money is printed at (see `Money`).
  let moneyLevel: Int
  /// The latest value as the sentence prints it.
  let latest: PrintedAmount?

  /// How a sentence about `figures` prints references, given how it prints its values.
  init(_ figures: MetricFigures) {
    let definition = figures.definition
    unit = definition.unit
    labelNamesUnit = Comparison.labelNamesUnit(definition)
    if let comparison = figures.comparison {
      decimals = comparison.latestDecimals
      moneyLevel = comparison.moneyLevel
      latest = comparison.latest
    } else {
      let values = figures.latest.map { [$0.value] } ?? []
      decimals = Wording.sentenceDecimals(values + Wording.referenceValues(figures))
      moneyLevel = 0
      let places = unit.isPercentage ? decimals : figures.latest?.value.decimals ?? 0
      let unit = definition.unit
      latest = figures.latest.flatMap { point in
        unit.isMoney
          ? Money.amount(point.value.value, level: 0)
          : PrintedAmount(point.value.value, exponent: -min(max(places, 0), 6))
      }
    }
  }

  /// A reference value as the sentence prints it, exactly.
  func amount(_ quantity: Quantity) -> PrintedAmount? {
    switch unit.printing {
    case .money: return Money.amount(quantity.value, level: moneyLevel)
    case .percentage: return PrintedAmount(quantity.value, exponent: -min(max(decimals, 0), 6))
    case .bare, .noun: return PrintedAmount(quantity.value, exponent: -min(max(quantity.decimals, 0), 6))
    }
  }

  /// A reference value written out: "65%", "£13.85 million", "33".
  func text(_ quantity: Quantity) -> String {
    let places = unit.isPercentage ? decimals : quantity.decimals
    guard let amount = amount(quantity) else {
      return GovUKNumbers.display(quantity.value, decimals: places, unit: unit)
    }
    return Comparison.text(amount, decimals: places, unit: unit, labelNamesUnit: labelNamesUnit)
  }

  /// Where the printed latest value stands against a printed reference.
  func standing(against quantity: Quantity) -> Standing? {
    guard let latest, let reference = amount(quantity) else { return nil }
    return latest > reference ? .above : (latest < reference ? .below : .level)
  }
}
