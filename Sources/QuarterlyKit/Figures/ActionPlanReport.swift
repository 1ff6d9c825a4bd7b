/// Everything the monitoring pack says about the action plan: the recomputed RAG summary, the exceptions,
/// the audit against the RAG key and, when last quarter's tracker is given, the changes since.
public struct ActionPlanReport: Sendable {
  public var asOf: Day
  public var plan: ActionPlan
  public var summary: ActionPlanSummary
  public var exceptions: [ActionPlanException]
  public var audit: [AuditFinding]
  /// Nil when there is no previous tracker.
  public var changes: [ActionPlanChange]?
  /// Nil when there is no previous tracker.
  public var headline: ChangeHeadline?

  public init(plan: ActionPlan, previous: ActionPlan?, asOf: Day) {
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
}
