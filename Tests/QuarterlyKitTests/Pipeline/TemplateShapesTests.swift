import Foundation
import Testing

@testable import QuarterlyKit

/// Every shipped template builds in strict mode for every shape of data: a deliberately sparse edition
/// (every optional input and field absent: no glossary, fragments, pack introduction, previous tracker or
/// workstreams; a metric with no data yet and one with a single point; an exception whose due date has no
/// month; a response with no % complete; an area whose only response is archived) and a dense one (every
/// input and field present, a metric long enough for SPC, a previous tracker). Absent values show a dash
/// with a reason, never "none" and never an empty table cell.
@Suite struct TemplateShapesTests {
  static let outputs = [
    "figures.json", "monitoring-pack.html", "monitoring-pack.md", "newsletter.email.html", "newsletter.html",
    "newsletter.md", "newsletter.txt",
  ]

  /// Builds `template-shapes/NAME` with the shipped templates in strict mode; returns the result and the
  /// text of each output file.
  private func build(_ name: String) throws -> (EditionResult, [String: String]) {
    let output = try Repository.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: output) }
    var options = BuildOptions(templates: Repository.templates, output: output)
    options.strict = true
    let input = EditionInput(folder: Fixture.url("template-shapes/\(name)"), displayPath: name)
    let result = try #require(BuildRun(inputs: [input], options: options).run().first)
    var texts: [String: String] = [:]
    for file in result.files {
      texts[file] = try String(contentsOf: output.appendingPathComponent("\(name)/\(file)"), encoding: .utf8)
    }
    return (result, texts)
  }

  /// The table cells of a Markdown or HTML page that are empty or say "none". A chart's data table may leave
  /// its last column, Note, empty for a month with no note.
  private func badCells(_ page: String) -> [String] {
    var bad: [String] = []
    let text = page.split(separator: "\n", omittingEmptySubsequences: false).map { line in
      line.hasPrefix("<tr><td>") && line.hasSuffix("<td></td></tr>") ? line.dropLast(14) + "</tr>" : line
    }.joined(separator: "\n")
    for line in text.split(separator: "\n") where line.hasPrefix("|") && !line.hasPrefix("| ---") {
      let cells = line.split(separator: "|", omittingEmptySubsequences: false).dropFirst().dropLast()
      for cell in cells {
        let value = cell.trimmingCharacters(in: .whitespaces).lowercased()
        if value.isEmpty || value == "none" || value == "**none**" { bad.append(String(line)) }
      }
    }
    for pattern in ["<td></td>", "<td class=\"num\"></td>", ">none</td>", "<span class=\"meta\"></span>"]
    where text.contains(pattern) {
      bad.append(pattern)
    }
    return bad
  }

  @Test func theSparseEditionFillsEveryTemplateWithDashesAndReasons() throws {
    let (result, texts) = try build("sparse")
    #expect(result.errorCount == 0, "\(result.diagnostics.map(\.description))")
    #expect(result.files == Self.outputs)
    // The metric with no data yet is a warning, not a failure.
    #expect(result.diagnostics.map(\.description).contains { $0.contains("new_survey has no data") })
    for (file, text) in texts { #expect(badCells(text) == [], "\(file)") }
    let pack = try #require(texts["monitoring-pack.md"])
    for phrase in [
      "| Parents who would recommend the service | – (no data yet) | – (no earlier figure) | – (nothing to compare) |",
      "| 1.1a | A plan | 3. In Progress | A   | Onwards    | – (no due month) | – (not recorded)        | – (no due month) "
        + "| – (no workstream) |",
      "| **2**     | **Archived only** |     **1** | **0** | **0** | **0** | **0** |    **1** | **– (no % recorded)** |",
      "No response records a % complete, so there is no overall % complete.",
      "1 response or action needs attention",
      "The audit against the tracker's key found 1 response with no % complete",
      "It has 2 figures (1 with no data yet). The action-plan tracker has 2 responses in 2 areas of weakness",
      "There is no previous tracker (action-plan-previous.csv) to compare with.",
    ] {
      #expect(pack.contains(phrase), "missing: \(phrase)")
    }
  }

  @Test func theDenseEditionFillsEveryTemplate() throws {
    let (result, texts) = try build("dense")
    #expect(result.errorCount == 0, "\(result.diagnostics.map(\.description))")
    #expect(result.files == Self.outputs)
    for (file, text) in texts { #expect(badCells(text) == [], "\(file)") }
    let pack = try #require(texts["monitoring-pack.md"])
    for phrase in [
      "This pack is for the quarterly monitoring meeting. The tracker has\n4 responses; 3 need attention.",
      "| Monthly referrals for an EHC needs assessment ", "| improved     | improvement       |",
      "- **1.1b**: RAG rating changed from Amber to Red",
      "- **1.1b**: Expected end date changed from December 2020 to March 2021",
      "Since the last pack: 2 newly completed, 1 newly red, 2 expected end dates slipped.",
      "## Notes for the meeting",
    ] {
      #expect(pack.contains(phrase), "missing: \(phrase)")
    }
    // The pack opens with its own introduction, not the parents' one.
    for file in ["monitoring-pack.md", "monitoring-pack.html"] {
      #expect(texts[file]?.contains("we tell you") == false, "\(file)")
    }
    #expect(texts["newsletter.md"]?.contains("Every three months we tell you") == true)
    #expect(texts["newsletter.md"]?.contains("Notes for the meeting") == false)
  }

  @Test func aPackIntroductionWithFrontMatterIsAnError() throws {
    let folder = try Repository.temporaryFolder()
    let output = try Repository.temporaryFolder()
    defer {
      try? FileManager.default.removeItem(at: folder)
      try? FileManager.default.removeItem(at: output)
    }
    let edition = folder.appendingPathComponent("sparse")
    try FileManager.default.copyItem(at: Fixture.url("template-shapes/sparse"), to: edition)
    try Data("---\ntitle: For the meeting\n---\nHello.\n".utf8).write(
      to: edition.appendingPathComponent("pack-introduction.md"))
    let result = try #require(
      Repository.build([EditionInput(folder: edition, displayPath: "sparse")], output: output).first)
    #expect(
      result.diagnostics.filter { $0.severity == .error }.map(\.description) == [
        "sparse/pack-introduction.md:2:1: error: pack-introduction.md takes no front matter, so 'title' means "
          + "nothing here; remove the lines between '---'; the area, title and date come from edition.md"
      ])
  }
}
