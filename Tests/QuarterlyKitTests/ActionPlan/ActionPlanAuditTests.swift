import Testing

@testable import QuarterlyKit

@Suite struct ActionPlanAuditTests {
  private func report(_ name: String) throws -> (ActionPlanReport, [String]) {
    let (plan, diagnostics) = try TrackerFixture.file(name)
    let read = try #require(plan)
    return (ActionPlanReport(plan: read, previous: nil, asOf: TrackerFixture.documentDate), diagnostics)
  }

  @Test func findsEachRuleWithItsExactMessage() throws {
    let (report, diagnostics) = try report("audit.csv")
    // The unreadable date is a warning for the reader and a finding for the audit.
    #expect(diagnostics.count == 1)
    #expect(diagnostics.first?.hasPrefix("audit.csv:16:37: warning: 'Jnu-20' in 'Due date in WSOA") == true)
    let found = report.audit.map { "\($0.ref) \($0.rule.rawValue): \($0.message)" }
    #expect(
      found == [
        "1 percent-mismatch: records 80% complete but its areas for development give 83%",
        "1.1 percent-mismatch: records 50% complete but its responses give 83%",
        "1.1a overdue-not-red: RAG Rating is 'G' but the original due date Aug-20 has passed and the status is "
          + "'3. In Progress': the key says R",
        "1.1a.1 overdue-not-red: RAG Rating is 'A' but the original due date Jun-20 has passed and the status is "
          + "'3. In Progress': the key says R",
        "1.1a.2 overdue-not-red: RAG Rating is 'N/A' but the original due date Mar-20 has passed and the status "
          + "is '1. Not Started': the key says R",
        "1.1b blue-not-complete: RAG Rating is 'B' (complete) but the status is '3. In Progress'",
        "1.1b.1 complete-not-blue: the status is '5. Completed' but RAG Rating is 'G', not 'B'",
        "1.1c end-before-start: expected end date Jan-19 is before the start date Mar-19",
        "1.1d missing-percent: no % Complete recorded for this response",
        "2.1a.1 unreadable-date: unreadable date 'Jnu-20' in Due date in WSOA (not to be changed)",
      ])
  }

  @Test func namesTheCellsInvolved() throws {
    let (report, _) = try report("audit.csv")
    let cells = report.audit.map { finding in
      finding.cells.map { "\($0.column.heading)@\($0.location.description)" }.joined(separator: " ")
    }
    #expect(cells.first == "% Complete (Response only)@audit.csv:2:39")
    #expect(
      cells[2]
        == "RAG Rating@audit.csv:4:82 Due date in WSOA (not to be changed)@audit.csv:4:59 "
        + "Delivery Status@audit.csv:4:67")
    #expect(cells[7] == "Expected end date (if different)@audit.csv:9:70 Start date@audit.csv:9:56")
  }

  @Test func findingsNameTheSpreadsheetCellNotTheFileLine() {
    // A cell spanning three lines of the CSV is one row of the sheet: the finding after it is in row 5
    // (headings in row 1), on line 7 of the file, and names the cell as Excel does.
    let (plan, _) = TrackerFixture.read([
      "1,,AREA OF WEAKNESS: A,,,,,,,,,", "1.1,,MAIN FINDING / AREA FOR DEVELOPMENT: D,,Jan-19,Jan-21,,,,,,",
      "1.1a,Response,\"RESPONSE: a title\r\non three\r\nlines\",,Jan-19,Jan-20,,3. In Progress,G,40%,,",
      "1.1b,Response,RESPONSE: overdue but green,,Jan-19,Jan-20,,3. In Progress,G,40%,,",
    ])
    let audit = plan.map {
      ActionPlanReport(plan: $0, previous: nil, asOf: TrackerFixture.day("2020-10-31")).audit
    }
    let cells = audit?.last?.cells.map { "\($0.column.heading)@\($0.name)@\($0.location.description)" }
    #expect(audit?.last?.ref == "1.1b")
    #expect(
      cells == [
        "RAG Rating@I5@action-plan.csv:7:74", "Due date in WSOA (not to be changed)@F5@action-plan.csv:7:51",
        "Delivery Status@H5@action-plan.csv:7:59",
      ])
  }

  @Test func aDueMonthIsNotOverdueUntilItEnds() {
    let (plan, _) = TrackerFixture.read([
      "1,,AREA OF WEAKNESS: A,,,,,,,,,", "1.1,,MAIN FINDING / AREA FOR DEVELOPMENT: D,,Jan-19,Jan-21,,,,,,",
      "1.1a,Response,RESPONSE: due this month,,Jan-19,Oct-20,,3. In Progress,G,40%,,",
      "1.1b,Response,RESPONSE: due last month,,Jan-19,Sep-20,,3. In Progress,G,40%,,",
      "1.1c,Response,RESPONSE: ongoing,,Jan-19,Ongoing,,3. In Progress,G,40%,,",
      "1.1d,Response,RESPONSE: complete late,,Jan-19,Jan-20,,5. Completed,B,100%,,",
      "1.1e,Response,RESPONSE: red as the key says,,Jan-19,Jan-20,,3. In Progress,R,40%,,",
    ])
    let audit = plan.map {
      ActionPlanReport(plan: $0, previous: nil, asOf: TrackerFixture.day("2020-10-31")).audit
    }
    #expect(audit?.map(\.ref) == ["1.1b"])
  }

  @Test func theSampleDisagreesWithItsKeyHere() throws {
    let (report, _) = try report("action-plan-2020-10-areas-1-3.csv")
    #expect(
      report.audit.map { "\($0.ref) \($0.rule.rawValue)" } == [
        "1.1f.4 overdue-not-red", "1.2c.1 overdue-not-red", "1.2d.4 overdue-not-red", "1.3f overdue-not-red",
        "1.3f.6 overdue-not-red", "2.1a.2 duplicate-ref", "2.1d.3 end-before-start", "2.1g.3 overdue-not-red",
        "2.1i.2 overdue-not-red",
      ])
    // 1.3f is the one response the summary counts as "G - On track" though its own dates make it overdue.
    let responses = report.audit.filter { finding in
      report.plan.items.contains { $0.item.kind == .response && $0.item.ref == finding.ref }
    }
    #expect(
      responses.map(\.message) == [
        "RAG Rating is 'G' but the original due date Aug-20 has passed and the status is '3. In Progress': the key says R"
      ])
    #expect(report.audit[5].message == "ref 2.1a.2 is also used in row 97")
    #expect(report.audit[6].message == "expected end date Feb-20 ongoing is before the start date Apr-20")
  }

  @Test func figuresGroupTheAuditByRule() throws {
    let (report, _) = try report("audit.csv")
    let figures = report.figures
    #expect(figures["auditCount"] == 10)
    guard case .list(let groups)? = figures["auditByRule"] else {
      Issue.record("no auditByRule")
      return
    }
    #expect(
      groups.map { TrackerFixture.json($0["rule"]) + "×" + TrackerFixture.json($0["count"]) } == [
        "\"overdue-not-red\"×3", "\"blue-not-complete\"×1", "\"complete-not-blue\"×1",
        "\"end-before-start\"×1",
        "\"unreadable-date\"×1", "\"missing-percent\"×1", "\"percent-mismatch\"×2",
      ])
    guard case .list(let audit)? = figures["audit"] else { return }
    #expect(
      TrackerFixture.json(audit[8])
        == "{\"ref\":\"1.1d\",\"rule\":\"missing-percent\",\"message\":\"no % Complete recorded for this response\","
        + "\"cell\":\"J10\",\"cells\":[{\"column\":\"% Complete (Response only)\",\"cell\":\"J10\"}]}")
  }
}
