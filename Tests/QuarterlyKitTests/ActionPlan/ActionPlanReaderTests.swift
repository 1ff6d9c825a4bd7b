import Foundation
import Testing

@testable import QuarterlyKit

@Suite struct ActionPlanReaderTests {
  @Test func columnsAreEqualAndHashedByCaseAsTheirHeadingsAre() {
    let columns = TrackerColumn.allCases
    for one in columns {
      for other in columns {
        #expect((one == other) == (one.heading == other.heading))
        if one == other { #expect(one.hashValue == other.hashValue) }
      }
    }
    #expect(Set(columns).count == columns.count)
    #expect(Set(columns.map(\.heading)).count == columns.count)
    #expect(TrackerColumn(rawValue: TrackerColumn.rag.heading) == .rag)
  }

  @Test func readsTheSampleTracker() throws {
    let (plan, diagnostics) = try TrackerFixture.file("action-plan-2020-10-areas-1-3.csv")
    #expect(diagnostics.isEmpty)
    let sample = try #require(plan)
    let items = sample.items.map(\.item)
    #expect(items.filter { $0.kind == .area }.map(\.ref) == ["1", "2", "3"])
    #expect(
      items.filter { $0.kind == .areaForDevelopment }.map(\.ref) == ["1.1", "1.2", "1.3", "2.1", "3.1"])
    #expect(items.filter { $0.kind == .response }.count == 41)
    #expect(items.filter { $0.kind == .action }.count == 131)
    #expect(sample.workstreams.first == "Yr2 Building Capacity / Integrated Model Nichola Jones")
    #expect(sample.workstreams.count == 6)
    let response = try #require(sample.areas.first?.areasForDevelopment.first?.responses.dropFirst().first)
    #expect(response.item.ref == "1.1b")
    #expect(response.item.title.hasPrefix("Agreed a children's services concordat/pledge"))
    #expect(response.item.fullTitle.hasPrefix("RESPONSE: Agreed"))
    #expect(response.item.status?.text == "5. Completed")
    #expect(response.item.rag == .blue)
    #expect(response.item.percentComplete == 95)
    #expect(
      response.item.workstreams.map(\.text) == [
        "Building Capacity / Training", "Quality Assurance & Performance", "Prog",
      ])
    let action = try #require(response.actions.last)
    #expect(action.ref == "1.1b.4")
    #expect(
      action.expectedEnd
        == TrackerDate(text: "Sept-20 ongoing", month: Month(year: 2020, month: 9), isOngoing: true))
    #expect(action.line == 12)
    #expect(sample.areas.first?.item.title.hasPrefix("The lack of an overarching approach") == true)
  }

  @Test func windows1252TwinWithMultiLineCellsGivesTheSameFigures() throws {
    let (utf8, utf8Diagnostics) = try TrackerFixture.file(
      "areas-1-3-multiline-utf8.csv", path: "action-plan.csv")
    let (cp1252, cp1252Diagnostics) = try TrackerFixture.file(
      "areas-1-3-multiline-cp1252.csv", path: "action-plan.csv")
    #expect(utf8Diagnostics.isEmpty)
    #expect(cp1252Diagnostics.isEmpty)
    let a = try #require(utf8)
    let b = try #require(cp1252)
    let date = TrackerFixture.documentDate
    let figuresA = ActionPlanReport(plan: a, previous: nil, asOf: date).figures
    let figuresB = ActionPlanReport(plan: b, previous: nil, asOf: date).figures
    #expect(figuresA == figuresB)
    // The multi-line cells were read whole, the text decoded, and the figures match the one-line sample.
    let title = a.areas.first?.areasForDevelopment.first?.responses.first?.item
    #expect(title?.fullTitle.contains("Programme –\nthis will") == true)
    #expect(title?.title.contains("GP’s, children") == true)
    #expect(
      b.areas.first?.areasForDevelopment[1].responses[5].item.outcome.hasSuffix(
        "Author: café £0 €0 — SEND Board / Parent Carer Forum") == true)
    let (sample, _) = try TrackerFixture.file("action-plan-2020-10-areas-1-3.csv")
    let plain = try #require(sample)
    let figuresPlain = ActionPlanReport(plan: plain, previous: nil, asOf: date).figures
    #expect(figuresA["total"] == figuresPlain["total"])
    #expect(figuresA["areas"].map(counts) == figuresPlain["areas"].map(counts))
    #expect(figuresA["auditCount"] == figuresPlain["auditCount"])
    #expect(figuresA["exceptionCount"] == figuresPlain["exceptionCount"])
  }

  /// The areas' JSON without the titles (which carry the twin's line breaks).
  private func counts(_ areas: TemplateValue) -> String {
    guard case .list(let items) = areas else { return "" }
    return items.map { item in
      ["ref", "responses", "red", "amber", "green", "blue", "archived", "percentComplete"].map {
        TrackerFixture.json(item[$0])
      }.joined(separator: ",")
    }.joined(separator: ";")
  }

  @Test func anUnreadableRowIsAWarningAtItsCellNotACrashOrADroppedRow() {
    let (plan, diagnostics) = TrackerFixture.read([
      "1,,AREA OF WEAKNESS: A,,,,,,,,,", "1.1,,MAIN FINDING / AREA FOR DEVELOPMENT: D,,Jan-19,Jan-21,,,,,,",
      "1.1a,Response,RESPONSE: R,,Jan-19,Jan-21,,3. In Progress,G,40%,,",
      "x.1,,\"Notes: a row\nthat is not a tracker row\",,,,,,,,,",
      ",1.1a.1,Action,,Jan-19,Jnu-20,,3. In Progress,G,,,",
    ])
    #expect(
      diagnostics == [
        "action-plan.csv:5:1: warning: this row fits no kind of tracker row (refs 'x.1'); an area of weakness has "
          + "ref '1', an area for development '1.1', a response '1.1a' with Action Ref 'Response', an action a "
          + "blank ref and Action Ref '1.1a.1'; the row is left out",
        "action-plan.csv:7:24: warning: 'Jnu-20' in 'Due date in WSOA (not to be changed)' cannot be read as a "
          + "month and year; write the month and year like Jun-20, June 2020 or 30/06/2020, optionally followed by "
          + "'ongoing'; or Ongoing, TBC or N/A; the row counts as having no month here",
      ])
    // The plan is still returned, with the unreadable date kept for the audit.
    let action = plan?.areas.first?.areasForDevelopment.first?.responses.first?.actions.first
    #expect(action?.due == TrackerDate(text: "Jnu-20", month: nil, isUnreadable: true))
  }

  @Test func reportsEveryBadCellWithItsColumn() {
    let (_, diagnostics) = TrackerFixture.read([
      ",1.1a.0,Action before any response,,Jan-19,Jan-19,,3. In Progress,G,,,",
      "1,,AREA OF WEAKNESS: A,,,,,,,,,", "1.1,,MAIN FINDING / AREA FOR DEVELOPMENT: D,,Jan-19,Jan-21,,,,,,",
      "1.1a,Response,RESPONSE: R,,Jan-19,Jan-21,,Finished?,Purple,ninety,,",
      "2.1b,Response,RESPONSE: wrong parent,,Jan-19,Jan-21,,7. Finished,G,101%,,",
    ])
    #expect(
      diagnostics == [
        "action-plan.csv:2:2: warning: action 1.1a.0 comes before any response; put it under its response row "
          + "(ref like '1.1a', Action Ref 'Response')",
        "action-plan.csv:5:43: warning: unknown delivery status 'Finished?'; accepted: '1. Not Started', '2. …', "
          + "'3. In Progress', '4. …', '5. Completed', '6. Archived'; the row counts as having no status",
        "action-plan.csv:5:53: warning: unknown RAG rating 'Purple'; accepted: R, A, G, B, N/A (or N), the words "
          + "Red, Amber, Green, Blue, Complete, Grey, the key's text such as 'R - Overdue', or blank; the row "
          + "counts as not rated",
        "action-plan.csv:5:60: warning: 'ninety' is not a percentage; write a percentage from 0% to 100%, such as "
          + "95%, 95 or 0.95; the row counts as having none",
        "action-plan.csv:6:1: warning: 2.1b is listed under 1.1, whose ref it does not start with; check the ref; "
          + "the row is counted under 1.1",
        "action-plan.csv:6:54: warning: unknown delivery status '7. Finished'; accepted: '1. Not Started', "
          + "'2. …', '3. In Progress', '4. …', '5. Completed', '6. Archived'; the row counts as having no status",
        "action-plan.csv:6:68: warning: '101%' is not a percentage; write a percentage from 0% to 100%, such as "
          + "95%, 95 or 0.95; the row counts as having none",
      ])
  }

  @Test func matchesHeadingsIgnoringCaseSpacingAndLineBreaks() {
    let header =
      "wsoa response ref,ACTION REF,\"Objectives /\nKey Areas for development\",Outcome / Response Success Criteria,"
      + "Start  date,\"Due date in WSOA\r\n(not to be changed)\",Expected end date (if different),Delivery Status,"
      + "RAG Rating,\"% Complete\n(Response only)\",\"Yr2 Quality\nAssurance\""
    let text =
      header + "\r\n1,,AREA OF WEAKNESS: A,,,,,,,,\r\n1.1,,D,,,,,,,,\r\n1.1a,Response,R,,,,,,,,\r\n"
    var found = Diagnostics()
    let plan = ActionPlanReader.read(SourceText(path: "t.csv", text: text), diagnostics: &found)
    let diagnostics = found.items
    #expect(diagnostics.isEmpty)
    #expect(plan?.workstreams == ["Yr2 Quality Assurance"])
    #expect(plan?.areas.map(\.item.title) == ["A"])
  }

  @Test func textUnderAColumnWithNoHeadingIsReportedNotDropped() {
    let text =
      TrackerFixture.headings + ",\r\n1,,AREA OF WEAKNESS: A,,,,,,,,,,note\r\n1.1,,D,,,,,,,,,,\r\n"
      + "1.1a,Response,R,,,,,,,,,,\r\n"
    var found = Diagnostics()
    let plan = ActionPlanReader.read(SourceText(path: "t.csv", text: text), diagnostics: &found)
    let diagnostics = found.items
    #expect(plan?.areas.count == 1)
    #expect(
      diagnostics.map(\.description) == [
        "t.csv:2:33: warning: 'note' is in a column with no heading, so it is ignored; give the column a "
          + "heading (a workstream name) or clear the cell"
      ])
  }

  @Test func aMissingHeadingIsAnErrorWithDidYouMean() {
    let text =
      "WSOA Response Ref,Action Ref,Objectives / Key Areas for development,Outcome / Response Success Criteria,"
      + "Start date,Due date in WSOA (not to be changed),Expected end date (if different),Delivery Status,"
      + "RAG Ratng,% Complete (Response only)\r\n"
    var found = Diagnostics()
    let plan = ActionPlanReader.read(SourceText(path: "t.csv", text: text), diagnostics: &found)
    let diagnostics = found.items
    #expect(plan == nil)
    #expect(
      diagnostics.map(\.description) == [
        "t.csv:1:1: error: the tracker has no 'RAG Rating' column; did you mean 'RAG Ratng' (column 9)?"
      ])
  }

  @Test func readsTheStatusesAndRAGLettersPeopleType() {
    #expect(DeliveryStatus.parse("5. Completed")??.isComplete == true)
    #expect(DeliveryStatus.parse("6. Archived")??.isArchived == true)
    #expect(DeliveryStatus.parse("2. Planning")??.number == 2)
    #expect(DeliveryStatus.parse("Completed")??.number == 5)
    #expect(DeliveryStatus.parse("") == .some(nil))
    #expect(DeliveryStatus.parse("Finished") == nil)
    #expect(RAGRating.parse("N") == .notApplicable)
    #expect(RAGRating.parse(" n/a ") == .notApplicable)
    #expect(RAGRating.parse("r") == .red)
    #expect(RAGRating.parse("") == .blank)
    #expect(RAGRating.parse("X") == nil)
    #expect(TrackerPercent.parse("92.5%") == .some(92.5))
    #expect(TrackerPercent.parse("95") == .some(95))
    #expect(TrackerPercent.parse("") == .some(nil))
    #expect(TrackerPercent.parse("-5%") == nil)
  }
}
