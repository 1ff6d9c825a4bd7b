import Foundation
import Testing

@testable import QuarterlyKit

/// A tracker holding every form of date, RAG, status and % people type, saved by Excel as Windows-1252
/// with CRLF line ends and multi-line cells (`every-form-cp1252.csv`): each is read, and only the cells
/// that really cannot be read are warnings (and audit findings). The pack still builds.
@Suite struct TrackerEveryFormTests {
  private func plan() throws -> (ActionPlan, [String]) {
    let (plan, diagnostics) = try TrackerFixture.file("every-form-cp1252.csv", path: "action-plan.csv")
    return (try #require(plan), diagnostics)
  }

  /// The actions of the fixture's last response, 1.1f: one per due-date form.
  private func actions() throws -> [ActionPlan.Item] {
    let (plan, _) = try plan()
    return try #require(plan.areas.first?.areasForDevelopment.first?.responses.last?.actions)
  }

  /// The due date of each action, in order, as `YYYY-MM`, `ongoing`, `unreadable` or `-`.
  static let dueMonths: [(form: String, read: String)] = [
    ("Jun-20", "2020-06"), ("June 2020", "2020-06"), ("Sept 2020", "2020-09"), ("Sep-2020", "2020-09"),
    ("06/2020", "2020-06"), ("30/06/2020", "2020-06"), ("2020-06", "2020-06"), ("2020-06-30", "2020-06"),
    ("44012", "2020-06"),  // Excel's serial for 30 June 2020
    ("Jun-19 and ongoing", "2019-06 ongoing"), ("Sept-20 ongoing", "2020-09 ongoing"),
    ("Mar-19 onward", "2019-03 ongoing"), ("Jan-20 Onwards", "2020-01 ongoing"),
    ("Nov-18 Ongoing", "2018-11 ongoing"), ("Jun-19 (ongoing)", "2019-06 ongoing"),
    ("Jun-19 - ongoing", "2019-06 ongoing"), ("JUN-19 AND ONGOING", "2019-06 ongoing"),
    ("Jun-19 and ongoing", "2019-06 ongoing"),  // written over two lines in the cell
    ("05/11/2019", "2019-11"),  // UK order: 5 November
    ("30/06/2020 00:00", "2020-06"), ("30-Jun-20", "2020-06"), ("June 2020 onwards", "2020-06 ongoing"),
    ("44012.0", "2020-06"), ("Ongoing", "ongoing"), ("Onwards", "ongoing"), ("TBC", "-"), ("TBA", "-"),
    ("N/A", "-"), ("-", "-"), ("", "-"), ("Jnu-20", "unreadable"), ("31/13/2020", "unreadable"),
  ]

  @Test func readsTheMonthOfEveryDateForm() throws {
    let actions = try actions()
    #expect(actions.count == Self.dueMonths.count)
    for (action, expected) in zip(actions, Self.dueMonths) {
      let due = action.due
      var read = due.month.map { String(format: "%04d-%02d", $0.year, $0.month) } ?? ""
      if due.isOngoing { read += read.isEmpty ? "ongoing" : " ongoing" }
      if due.isUnreadable { read = "unreadable" }
      if read.isEmpty { read = "-" }
      #expect(due.text == expected.form, "\(action.ref)")
      #expect(read == expected.read, "\(action.ref) '\(expected.form)'")
    }
  }

  @Test func readsEveryRAGStatusAndPercentForm() throws {
    let actions = try actions()
    let rags = actions.prefix(17).map(\.rag.letter)
    // R, r, Red, AMBER, g, Green, B, Blue, Complete, R - Overdue, A - Risk of overdue, G - On track,
    // B - Complete, N/A, Grey, blank, Purple (unreadable: not rated, and kept for the audit).
    #expect(rags == ["R", "R", "R", "A", "G", "G", "B", "B", "B", "R", "A", "G", "B", "N/A", "N/A", "", ""])
    #expect(actions[16].unreadable[.rag] == "Purple")
    // 5. Completed, 5 - Completed, Completed, complete, In progress, 3. In Progress, 1. Not Started,
    // 3) In Progress.
    #expect(actions.prefix(8).map { $0.status?.number ?? 0 } == [5, 5, 5, 5, 3, 3, 1, 3])
    let (plan, _) = try plan()
    let responses = try #require(plan.areas.first?.areasForDevelopment.first?.responses)
    // 90%, 90, 0.9 (Excel's stored fraction), blank, " 92.5 %", ninety (unreadable).
    #expect(responses.map(\.item.percentComplete) == [90, 90, 90, nil, 92.5, nil])
    #expect(responses[5].item.unreadable[.percentComplete] == "ninety")
    #expect(responses[0].item.workstreams.map(\.text) == ["Year 2 – £ budget"])
    #expect(plan.areas.first?.areasForDevelopment.first?.item.title == "Forms people type (over two lines)")
  }

  @Test func onlyTheReallyUnreadableCellsAreWarningsAndAuditFindings() throws {
    let (plan, diagnostics) = try plan()
    #expect(diagnostics.allSatisfy { $0.contains(": warning: ") })
    #expect(
      diagnostics.map { String($0.prefix(while: { $0 != ";" })) } == [
        "action-plan.csv:13:83: warning: 'ninety' is not a percentage",
        "action-plan.csv:30:80: warning: unknown RAG rating 'Purple'",
        "action-plan.csv:45:47: warning: 'Jnu-20' in 'Due date in WSOA (not to be changed)' cannot be read as "
          + "a month and year",
        "action-plan.csv:46:47: warning: '31/13/2020' in 'Due date in WSOA (not to be changed)' cannot be read "
          + "as a month and year",
      ])
    let report = ActionPlanReport(plan: plan, previous: nil, asOf: TrackerFixture.documentDate)
    let unreadable = report.audit.filter { $0.rule == .unreadableDate || $0.rule == .unreadableCell }
    #expect(
      unreadable.map(\.message) == [
        "unreadable % Complete (Response only) 'ninety'",
        "unreadable RAG Rating 'Purple'",
        "unreadable date 'Jnu-20' in Due date in WSOA (not to be changed)",
        "unreadable date '31/13/2020' in Due date in WSOA (not to be changed)",
      ])
    #expect(
      ActionPlanAuditSummary.text(unreadable)
        == "2 unreadable dates and 2 unreadable statuses, ratings or percentages")
    // The rows with unreadable cells still count.
    #expect(plan.areas.first?.areasForDevelopment.first?.responses.count == 6)
    #expect(try actions().count == 32)
  }

  @Test func theTrackerBuildsAPackWithWarningsOnly() throws {
    let folder = try Repository.temporaryFolder()
    let output = try Repository.temporaryFolder()
    defer {
      try? FileManager.default.removeItem(at: folder)
      try? FileManager.default.removeItem(at: output)
    }
    let edition = folder.appendingPathComponent("every-form")
    try FileManager.default.copyItem(at: Fixture.url("good-edition"), to: edition)
    try FileManager.default.copyItem(
      at: Fixture.url("action-plan/every-form-cp1252.csv"),
      to: edition.appendingPathComponent("action-plan.csv"))
    let result = try #require(
      Repository.build([EditionInput(folder: edition, displayPath: "every-form")], output: output).first)
    #expect(result.errorCount == 0, "\(result.diagnostics.map(\.description))")
    #expect(result.warningCount == 4)
    #expect(result.files.contains("monitoring-pack.html"))
    let pack = try String(
      contentsOf: output.appendingPathComponent("every-form/monitoring-pack.md"), encoding: .utf8)
    #expect(pack.contains("### Dates that cannot be read (2)"))
    #expect(pack.contains("unreadable date 'Jnu-20' in Due date in WSOA (not to be changed)"))
  }
}
