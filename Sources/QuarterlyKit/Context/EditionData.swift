/// Builds the data every template of an edition sees, and the contents of figures.json.
///
/// Templates see:
/// - `edition`: `id`, `area`, `title`, `asOf` (YYYY-MM-DD), `asOfDisplay` ("30 September 2022"),
///   `quarterDisplay` ("July to September 2022"), `webURL`;
/// - `metrics.<id>`: every field of figures.json's metric record, plus display fields;
/// - `newsletter` and `pack`: the `fragments` and figure `sections` for parents and for the monitoring
///   meeting respectively;
/// - `glossary`: `term`, `meaning`; `actionPlan` when the edition has a tracker (`hasActionPlan`).
enum EditionData {
  static func edition(_ edition: Edition) -> TemplateValue {
    return .object(
      TemplateObject([
        ("id", .string(edition.id)),
        ("area", .string(edition.area)),
        ("title", .string(edition.title)),
        ("asOf", .string(edition.asOf.iso)),
        ("asOfDisplay", .string(edition.asOf.long)),
        ("quarterDisplay", .string(edition.quarterDisplay)),
        ("webURL", edition.webURL.map(TemplateValue.string) ?? .null),
      ]))
  }

  /// figures.json: the edition, every metric, and the action plan when there is one.
  static func figuresJSON(edition: Edition, metrics: [TemplateValue], actionPlan: TemplateValue?)
    -> TemplateValue
  {
    var root = TemplateObject([
      ("edition", Self.edition(edition)),
      ("metrics", .list(metrics)),
    ])
    if let actionPlan { root["actionPlan"] = actionPlan }
    return .object(root)
  }

  /// Metrics for one audience, grouped by their `section` in the order sections first appear.
  /// `templateValues`, when given, are the metrics' `templateValue`s already built, in the same order.
  /// Each metric also gets `quoted` (a fragment of the same document quotes its sentence) and
  /// `keyFigure`: its sentence, or its summary when the sentence is already quoted on the page.
  static func sections(
    _ figures: EditionFigures, for audience: Audience, templateValues: [TemplateValue]? = nil,
    quoted: Set<String> = []
  ) -> TemplateValue {
    var order: [String] = []
    var groups: [String: [TemplateValue]] = [:]
    for (index, metric) in figures.metrics.enumerated() where metric.definition.audience.includes(audience) {
      let title = metric.definition.section ?? "Other figures"
      if groups[title] == nil { order.append(title) }
      let built = templateValues.flatMap { $0.indices.contains(index) ? $0[index] : nil }
      var value = built ?? metric.templateValue
      if case .object(var object) = value {
        let isQuoted = quoted.contains(metric.definition.id)
        object["quoted"] = .bool(isQuoted)
        object["keyFigure"] = .string(isQuoted ? metric.summary : metric.sentence)
        value = .object(object)
      }
      groups[title, default: []].append(value)
    }
    return .list(
      order.map { title in
        .object(
          TemplateObject([
            ("title", .string(title)), ("id", .string(HeadingSlugs.slug(title))),
            ("metrics", .list(groups[title] ?? [])),
          ]))
      })
  }

  /// Whether any metric of `sections` (as `sections(_:for:…)` makes them) has a chart drawn, so that a
  /// page says "each chart has its figures in a table" only when it has a chart.
  static func hasCharts(_ sections: TemplateValue) -> Bool {
    guard case .list(let list) = sections else { return false }
    return list.contains { section in
      guard case .list(let metrics)? = section["metrics"] else { return false }
      return metrics.contains { $0["chart"]?["drawn"] == .bool(true) }
    }
  }
}
