import Foundation

/// Reads the action-plan tracker as Excel exports it (`action-plan.csv`).
public enum ActionPlanReader {
  /// Reads a tracker. Errors are only for what makes the tracker unusable as a whole: a missing required
  /// heading, a file that cannot be read, no responses at all. A cell that cannot be read (a date, status,
  /// RAG or % in no form the tracker uses) or a row that fits no kind is a warning at the CELL's
  /// file:line:column; the reader keeps going and reports them all, in file order.
  ///
  /// The plan is nil only when the file has no usable header. Otherwise it holds every row that could be
  /// placed; a cell that could not be read is kept as written (a date is marked unreadable, a status or
  /// RAG is left blank, and `Item.unreadable` keeps the text for the audit), so nothing is dropped silently.
  ///
  /// Its diagnostics are appended to `diagnostics` in file order.
  public static func read(_ source: SourceText, diagnostics: inout Diagnostics) -> ActionPlan? {
    var found = Diagnostics()
    guard let table = CSVTable.parse(source, diagnostics: &found) else {
      diagnostics.append(contentsOf: found)
      return nil
    }
    guard let header = TrackerHeader.match(table.header, in: table, diagnostics: &found) else {
      diagnostics.append(contentsOf: found.sorted)
      return nil
    }
    var builder = Builder(table: table, header: header)
    for row in table.rows { builder.add(row) }
    builder.finish()
    if !builder.plan.areas.contains(where: { $0.areasForDevelopment.contains { !$0.responses.isEmpty } }) {
      builder.diagnostics.append(
        .error(
          "the tracker has no responses", at: table.location(of: table.header),
          hint:
            "a response row has a ref like '1.1a' and Action Ref 'Response', under an area for development"))
    }
    found.append(contentsOf: builder.diagnostics)
    diagnostics.append(contentsOf: found.sorted)
    return builder.plan
  }

  /// Reads a file from disk (`SourceText.read`, then `read`).
  public static func read(_ url: URL, displayPath: String, diagnostics: inout Diagnostics) -> ActionPlan? {
    guard let source = SourceText.read(url, displayPath: displayPath, diagnostics: &diagnostics) else {
      return nil
    }
    return read(source, diagnostics: &diagnostics)
  }

  /// Refs: `1`, `1.1`, `1.1a`, `1.1a.1` (an action may carry a letter suffix, `1.3f.4a`).
  static func refKind(_ ref: String, actionRef: String) -> ActionPlan.Kind? {
    let response = actionRef.lowercased() == "response"
    if actionRef.isEmpty || response {
      if TrackerRefPattern.area.matches(ref), !response { return .area }
      if TrackerRefPattern.areaForDevelopment.matches(ref), !response { return .areaForDevelopment }
      if TrackerRefPattern.response.matches(ref) { return .response }
      return nil
    }
    if ref.isEmpty, TrackerRefPattern.action.matches(actionRef) { return .action }
    return nil
  }
}

/// Turns rows into the nested plan, collecting diagnostics.
private struct Builder {
  let table: CSVTable
  let header: TrackerHeader
  var plan: ActionPlan
  var diagnostics: [Diagnostic] = []
  private var area: ActionPlan.Area?
  private var development: ActionPlan.AreaForDevelopment?
  private var response: ActionPlan.Response?
  /// Each date text read so far: trackers repeat the same few months in every row.
  private var datesRead: [String: TrackerDate?] = [:]

  init(table: CSVTable, header: TrackerHeader) {
    self.table = table
    self.header = header
    self.plan = ActionPlan(path: table.source.path, workstreams: header.workstreams.map(\.name))
    plan.columnNumbers = header.indices.mapValues { $0 + 1 }
  }

  private func cell(_ row: CSVRow, _ column: TrackerColumn) -> CSVCell {
    if let index = header.indices[column], let cell = row.cell(index) { return cell }
    // A short row: the missing cell is blank, located just past the row's last cell.
    let last = row.cells.last
    return CSVCell(text: "", line: last?.line ?? row.line, column: (last?.column ?? 0) + 1)
  }

  /// A cell or row the reader cannot use: a warning, since the rest of the tracker still makes a pack.
  private mutating func warn(_ message: String, _ cell: CSVCell, hint: String? = nil) {
    diagnostics.append(.warning(message, at: table.location(of: cell), hint: hint))
  }

