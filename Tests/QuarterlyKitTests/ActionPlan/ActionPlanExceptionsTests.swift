import Testing

@testable import QuarterlyKit

@Suite struct ActionPlanExceptionsTests {
  private func report(_ name: String) throws -> ActionPlanReport {
    let (plan, _) = try TrackerFixture.file(name)
    return ActionPlanReport(plan: try #require(plan), previous: nil, asOf: TrackerFixture.documentDate)
  }

  @Test func listsRedAmberAndOverdueWithLateness() throws {
    let exceptions = try report("audit.csv").exceptions
    #expect(
      exceptions.map {
        "\($0.item.ref) \($0.reasons.map(\.rawValue)) \($0.monthsLate ?? -1)/\($0.monthsOverdueNow ?? -1)"
      } == [
        "1.1a [\"overdue\"] 2/2",  // no expected end: Aug-20 to the as-of month Oct-20
        "1.1a.1 [\"amber\", \"overdue\"] 4/4",  // expected end Sept-20 ongoing has passed: Jun-20 to Oct-20
        "1.1a.2 [\"overdue\"] 7/7",  // Mar-20 to Oct-20
      ])
    // 1.1e is rated R but archived, so it is not an exception.
    #expect(exceptions.first?.item.workstreams.map(\.name) == ["Workstream A"])
    #expect(exceptions[1].response == "1.1a")
    #expect(exceptions[1].areaForDevelopment == "1.1")
  }

  @Test func latenessRunsFromTheDueMonthToTheLaterOfAsOfAndTheExpectedEnd() {
    func item(due: String, end: String, status: Int = 3) -> ActionPlan.Item {
      ActionPlan.Item(
        kind: .action, ref: "1.1a.1", due: TrackerDate.parse(due) ?? .blank,
        expectedEnd: TrackerDate.parse(end) ?? .blank,
        status: DeliveryStatus(number: status, text: "\(status). x"))
    }
    let asOf = TrackerFixture.documentDate  // 13 October 2020
    func late(_ due: String, _ end: String) -> Int? {
      ActionPlanException.monthsLate(of: item(due: due, end: end), asOf: asOf)
    }
    func now(_ due: String, _ end: String) -> Int? {
      ActionPlanException.monthsOverdueNow(of: item(due: due, end: end), asOf: asOf)
    }
    // The issue's example: due Jul-19, expected Sep-19, still in progress in October 2020.
    #expect(late("Jul-19", "Sep-19") == 15)
    #expect(now("Jul-19", "Sep-19") == 15)
    #expect(late("Jun-20", "Dec-20") == 6)
    #expect(now("Jun-20", "Dec-20") == 4)
    #expect(late("Jun-20", "Dec-20 ongoing") == 6)
    #expect(late("Jun-20", "Ongoing") == 4)
    #expect(late("Jun-20", "Mar-20") == 4)
    #expect(late("Dec-20", "") == 0)
    #expect(now("Dec-20", "") == 0)
    #expect(late("Dec-20", "Feb-21") == 2)
    #expect(late("Ongoing", "") == nil)
    #expect(now("TBC", "Dec-20") == nil)
    #expect(!ActionPlanException.isOverdue(item(due: "Jun-20", end: "", status: 5), asOf: asOf))
    #expect(ActionPlanException.isOverdue(item(due: "Jan-19 ongoing", end: ""), asOf: asOf))
    #expect(!ActionPlanException.isOverdue(item(due: "Onwards", end: ""), asOf: asOf))
  }

  @Test func theSampleExceptionsGroupedByArea() throws {
    let report = try report("action-plan-2020-10-areas-1-3.csv")
    #expect(
      report.exceptions.map { "\($0.item.ref):\($0.monthsLate ?? -1)" } == [
        "1.1f.4:4", "1.2c.1:13", "1.2d.4:7", "1.2f:6", "1.2f.3:12", "1.2f.4:8", "1.2g:15", "1.2h:7",
        "1.2h.3:7", "1.3f:2", "1.3f.6:21", "2.1d:4", "2.1d.2:7", "2.1g:3",
        // The issue's example: due Jul-19, expected Sep-19, in progress in October 2020 is 15 months late.
        "2.1g.2:15", "2.1g.3:3", "2.1i:20", "2.1i.2:1", "3.1h:8", "3.1h.3:8",
      ])
    let figures = report.figures
    guard case .list(let groups)? = figures["exceptionsByArea"], case .list(let all)? = figures["exceptions"]
    else {
      Issue.record("no exceptions")
      return
    }
    #expect(
      groups.map { TrackerFixture.json($0["ref"]) + ":" + TrackerFixture.json($0["count"]) } == [
        "\"1\":11", "\"2\":7", "\"3\":2",
      ])
    #expect(
      TrackerFixture.json(all[3])
        == "{\"ref\":\"1.2f\",\"kind\":\"response\",\"area\":\"1\",\"areaForDevelopment\":\"1.2\",\"response\":null,"
        + "\"title\":\"Have put in place joint training on key areas that will improve the quality of information "
        + "and documentation for families (for example, report writing).\",\"fullTitle\":\"RESPONSE: Have put in "
        + "place joint training on key areas that will improve the quality of information and documentation for "
        + "families (for example, report writing).\",\"status\":\"3. In Progress\",\"statusText\":\"3. In Progress\","
        + "\"rag\":\"R\",\"ragWords\":\"Red – overdue\",\"ragText\":\"R\",\"ragTag\":\"tag-red\",\"dueDate\":\"Apr-20\","
        + "\"dueText\":\"Apr-20\",\"expectedEnd\":\"Sept-20 ongoing\",\"forecastText\":\"Sept-20 ongoing (passed)\","
        + "\"monthsLate\":6,\"monthsLateText\":\"6\",\"monthsOverdueNow\":6,\"overdueNowText\":\"6 months\","
        + "\"workstreams\":[\"Yr2 Building Capacity / Integrated Model Nichola Jones\"],"
        + "\"workstreamsText\":\"Yr2 Building Capacity / Integrated Model Nichola Jones\","
        + "\"reasons\":[\"red\",\"overdue\"],\"isRed\":true,\"isAmber\":false,\"isOverdue\":true}")
  }
}
