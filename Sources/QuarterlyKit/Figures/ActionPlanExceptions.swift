/// A response or action the pack must show: rated Red or Amber, or past its original due date unfinished.
public struct ActionPlanException: Sendable, Hashable {
  public enum Reason: String, Sendable, Hashable {
    /// Rated R.
    case red
    /// Rated A.
    case amber
    /// The original due month has ended before the as-of date and the status is not `5. Completed`.
    case overdue
  }

  public var item: ActionPlan.Item
  public var area: String
  public var areaForDevelopment: String?
  /// For an action, the response it belongs to.
  public var response: String?
  public var reasons: [Reason]
  /// Months late: from the original due month to the later of the as-of month and the expected end;
  /// nil when the due date has no month (`Ongoing`, `TBC`) or cannot be read, or the row is complete.
  public var monthsLate: Int?
  /// Months overdue now: from the original due month to the as-of month once the due month has passed,
  /// else 0; nil when the due date has no month or the row is complete.
  public var monthsOverdueNow: Int?

  /// Months late, measured from the original due month to the later of the as-of month and the expected
  /// end month (`Sept-20 ongoing` counts as Sep-20); never negative. An expected end that has passed does
  /// not stop the count: due Jul-19, expected Sep-19, still in progress in October 2020 is 15 months late.
  public static func monthsLate(of item: ActionPlan.Item, asOf: Day) -> Int? {
    guard let due = item.due.month, !item.isComplete else { return nil }
    let now = asOf.calendarMonth
    let until = item.expectedEnd.month.map { max($0, now) } ?? now
    return max(0, due.months(to: until))
  }

  /// Months from the original due month to the as-of month when the due month has passed, else 0; nil
  /// for a complete row (it is not late now) or a due date with no month.
  public static func monthsOverdueNow(of item: ActionPlan.Item, asOf: Day) -> Int? {
    guard let due = item.due.month, !item.isComplete else { return nil }
    return asOf.hasPassed(due) ? due.months(to: asOf.calendarMonth) : 0
  }

  /// Whether the original due month has ended before `asOf` and the row is not complete.
  public static func isOverdue(_ item: ActionPlan.Item, asOf: Day) -> Bool {
    guard let due = item.due.month, !item.isComplete else { return false }
    return asOf.hasPassed(due)
  }

  /// Every non-archived response and action that is R, A or overdue, in tracker order.
  public static func list(_ plan: ActionPlan, asOf: Day) -> [ActionPlanException] {
    plan.items.compactMap { entry in
      let item = entry.item
      guard item.kind == .response || item.kind == .action, !item.isArchived else { return nil }
      var reasons: [Reason] = []
      if item.rag == .red { reasons.append(.red) }
      if item.rag == .amber { reasons.append(.amber) }
      if isOverdue(item, asOf: asOf) { reasons.append(.overdue) }
      guard !reasons.isEmpty else { return nil }
      return ActionPlanException(
        item: item, area: entry.area, areaForDevelopment: entry.areaForDevelopment,
        response: item.kind == .action ? entry.response : nil, reasons: reasons,
        monthsLate: monthsLate(of: item, asOf: asOf), monthsOverdueNow: monthsOverdueNow(of: item, asOf: asOf)
      )
    }
  }
}
