/// Writes the plain-English sentence about a metric, in GOV.UK style.
///
/// Every number, month and direction comes from the figures. A worse figure is never described with
/// words of improvement; neutral metrics get no judgement; percentages are compared in percentage points.
/// Percent values in one sentence share one number of decimals: where the two values compared need
/// different precision (0.8% and 33%), the statement is split into two sentences rather than padding
/// one of them with a decimal that was not in the data. A sentence that would be longer than GOV.UK's 25
/// words is split too (see `Wording+Length.swift`).
public enum Wording {
  public static func sentence(for figures: MetricFigures) -> String {
    let definition = figures.definition
    let subject = Self.subject(definition)
    guard let latest = figures.latest else {
      return "There are no figures yet for \(subject)."
    }
    if definition.cumulative { return cumulativeSentence(for: figures, latest: latest, subject: subject) }
    let stale = figures.isStale ? " " + LatestAvailableNotes.note(for: latest.period) : ""

    guard let from = figures.from, let comparison = figures.comparison, let change = figures.change else {
      let decimals = sentenceDecimals([latest.value] + referenceValues(figures))
      let shown = Comparison.text(
        latest.value, decimals: definition.unit.isPercentage ? decimals : latest.value.decimals,
        definition: definition)
      let statement =
        "\(GovUKNumbers.capitalisingFirst(subject)) was \(value(latest, shown, definition, noun: true)) in \(latest.period.long)"
      return fitted(statement, figures, decimals: decimals, change: nil) + stale
    }
    let latestText = value(latest, comparison.latestText, definition, noun: true)
    if comparison.direction == .none {
      let statement =
        "\(GovUKNumbers.capitalisingFirst(subject)) stayed at \(latestText) "
        + "between \(from.period.long) and \(latest.period.long)"
      return fitted(statement, figures, decimals: comparison.latestDecimals, change: change) + stale
    }
    let verb = comparison.direction == .up ? "rose" : "fell"
    let was = "\(GovUKNumbers.capitalisingFirst(subject)) was \(latestText) in \(latest.period.long)"
    let since =
      " This is \(comparison.movement) from \(value(from, comparison.fromText, definition, noun: false)) "
      + "in \(from.period.long)."
    if comparison.fromDecimals != comparison.latestDecimals && definition.unit.isPercentage {
      let first = was + clauses(figures, decimals: comparison.latestDecimals, change: nil) + "."
      guard !ProseScanner.fits(first) else { return first + since + stale }
      return was + "." + since
        + comparisonSentence(figures, decimals: comparison.latestDecimals, change: change)
        + stale
    }
    let statement =
      "\(GovUKNumbers.capitalisingFirst(subject)) \(verb) from "
      + "\(value(from, comparison.fromText, definition, noun: from.denominator == nil)) "
      + "in \(from.period.long) to \(latestText) in \(latest.period.long), \(comparison.movement)"
    guard !ProseScanner.fits(statement + ".") else {
      return fitted(statement, figures, decimals: comparison.latestDecimals, change: change) + stale
    }
    return was + "." + since
      + comparisonSentence(figures, decimals: comparison.latestDecimals, change: change)
      + stale
  }

  /// "the number of complaints", "the percentage of annual reviews …", "the average wait for …": a
  /// grammatical subject for every unit, never with a doubled "number of".
  static func subject(_ definition: MetricDefinition) -> String {
    let label = definition.label
    let lower = label.lowercased()
    if lower.hasPrefix("the ") { return label }
    switch definition.unit.subject {
    case .percentageOf:
      let shareWords = ["percentage ", "proportion ", "share ", "rate ", "percent "]
      if shareWords.contains(where: lower.hasPrefix) { return "the " + label }
      return "the percentage of " + label
    case .numberOf:
      if namesQuantity(lower) { return "the " + label }
      return "the number of " + label
    case .timeTaken:
      if timeNouns.contains(where: lower.hasPrefix) { return "the number of " + label }
      return "the " + label
    case .label:
      return "the " + label
    }
  }

  /// The plural nouns of the units of time taken, each with the space after it: "days ", "weeks ".
  static let timeNouns = MetricUnit.allCases.compactMap { unit in
    unit.subject == .timeTaken ? unit.noun.map { $0.plural + " " } : nil
  }

  /// Whether a label starts by naming a quantity ("average …", "total …") or says "number of" itself.
  static func namesQuantity(_ lower: String) -> Bool {
    let quantityWords = [
      "number ", "numbers ", "total ", "average ", "mean ", "median ", "count ", "change ", "rate ", "ratio ",
      "amount ", "level ", "score ", "size ", "value ", "sum ", "difference ", "increase ", "decrease ",
    ]
    return quantityWords.contains(where: lower.hasPrefix) || lower.contains("number of ")
  }

  /// The decimals percent values share in a sentence: the finest among them.
  static func sentenceDecimals(_ quantities: [Quantity]) -> Int {
    quantities.map(\.decimals).max() ?? 0
  }

