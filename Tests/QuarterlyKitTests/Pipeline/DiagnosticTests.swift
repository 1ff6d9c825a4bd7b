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
