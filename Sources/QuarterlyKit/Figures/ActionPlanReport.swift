/// Everything the monitoring pack says about the action plan: the recomputed RAG summary, the exceptions,
/// the audit against the RAG key and, when last quarter's tracker is given, the changes since.
public struct ActionPlanReport: Sendable {
  public var asOf: TrackerDay
  public var plan: ActionPlan
  public var summary: ActionPlanSummary
  public var exceptions: [ActionPlanException]
  public var audit: [AuditFinding]
  /// Nil when there is no previous tracker.
  public var changes: [ActionPlanChange]?
  /// Nil when there is no previous tracker.
  public var headline: ChangeHeadline?

  public init(plan: ActionPlan, previous: ActionPlan?, asOf: TrackerDay) {
    self.asOf = asOf
    self.plan = plan
    summary = ActionPlanSummary(plan)
    exceptions = ActionPlanException.list(plan, asOf: asOf)
    audit = ActionPlanAudit.run(plan, summary: summary, asOf: asOf)
    if let previous {
      let compared = ActionPlanChanges.compare(previous: previous, current: plan)
      changes = compared.changes
      headline = compared.headline
    }
  }

  /// `asOf` is the edition's `as_of` (YYYY-MM-DD) as numbers.
  public init(plan: ActionPlan, previous: ActionPlan?, asOf: (year: Int, month: Int, day: Int)) {
    self.init(
      plan: plan, previous: previous, asOf: TrackerDay(year: asOf.year, month: asOf.month, day: asOf.day))
  }
}
