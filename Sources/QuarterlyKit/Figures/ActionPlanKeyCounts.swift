/// The responses counted as the tracker's RAG key says they should be rated at the as-of date, beside the
/// ratings the tracker records.
///
/// Every non-archived response counts once: complete when its status is `5. Completed`; else overdue when
/// its original due month has passed; else at risk when rated A; else on track (rated G, or not rated).
public struct ActionPlanKeyCounts: Sendable, Hashable {
  public var complete = 0
  public var onTrack = 0
  public var atRisk = 0
  public var overdue = 0

  /// Counts the plan's non-archived responses as the key rates them on `asOf`.
  public init(_ plan: ActionPlan, asOf: Day) {
    for entry in plan.items where entry.item.kind == .response && !entry.item.isArchived {
      let item = entry.item
      if item.isComplete {
        complete += 1
      } else if ActionPlanException.isOverdue(item, asOf: asOf) {
        overdue += 1
      } else if item.rag == .amber {
        atRisk += 1
      } else {
        onTrack += 1
      }
    }
  }
}

/// What the audit counts, in words: "9 ratings that do not follow the key, 1 repeated ref".
public enum ActionPlanAuditSummary {
  /// The findings grouped by what they count, each as "count phrase", in the order of the rules.
  public static func parts(_ findings: [AuditFinding]) -> [String] {
    func count(_ rules: [AuditFinding.Rule]) -> Int { findings.filter { rules.contains($0.rule) }.count }
    let groups: [(rules: [AuditFinding.Rule], one: String, many: String)] = [
      (
        [.overdueNotRed, .blueNotComplete, .completeNotBlue], "rating that does not follow the key",
        "ratings that do not follow the key"
      ),
      ([.endBeforeStart], "end date before its start date", "end dates before their start dates"),
      ([.unreadableDate], "unreadable date", "unreadable dates"),
      ([.unreadableCell], "unreadable status, rating or %", "unreadable statuses, ratings or percentages"),
      ([.missingPercent], "response with no % complete", "responses with no % complete"),
      (
        [.percentMismatch], "recorded % complete that differs from the recomputed one",
        "recorded % complete figures that differ from the recomputed ones"
      ),
      ([.duplicateRef], "repeated ref", "repeated refs"),
    ]
    return groups.compactMap { group in
      let number = count(group.rules)
      guard number > 0 else { return nil }
      return "\(number) \(number == 1 ? group.one : group.many)"
    }
  }

  /// The parts as one phrase: "9 ratings that do not follow the key, 1 repeated ref and 1 end date before
  /// its start date"; empty when there are no findings.
  public static func text(_ findings: [AuditFinding]) -> String {
    let parts = parts(findings)
    guard let last = parts.last else { return "" }
    return parts.count == 1 ? last : parts.dropLast().joined(separator: ", ") + " and " + last
  }
}
