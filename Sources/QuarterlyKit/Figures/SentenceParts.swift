/// The computed parts of a metric's sentence, for a definition that words its own sentence.
///
/// The `sentence` column of `metric-definitions.csv` is a template over these parts, so the comms team
/// can word a figure their way while every number stays computed:
/// `subject`, `Subject` ("the number of complaints"), `latest` and `latestMonth` ("39", "July 2022"),
/// `from` and `fromMonth`, `change` ("down 14 (26%)", empty when there is none), `verb` ("rose", "fell"
/// or "stayed at"), `rose`, `fell` and `same` (for sections), `comparisons` ("but is still above the
/// baseline of 33 in December 2021"), `note` (the "latest we have" note, or empty), `national`,
/// `target`, `baseline` and `baselineMonth`.
enum SentenceParts {
  /// The parts of `figures` as template data.
  static func data(_ figures: MetricFigures) -> TemplateValue {
    let definition = figures.definition
    let subject = Wording.subject(definition)
    var object = TemplateObject([
      ("subject", .string(subject)), ("Subject", .string(GovUKNumbers.capitalisingFirst(subject))),
    ])
    let comparison = figures.comparison
    if let latest = figures.latest {
      let decimals = Wording.sentenceDecimals([latest.value] + Wording.referenceValues(figures))
      let shown =
        comparison?.latestText
        ?? Comparison.text(
          latest.value, decimals: definition.unit.isPercentage ? decimals : latest.value.decimals,
          definition: definition)
      object["latest"] = .string(shown)
      object["latestMonth"] = .string(latest.period.long)
      let note = figures.isStale ? LatestAvailableNotes.note(for: latest.period) : ""
      object["note"] = .string(note)
      var clauses = Wording.clauses(
        figures, decimals: comparison?.latestDecimals ?? decimals, change: figures.change)
      if clauses.hasPrefix(", ") { clauses.removeFirst(2) }
      object["comparisons"] = .string(clauses)
    }
    if let from = figures.from, let comparison {
      object["from"] = .string(comparison.fromText)
      object["fromMonth"] = .string(from.period.long)
      object["change"] = .string(comparison.movement)
      let verbs: [Direction: String] = [.up: "rose", .down: "fell", .none: "stayed at"]
      object["verb"] = .string(verbs[comparison.direction] ?? "")
      object["rose"] = .bool(comparison.direction == .up)
      object["fell"] = .bool(comparison.direction == .down)
      object["same"] = .bool(comparison.direction == .none)
    }
    let unit = definition.unit
    if let national = definition.national {
      object["national"] = .string(GovUKNumbers.display(national, unit: unit))
    }
    if let target = definition.target { object["target"] = .string(GovUKNumbers.display(target, unit: unit)) }
    if let baseline = figures.baseline {
      object["baseline"] = .string(GovUKNumbers.display(baseline.value, unit: unit))
      object["baselineMonth"] = .string(baseline.period.long)
    }
    return .object(object)
  }

  /// The definition's own sentence filled with the parts; template errors (an unknown part) are
  /// reported at the definition, and the tool's own sentence is kept.
  static func render(_ template: Template, figures: MetricFigures, diagnostics: inout Diagnostics) -> String?
  {
    var problems = Diagnostics()
    let output = TemplateLibrary(folders: []).render(
      template, data: data(figures), strict: true, diagnostics: &problems)
    diagnostics.append(contentsOf: problems)
    guard !problems.hasErrors else { return nil }
    return output
  }
}
