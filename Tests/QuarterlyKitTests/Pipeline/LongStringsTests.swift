import Foundation
import Testing

@testable import QuarterlyKit

/// The long-strings edition (`Fixtures/long-strings`), whose HTML pages `Scripts/check-reflow.sh`
/// checks in a real browser at 320 px (issue 15, item 10): it builds cleanly, and its longest strings
/// reach every page unbroken, so that the browser check has them to wrap.
@Suite struct LongStringsTests {
  static let path =
    #"\\bcc-fs-04.corp.example.gov.uk\SEND_Improvement_Programme\Written_Statement_of_Action\Evidence_Library"#
  static let url =
    "https://www.example.gov.uk/children-and-families/special-educational-needs-and-disabilities"

  @Test func buildsCleanlyWithItsLongStringsOnEveryPage() throws {
    let root = try Repository.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: root) }
    let output = root.appendingPathComponent("Output")
    let results = Repository.build(
      [EditionInput(folder: Fixture.url("long-strings"), displayPath: "long-strings")], output: output)
    let result = try #require(results.first)
    #expect(result.diagnostics.map(\.description) == [])
    let pages = result.files.filter { $0.hasSuffix(".html") }.sorted()
    #expect(pages == ["monitoring-pack.html", "newsletter.email.html", "newsletter.html"])
    for page in pages {
      let html = try String(
        contentsOf: output.appendingPathComponent("long-strings/\(page)"), encoding: .utf8)
      #expect(html.contains(Self.path), "\(page)")
      #expect(html.contains(Self.url), "\(page)")
    }
    let pack = try String(
      contentsOf: output.appendingPathComponent("long-strings/monitoring-pack.html"), encoding: .utf8)
    #expect(pack.contains("1.1a.1ThisIsAVeryLongActionReferenceSuffixThatNeverBreaksAnywhereAtAll"))
    #expect(
      pack.contains("Yr2_Preparation_for_Adulthood_and_Independent_Living_Workstream_Linda_Harper_David"))
  }
}
