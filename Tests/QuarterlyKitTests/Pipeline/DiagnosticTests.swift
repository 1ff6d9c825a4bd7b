import Foundation
import Testing

@testable import QuarterlyKit

@Suite struct DiagnosticTests {
  @Test func printsLikeACompiler() {
    let d = Diagnostic.error(
      "unknown metric 'complaintz'", at: SourceLocation(file: "Inputs/x/metrics.csv", line: 4, column: 1),
      hint: "did you mean 'complaints'?")
    #expect(
      d.description
        == "Inputs/x/metrics.csv:4:1: error: unknown metric 'complaintz'; did you mean 'complaints'?")
  }

  @Test func suggestsCloseNames() {
    #expect(Suggestion.closest(to: "complaintz", in: ["complaints", "complaint_days"]) == "complaints")
    #expect(Suggestion.closest(to: "zzz", in: ["complaints"]) == nil)
  }

  @Test func sortsByFileThenLine() {
    var all = Diagnostics()
    all.error("b", at: SourceLocation(file: "b.csv", line: 1, column: 1))
    all.error("a2", at: SourceLocation(file: "a.csv", line: 2, column: 1))
    all.error("a1", at: SourceLocation(file: "a.csv", line: 1, column: 5))
    #expect(all.sorted.map(\.message) == ["a1", "a2", "b"])
  }
}

@Suite struct EscapingTests {
  @Test func escapesHTML() {
    #expect(Escaping.html("a < b & \"c\" > d") == "a &lt; b &amp; &quot;c&quot; &gt; d")
    #expect(Escaping.html("plain") == "plain")
  }
}

/// The pipeline stamps each step's name on the diagnostics it records without a location.
@Suite struct StepStampTests {
  @Test func onlyUnlocatedDiagnosticsOfTheStepAreStamped() {
    let located = SourceLocation(file: "a.csv", line: 1, column: 1)
    let library = TemplateLibrary(folders: [])
    let before = Step(name: "Before") { $0.diagnostics.warning("earlier, unlocated") }
    let failing = Step(name: "Failing") { build in
      build.diagnostics.error("unlocated")
      build.diagnostics.error("located", at: located)
    }
    let input = EditionInput(folder: URL(fileURLWithPath: "/nonexistent/e"), displayPath: "e")
    let options = BuildOptions(
      templates: URL(fileURLWithPath: "/nonexistent/t"), output: URL(fileURLWithPath: "/nonexistent/o"))
    let result = Pipeline(steps: [before, failing]).run(input, options: options, templates: library)
    let byMessage = Dictionary(uniqueKeysWithValues: result.diagnostics.map { ($0.message, $0.step) })
    #expect(byMessage["earlier, unlocated"] == .some("Before"))
    #expect(byMessage["unlocated"] == .some("Failing"))
    #expect(byMessage["located"] == .some(nil))
  }
}
