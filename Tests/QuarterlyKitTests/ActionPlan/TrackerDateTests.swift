import Testing

@testable import QuarterlyKit

@Suite struct ActionPlanTrackerDateTests {
  private func month(_ text: String) -> Month? { TrackerDate.parse(text)?.month }

  @Test func readsMonthsAsPeopleTypeThem() {
    #expect(month("Jun-18") == Month(year: 2018, month: 6))
    #expect(month("Sept-20") == Month(year: 2020, month: 9))
    #expect(month("sep-20") == Month(year: 2020, month: 9))
    #expect(month("September 2020") == Month(year: 2020, month: 9))
    #expect(month("06/2020") == Month(year: 2020, month: 6))
    #expect(month("30/06/2020") == Month(year: 2020, month: 6))
    #expect(month("2020-06-30") == Month(year: 2020, month: 6))
    #expect(
      TrackerDate.parse("Sept-20 ongoing")
        == TrackerDate(text: "Sept-20 ongoing", month: Month(year: 2020, month: 9), isOngoing: true))
    #expect(TrackerDate.parse("Jan-19 Ongoing")?.isOngoing == true)
    #expect(TrackerDate.parse("Ongoing") == TrackerDate(text: "Ongoing", month: nil, isOngoing: true))
    #expect(TrackerDate.parse("Onwards")?.isOngoing == true)
    #expect(TrackerDate.parse("  ") == .blank)
    #expect(TrackerDate.parse("Jnu-20") == nil)
    #expect(TrackerDate.parse("13-20") == nil)
    #expect(TrackerDate.parse("soon") == nil)
    #expect(month("Jun20") == Month(year: 2020, month: 6))
    #expect(month("September2020") == Month(year: 2020, month: 9))
    #expect(month("44012") == Month(year: 2020, month: 6))
    #expect(month("43831") == Month(year: 2020, month: 1))  // 1 January 2020
    #expect(month("43830") == Month(year: 2019, month: 12))
    #expect(month("Jun-19 & ongoing") == Month(year: 2019, month: 6))
    #expect(TrackerDate.parse("Jnu20") == nil)
    #expect(TrackerDate.parse("2020") == nil)
    #expect(TrackerDate.parse("TBC") == TrackerDate(text: "TBC", month: nil))
    #expect(Month(year: 2020, month: 9)?.trackerStyle == "Sep-20")
  }

  @Test func sameMeaningIgnoresSpelling() {
    let a = TrackerDate.parse("Sep-20")
    let b = TrackerDate.parse("Sept-20")
    #expect(a.map { x in b.map { x.means($0) } ?? false } == true)
    #expect(TrackerDate.parse("Sep-20 ongoing").map { x in a.map { x.means($0) } ?? false } == false)
  }

  @Test func aDueMonthHasPassedOnlyAfterItEnds() {
    let due = Month(index: 2020 * 12 + 9)
    #expect(!TrackerFixture.day("2020-10-31").hasPassed(due))
    #expect(TrackerFixture.day("2020-11-01").hasPassed(due))
    #expect(Day(iso: "2020-10-13") == Day(year: 2020, month: 10, day: 13))
    #expect(Day(iso: "13/10/2020") == nil)
    #expect(TrackerFixture.day("2020-01-05").iso == "2020-01-05")
  }
}
