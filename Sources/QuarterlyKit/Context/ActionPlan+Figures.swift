extension ActionPlanReport {
  /// The `actionPlan` object of figures.json and of templates.
  ///
  /// Keys: `total`, `areas` (each with `subsections`), `exceptions`, `audit`, `changes` (empty without a
  /// previous tracker), then for templates: `asOf`, `hasPrevious`, `headline` (null without a previous
  /// tracker), `hasChanges`, `exceptionsByArea`, `auditByRule`, `exceptionCount`, `auditCount`,
  /// `workstreams`, and the headline's words: `exceptionCountText` ("20 responses and actions need"),
  /// `ownCountsText` (the ratings as recorded), `keyCounts` with `keyCountsText` (the ratings the key
  /// implies at `asOf`), `auditSummary` ("9 ratings that do not follow the key, 1 repeated ref") and
  /// `hasAudit`.
  /// Percentages are whole numbers (null when there is nothing to average) with a `…Text` twin (`"99%"`).
  public var figures: TemplateValue {
    var object = TemplateObject()
    object["total"] = .object(Self.counts(summary.total))
    object["areas"] = .list(summary.areas.map { Self.row($0, isArea: true) })
    object["exceptions"] = .list(exceptions.map { Self.exception($0, asOf: asOf) })
    object["audit"] = .list(audit.map(Self.finding))
    object["changes"] = .list((changes ?? []).map(Self.change))
    object["asOf"] = .string(asOf.iso)
    object["hasPrevious"] = .bool(changes != nil)
    object["hasChanges"] = .bool(!(changes ?? []).isEmpty)
    object["headline"] = headline.map(Self.headline) ?? .null
    object["exceptionsByArea"] = .list(exceptionsByArea)
    object["auditByRule"] = .list(auditByRule)
    object["exceptionCount"] = .int(exceptions.count)
    object["exceptionCountText"] = .string(
      exceptions.count == 1
        ? "1 response or action needs" : "\(exceptions.count) responses and actions need")
    object["auditCount"] = .int(audit.count)
    object["workstreams"] = .list(plan.workstreams.map { .string($0) })
    object["ownCountsText"] = .string(Self.ownCountsText(summary.total))
    let key = ActionPlanKeyCounts(plan, asOf: asOf)
    object["keyCounts"] = [
      "complete": .int(key.complete), "onTrack": .int(key.onTrack), "atRisk": .int(key.atRisk),
      "overdue": .int(key.overdue),
    ]
    object["keyCountsText"] = .string(
      "\(key.complete) complete, \(key.onTrack) on track, \(key.atRisk) at risk and \(key.overdue) overdue")
    object["auditSummary"] = .string(ActionPlanAuditSummary.text(audit))
    object["hasAudit"] = .bool(!audit.isEmpty)
    return .object(object)
  }

  private var exceptionsByArea: [TemplateValue] {
    summary.areas.compactMap { area in
      let items = exceptions.filter { $0.area == area.ref }
      guard !items.isEmpty else { return nil }
      return [
        "ref": .string(area.ref), "title": .string(area.title), "count": .int(items.count),
        "exceptions": .list(items.map { Self.exception($0, asOf: asOf) }),
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

  /// The ratings as the tracker records them: "25 complete, 4 on track, 0 at risk and 9 overdue, with 3
  /// archived" (and "2 not rated" when some non-archived responses have no R, A, G or B).
  static func ownCountsText(_ counts: RAGCounts) -> String {
    let notRated = counts.responses - counts.archived - counts.red - counts.amber - counts.green - counts.blue
    var text =
      "\(counts.blue) complete, \(counts.green) on track, \(counts.amber) at risk and \(counts.red) overdue, "
      + "with \(counts.archived) archived"
    if notRated > 0 { text += " and \(notRated) not rated" }
    return text
  }

  static func percent(_ value: Int?) -> TemplateValue { value.map { .int($0) } ?? .null }
  /// `96%`, or a dash with the reason when there is nothing to average (a table cell is never empty).
  static func percentText(_ value: Int?) -> TemplateValue {
    .string(value.map { "\($0)%" } ?? "– (no % recorded)")
  }

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

  /// An exception's record: its cells, then the lateness (`monthsLate`, `monthsOverdueNow`) and the
  /// words for table cells, each a dash with a reason when there is no value (`– (no due month)`).
  static func exception(_ exception: ActionPlanException, asOf: Day) -> TemplateValue {
    let item = exception.item
    let workstreams = item.workstreams.map(\.name).joined(separator: "; ")
    return .object(
      TemplateObject([
        ("ref", .string(item.ref)), ("kind", .string(item.kind.rawValue)), ("area", .string(exception.area)),
        ("areaForDevelopment", exception.areaForDevelopment.map { .string($0) } ?? .null),
        ("response", exception.response.map { .string($0) } ?? .null),
        ("title", .string(item.title)), ("fullTitle", .string(item.fullTitle)),
        ("status", .string(item.status?.text ?? "")),
        ("statusText", .string(item.status?.text ?? "– (no status)")),
        ("rag", .string(item.rag.letter)), ("ragWords", .string(item.rag.words)),
        ("ragText", .string(item.rag == .blank ? "– (not rated)" : item.rag.letter)),
        ("ragTag", .string(item.rag.tagClass)), ("dueDate", .string(item.due.text)),
        ("dueText", .string(Self.dateText(item.due, blank: "– (no due date)"))),
        ("expectedEnd", .string(item.expectedEnd.text)),
        ("forecastText", .string(Self.forecastText(item, asOf: asOf))),
        ("monthsLate", exception.monthsLate.map { .int($0) } ?? .null),
        ("monthsLateText", .string(exception.monthsLate.map(String.init) ?? Self.noLateness(item))),
        ("monthsOverdueNow", exception.monthsOverdueNow.map { .int($0) } ?? .null),
        ("overdueNowText", .string(Self.overdueNowText(exception.monthsOverdueNow, item: item))),
        ("workstreams", .list(item.workstreams.map { .string($0.name) })),
        ("workstreamsText", .string(workstreams.isEmpty ? "– (no workstream)" : workstreams)),
        ("reasons", .list(exception.reasons.map { .string($0.rawValue) })),
        ("isRed", .bool(exception.reasons.contains(.red))),
        ("isAmber", .bool(exception.reasons.contains(.amber))),
        ("isOverdue", .bool(exception.reasons.contains(.overdue))),
      ]))
  }

  /// A date cell for a table: as written, `… (unreadable)` when it names no month it could read, or
  /// `blank` when empty.
  static func dateText(_ date: TrackerDate, blank: String) -> String {
    if date.isBlank { return blank }
    return date.isUnreadable ? "\(date.text) (unreadable)" : date.text
  }

  /// The expected end as a forecast: the month as written, `(passed)` when that month is over and the
  /// row is still not complete, or a dash with a reason.
  static func forecastText(_ item: ActionPlan.Item, asOf: Day) -> String {
    let text = dateText(item.expectedEnd, blank: "– (not recorded)")
    guard let month = item.expectedEnd.month, asOf.hasPassed(month), !item.isComplete else { return text }
    return text + " (passed)"
  }

  /// Why a row has no lateness: it is complete, or its due date names no month.
  static func noLateness(_ item: ActionPlan.Item) -> String {
    item.isComplete ? "– (complete)" : "– (no due month)"
  }

  /// "15 months", "1 month", "not yet due", or a dash with the reason there is no figure.
  static func overdueNowText(_ months: Int?, item: ActionPlan.Item) -> String {
    guard let months else { return noLateness(item) }
    if months == 0 { return "not yet due" }
    return months == 1 ? "1 month" : "\(months) months"
  }

  static func finding(_ finding: AuditFinding) -> TemplateValue {
    .object(
      TemplateObject([
        ("ref", .string(finding.ref)), ("rule", .string(finding.rule.rawValue)),
        ("message", .string(finding.message)),
        ("cell", .string(finding.cells.first?.name ?? "")),
        (
          "cells",
          .list(
            finding.cells.map { cell in
              ["column": .string(cell.column.heading), "cell": .string(cell.name)]
            })
        ),
      ]))
  }

  static func change(_ change: ActionPlanChange) -> TemplateValue {
    .object(
      TemplateObject([
        ("ref", .string(change.ref)), ("field", .string(change.field.rawValue)),
        ("from", change.from.map { .string($0) } ?? .null), ("to", change.to.map { .string($0) } ?? .null),
        ("kind", .string(change.kind.rawValue)), ("sentence", .string(change.sentence)),
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
