/// The sentence about a running total ("children seen since the contract started"): each value is the
/// total by the end of its month, so the sentence says so rather than reading it as a monthly count.
extension Wording {
  /// "By the end of August 2022, the number of children seen … was 1,900, up 300 (19%) from 1,600 by the
  /// end of May 2022."
  static func cumulativeSentence(for figures: MetricFigures, latest: Observation, subject: String) -> String {
    let definition = figures.definition
    let stale = figures.isStale ? " " + LatestAvailableNotes.note(for: latest.period) : ""
    let opening = "By the end of \(latest.period.long), \(subject)"
    guard let from = figures.from, let comparison = figures.comparison, let change = figures.change else {
      let decimals = sentenceDecimals([latest.value] + referenceValues(figures))
      let shown = Comparison.text(
        latest.value, decimals: definition.unit.isPercentage ? decimals : latest.value.decimals,
        definition: definition)
      return "\(opening) was \(value(latest, shown, definition, noun: true))"
        + clauses(figures, decimals: decimals, change: nil) + "." + stale
    }
    let latestText = value(latest, comparison.latestText, definition, noun: true)
    let rest = clauses(figures, decimals: comparison.latestDecimals, change: change) + "." + stale
    if comparison.direction == .none {
      return "\(opening) was still \(latestText), as at the end of \(from.period.long)" + rest
    }
    let fromText = value(from, comparison.fromText, definition, noun: from.denominator == nil)
    return "\(opening) was \(latestText), \(comparison.movement) from \(fromText) by the end of "
      + "\(from.period.long)" + rest
  }
}
