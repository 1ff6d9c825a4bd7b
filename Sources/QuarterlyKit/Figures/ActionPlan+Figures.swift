extension ActionPlanReport {
  /// The `actionPlan` object of figures.json and of templates.
  ///
  /// Keys: `total`, `areas` (each with `subsections`), `exceptions`, `audit`, `changes` (empty without a
  /// previous tracker), then for templates: `asOf`, `hasPrevious`, `headline` (null without a previous
  /// tracker), `exceptionsByArea`, `auditByRule`, `exceptionCount`, `auditCount`, `workstreams`.
  /// Percentages are whole numbers (null when there is nothing to average) with a `…Text` twin (`"99%"`).
  public var figures: TemplateValue {
    var object = TemplateObject()
    object["total"] = .object(Self.counts(summary.total))
    object["areas"] = .list(summary.areas.map { Self.row($0, isArea: true) })
    object["exceptions"] = .list(exceptions.map(Self.exception))
    object["audit"] = .list(audit.map(Self.finding))
    object["changes"] = .list((changes ?? []).map(Self.change))
    object["asOf"] = .string(asOf.iso)
    object["hasPrevious"] = .bool(changes != nil)
    object["headline"] = headline.map(Self.headline) ?? .null
    object["exceptionsByArea"] = .list(exceptionsByArea)
    object["auditByRule"] = .list(auditByRule)
    object["exceptionCount"] = .int(exceptions.count)
    object["auditCount"] = .int(audit.count)
    object["workstreams"] = .list(plan.workstreams.map { .string($0) })
    return .object(object)
  }

  private var exceptionsByArea: [TemplateValue] {
    summary.areas.compactMap { area in
      let items = exceptions.filter { $0.area == area.ref }
      guard !items.isEmpty else { return nil }
      return [
        "ref": .string(area.ref), "title": .string(area.title), "count": .int(items.count),
        "exceptions": .list(items.map(Self.exception)),
      ]
    }
  }

  private var auditByRule: [TemplateValue] {
    AuditFinding.Rule.allCases.compactMap { rule in
      let items = audit.filter { $0.rule == rule }
      guard !items.isEmpty else { return nil }
      return [
        "rule": .string(rule.rawValue), "summary": .string(rule.summary), "count": .int(items.count),
        "findings": .list(items.map(Self.finding)),
      ]
    }
  }

  /// A title short enough for a table cell: its first sentence, cut at a word near 80 characters (inside
  /// the first word when that alone is longer).
  static func shortTitle(_ title: String) -> String {
    var text = title
    if let end = text.range(of: ". ") { text = String(text[..<end.lowerBound]) }
    if text.hasSuffix(".") { text.removeLast() }
    guard text.count > 80 else { return text }
    let cut = text.prefix(80)
    let words = cut.split(separator: " ").dropLast()
    // A first word longer than the cut (a long reference or address) is cut inside the word.
    guard !words.isEmpty else { return String(cut.prefix(79)) + "…" }
    return words.joined(separator: " ") + "…"
  }

  static func percent(_ value: Int?) -> TemplateValue { value.map { .int($0) } ?? .null }
  static func percentText(_ value: Int?) -> TemplateValue { .string(value.map { "\($0)%" } ?? "") }

  static func counts(_ counts: RAGCounts) -> TemplateObject {
    TemplateObject([
      ("responses", .int(counts.responses)), ("red", .int(counts.red)), ("amber", .int(counts.amber)),
      ("green", .int(counts.green)), ("blue", .int(counts.blue)), ("archived", .int(counts.archived)),
      ("percentComplete", percent(counts.roundedPercent)),
      ("percentCompleteText", percentText(counts.roundedPercent)),
    ])
  }

  static func row(_ row: ActionPlanSummary.Row, isArea: Bool) -> TemplateValue {
    var object = TemplateObject([("ref", .string(row.ref)), ("title", .string(row.title))])
    for (key, value) in counts(row.counts).pairs { object[key] = value }
    object["fullTitle"] = .string(row.fullTitle)
    object["shortTitle"] = .string(Self.shortTitle(row.title))
    let recorded = row.recordedPercent.map(ActionPlanSummary.roundHalfUp)
    object["recordedPercentComplete"] = percent(recorded)
    if isArea { object["subsections"] = .list(row.subsections.map { Self.row($0, isArea: false) }) }
    return .object(object)
  }

  static func exception(_ exception: ActionPlanException) -> TemplateValue {
    let item = exception.item
    return .object(
      TemplateObject([
        ("ref", .string(item.ref)), ("kind", .string(item.kind.rawValue)), ("area", .string(exception.area)),
        ("areaForDevelopment", exception.areaForDevelopment.map { .string($0) } ?? .null),
        ("response", exception.response.map { .string($0) } ?? .null),
        ("title", .string(item.title)), ("fullTitle", .string(item.fullTitle)),
        ("status", .string(item.status?.text ?? "")),
        ("rag", .string(item.rag.letter)), ("ragWords", .string(item.rag.words)),
        ("ragTag", .string(item.rag.tagClass)), ("dueDate", .string(item.due.text)),
        ("expectedEnd", .string(item.expectedEnd.text)),
        ("slippageMonths", exception.slippageMonths.map { .int($0) } ?? .null),
        ("workstreams", .list(item.workstreams.map { .string($0.name) })),
        ("workstreamsText", .string(item.workstreams.map(\.name).joined(separator: "; "))),
        ("reasons", .list(exception.reasons.map { .string($0.rawValue) })),
        ("isRed", .bool(exception.reasons.contains(.red))),
        ("isAmber", .bool(exception.reasons.contains(.amber))),
        ("isOverdue", .bool(exception.reasons.contains(.overdue))),
      ]))
  }

  static func finding(_ finding: AuditFinding) -> TemplateValue {
    .object(
      TemplateObject([
        ("ref", .string(finding.ref)), ("rule", .string(finding.rule.rawValue)),
        ("message", .string(finding.message)),
        ("location", .string(finding.cells.first?.location.description ?? "")),
        (
          "cells",
          .list(
            finding.cells.map { cell in
              ["column": .string(cell.column.heading), "location": .string(cell.location.description)]
            })
        ),
      ]))
  }

  static func change(_ change: ActionPlanChange) -> TemplateValue {
    .object(
      TemplateObject([
        ("ref", .string(change.ref)), ("field", .string(change.field.rawValue)),
        ("from", change.from.map { .string($0) } ?? .null), ("to", change.to.map { .string($0) } ?? .null),
        ("kind", .string(change.kind.rawValue)),
      ]))
  }

  static func headline(_ headline: ChangeHeadline) -> TemplateValue {
    [
      "newlyCompleted": .int(headline.newlyCompleted),
      "newlyCompletedResponses": .int(headline.newlyCompletedResponses),
      "newlyRed": .int(headline.newlyRed), "newlyRedResponses": .int(headline.newlyRedResponses),
      "datesSlipped": .int(headline.datesSlipped),
      "datesSlippedResponses": .int(headline.datesSlippedResponses),
      "added": .int(headline.added), "removed": .int(headline.removed),
    ]
  }
}
