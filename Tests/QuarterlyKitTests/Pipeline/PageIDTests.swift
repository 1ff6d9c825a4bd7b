import Foundation
import Testing

@testable import QuarterlyKit

/// Every id on an HTML page is unique (issue 15, item 9): a fragment's title or heading never takes an
/// id the layout gives, nor one another fragment took.
@Suite struct PageIDTests {
  /// The good edition with fragments whose titles and headings are the layout's own.
  func writeEdition(in root: URL) throws -> URL {
    let edition = root.appendingPathComponent("ids")
    try FileManager.default.copyItem(at: Fixture.url("good-edition"), to: edition)
    func write(_ name: String, _ text: String) throws {
      try Data(text.utf8).write(to: edition.appendingPathComponent(name))
    }
    try write("glossary.csv", "term,meaning\nSEND,special educational needs and disabilities\n")
    try write(
      "narrative/02-key.md",
      "---\ntitle: Key figures\n---\n### Short breaks\n\nOne.\n\n### Short breaks\n\n[Back](#short-breaks)\n")
    try write(
      "narrative/03-short.md",
      "---\ntitle: Short breaks\n---\n### Main\n\n### Contents title\n\n### Figures complaints\n\n"
        + "### Chart complaints title\n\n### Words we use\n\n### Exceptions\n\n### Rag chart desc\n")
    try write("narrative/04-main.md", "---\ntitle: Main\naudience: monitoring\n---\n### Key figures\n")
    return edition
  }

  /// The values of every `id` attribute in `html`, in order.
  static func ids(in html: String) -> [String] {
    TemplateLibrary.literalIDs(in: html)
  }

  @Test func everyIDOnEveryPageIsUnique() throws {
    let root = try Repository.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: root) }
    let edition = try writeEdition(in: root)
    let output = root.appendingPathComponent("Output")
    let results = Repository.build([EditionInput(folder: edition, displayPath: "ids")], output: output)
    let result = try #require(results.first)
    #expect(result.errorCount == 0, "\(result.diagnostics.map(\.description))")
    var checked = 0
    for page in result.files where page.hasSuffix(".html") {
      let html = try String(contentsOf: output.appendingPathComponent("ids/\(page)"), encoding: .utf8)
      let ids = Self.ids(in: html)
      var seen: Set<String> = []
      let repeated = ids.filter { !seen.insert($0).inserted }
      #expect(repeated.isEmpty, "\(page) repeats \(repeated)")
      checked += ids.count
    }
    #expect(checked > 40)
    let newsletter = try String(
      contentsOf: output.appendingPathComponent("ids/newsletter.html"), encoding: .utf8)
    #expect(newsletter.contains("<h2 id=\"key-figures-2\">Key figures</h2>"))
    #expect(newsletter.contains("<h2 id=\"key-figures\">Key figures</h2>"))
    #expect(newsletter.contains("<h3 id=\"short-breaks\">Short breaks</h3>"))
    #expect(newsletter.contains("<h3 id=\"short-breaks-2\">Short breaks</h3>"))
    #expect(newsletter.contains("<h2 id=\"short-breaks-3\">Short breaks</h2>"))
    #expect(newsletter.contains("<h3 id=\"figures-complaints-2\">Figures complaints</h3>"))
    #expect(newsletter.contains("<h3 id=\"main-2\">Main</h3>"))
  }

  @Test func literalIDsSkipThoseWithTags() {
    #expect(
      TemplateLibrary.literalIDs(
        in: "<h2 id=\"a\">x</h2><h3\nid=\"figures-{{id}}\"><p data-id=\"no\" id=\"b\">")
        == ["a", "b"])
    #expect(
      TemplateLibrary.literalIDs(in: "é\u{00A0}id=\"c\" xid=\"d\" id=\"\" id=\"e{f\" id=\"g") == ["c", "e{f"])
  }
}
