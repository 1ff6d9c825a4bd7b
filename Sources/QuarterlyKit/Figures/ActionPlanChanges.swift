/// One difference between the previous quarter's tracker and this one.
public struct ActionPlanChange: Sendable, Hashable {
  public enum Field: String, Sendable, Hashable {
    case status
    case rag
    case percentComplete
    case expectedEnd
    case dueDate
    case added
    case removed
  }

  public var ref: String
  public var kind: ActionPlan.Kind
  public var field: Field
  /// The value before, in words (`Green`, `In Progress`, `September 2020`; nil for `added` or when blank;
  /// the title for `removed`).
  public var from: String?
  /// The value now, in words (nil for `removed` or when blank; the title for `added`).
  public var to: String?
}

/// The headline counts of the changes (responses and actions together, and responses alone).
public struct ChangeHeadline: Sendable, Hashable {
  /// Status became `5. Completed`.
  public var newlyCompleted = 0
  public var newlyCompletedResponses = 0
  /// RAG became R.
  public var newlyRed = 0
  public var newlyRedResponses = 0
  /// The expected end (or, with none, the due date) moved to a later month, or became open-ended.
  public var datesSlipped = 0
  public var datesSlippedResponses = 0
  public var added = 0
  public var removed = 0
}

/// Compares two trackers row by row, matched by ref (a ref used twice is matched by order of appearance).
///
/// For responses and actions: status, RAG, recorded % complete, due date and expected end date (compared
/// by meaning, so `Sep-20` to `Sept-20` is no change). For areas and areas for development: the recomputed
/// % complete. Order: this tracker's rows in order, then the removed rows in the previous tracker's order.
public enum ActionPlanChanges {
  public static func compare(previous: ActionPlan, current: ActionPlan) -> (
    changes: [ActionPlanChange], headline: ChangeHeadline
  ) {
    let old = keyed(previous)
    let oldPercents = ActionPlanSummary(previous).roundedPercentsByRef
    let newPercents = ActionPlanSummary(current).roundedPercentsByRef
    var oldByKey: [String: ActionPlan.Item] = [:]
    for (key, item) in old { oldByKey[key] = item }
    var matched: Set<String> = []
    var changes: [ActionPlanChange] = []
    var headline = ChangeHeadline()
    for (key, item) in keyed(current) {
      func change(_ field: ActionPlanChange.Field, _ from: String?, _ to: String?) {
        changes.append(ActionPlanChange(ref: item.ref, kind: item.kind, field: field, from: from, to: to))
      }
      guard let before = oldByKey[key] else {
        change(.added, nil, item.title)
        headline.added += 1
        continue
      }
      matched.insert(key)
      let isResponse = item.kind == .response
      if item.kind == .area || item.kind == .areaForDevelopment {
        let from = oldPercents[item.ref].flatMap { $0 }
        let to = newPercents[item.ref].flatMap { $0 }
        if from != to { change(.percentComplete, from.map { "\($0)%" }, to.map { "\($0)%" }) }
        continue
      }
      if before.status?.number != item.status?.number {
        change(.status, ActionPlanChange.words(before.status), ActionPlanChange.words(item.status))
        if item.isComplete {
          headline.newlyCompleted += 1
          if isResponse { headline.newlyCompletedResponses += 1 }
        }
      }
      if before.rag != item.rag {
        change(.rag, ActionPlanChange.words(before.rag), ActionPlanChange.words(item.rag))
        if item.rag == .red {
          headline.newlyRed += 1
          if isResponse { headline.newlyRedResponses += 1 }
        }
      }
      if before.percentComplete != item.percentComplete {
        change(
          .percentComplete, before.percentComplete.map(percentText), item.percentComplete.map(percentText))
      }
      if !before.due.means(item.due) {
        change(.dueDate, ActionPlanChange.words(before.due), ActionPlanChange.words(item.due))
      }
      if !before.expectedEnd.means(item.expectedEnd) {
        change(
          .expectedEnd, ActionPlanChange.words(before.expectedEnd), ActionPlanChange.words(item.expectedEnd))
      }
      if slipped(from: before, to: item) {
        headline.datesSlipped += 1
        if isResponse { headline.datesSlippedResponses += 1 }
      }
    }
    for (key, item) in old where !matched.contains(key) {
      changes.append(
        ActionPlanChange(ref: item.ref, kind: item.kind, field: .removed, from: item.title, to: nil))
      headline.removed += 1
    }
    return (changes, headline)
  }

  /// `90%`, or `92.5%` when not whole.
  static func percentText(_ value: Double) -> String {
    value == value.rounded() ? "\(Int(value))%" : "\(value)%"
  }

  /// Whether the planned end (expected end, else due) moved later or became open-ended.
  static func slipped(from before: ActionPlan.Item, to after: ActionPlan.Item) -> Bool {
    func end(_ item: ActionPlan.Item) -> (month: Month?, open: Bool) {
      if let month = item.expectedEnd.month { return (month, false) }
      if item.expectedEnd.isOngoing { return (nil, true) }
      return (item.due.month, item.due.month == nil && item.due.isOngoing)
    }
    let old = end(before)
    let new = end(after)
    if let oldMonth = old.month, let newMonth = new.month { return newMonth > oldMonth }
    return old.month != nil && new.open
  }

  /// Rows keyed by kind and ref, with `#2`, `#3` for a ref's later uses, in tracker order.
  private static func keyed(_ plan: ActionPlan) -> [(String, ActionPlan.Item)] {
    var uses: [String: Int] = [:]
    return plan.items.map { entry in
      let base = "\(entry.item.kind == .action ? "action" : "row") \(entry.item.ref.lowercased())"
      let count = (uses[base] ?? 0) + 1
      uses[base] = count
      return (count == 1 ? base : "\(base)#\(count)", entry.item)
    }
  }
}
