import Foundation
import Testing

@testable import QuarterlyKit

/// Text from any input reaches HTML only escaped: a `<script>` typed into any field never becomes markup.
@Suite struct InjectionTests {
  static let script = "<script>alert(1)</script>"

  func writeHostileEdition(in folder: URL) throws -> URL {
    let s = Self.script
    let edition = folder.appendingPathComponent("hostile", isDirectory: true)
    try FileManager.default.createDirectory(
      at: edition.appendingPathComponent("narrative"), withIntermediateDirectories: true)
    func write(_ name: String, _ text: String) throws {
      try Data(text.utf8).write(to: edition.appendingPathComponent(name))
    }
    try write(
      "edition.md",
      "---\narea: Area \(s)\ntitle: Title \(s)\nas_of: 2022-09-30\nweb_url: https://example.org/\"><script>\n---\n"
        + "Intro \(s) <img src=x onerror=alert(1)> [link](javascript:alert(1))\n")
    try write(
      "metric-definitions.csv",
      "id,label,unit,better,section,count_noun\nm,\"label \(s)\",percent,higher,\"Section \(s)\",\"noun \(s)\"\n"
    )
    try write(
      "metrics.csv",
      "metric,period,value,numerator,denominator,note\nm,2022-01,,1,4,\"note \(s)\"\nm,2022-07,,3,4,\n")
    try write("glossary.csv", "term,meaning\nAREA,\"meaning \(s)\"\nSCR,\"\"\" onmouseover=alert(1) \(s)\"\n")
    try write(
      "narrative/01.md",
      "---\ntitle: Fragment \(s)\n---\n\(s)\n\n<div onclick=\"x\">raw</div>\n\n{{metrics.m.label}} {{{metrics.m.label}}}\n"
    )
    try write(
      "action-plan.csv",
      "WSOA Response Ref,Action Ref,Objectives / Key Areas for development,Outcome / Response Success Criteria,"
        + "Start date,Due date in WSOA (not to be changed),Expected end date (if different),Delivery Status,RAG Rating,"
        + "% Complete (Response only),\"Workstream \(s)\"\n"
        + "1,,\"AREA OF WEAKNESS: \(s)\",,,,,,,,\n"
        + "1.1,,\"AREA FOR DEVELOPMENT: \(s)\",,,,,,,,\n"
        + "1.1a,Response,\"RESPONSE: \(s)\",,Jan-22,Feb-22,,3. In Progress,R,50%,\"\(s)\"\n")
    return edition
  }

  @Test func noInputReachesHTMLAsMarkup() throws {
    let folder = try Repository.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let edition = try writeHostileEdition(in: folder)
    let output = folder.appendingPathComponent("Output")
    let results = Repository.build([EditionInput(folder: edition, displayPath: "hostile")], output: output)
    let result = try #require(results.first)
    #expect(result.errorCount == 0, "\(result.diagnostics.map(\.description))")
    let pages = result.files.filter { $0.hasSuffix(".html") }
    #expect(pages.sorted() == ["monitoring-pack.html", "newsletter.email.html", "newsletter.html"])
    for page in pages {
      let html = try String(contentsOf: output.appendingPathComponent("hostile/\(page)"), encoding: .utf8)
      #expect(!html.lowercased().contains("<script"), "\(page) contains a script tag")
      #expect(!html.contains("<img src=x"), "\(page) contains raw inline HTML")
      #expect(!html.contains("<div onclick"), "\(page) contains a raw HTML block")
      #expect(!html.contains("javascript:"), "\(page) contains a javascript: link")
      #expect(!html.contains("\" onmouseover"), "\(page) lets an attribute out of its quotes")
      #expect(
        html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "\(page) does not show the text escaped")
    }
  }
}