  mutating func add(_ row: CSVRow) {
    let refCell = cell(row, .responseRef)
    let actionCell = cell(row, .actionRef)
    let ref = refCell.trimmed
    let actionRef = actionCell.trimmed
    guard let kind = ActionPlanReader.refKind(ref, actionRef: actionRef) else {
      let shown = [ref, actionRef].filter { !$0.isEmpty }.joined(separator: "', '")
      warn(
        "this row fits no kind of tracker row (refs '\(shown)')", ref.isEmpty ? actionCell : refCell,
        hint:
          "an area of weakness has ref '1', an area for development '1.1', a response '1.1a' with Action Ref "
          + "'Response', an action a blank ref and Action Ref '1.1a.1'; the row is left out")
      return
    }
    let item = read(row, kind: kind, ref: kind == .action ? actionRef : ref)
    switch kind {
    case .area:
      closeArea()
      area = ActionPlan.Area(item: item)
    case .areaForDevelopment:
      guard area != nil else {
        return warn("area for development \(ref) comes before any area of weakness", refCell)
      }
      closeDevelopment()
      checkParent(ref, parent: area?.item.ref, separator: ".", cell: refCell)
      development = ActionPlan.AreaForDevelopment(item: item)
    case .response:
      guard development != nil else {
        return warn("response \(ref) comes before any area for development", refCell)
      }
      closeResponse()
      checkParent(ref, parent: development?.item.ref, separator: "", cell: refCell)
      response = ActionPlan.Response(item: item)
    case .action:
      guard response != nil else {
        return warn(
          "action \(actionRef) comes before any response", actionCell,
          hint: "put it under its response row (ref like '1.1a', Action Ref 'Response')")
      }
      checkParent(actionRef, parent: response?.item.ref, separator: ".", cell: actionCell)
      response?.actions.append(item)
    }
  }

  /// Warns when a ref does not start with its parent's (`2.1` under area `1`); the row stays where it is.
  private mutating func checkParent(_ ref: String, parent: String?, separator: String, cell: CSVCell) {
    guard let parent, !ref.lowercased().hasPrefix(parent.lowercased() + separator) else { return }
    diagnostics.append(
      .warning(
        "\(ref) is listed under \(parent), whose ref it does not start with", at: table.location(of: cell),
        hint: "check the ref; the row is counted under \(parent)"))
  }

  mutating func finish() { closeArea() }

  private mutating func closeResponse() {
    if let response { development?.responses.append(response) }
    response = nil
  }

  private mutating func closeDevelopment() {
    closeResponse()
    if let development { area?.areasForDevelopment.append(development) }
    development = nil
  }

  private mutating func closeArea() {
    closeDevelopment()
    if let area { plan.areas.append(area) }
    area = nil
  }

  private mutating func read(_ row: CSVRow, kind: ActionPlan.Kind, ref: String) -> ActionPlan.Item {
    var locations: [TrackerColumn: SourceLocation] = [:]
    locations.reserveCapacity(TrackerColumn.allCases.count)
    for column in TrackerColumn.allCases { locations[column] = table.location(of: cell(row, column)) }
    var item = ActionPlan.Item(
      kind: kind, ref: ref, fullTitle: cell(row, .objective).text.trimmingSpaces,
      outcome: cell(row, .outcome).text.trimmingSpaces, line: row.line, locations: locations)
    item.row = row.row
    item.start = date(row, .start)
    item.due = date(row, .due)
    item.expectedEnd = date(row, .expectedEnd)
    let statusCell = cell(row, .status)
    if let status = DeliveryStatus.parse(statusCell.text) {
      item.status = status
    } else {
      item.unreadable[.status] = statusCell.trimmed
      warn(
        "unknown delivery status '\(statusCell.trimmed)'", statusCell,
        hint: DeliveryStatus.acceptedList + "; the row counts as having no status")
    }
    let ragCell = cell(row, .rag)
    if let rag = RAGRating.parse(ragCell.text) {
      item.rag = rag
    } else {
      item.unreadable[.rag] = ragCell.trimmed
      warn(
        "unknown RAG rating '\(ragCell.trimmed)'", ragCell,
        hint: RAGRating.acceptedList + "; the row counts as not rated")
    }
    let percentCell = cell(row, .percentComplete)
    if let percent = TrackerPercent.parse(percentCell.text) {
      item.percentComplete = percent
    } else {
      item.unreadable[.percentComplete] = percentCell.trimmed
      warn(
        "'\(percentCell.trimmed)' is not a percentage", percentCell,
        hint: "write a percentage from 0% to 100%, such as 95%, 95 or 0.95; the row counts as having none")
    }
    for index in header.unnamed {
      guard let stray = row.cell(index), !stray.trimmed.isEmpty else { continue }
      diagnostics.append(
        .warning(
          "'\(stray.trimmed)' is in a column with no heading, so it is ignored",
          at: table.location(of: stray),
          hint: "give the column a heading (a workstream name) or clear the cell"))
    }
    for workstream in header.workstreams {
      guard let text = row.cell(workstream.index)?.trimmed, !text.isEmpty else { continue }
      item.workstreams.append(
        ActionPlan.Workstream(name: workstream.name, text: text.collapsingWhitespace(.trackerCell)))
    }
    return item
  }

  private mutating func date(_ row: CSVRow, _ column: TrackerColumn) -> TrackerDate {
    let dateCell = cell(row, column)
    let parsed: TrackerDate?
    if let known = datesRead[dateCell.text] {
      parsed = known
    } else {
      parsed = TrackerDate.parse(dateCell.text)
      datesRead[dateCell.text] = .some(parsed)
    }
    if let date = parsed { return date }
    warn(
      "'\(dateCell.trimmed)' in '\(column.heading)' cannot be read as a month and year", dateCell,
      hint:
        "write the month and year like Jun-20, June 2020 or 30/06/2020, optionally followed by 'ongoing'; "
        + "or Ongoing, TBC or N/A; the row counts as having no month here")
    return TrackerDate(
      text: dateCell.trimmed.collapsingWhitespace(.trackerCell), month: nil, isUnreadable: true)
  }
}
