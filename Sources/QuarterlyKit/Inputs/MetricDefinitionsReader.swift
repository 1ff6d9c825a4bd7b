/// Reads `metric-definitions.csv`: one row per metric.
enum MetricDefinitionsReader {
  static let columns = [
    "id", "label", "unit", "better", "compare", "baseline", "national", "target", "count_noun", "audience",
    "section", "cumulative", "sentence", "rebase",
  ]
  static let required = ["id", "label", "unit", "better"]

  static func read(_ source: SourceText, diagnostics: inout Diagnostics) -> [MetricDefinition] {
    var rejected: Set<String>? = []
    return read(source, diagnostics: &diagnostics, rejected: &rejected)
  }

  /// Reads the definitions; `rejected` gets the ids of rows that had errors, or becomes nil when the
  /// file as a whole could not be read (so `metrics.csv` need not call their metrics unknown too).
  static func read(_ source: SourceText, diagnostics: inout Diagnostics, rejected: inout Set<String>?)
    -> [MetricDefinition]
  {
    rejected = []
    let parsed = CSVTable.parse(source, diagnostics: &diagnostics)
    guard let table = parsed else {
      rejected = nil
      return []
    }
    let columns = CSVColumns(table: table, known: Self.columns, required: required, diagnostics: &diagnostics)
    guard required.allSatisfy(columns.has) else {
      rejected = nil
      return []
    }
    var definitions: [MetricDefinition] = []
    var seen: [String: Int] = [:]
    for row in table.rows {
      guard let definition = read(row, columns: columns, table: table, diagnostics: &diagnostics) else {
        if let id = columns.text("id", in: row) { rejected?.insert(id) }
        continue
      }
      if let line = seen[definition.id] {
        diagnostics.error(
          "the metric id '\(definition.id)' is defined twice (first on line \(line))",
          at: columns.location("id", in: row, table: table), hint: "metric ids must be unique")
        continue
      }
      seen[definition.id] = row.line
      definitions.append(definition)
    }
    return definitions
  }

