// libFuzzer entry point for quarterly's parsers. Not part of the SwiftPM package: Scripts/fuzz.sh
// compiles it together with Sources/QuarterlyKit (as one module) with `-sanitize=fuzzer,address`.
// The target is chosen with the environment variable QUARTERLY_FUZZ_TARGET (see `FuzzTarget`).

import Foundation

/// The parsers that take input-derived text or bytes, one fuzz target each.
enum FuzzTarget: String, CaseIterable {
  /// Bytes → SourceText.decode → CSV.parse → the metric, glossary and action-plan readers.
  case csv
  /// Bytes → SourceText.decode → FrontMatter.parse.
  case frontmatter
  /// Text → Template.parse → render with a small data tree (strict and lenient).
  case template
  /// Text → Markdown.html (safe and unsafe options).
  case markdown
  /// Text → Month, Day, NumberReader, TrackerDate, the tracker's value parsers and ref patterns, per
  /// line.
  case values
  /// Bytes → ZipArchive and every entry's data → a whole workbook read as the tracker.
  case zip
  /// Bytes → Inflate (a raw DEFLATE stream), with a 1 MiB limit.
  case inflate
  /// Bytes → XMLReader, and the shared-string, style and worksheet readers on top of it.
  case xml

  static let selected: FuzzTarget = {
    let name = ProcessInfo.processInfo.environment["QUARTERLY_FUZZ_TARGET"] ?? "csv"
    guard let target = FuzzTarget(rawValue: name) else {
      FileHandle.standardError.write(Data("unknown QUARTERLY_FUZZ_TARGET '\(name)'\n".utf8))
      exit(2)
    }
    return target
  }()
}

let fuzzLibrary = TemplateLibrary(folders: [])
let fuzzData = TemplateValue.object(
  TemplateObject([
    ("name", .string("<b>&\"'")),
    ("list", .list([.int(1), .string("two"), .object(TemplateObject([("name", .string("three"))]))])),
    ("flag", .bool(true)),
    ("none", .null),
  ]))

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTestOneInput(_ start: UnsafeRawPointer?, _ count: Int) -> CInt {
  let bytes = start.map { Data(bytes: $0, count: count) } ?? Data()
  switch FuzzTarget.selected {
  case .csv: fuzzCSV(bytes)
  case .frontmatter: fuzzFrontMatter(bytes)
  case .template: fuzzTemplate(String(decoding: bytes, as: UTF8.self))
  case .markdown: fuzzMarkdown(String(decoding: bytes, as: UTF8.self))
  case .values: fuzzValues(String(decoding: bytes, as: UTF8.self))
  case .zip: fuzzZip([UInt8](bytes))
  case .inflate: fuzzInflate([UInt8](bytes))
  case .xml: fuzzXML([UInt8](bytes))
  }
  return 0
}

func fuzzCSV(_ bytes: Data) {
  var diagnostics = Diagnostics()
  guard let source = SourceText.decode(bytes, path: "fuzz.csv", diagnostics: &diagnostics) else { return }
  _ = CSVTable.parse(source, diagnostics: &diagnostics)
  let definitions = MetricDefinitionsReader.read(source, diagnostics: &diagnostics)
  _ = MetricsReader.read(source, definitions: definitions, diagnostics: &diagnostics)
  _ = GlossaryReader.read(source, diagnostics: &diagnostics)
  _ = ActionPlanReader.read(source, diagnostics: &diagnostics)
  _ = diagnostics.sorted.map(\.description)
}

func fuzzFrontMatter(_ bytes: Data) {
  var diagnostics = Diagnostics()
  guard let source = SourceText.decode(bytes, path: "fuzz.md", diagnostics: &diagnostics) else { return }
  let frontMatter = FrontMatter.parse(source, diagnostics: &diagnostics)
  for entry in frontMatter.entries { _ = frontMatter.location(of: entry) }
  _ = diagnostics.items.map(\.description)
}

func fuzzTemplate(_ text: String) {
  for escaping in [TemplateEscaping.html, .markdown, .none] {
    var diagnostics = Diagnostics()
    let template = Template.parse(
      text, file: "fuzz.mustache", startLine: 3, escaping: escaping, diagnostics: &diagnostics)
    guard let template else { continue }
    _ = fuzzLibrary.render(template, data: fuzzData, strict: true, diagnostics: &diagnostics)
    _ = fuzzLibrary.render(template, data: fuzzData, strict: false, diagnostics: &diagnostics)
  }
}

func fuzzMarkdown(_ text: String) {
  _ = Markdown.html(text)
  _ = Markdown.html(text, options: MarkdownOptions(allowRawHTML: true, headingIDs: true))
}

func fuzzValues(_ text: String) {
  _ = Month(iso: text)
  _ = Day(iso: text)
  _ = NumberReader.read(text)
  _ = TrackerDate.parse(text)
  _ = DeliveryStatus.parse(text)
  _ = RAGRating.parse(text)
  _ = TrackerPercent.parse(text)
  for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
    let cell = String(line)
    _ = Month(iso: cell)
    _ = Day(iso: cell)
    _ = NumberReader.read(cell)
    _ = TrackerDate.parse(cell)
    _ = DeliveryStatus.parse(cell)
    _ = RAGRating.parse(cell)
    _ = TrackerPercent.parse(cell)
    fuzzRefPatterns(cell)
  }
}

func fuzzZip(_ bytes: [UInt8]) {
  if let archive = try? ZipArchive(bytes: bytes) {
    for name in archive.entries.keys { _ = try? archive.data(name) }
  }
  var diagnostics = Diagnostics()
  if let source = WorkbookInput.read(
    "action-plan", bytes: bytes, path: "fuzz.xlsx", sheet: nil, diagnostics: &diagnostics)
  {
    var found = Diagnostics()
    _ = ActionPlanReader.read(source, diagnostics: &found)
    _ = source.namingCells(found.items).map(\.description)
  }
  _ = diagnostics.sorted.map(\.description)
}

func fuzzInflate(_ bytes: [UInt8]) {
  if let inflated = try? Inflate.inflate(bytes[...], limit: 1 << 20) { _ = CRC32.checksum(inflated) }
}

func fuzzXML(_ bytes: [UInt8]) {
  if var reader = try? XMLReader(bytes: bytes) {
    while let event = try? reader.next() { _ = event }
  }
  _ = try? SharedStrings.read(bytes)
  _ = try? CellFormats.read(bytes)
  _ = try? WorksheetCells.read(bytes)
}

/// The tracker's hand-written ref matcher must agree with the regular expression it stands for.
func fuzzRefPatterns(_ ref: String) {
  for pattern in TrackerRefPattern.allCases {
    let fast = pattern.matches(ref)
    let slow = ref.range(of: pattern.regularExpression, options: .regularExpression) != nil
    if fast != slow { fatalError("TrackerRefPattern disagrees on \(ref.debugDescription) for \(pattern)") }
  }
  _ = ActionPlanReader.refKind(ref, actionRef: "")
  _ = ActionPlanReader.refKind("", actionRef: ref)
}