  /// The national average and target, which appear in the sentence too.
  static func referenceValues(_ figures: MetricFigures) -> [Quantity] {
    var values: [Quantity] = []
    if let baseline = figures.baseline, showsBaseline(figures) { values.append(baseline.value) }
    if let national = figures.definition.national { values.append(national) }
    if let target = figures.definition.target { values.append(target) }
    return values
  }

  static func showsBaseline(_ figures: MetricFigures) -> Bool {
    guard let baseline = figures.baseline else { return false }
    return baseline.period != figures.from?.period && baseline.period != figures.latest?.period
  }

  /// A printed value with its count: "33% (332 out of 996 reviews)", "4% (425 young people)", "39".
  static func value(_ observation: Observation, _ shown: String, _ definition: MetricDefinition, noun: Bool)
    -> String
  {
    var text = shown
    let countNoun = definition.countNoun.map { " " + $0 } ?? ""
    if let numerator = observation.numerator {
      if let denominator = observation.denominator {
        text +=
          " (\(GovUKNumbers.withoutUnit(numerator)) out of \(GovUKNumbers.withoutUnit(denominator))\(noun ? countNoun : ""))"
      } else {
        text += " (\(GovUKNumbers.withoutUnit(numerator))\(countNoun))"
      }
    }
    return text
  }

  /// The comparisons with the baseline, national average and target, joined to the statement:
  /// ", and is above the national average of 65%", ", but is still above the baseline of 33 in December
  /// 2021" (empty when there are none).
  static func clauses(_ figures: MetricFigures, decimals: Int, change: Change?) -> String {
    let parts = comparisonParts(figures, decimals: decimals)
    guard !parts.isEmpty else { return "" }
    guard let improved = improvement(change) else { return ", " + listing(parts.map(\.text)) }
    let contrasting = parts.filter { $0.contrasts(improved) }
    let agreeing = parts.filter { !$0.contrasts(improved) }
    var text = ""
    if !agreeing.isEmpty { text += ", and is " + listing(agreeing.map(\.text)) }
    if !contrasting.isEmpty { text += ", but is still " + listing(contrasting.map(\.text)) }
    return text
  }

  /// Whether a change improved (true) or worsened (false) the figure; nil when it is not judged.
  static func improvement(_ change: Change?) -> Bool? {
    guard let change, change.assessment == .improved || change.assessment == .worsened else { return nil }
    return change.assessment == .improved
  }

  /// One comparison of the latest value, and whether it is favourable (nil when it is not judged).
  struct ComparisonPart {
    var text: String
    var favourable: Bool?
    /// A neutral metric's target as printed ("5"): stated, never judged.
    var statedTarget: String?

    /// Whether this comparison says the opposite of a change that `improved` (or worsened).
    func contrasts(_ improved: Bool) -> Bool { favourable.map { $0 != improved } ?? false }
  }

  /// The comparisons with the baseline, national average and target, in that order.
  static func comparisonParts(_ figures: MetricFigures, decimals: Int) -> [ComparisonPart] {
    let definition = figures.definition
    let unit = definition.unit
    func show(_ quantity: Quantity) -> String {
      figures.references?.text(quantity)
        ?? GovUKNumbers.display(
          quantity.value, decimals: unit.isPercentage ? decimals : quantity.decimals, unit: unit)
    }
    var parts: [ComparisonPart] = []
    if let baseline = figures.baseline, let standing = figures.vsBaseline, showsBaseline(figures) {
      parts.append(
        ComparisonPart(
          text: "\(words(standing)) the baseline of \(show(baseline.value)) in \(baseline.period.long)",
          favourable: standing.isFavourable(definition.better)))
    }
    if let national = definition.national, let standing = figures.vsNational {
      parts.append(
        ComparisonPart(
          text: "\(words(standing)) the national average of \(show(national))",
          favourable: standing.isFavourable(definition.better)))
    }
    if let target = definition.target, definition.better == .neutral {
      // A neutral metric's target is stated, never judged met or missed.
      parts.append(
        ComparisonPart(text: "against a target of \(show(target))", statedTarget: show(target)))
    }
    if let target = definition.target, let met = figures.targetMet {
      let miss = definition.better == .higher ? "short of" : "above"
      parts.append(
        ComparisonPart(text: "\(met ? "meeting" : miss) the target of \(show(target))", favourable: met))
    }
    return parts
  }

  /// "a", "a and b", "a, b and c".
  static func listing(_ items: [String]) -> String {
    guard let last = items.last else { return "" }
    let rest = items.dropLast()
    return rest.isEmpty ? last : rest.joined(separator: ", ") + " and " + last
  }

  static func words(_ standing: Standing) -> String {
    switch standing {
    case .above: return "above"
    case .below: return "below"
    case .level: return "level with"
    }
  }
}
