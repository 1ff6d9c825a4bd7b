import Testing

@testable import QuarterlyKit

@Suite struct ActionPlanChangesTests {
  private func report() throws -> ActionPlanReport {
    let (previous, _) = try TrackerFixture.file("changes-previous.csv")
    let (current, diagnostics) = try TrackerFixture.file("changes-current.csv")
    #expect(diagnostics.isEmpty)
    let before = try #require(previous)
    let now = try #require(current)
    return ActionPlanReport(plan: now, previous: before, asOf: TrackerFixture.documentDate)
  }

  @Test func listsEveryChangeKindInTrackerOrder() throws {
    let changes = try #require(try report().changes)
    #expect(
      changes.map { "\($0.ref) \($0.field.rawValue): \($0.from ?? "nil") -> \($0.to ?? "nil")" } == [
        "1 percentComplete: 43% -> 58%",
        "1.1 percentComplete: 43% -> 58%",
        "1.1a status: In Progress -> Completed",
        "1.1a rag: Green -> Blue",
        "1.1a percentComplete: 50% -> 100%",
        "1.1a.1 status: In Progress -> Completed",
        "1.1a.1 rag: Green -> Blue",
        "1.1b rag: Amber -> Red",
        // Sep-20 written as Sept-20 is the same due date: no change.
        "1.1b expectedEnd: December 2020 -> March 2021",
        "1.1d dueDate: March 2021 -> April 2021",
        "1.1e added: nil -> New this quarter",
        "1.1c removed: Dropped from the tracker -> nil",
      ])
  }

  @Test func changesAreWrittenInWords() throws {
    let changes = try #require(try report().changes)
    #expect(
      changes.map { "\($0.ref): \($0.sentence)" } == [
        "1: % complete rose from 43% to 58%",
        "1.1: % complete rose from 43% to 58%",
        "1.1a: Delivery status changed from In Progress to Completed",
        "1.1a: RAG rating changed from Green to Blue",
        "1.1a: % complete rose from 50% to 100%",
        "1.1a.1: Delivery status changed from In Progress to Completed",
        "1.1a.1: RAG rating changed from Green to Blue",
        "1.1b: RAG rating changed from Amber to Red",
        "1.1b: Expected end date changed from December 2020 to March 2021",
        "1.1d: Original due date in the WSoA changed from March 2021 to April 2021",
        "1.1e: Added to the tracker: New this quarter",
        "1.1c: Removed from the tracker: Dropped from the tracker",
      ])
    func sentence(_ field: ActionPlanChange.Field, _ from: String?, _ to: String?) -> String {
      ActionPlanChange(ref: "1.1a", kind: .response, field: field, from: from, to: to).sentence
    }
    #expect(sentence(.expectedEnd, nil, "December 2020") == "Expected end date set to December 2020")
    #expect(sentence(.expectedEnd, "June 2020", nil) == "Expected end date cleared (it was June 2020)")
    #expect(sentence(.percentComplete, "96%", "98%") == "% complete rose from 96% to 98%")
    #expect(sentence(.percentComplete, "98%", "92.5%") == "% complete fell from 98% to 92.5%")
    #expect(sentence(.percentComplete, nil, "50%") == "% complete recorded as 50%")
    #expect(sentence(.rag, nil, "Red") == "RAG rating set to Red")
    #expect(
      ActionPlanChange.words(TrackerDate.parse("Jun-19 and ongoing") ?? .blank) == "June 2019 and ongoing")
    #expect(ActionPlanChange.words(TrackerDate.parse("TBC") ?? .blank) == "TBC")
  }

  @Test func headlineCounts() throws {
    let headline = try #require(try report().headline)
    var expected = ChangeHeadline()
    expected.newlyCompleted = 2
    expected.newlyCompletedResponses = 1
    expected.newlyRed = 1
    expected.newlyRedResponses = 1
    expected.datesSlipped = 2
    expected.datesSlippedResponses = 2
    expected.added = 1
    expected.removed = 1
    #expect(headline == expected)
  }

  @Test func figuresCarryTheChanges() throws {
    let figures = try report().figures
    #expect(figures["hasPrevious"] == true)
    #expect(
      TrackerFixture.json(figures["headline"])
        == "{\"newlyCompleted\":2,\"newlyCompletedResponses\":1,\"newlyRed\":1,\"newlyRedResponses\":1,"
        + "\"datesSlipped\":2,\"datesSlippedResponses\":2,\"added\":1,\"removed\":1}")
    guard case .list(let changes)? = figures["changes"] else {
      Issue.record("no changes")
      return
    }
    #expect(
      TrackerFixture.json(changes[7])
        == "{\"ref\":\"1.1b\",\"field\":\"rag\",\"from\":\"Amber\",\"to\":\"Red\",\"kind\":\"response\","
        + "\"sentence\":\"RAG rating changed from Amber to Red\"}")
    #expect(
      TrackerFixture.json(changes[10])
        == "{\"ref\":\"1.1e\",\"field\":\"added\",\"from\":null,\"to\":\"New this quarter\",\"kind\":\"response\","
        + "\"sentence\":\"Added to the tracker: New this quarter\"}"
    )
  }

  @Test func withoutAPreviousTrackerThereAreNoChanges() throws {
    let (plan, _) = try TrackerFixture.file("changes-current.csv")
    let report = ActionPlanReport(plan: try #require(plan), previous: nil, asOf: TrackerFixture.documentDate)
    #expect(report.changes == nil)
    #expect(report.figures["changes"] == [])
    #expect(report.figures["hasPrevious"] == false)
    #expect(report.figures["headline"] == .null)
  }

  @Test func anExpectedEndThatBecomesOngoingHasSlipped() {
    let before = ActionPlan.Item(kind: .action, ref: "1.1a.1", due: TrackerDate.parse("Jun-20") ?? .blank)
    var after = before
    after.expectedEnd = TrackerDate.parse("Ongoing") ?? .blank
    #expect(ActionPlanChanges.slipped(from: before, to: after))
    after.expectedEnd = TrackerDate.parse("Jun-20 ongoing") ?? .blank
    #expect(!ActionPlanChanges.slipped(from: before, to: after))
  }

  @Test func aRepeatedRefIsMatchedByOrder() {
    let rows = [
      "1,,AREA OF WEAKNESS: A,,,,,,,,,", "1.1,,MAIN FINDING / AREA FOR DEVELOPMENT: D,,Jan-19,Jan-21,,,,,,",
      "1.1a,Response,RESPONSE: R,,Jan-19,Jan-21,,3. In Progress,G,40%,,",
      ",1.1a.1,first,,Jan-19,Jan-21,,3. In Progress,G,,,",
      ",1.1a.1,second,,Jan-19,Jan-21,,3. In Progress,G,,,",
    ]
    var changed = rows
    changed[4] = ",1.1a.1,second,,Jan-19,Jan-21,,3. In Progress,A,,,"
    let (previous, _) = TrackerFixture.read(rows)
    let (current, _) = TrackerFixture.read(changed)
    guard let previous, let current else {
      Issue.record("not read")
      return
    }
    let changes = ActionPlanChanges.compare(previous: previous, current: current).changes
    #expect(changes.map { "\($0.ref) \($0.field.rawValue) \($0.to ?? "")" } == ["1.1a.1 rag Amber"])
  }
}
