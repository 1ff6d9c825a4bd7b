/// Everything the documents say about one metric: its series, latest value, comparisons and sentence.
public struct MetricFigures: Sendable {
  public var definition: MetricDefinition
  /// The metric's data points in time order.
  public var series: [Observation]
  public var latest: Observation?
  /// The data point the latest is compared with (chosen by `compare`).
  public var from: Observation?
  public var change: Change?
  /// The earlier and latest values as the sentence prints them, and the change between them.
  var comparison: Comparison?
  /// How the sentence prints the baseline, national average and target.
  var references: ReferencePrinting?
  public var baseline: Observation?
  public var vsBaseline: Standing?
  public var vsNational: Standing?
  public var targetMet: Bool?
  /// Whether the latest value is older than the edition's quarter.
  public var isStale: Bool
  /// Statistical process control over the whole series (insufficient data below 15 points).
  public var spc: SPCResult
  /// The plain-English sentence the newsletter prints.
  public var sentence: String

  /// Works out a metric's figures from its observations; problems with `compare` or `baseline`
  /// months that have no data are reported against the definition's cells.
  public init(
    definition: MetricDefinition, observations: [Observation], quarterStart: Month,
    diagnostics: inout Diagnostics
  ) {
    self.definition = definition
    series = observations.sorted { $0.period < $1.period }
    latest = series.last
    isStale = latest.map { $0.period < quarterStart } ?? false
    if let latest {
      switch definition.compare {
      case .previous:
        from = series.count >= 2 ? series[series.count - 2] : nil
      case .first:
        from = series.count >= 2 ? series.first : nil
      case .month(let month):
        if let match = series.first(where: { $0.period == month }) {
          if month == latest.period {
            diagnostics.warning(
              "\(definition.id): the compare month \(month.iso) is the latest month, so there is nothing to compare",
              at: definition.compareLocation ?? definition.location)
          } else if month > latest.period {
            diagnostics.error(
              "\(definition.id): the compare month \(month.iso) is after the latest month \(latest.period.iso)",
              at: definition.compareLocation ?? definition.location)
          } else {
            from = match
          }
        } else {
          diagnostics.error(
            "\(definition.id): metrics.csv has no value for the compare month \(month.iso)",
            at: definition.compareLocation ?? definition.location,
            hint: "add a row for \(definition.id) in \(month.iso), or change 'compare'")
        }
      }
      if let from {
        change = Change(
          from: from.value, to: latest.value, unit: definition.unit, better: definition.better)
      }
      if let month = definition.baseline {
        if let match = series.first(where: { $0.period == month }) {
          baseline = match
          vsBaseline = Standing(
            latest.value.value, against: match.value.value,
            decimals: max(latest.value.decimals, match.value.decimals))
        } else {
          diagnostics.error(
            "\(definition.id): metrics.csv has no value for the baseline month \(month.iso)",
            at: definition.baselineLocation ?? definition.location,
            hint: "add a row for \(definition.id) in \(month.iso), or change 'baseline'")
        }
      }
      if let national = definition.national {
        vsNational = Standing(
          latest.value.value, against: national.value, decimals: max(latest.value.decimals, national.decimals)
        )
      }
      if let target = definition.target, definition.better != .neutral {
        let decimals = max(latest.value.decimals, target.decimals)
        let value = GovUKNumbers.rounded(latest.value.value, decimals: decimals)
        let goal = GovUKNumbers.rounded(target.value, decimals: decimals)
        targetMet = definition.better == .higher ? value >= goal : value <= goal
      }
    }
    var rebase: [Int] = []
    for month in definition.rebase {
      if let index = series.firstIndex(where: { $0.period == month }) {
        rebase.append(index)
      } else {
        diagnostics.error(
          "\(definition.id): metrics.csv has no value for the rebase month \(month.iso)",
          at: definition.rebaseLocation ?? definition.location,
          hint: "name a month with a value, from which the limits are recalculated")
      }
    }
    spc = SPC.analyse(
      series.map(\.value.value), direction: definition.better, target: definition.target?.value,
      rebase: rebase)
    sentence = ""
    if let from, let latest {
      let references =
        definition.unit.isPercentage ? Wording.sentenceDecimals(Wording.referenceValues(self)) : 0
      comparison = Comparison(from: from, to: latest, definition: definition, referenceDecimals: references)
      if let comparison { change?.judge(comparison.direction, better: definition.better) }
    }
    // The references are judged as printed, beside the values as printed.
    let printing = ReferencePrinting(self)
    if let baseline { vsBaseline = printing.standing(against: baseline.value) }
    if let national = definition.national { vsNational = printing.standing(against: national) }
    if let target = definition.target, definition.better != .neutral,
      let standing = printing.standing(against: target)
    {
      targetMet = definition.better == .higher ? standing != .below : standing != .above
    }
    references = printing
    sentence = Wording.sentence(for: self)
    if let template = definition.sentenceTemplate,
      let own = SentenceParts.render(template, figures: self, diagnostics: &diagnostics)
    {
      sentence = own
    }
  }
}
