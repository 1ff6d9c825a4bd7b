import Foundation

@testable import QuarterlyKit

/// Builds and reads small trackers for the action-plan tests.
enum TrackerFixture {
  static let headings =
    "WSOA Response Ref,Action Ref,Objectives / Key Areas for development,Outcome / Response Success Criteria,"
    + "Start date,Due date in WSOA (not to be changed),Expected end date (if different),Delivery Status,"
    + "RAG Rating,% Complete (Response only),Workstream A,Workstream B"

  /// The 13 October 2020 document date of the sample tracker.
  static let documentDate = day("2020-10-13")

  /// A day written as `YYYY-MM-DD`, for the tests' own literal dates.
  static func day(_ iso: String) -> Day {
    guard let day = Day(iso: iso) else { fatalError("not a date: \(iso)") }
    return day
  }

  /// A tracker from CSV lines under the standard headings.
  static func source(_ lines: [String], path: String = "action-plan.csv") -> SourceText {
    SourceText(path: path, text: ([headings] + lines).joined(separator: "\r\n") + "\r\n")
  }

  static func read(_ lines: [String], path: String = "action-plan.csv") -> (ActionPlan?, [String]) {
    var found = Diagnostics()
    let plan = ActionPlanReader.read(source(lines, path: path), diagnostics: &found)
    let diagnostics = found.items
    return (plan, diagnostics.map(\.description))
  }

  /// Reads a fixture under `Fixtures/action-plan/`.
  static func file(_ name: String, path: String? = nil) throws -> (ActionPlan?, [String]) {
    let data = try Fixture.data("action-plan/\(name)")
    var found = Diagnostics()
    let plan = SourceText.decode(data, path: path ?? name, diagnostics: &found).flatMap {
      ActionPlanReader.read($0, diagnostics: &found)
    }
    return (plan, found.items.map(\.description))
  }

  /// Compact JSON, for readable expectations and debugging.
  static func json(_ value: TemplateValue?) -> String {
    guard let value else { return "<nil>" }
    switch value {
    case .null: return "null"
    case .bool(let b): return b ? "true" : "false"
    case .int(let i): return "\(i)"
    case .double(let d): return "\(d)"
    case .string(let s): return "\"\(s)\""
    case .list(let items): return "[" + items.map { json($0) }.joined(separator: ",") + "]"
    case .object(let object):
      return "{" + object.pairs.map { "\"\($0.key)\":\(json($0.value))" }.joined(separator: ",") + "}"
    }
  }
}