  private static func read(
    _ row: CSVRow, columns: CSVColumns, table: CSVTable, diagnostics: inout Diagnostics
  ) -> MetricDefinition? {
    func location(_ name: String) -> SourceLocation { columns.location(name, in: row, table: table) }
    func requiredText(_ name: String) -> String? {
      guard let text = columns.text(name, in: row) else {
        diagnostics.error(
          "the '\(name)' cell is empty", at: location(name), hint: "every metric needs a \(name)")
        return nil
      }
      return text
    }
    func choice<T: RawRepresentable & CaseIterable>(_ name: String, _ type: T.Type) -> T?
    where T.RawValue == String {
      guard let text = requiredText(name) else { return nil }
      if let value = T(rawValue: text.lowercased()) { return value }
      let options = T.allCases.map(\.rawValue)
      diagnostics.error(
        "'\(text)' is not a valid \(name)", at: location(name),
        hint: Suggestion.hint(for: text, in: options) ?? "use one of: \(options.joined(separator: ", "))")
      return nil
    }
    let id = requiredText("id")
    if let id,
      !id.unicodeScalars.allSatisfy({ ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "_" })
    {
      diagnostics.error(
        "the metric id '\(id)' may use only lowercase letters, digits and '_'", at: location("id"),
        hint: "for example '\(Self.suggestedID(id))'")
    }
    let label = requiredText("label")
    let unit = choice("unit", MetricUnit.self)
    let better = choice("better", Better.self)

    var compare = CompareWith.previous
    if let text = columns.text("compare", in: row) {
      switch text.lowercased() {
      case "previous": compare = .previous
      case "first": compare = .first
      default:
        if let month = Month(iso: text) {
          compare = .month(month)
        } else if !Month.reportYearOutOfRange(
          in: text, as: "the compare month", at: location("compare"), diagnostics: &diagnostics)
        {
          diagnostics.error(
            "'\(text)' is not a valid compare value", at: location("compare"),
            hint: "use 'previous', 'first' or a month as YYYY-MM")
        }
      }
    }
    var baseline: Month?
    if let text = columns.text("baseline", in: row) {
      if let month = Month(iso: text) {
        baseline = month
      } else if !Month.reportYearOutOfRange(
        in: text, as: "the baseline", at: location("baseline"), diagnostics: &diagnostics)
      {
        diagnostics.error(
          "the baseline '\(text)' is not a month", at: location("baseline"),
          hint: "write the baseline month as YYYY-MM, for example 2021-12")
      }
    }
    func quantity(_ name: String) -> Quantity? {
      guard let text = columns.text(name, in: row) else { return nil }
      guard let reading = NumberReader.read(text) else {
        diagnostics.error(
          "the \(name) '\(text)' is not a number", at: location(name),
          hint: "write a plain number such as 65 or 50.3")
        return nil
      }
      if unit?.isPercentage == true, !(0...100).contains(reading.quantity.value) {
        diagnostics.error(
          "the \(name) \(text) is outside 0 to 100, so it cannot be a percentage", at: location(name))
      } else if let unit,
        let problem = SaneRange.problem(reading.quantity, unit: unit, cell: name, text: text)
      {
        diagnostics.error(problem.message, at: location(name), hint: problem.hint)
        return nil
      }
      return reading.quantity
    }
    let national = quantity("national")
    let target = quantity("target")
    if better == .neutral, let id {
      if national != nil {
        diagnostics.warning(
          "\(id) is neutral, so its national average is stated but never judged better or worse",
          at: location("national"))
      }
      if target != nil {
        diagnostics.warning(
          "\(id) is neutral, so its target is stated but never judged met or missed",
          at: location("target"))
      }
    }
    var audience = Audience.both
    if let text = columns.text("audience", in: row) {
      if let value = Audience(rawValue: text.lowercased()) {
        audience = value
      } else {
        diagnostics.error(
          "'\(text)' is not a valid audience", at: location("audience"),
          hint: Suggestion.hint(for: text, in: Audience.allCases.map(\.rawValue))
            ?? "use parents, monitoring or both")
      }
    }
    var cumulative = false
    if let text = columns.text("cumulative", in: row) {
      switch text.lowercased() {
      case "yes", "true", "y": cumulative = true
      case "no", "false", "n": cumulative = false
      default:
        diagnostics.error(
          "'\(text)' is not a valid cumulative value", at: location("cumulative"),
          hint: "write yes for a running total, or no (or leave it empty)")
      }
    }
    var rebase: [Month] = []
    if let text = columns.text("rebase", in: row) {
      for part in text.split(whereSeparator: { $0 == " " || $0 == ";" }) {
        if let month = Month(iso: String(part)) {
          rebase.append(month)
        } else {
          diagnostics.error(
            "the rebase month '\(part)' is not a month", at: location("rebase"),
            hint: "write the months the limits are recalculated from as YYYY-MM, separated by spaces")
        }
      }
    }
    var sentenceTemplate: Template?
    if let text = columns.text("sentence", in: row) {
      let cell = location("sentence")
      sentenceTemplate = Template.parse(
        text, file: cell.file, startLine: cell.line, escaping: .none, diagnostics: &diagnostics)
    }
    guard let id, let label, let unit, let better else { return nil }
    var definition = MetricDefinition(
      id: id, label: label, unit: unit, better: better, compare: compare, baseline: baseline,
      national: national,
      target: target, countNoun: columns.text("count_noun", in: row), audience: audience,
      section: columns.text("section", in: row), location: table.location(of: row),
      compareLocation: columns.cell("compare", in: row).map(table.location(of:)),
      baselineLocation: columns.cell("baseline", in: row).map(table.location(of:)))
    definition.cumulative = cumulative
    definition.rebase = rebase.sorted()
    definition.rebaseLocation = columns.cell("rebase", in: row).map(table.location(of:))
    definition.sentenceTemplate = sentenceTemplate
    return definition
  }

  static func suggestedID(_ id: String) -> String {
    var out = ""
    for scalar in id.lowercased().unicodeScalars {
      if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
        out.unicodeScalars.append(scalar)
      } else if !out.hasSuffix("_") {
        out += "_"
      }
    }
    return out.trimmingCharacters(in: "_")
  }
}

extension String {
  fileprivate func trimmingCharacters(in character: Character) -> String {
    var text = self[...]
    while text.first == character { text = text.dropFirst() }
    while text.last == character { text = text.dropLast() }
    return String(text)
  }
}
