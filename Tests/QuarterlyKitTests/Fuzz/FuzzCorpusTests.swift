import Foundation
import Testing

@testable import QuarterlyKit

/// Replays the committed fuzz corpus (`Tests/Fuzz/corpus/<target>/`) through the same parser calls as
/// the libFuzzer targets in `Tests/Fuzz/FuzzEntry.swift`, so that every seed, and every crash the
/// fuzzer ever found (added to the corpus when fixed), is checked by `swift test` too.
@Suite struct FuzzCorpusTests {
  static let corpus = Repository.root.appendingPathComponent("Tests/Fuzz/corpus")

  static func inputs(_ target: String) -> [String] {
    let folder = corpus.appendingPathComponent(target)
    return ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted().map {
      "\(target)/\($0)"
    }
  }

  static let all = ["csv", "frontmatter", "template", "markdown", "values", "zip", "inflate", "xml"].flatMap(
    inputs)

  @Test func everyTargetHasSeeds() {
    for target in ["csv", "frontmatter", "template", "markdown", "values", "zip", "inflate", "xml"] {
      #expect(!Self.inputs(target).isEmpty, "no seeds for \(target)")
    }
  }

  @Test(arguments: all) func replays(_ name: String) throws {
    let data = try Data(contentsOf: Self.corpus.appendingPathComponent(name))
    let text = String(decoding: data, as: UTF8.self)
    switch name.prefix(while: { $0 != "/" }) {
    case "csv":
      var diagnostics = Diagnostics()
      guard let source = SourceText.decode(data, path: "fuzz.csv", diagnostics: &diagnostics) else { return }
      _ = CSVTable.parse(source, diagnostics: &diagnostics)
      let definitions = MetricDefinitionsReader.read(source, diagnostics: &diagnostics)
      _ = MetricsReader.read(source, definitions: definitions, diagnostics: &diagnostics)
      _ = GlossaryReader.read(source, diagnostics: &diagnostics)
      _ = ActionPlanReader.read(source, diagnostics: &diagnostics)
    case "frontmatter":
      var found = Diagnostics()
      guard let source = SourceText.decode(data, path: "fuzz.md", diagnostics: &found) else { return }
      _ = FrontMatter.parse(source, diagnostics: &found)
    case "template":
      let library = TemplateLibrary(folders: [])
      for escaping in [TemplateEscaping.html, .markdown, .none] {
        var found = Diagnostics()
        guard
          let template = Template.parse(text, file: "fuzz.mustache", escaping: escaping, diagnostics: &found)
        else {
          continue
        }
        _ = library.render(
          template, data: .object(TemplateObject([("name", .string("<x>"))])), strict: true,
          diagnostics: &found)
      }
    case "markdown":
      _ = Markdown.html(text)
      _ = Markdown.html(text, options: MarkdownOptions(allowRawHTML: true, headingIDs: true))
    case "zip":
      if let archive = try? ZipArchive(bytes: [UInt8](data)) {
        for name in archive.entries.keys { _ = try? archive.data(name) }
      }
      var diagnostics = Diagnostics()
      if let source = WorkbookInput.read(
        "action-plan", bytes: [UInt8](data), path: "fuzz.xlsx", sheet: nil, diagnostics: &diagnostics)
      {
        var found = Diagnostics()
        _ = ActionPlanReader.read(source, diagnostics: &found)
      }
    case "inflate":
      _ = try? Inflate.inflate([UInt8](data)[...], limit: 1 << 20)
    case "xml":
      let bytes = [UInt8](data)
      if var reader = try? XMLReader(bytes: bytes) {
        while let event = try? reader.next() { _ = event }
      }
      _ = try? SharedStrings.read(bytes)
      _ = try? CellFormats.read(bytes)
      _ = try? WorksheetCells.read(bytes)
    default:
      for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
        let cell = String(line)
        _ = (Month(iso: cell), Day(iso: cell), NumberReader.read(cell), TrackerDate.parse(cell))
        _ = (DeliveryStatus.parse(cell), RAGRating.parse(cell), TrackerPercent.parse(cell))
        for pattern in TrackerRefPattern.allCases {
          let oracle = cell.range(of: pattern.regularExpression, options: .regularExpression) != nil
          #expect(pattern.matches(cell) == oracle, "\(cell) \(pattern)")
        }
      }
    }
  }

  /// A CSV line of 300,000 cells: columns were once counted from the start of the line for every
  /// cell (quadratic, so a run over such a file never ended).
  @Test func aVeryWideCSVLineIsReadInOnePass() {
    let text = String(repeating: "a,", count: 300_000) + "\n" + String(repeating: "\"b\",", count: 1000)
    var diagnostics = Diagnostics()
    let table = CSVTable.parse(SourceText(path: "wide.csv", text: text), diagnostics: &diagnostics)
    #expect(diagnostics.items.isEmpty)
    #expect(table?.header.cells.count == 300_001)
    #expect(table?.rows.first?.cells.last?.column == 4001)
  }

  /// A one-line template of 200,000 tags: tag columns were once counted from the start of the line for
  /// every tag, so this took hours.
  @Test func aOneLineTemplateOfManyTagsIsTokenizedInOnePass() {
    let text = String(repeating: "{{#a}}", count: 100_000) + "x" + String(repeating: "{{/a}}", count: 100_000)
    var diagnostics = Diagnostics()
    let template = Template.parse(text, file: "deep.mustache", escaping: .html, diagnostics: &diagnostics)
    #expect(template == nil)
    #expect(
      diagnostics.items.first?.description
        == "deep.mustache:1:601: error: sections nested more than 100 deep; split the template into partials")
  }
}
