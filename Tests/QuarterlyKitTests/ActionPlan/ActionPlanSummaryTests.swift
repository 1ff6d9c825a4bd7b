import Testing

@testable import QuarterlyKit

@Suite struct ActionPlanSummaryTests {
  private func sampleReport() throws -> ActionPlanReport {
    let (plan, diagnostics) = try TrackerFixture.file("action-plan-2020-10-areas-1-3.csv")
    #expect(diagnostics.isEmpty)
    let sample = try #require(plan)
    return ActionPlanReport(plan: sample, previous: nil, asOf: TrackerFixture.documentDate)
  }

  /// ref, responses, R, A, G, B, archived, % complete.
  private func cells(_ row: ActionPlanSummary.Row) -> [String] {
    let c = row.counts
    return [row.ref] + [c.responses, c.red, c.amber, c.green, c.blue, c.archived].map(String.init)
      + [c.roundedPercent.map { "\($0)%" } ?? ""]
  }

  @Test func reproducesTheSeedSummaryRowsCellForCell() throws {
    let summary = try sampleReport().summary
    let areas = summary.areas
    #expect(areas.map(\.ref) == ["1", "2", "3"])
    #expect(areas.map { $0.subsections.map(\.ref) } == [["1.1", "1.2", "1.3"], ["2.1"], ["3.1"]])
    // The seed's rows: 1.1, 1.2, 1.3 (subsection %), area 1 (total % 96 on the 1.1 row), 2, 3.
    #expect(
      areas.first?.subsections.map(cells) == [
        ["1.1", "6", "0", "0", "0", "5", "1", "99%"],
        ["1.2", "8", "3", "0", "1", "4", "0", "93%"],
        ["1.3", "6", "0", "0", "1", "4", "1", "96%"],
      ])
    #expect(areas.first?.counts.roundedPercent == 96)
    #expect(cells(areas[1]) == ["2", "10", "3", "0", "0", "6", "1", "95%"])
    #expect(cells(areas[2]) == ["3", "11", "1", "0", "0", "9", "1", "99%"])
    // An area's counts are its areas for development's, summed.
    #expect(cells(areas[0]) == ["1", "20", "3", "0", "2", "13", "2", "96%"])
    // 1.2 is 740 / 8 = 92.5, rounded half up.
    #expect(areas.first?.subsections[1].counts.percentComplete == 92.5)
    // The tracker's own recorded % on its area and area-for-development rows agree with the recomputed.
    #expect(
      areas.flatMap { [$0] + $0.subsections }.map(\.recordedPercent) == [96, 99, 93, 96, nil, 95, nil, 99])
  }

  @Test func totalIsTheMeanOverAllNonArchivedResponses() throws {
    let total = try sampleReport().summary.total
    #expect(
      [total.responses, total.red, total.amber, total.green, total.blue, total.archived] == [
        41, 7, 0, 2, 28, 4,
      ])
    // 3,560 / 37 = 96.2.
    #expect(total.roundedPercent == 96)
  }

  @Test func archivedCountsOnlyAsArchivedWhateverItsRAG() {
    let (plan, _) = TrackerFixture.read([
      "1,,AREA OF WEAKNESS: A,,,,,,,,,", "1.1,,MAIN FINDING / AREA FOR DEVELOPMENT: D,,Jan-19,Jan-21,,,,,,",
      "1.1a,Response,RESPONSE: red,,Jan-19,Jan-21,,3. In Progress,R,40%,,",
      "1.1b,Response,RESPONSE: archived red,,Jan-19,Jan-21,,6. Archived,R,0%,,",
      "1.1c,Response,RESPONSE: not rated,,Jan-19,Jan-21,,1. Not Started,N/A,0%,,",
    ])
    let row = plan.map { ActionPlanSummary($0).areas[0].subsections[0] }
    #expect(row.map(cells) == ["1.1", "3", "1", "0", "0", "0", "1", "20%"])
  }

  @Test func roundsHalfUp() {
    #expect(ActionPlanSummary.roundHalfUp(92.5) == 93)
    #expect(ActionPlanSummary.roundHalfUp(92.49) == 92)
    #expect(ActionPlanSummary.roundHalfUp(287.5 / 3) == 96)
    #expect(ActionPlanSummary.roundHalfUp(0.5) == 1)
    #expect(ActionPlanSummary.roundHalfUp(100) == 100)
  }

  @Test func figuresListAnAreaWithOneAreaForDevelopment() throws {
    let figures = try sampleReport().figures
    guard case .list(let areas)? = figures["areas"] else {
      Issue.record("no areas list")
      return
    }
    #expect(areas.count == 3)
    let json = TrackerFixture.json(areas[1])
    let fullTitle = "MAIN FINDING / AREA FOR DEVELOPMENT: Leaders have not ensured"
    #expect(
      json.hasPrefix(
        "{\"ref\":\"2\",\"title\":\"The effectiveness of inter-agency working\",\"responses\":10,\"red\":3,"
          + "\"amber\":0,\"green\":0,\"blue\":6,\"archived\":1,\"percentComplete\":95,\"percentCompleteText\":\"95%\","
          + "\"fullTitle\":\"AREA OF WEAKNESS: The effectiveness of inter-agency working\","
          + "\"shortTitle\":\"The effectiveness of inter-agency working\","
          + "\"recordedPercentComplete\":null,\"subsections\":[{\"ref\":\"2.1\",\"title\":\"Leaders have not ensured"
      ))
    #expect(json.contains("\"fullTitle\":\"\(fullTitle)"))
    #expect(
      TrackerFixture.json(figures["total"])
        == "{\"responses\":41,\"red\":7,\"amber\":0,\"green\":2,\"blue\":28,\"archived\":4,\"percentComplete\":96,"
        + "\"percentCompleteText\":\"96%\"}")
  }
}
