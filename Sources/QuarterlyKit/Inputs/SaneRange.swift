/// The values a metric can sensibly take: anything beyond its unit's largest value (`MetricUnit.largest`)
/// is a typing error, never printed. A number is held to 15 significant digits, as spreadsheets hold it,
/// so every printed digit is one the input gave.
enum SaneRange {
  /// What is wrong with a number written as `text` in the `cell` of a metric measured in `unit`, with the
  /// fix; nil when it is sane. Percentages outside 0 to 100 are reported by the readers themselves.
  static func problem(_ quantity: Quantity, unit: MetricUnit, cell: String, text: String)
    -> (message: String, hint: String)?
  {
    let limit = unit.largest
    if !unit.isPercentage, abs(quantity.value) > limit {
      let most = GovUKNumbers.display(limit, decimals: 0, unit: unit)
      return (
        "the \(cell) '\(text)' is beyond any sane value in \(unit.rawValue) (the most is \(most))",
        "check the number of digits"
      )
    }
    let digits = abs(quantity.value) * GovUKNumbers.power10(quantity.decimals)
    if digits >= 1e15 {
      return (
        "the \(cell) '\(text)' has more than 15 significant digits, more than a spreadsheet keeps",
        "round it to fewer decimal places"
      )
    }
    return nil
  }
}
