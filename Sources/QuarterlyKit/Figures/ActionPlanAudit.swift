/// One place where the tracker disagrees with its own RAG key or with itself.
public struct AuditFinding: Sendable, Hashable {
  public enum Rule: String, Sendable, Hashable, CaseIterable {
    /// Rated G, A, N/A or blank although the original due date has passed unfinished (the key says R).
    case overdueNotRed = "overdue-not-red"
    /// Rated B but the status is not `5. Completed`.
    case blueNotComplete = "blue-not-complete"
    /// Status `5. Completed` but not rated B.
    case completeNotBlue = "complete-not-blue"
    /// Expected end month before the start month.
    case endBeforeStart = "end-before-start"
    /// A date cell that cannot be read.
    case unreadableDate = "unreadable-date"
    /// A status, RAG or % complete cell that cannot be read.
    case unreadableCell = "unreadable-cell"
    /// A non-archived response with no `% Complete`.
    case missingPercent = "missing-percent"
    /// An area or area-for-development row records a % complete other than the recomputed one.
    case percentMismatch = "percent-mismatch"
    /// Two rows share a ref (changes are then matched by order of appearance).
    case duplicateRef = "duplicate-ref"

    /// A sentence for the pack's audit section.
    public var summary: String {
      switch self {
      case .overdueNotRed: return "Original due date passed but not rated Red"
      case .blueNotComplete: return "Rated Blue but not completed"
      case .completeNotBlue: return "Completed but not rated Blue"
      case .endBeforeStart: return "Expected end date before the start date"
      case .unreadableDate: return "Dates that cannot be read"
      case .unreadableCell: return "Statuses, ratings or percentages that cannot be read"
      case .missingPercent: return "Responses with no % complete"
      case .percentMismatch: return "Recorded % complete differs from the recomputed one"
      case .duplicateRef: return "Refs used twice"
      }
    }
  }

  public var ref: String
  public var rule: Rule
  public var message: String
  /// The cells involved: heading, location in the file, and the cell's name in the spreadsheet (`I43`).
  public var cells: [(column: TrackerColumn, location: SourceLocation, name: String)]

  public static func == (lhs: AuditFinding, rhs: AuditFinding) -> Bool {
    lhs.ref == rhs.ref && lhs.rule == rhs.rule && lhs.message == rhs.message
      && lhs.cells.map(\.location) == rhs.cells.map(\.location)
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(ref)
    hasher.combine(rule)
    hasher.combine(message)
  }
}

/// Checks the rows against the tracker's RAG key, as of the edition's date.
public enum ActionPlanAudit {
  public static func run(_ plan: ActionPlan, summary: ActionPlanSummary, asOf: Day) -> [AuditFinding] {
    var findings: [AuditFinding] = []
    var seen: [String: Int] = [:]
    let recomputed = summary.roundedPercentsByRef
    for entry in plan.items {
      let item = entry.item
      func add(_ rule: AuditFinding.Rule, _ message: String, _ columns: [TrackerColumn]) {
        let cells = columns.map { column in
          (
            column, item.locations[column] ?? SourceLocation(file: plan.path, line: item.line),
            plan.columnNumbers[column].map { CellName.of(row: item.row, column: $0) } ?? "row \(item.row)"
          )
        }
        findings.append(AuditFinding(ref: item.ref, rule: rule, message: message, cells: cells))
      }
      let key = "\(item.kind.rawValue) \(item.ref.lowercased())"
      if let row = seen[key] {
        add(
          .duplicateRef, "ref \(item.ref) is also used in row \(row)",
          [item.kind == .action ? .actionRef : .responseRef])
      } else {
        seen[key] = item.row
      }
      for (column, date) in [
        (TrackerColumn.start, item.start), (.due, item.due), (.expectedEnd, item.expectedEnd),
      ]
      where date.isUnreadable {
        add(
          .unreadableDate, "unreadable date '\(date.text)' in \(column.heading)",
          [column])
      }
      for column in [TrackerColumn.status, .rag, .percentComplete] {
        guard let text = item.unreadable[column] else { continue }
        add(.unreadableCell, "unreadable \(column.heading) '\(text)'", [column])
      }
      if let start = item.start.month, let end = item.expectedEnd.month, end < start {
        add(
          .endBeforeStart,
          "expected end date \(item.expectedEnd.text) is before the start date \(item.start.text)",
          [.expectedEnd, .start])
      }
      switch item.kind {
      case .area, .areaForDevelopment:
        guard let recorded = item.percentComplete else { continue }
        let wanted = recomputed[item.ref].flatMap { $0 }
        let recordedText = "\(ActionPlanSummary.roundHalfUp(recorded))%"
        let source = item.kind == .area ? "its areas for development" : "its responses"
        if let wanted, wanted != ActionPlanSummary.roundHalfUp(recorded) {
          add(
            .percentMismatch, "records \(recordedText) complete but \(source) give \(wanted)%",
            [.percentComplete])
        } else if wanted == nil {
          add(
            .percentMismatch, "records \(recordedText) complete but \(source) give no % to average",
            [.percentComplete])
        }
      case .response, .action:
        guard !item.isArchived else { continue }
        let status = item.status.map { "'\($0.text)'" } ?? "blank"
        let rag = item.rag == .blank ? "blank" : "'\(item.rag.letter)'"
        if item.rag != .red, item.rag != .blue, ActionPlanException.isOverdue(item, asOf: asOf) {
          add(
            .overdueNotRed,
            "RAG Rating is \(rag) but the original due date \(item.due.text) has passed and the status is "
              + "\(status): the key says R", [.rag, .due, .status])
        }
        if item.rag == .blue, !item.isComplete {
          add(
            .blueNotComplete, "RAG Rating is 'B' (complete) but the status is \(status)", [.rag, .status])
        }
        if item.isComplete, item.rag != .blue {
          add(.completeNotBlue, "the status is \(status) but RAG Rating is \(rag), not 'B'", [.status, .rag])
        }
        if item.kind == .response, item.percentComplete == nil {
          add(.missingPercent, "no % Complete recorded for this response", [.percentComplete])
        }
      }
    }
    return findings
  }
}
