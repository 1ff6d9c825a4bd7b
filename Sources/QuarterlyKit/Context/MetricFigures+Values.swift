/// The figures of a metric as data: for figures.json and for the templates.
extension MetricFigures {
  /// A data point as figures.json records it: `{period, value, numerator, denominator, display}`,
  /// plus the month written out for prose and tables; `shown` replaces the display where a sentence
  /// prints the value with more precision.
  func point(_ observation: Observation?, shown: String? = nil) -> TemplateValue {
    guard let observation else { return .null }
    let unit = definition.unit
    return .object(
      TemplateObject([
        ("period", .string(observation.period.iso)),
        ("value", .double(observation.value.value)),
        ("numerator", observation.numerator.map { .double($0.value) } ?? .null),
        ("denominator", observation.denominator.map { .double($0.value) } ?? .null),
        ("display", .string(shown ?? GovUKNumbers.display(observation.value, unit: unit))),
        ("month", .string(observation.period.long)),
        ("monthShort", .string(observation.period.short)),
        ("note", observation.note.map(TemplateValue.string) ?? .null),
      ]))
  }

  /// The change object of figures.json, plus its wording ("down 14 (26%)").
  var changeValue: TemplateValue {
    guard let change else { return .null }
    return .object(
      TemplateObject([
        ("absolute", .double(change.absolute)),
        ("percentagePoints", change.percentagePoints.map(TemplateValue.double) ?? .null),
        ("relative", change.relative.map(TemplateValue.double) ?? .null),
        ("direction", .string(change.direction.rawValue)),
        ("assessment", .string(change.assessment.rawValue)),
        (
          "display",
          .string(change.direction == .none ? "no change" : comparison?.movement ?? "no change")
        ),
      ]))
  }

  /// The decimals SPC's mean and limits are shown to: one more than the series' own.
  var limitDecimals: Int { (series.map(\.value.decimals).max() ?? 0) + 1 }

  /// The SPC record of figures.json: limits, the latest point's variation, assurance and rules.
  var spcValue: TemplateValue {
    func number(_ value: Double?) -> TemplateValue { value.map(TemplateValue.double) ?? .null }
    let unit = definition.unit
    let limits: TemplateValue =
      if let lower = spc.lowerLimit, let upper = spc.upperLimit {
        .string(GovUKNumbers.range(lower, upper, decimals: limitDecimals, unit: unit))
      } else { .null }
    return .object(
      TemplateObject([
        ("points", .int(spc.points)),
        ("mean", number(spc.mean)),
        ("lowerLimit", number(spc.lowerLimit)),
        ("upperLimit", number(spc.upperLimit)),
        ("variation", spc.variation.map { .string($0.rawValue) } ?? .null),
        ("assurance", spc.assurance.map { .string($0.rawValue) } ?? .null),
        ("rules", .list(spc.rules.map { .string($0.rawValue) })),
        ("status", .string(spc.status)),
        ("sufficient", .bool(spc.hasSufficientData)),
        ("limitsDisplay", limits),
        ("signals", .list(spc.signals.map { .int($0.index) })),
        ("rebase", .list(definition.rebase.map { .string($0.iso) })),
        ("limitsFrom", limitsFrom.map { .string($0.period.long) } ?? .null),
        ("assuranceDisplay", .string(assuranceDisplay)),
      ]))
  }

  /// The data point the SPC limits are calculated from, when the series was rebased.
  var limitsFrom: Observation? {
    spc.limitsStart.flatMap { series.indices.contains($0) ? series[$0] : nil }
  }

  /// Assurance as the pack prints it: "pass", "fail", "hit or miss", or why there is none.
  var assuranceDisplay: String {
    if let assurance = spc.assurance { return assurance.rawValue }
    if definition.better == .neutral { return "not judged" }
    if definition.target == nil { return "no target" }
    return SPCResult.insufficientDataStatus
  }

  /// The metric's record: the figures.json contract, then fields the templates use.
  public var value: TemplateValue {
    let unit = definition.unit
    var object = TemplateObject([
      ("id", .string(definition.id)),
      ("label", .string(definition.label)),
      ("unit", .string(unit.rawValue)),
      ("better", .string(definition.better.rawValue)),
      // The two values compared are shown as the sentence prints them, so a table agrees with it.
      ("latest", point(latest, shown: comparison?.latestDisplay)),
      ("from", point(from, shown: comparison?.fromDisplay)),
      ("change", changeValue),
      ("baseline", point(baseline)),
      ("national", definition.national.map { .double($0.value) } ?? .null),
      ("vsNational", vsNational.map { .string($0.rawValue) } ?? .null),
      ("target", definition.target.map { .double($0.value) } ?? .null),
      ("targetMet", targetMet.map(TemplateValue.bool) ?? .null),
      ("sentence", .string(sentence)),
    ])
    object["name"] = .string(GovUKNumbers.capitalisingFirst(definition.label))
    object["vsBaseline"] = vsBaseline.map { .string($0.rawValue) } ?? .null
    object["nationalDisplay"] =
      definition.national.map { .string(GovUKNumbers.display($0, unit: unit)) } ?? .null
    object["targetDisplay"] = definition.target.map { .string(GovUKNumbers.display($0, unit: unit)) } ?? .null
    object["assessment"] = .string(change?.assessment.rawValue ?? Assessment.notAssessed.rawValue)
    object["section"] = definition.section.map(TemplateValue.string) ?? .null
    object["audience"] = .string(definition.audience.rawValue)
    object["isStale"] = .bool(isStale)
    object["series"] = .list(series.map { point($0) })
    object["spc"] = spcValue
    return .object(object)
  }

  /// The figure in a few words, for key figures when a fragment on the page already quotes its sentence:
  /// "Number of complaints: 39 in July 2022"; for a running total, "… 1,900 by the end of August 2022".
  var summary: String {
    let name = GovUKNumbers.capitalisingFirst(definition.label)
    guard let latest else { return "\(name): no figures yet" }
    let shown = Comparison.text(latest.value, decimals: latest.value.decimals, definition: definition)
    return "\(name): \(shown) \(definition.cumulative ? "by the end of" : "in") \(latest.period.long)"
  }

  /// What templates see: the figures.json record plus the chart (SVG, headline and description).
  public var templateValue: TemplateValue { templateValue(adding: value) }

  /// `templateValue` built on a figures.json record already computed for this metric.
  func templateValue(adding record: TemplateValue) -> TemplateValue {
    guard case .object(var object) = record else { return record }
    let chart = MetricChart(figures: self)
    let (headline, description) = (chart.headline, chart.description)
    object["summary"] = .string(summary)
    // Key figures replace this with the summary where a fragment on the page quotes the sentence.
    object["keyFigure"] = .string(sentence)
    object["chart"] = .object(
      TemplateObject([
        ("drawn", .bool(chart.isDrawn)),
        ("svg", .string(chart.svg(headline: headline, description: description))),
        ("headline", .string(headline)), ("description", .string(description)),
      ]))
    return .object(object)
  }
}
