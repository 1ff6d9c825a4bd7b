import Foundation
import Testing

@testable import QuarterlyKit

@Suite struct SampleSentenceTests {
  @Test func printSample() throws {
    let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent(
        "Inputs/birmingham-2022-q3")
    var (edition, diagnostics) = EditionReader.read(folder: folder, displayPath: "Inputs/birmingham-2022-q3")
    let e = try #require(edition)
    let figures = EditionFigures(edition: e, diagnostics: &diagnostics)
    for d in diagnostics.sorted { print(d) }
    for m in figures.metrics { print(m.sentence) }
  }
}
