import Testing

@testable import QuarterlyKit

/// The October 2020 sample pack states lateness, the headline and the changes as issue 13 asks; these
/// phrases are pinned in `Fixtures/expected`, and this test says which ones matter and why.
@Suite struct SamplePackTests {
  /// The pinned pack with runs of spaces collapsed, so table padding does not matter.
  private func pack() throws -> String {
    let text = try Fixture.text("expected/birmingham-2020-10/monitoring-pack.md")
    return text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
      line.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
    }.joined(separator: "\n")
  }

  @Test func latenessRunsFromTheOriginalDueMonthNotToThePassedExpectedEnd() throws {
    // Due Jul-19, expected Sep-19, still in progress in October 2020: 15 months overdue, not 2.
    #expect(
      try pack().contains(
        "| 2.1g.2 | Implement integrated SEND Outcomes Framework into practice | 3. In Progress | R | Jul-19 "
          + "| 15 months | Sep-19 (passed) | 15 |"))
    // An expected end still ahead is a forecast: 6 months overdue now, 8 by the expected end.
    #expect(
      try pack().contains(
        "| 1.2f.4 | Impact of joint training evaluated | 3. In Progress | R | Apr-20 "
          + "| 6 months | Dec-20 | 8 |"))
  }

  @Test func theHeadlineGivesTheTrackersCountsThenTheKeysThenTheAuditByKind() throws {
    let pack = try pack()
    for phrase in [
      "- As the tracker records them, the action plan's 41 responses are 28 complete, 2 on track, 0 at risk "
        + "and 7 overdue, with 4 archived.",
      "- Applying the tracker's RAG key at 13 October 2020, 8 responses are past their original due date and "
        + "not complete: by the key they are 28 complete, 1 on track, 0 at risk and 8 overdue.",
      "- The audit against the tracker's key found 7 ratings that do not follow the key, 1 end date before its "
        + "start date and 1 repeated ref",
    ] {
      #expect(pack.contains(phrase), "missing: \(phrase)")
    }
  }

  @Test func changesAreInWordsAndThePackHasItsOwnIntroduction() throws {
    let pack = try pack()
    for phrase in [
      "- **1.2f**: RAG rating changed from Green to Red",
      "- **1.2f.4**: Expected end date set to December 2020",
      "- **1.2f**: % complete rose from 85% to 90%",
      "- **3.1h.3**: Expected end date changed from September 2020 to December 2020",
      "This pack reports progress on the Written Statement of Action",
    ] {
      #expect(pack.contains(phrase), "missing: \(phrase)")
    }
    for field in ["percentComplete", "expectedEnd", "rag ", "from  "] {
      #expect(!pack.contains(field), "\(field)")
    }
    let q3 = try Fixture.text("expected/birmingham-2022-q3/monitoring-pack.md")
    #expect(!q3.contains("we tell you"))
    #expect(
      q3.contains("This pack sets out the position of Birmingham's SEND improvement at 30 September 2022"))
  }
}
