/// Reads `metrics.csv`: one row per metric per month.
enum MetricsReader {
  static let columns = ["metric", "period", "value", "numerator", "denominator", "note"]
  static let required = ["metric", "period"]

  /// Reads the observations. Rows of metrics in `rejected` (definitions that had errors) are skipped
  /// without a word; with `rejected` nil (no usable definitions file) no metric is called unknown. A
  /// row for a month after `asOf`, the date the figures are as at, is an error.
  static func read(
    _ source: SourceText, definitions: [MetricDefinition], rejected: Set<String>? = [], asOf: Day? = nil,
    diagnostics: inout Diagnostics
  ) -> [Observation] {
    let parsed = CSVTable.parse(source, diagnostics: &diagnostics)
    guard let table = parsed else { return [] }
    let columns = CSVColumns(table: table, known: Self.columns, required: required, diagnostics: &diagnostics)
    guard required.allSatisfy(columns.has) else { return [] }
    if !columns.has("value") && !(columns.has("numerator") && columns.has("denominator")) {
      diagnostics.error(
        "metrics.csv needs a 'value' column, or 'numerator' and 'denominator' columns",
        at: table.location(of: table.header))
      return []
    }
    let byID = Dictionary(definitions.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    var observations: [Observation] = []
    var seen: [String: Int] = [:]
    for row in table.rows {
      guard
        let observation = read(
          row, columns: columns, table: table, byID: byID, rejected: rejected, diagnostics: &diagnostics)
      else { continue }
      if let asOf, observation.period > asOf.monthValue {
        diagnostics.error(
          "\(observation.metric) has a figure for \(observation.period.long), after the figures' date "
            + "(as_of \(asOf.long) in edition.md)",
          at: columns.location("period", in: row, table: table),
          hint: "check the period, or move as_of to the date the figures are as at")
        continue
      }
      let key = observation.metric + " " + observation.period.iso
      if let line = seen[key] {
        diagnostics.error(
          "\(observation.metric) has two rows for \(observation.period.iso) (the other is on line \(line))",
          at: columns.location("period", in: row, table: table), hint: "keep one row per metric per month")
        continue
      }
      seen[key] = row.line
      observations.append(observation)
    }
    return observations
  }

  private static func read(
    _ row: CSVRow, columns: CSVColumns, table: CSVTable, byID: [String: MetricDefinition],
    rejected: Set<String>?, diagnostics: inout Diagnostics
  ) -> Observation? {
    func location(_ name: String) -> SourceLocation { columns.location(name, in: row, table: table) }
    guard let metricID = columns.text("metric", in: row) else {
      diagnostics.error("the 'metric' cell is empty", at: location("metric"), hint: "give the metric's id")
      return nil
    }
    guard let definition = byID[metricID] else {
      guard let rejected, !rejected.contains(metricID) else { return nil }
      diagnostics.error(
        "unknown metric '\(metricID)' in metrics.csv", at: location("metric"),
        hint: Suggestion.hint(for: metricID, in: byID.keys.sorted())
          ?? "add it to metric-definitions.csv first")
      return nil
    }
    let period = readPeriod(
      columns.text("period", in: row), at: location("period"), diagnostics: &diagnostics)
    let unit = definition.unit

    // Each cell's trimmed text, looked up once.
    let valueText = columns.text("value", in: row)
    let numeratorText = columns.text("numerator", in: row)
    let denominatorText = columns.text("denominator", in: row)
    func number(_ name: String, _ text: String?) -> NumberReader.NumberReading? {
      guard let text else { return nil }
      guard let reading = NumberReader.read(text) else {
        diagnostics.error(
          "the \(name) '\(text)' is not a number", at: location(name),
          hint: unit.isPercentage ? "write it as 66 or 66%" : "write it as a plain number, for example 1,900")
        return nil
      }
      if reading.hasPercentSign && (!unit.isPercentage || name != "value") {
        diagnostics.error(
          "the \(name) '\(text)' has a % sign, but \(name == "value" ? "\(metricID) is measured in \(unit.rawValue)" : "a \(name) is a count")",
          at: location(name))
        return nil
      }
      if reading.hasPoundSign && !unit.isMoney {
        diagnostics.error(
          "the \(name) '\(text)' has a £ sign, but \(metricID) is measured in \(unit.rawValue)",
          at: location(name))
        return nil
      }
      let cellUnit = name == "value" ? unit : .count
      if let problem = SaneRange.problem(reading.quantity, unit: cellUnit, cell: name, text: text) {
        diagnostics.error(problem.message, at: location(name), hint: problem.hint)
        return nil
      }
      return reading
    }
    let valueCellHasText = valueText != nil
    let given = number("value", valueText)
    let numerator = number("numerator", numeratorText)
    let denominator = number("denominator", denominatorText)
    var failed = valueCellHasText && given == nil
    if numeratorText != nil && numerator == nil { failed = true }
    if denominatorText != nil && denominator == nil { failed = true }

    if let denominator, denominator.quantity.value == 0 {
      diagnostics.error(
        "the denominator is 0", at: location("denominator"), hint: "a share of nothing cannot be computed")
      failed = true
    }
    if let numerator, let denominator, numerator.quantity.value > denominator.quantity.value,
      denominator.quantity.value > 0
    {
      diagnostics.error(
        "the numerator \(numeratorText ?? "") is greater than the denominator \(denominatorText ?? "")",
        at: location("numerator"), hint: "check whether the two cells are swapped")
      failed = true
    }
    for (name, reading) in [("numerator", numerator), ("denominator", denominator)]
    where (reading?.quantity.value ?? 0) < 0 {
      diagnostics.error("a \(name) cannot be negative", at: location(name))
      failed = true
    }
    var value = given?.quantity
    var computed = false
    if value == nil, !failed, !valueCellHasText {
      if unit.isPercentage, let n = numerator?.quantity.value, let d = denominator?.quantity.value, d > 0 {
        let percent = n / d * 100
        value = Quantity(percent, decimals: GovUKNumbers.decimalsForComputedPercent(percent))
        computed = true
      } else {
        diagnostics.error(
          "the 'value' cell is empty", at: location("value"),
          hint: unit.isPercentage
            ? "give a value, or a numerator and a denominator" : "give the metric's value for this month")
        failed = true
      }
    }
    if let value, let given, !failed, unit.isPercentage, let n = numerator?.quantity.value,
      let d = denominator?.quantity.value, d > 0
    {
      // The value may be rounded to the places it was written with, and no further.
      let share = n / d * 100
      let tolerance = 0.5 * GovUKNumbers.power10(-value.decimals) + 1e-9
      if abs(share - value.value) > tolerance {
        diagnostics.error(
          "the value \(valueText ?? "") disagrees with the numerator and denominator: "
            + "\(numeratorText ?? "") out of \(denominatorText ?? "") is \(GovUKNumbers.number(share, decimals: max(1, given.quantity.decimals)))%",
          at: location("value"),
          hint: "correct one of the three cells, or leave the value empty to have it computed")
        failed = true
      }
    }
    if let value, unit.isPercentage, !(0...100).contains(value.value) {
      diagnostics.error(
        "\(valueText ?? GovUKNumbers.withoutUnit(value)) is outside 0 to 100, so it cannot be a percentage",
        at: location("value"))
      failed = true
    }
    guard !failed, let period, let value else { return nil }
    return Observation(
      metric: metricID, period: period, value: value, numerator: numerator?.quantity,
      denominator: denominator?.quantity, note: columns.text("note", in: row), isComputed: computed,
      location: table.location(of: row))
  }

  /// Reads a `YYYY-MM` period, saying what is wrong when it is not one.
  static func readPeriod(_ text: String?, at location: SourceLocation, diagnostics: inout Diagnostics)
    -> Month?
  {
    guard let text else {
      diagnostics.error(
        "the 'period' cell is empty", at: location, hint: "write the month as YYYY-MM, for example 2022-07")
      return nil
    }
    if let month = Month(iso: text) { return month }
    let parts = text.split(separator: "-")
    if Month.reportYearOutOfRange(in: text, as: "the period", at: location, diagnostics: &diagnostics) {
      return nil
    }
    if parts.count == 2, parts[0].count == 4, parts[1].count == 2, let m = Int(parts[1]), Int(parts[0]) != nil
    {
      diagnostics.error(
        "the period '\(text)' is not a real month: there is no month \(m)", at: location,
        hint: "months run from 01 to 12")
      return nil
    }
    diagnostics.error(
      "the period '\(text)' is not a month written as YYYY-MM", at: location,
      hint: "write it as YYYY-MM, for example 2022-07")
    return nil
  }
}
