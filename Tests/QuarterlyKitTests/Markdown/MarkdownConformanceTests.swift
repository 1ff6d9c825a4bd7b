import Foundation
import Testing

@testable import QuarterlyKit

/// One example of a CommonMark-style spec suite.
struct SpecExample: Decodable {
  var markdown: String
  var html: String
  var example: Int
  var section: String
}

@Suite("Markdown conformance")
struct MarkdownConformanceTests {
  /// The examples listed in `known-failures.txt` for one suite (`nil` prefix: the CommonMark spec).
  static func knownFailures(prefix: String?) throws -> Set<Int> {
    let text = try Fixture.text("commonmark/known-failures.txt")
    var numbers: Set<Int> = []
    for line in text.split(separator: "\n") {
      let words = line.split(separator: " ")
      guard let first = words.first, !first.hasPrefix("#") else { continue }
      if let prefix {
        if words.count == 2, first == prefix, let number = Int(words[1]) { numbers.insert(number) }
      } else if words.count == 1, let number = Int(first) {
        numbers.insert(number)
      }
    }
    return numbers
  }

  /// Renders every example (raw HTML allowed) and checks the failures against the known list;
  /// `notApplicable` names the examples left out, each with the reason.
  static func check(suite path: String, prefix: String?, notApplicable: [Int: String] = [:]) throws {
    let all = try JSONDecoder().decode([SpecExample].self, from: try Fixture.data(path))
    let examples = all.filter { notApplicable[$0.example] == nil }
    #expect(all.count - examples.count == notApplicable.count, "an example left out is not in \(path)")
    let known = try knownFailures(prefix: prefix)
    var failed: [Int] = []
    for example in examples {
      let actual = Markdown.html(example.markdown, options: MarkdownOptions(allowRawHTML: true))
      if HTMLNormaliser.normalise(actual) != HTMLNormaliser.normalise(example.html) {
        failed.append(example.example)
      }
    }
    print(
      "\(path): \(examples.count - failed.count) passed, \(failed.count) failed, \(notApplicable.count) left out"
    )
    let unexpected = failed.filter { !known.contains($0) }
    let nowPassing = known.subtracting(failed).sorted()
    #expect(unexpected.isEmpty, "examples failing that are not in known-failures.txt: \(unexpected)")
    #expect(nowPassing.isEmpty, "examples in known-failures.txt that now pass: \(nowPassing)")
  }

  @Test("all 652 CommonMark 0.31.2 examples")
  func commonMarkSpec() throws {
    try Self.check(suite: "commonmark/spec-0.31.2.json", prefix: nil)
  }

  @Test("all 25 GFM table examples")
  func gfmTables() throws {
    try Self.check(suite: "commonmark/gfm-tables.json", prefix: "gfm")
  }

  @Test("all 26 examples of cmark's regression suite")
  func cmarkRegressions() throws {
    try Self.check(suite: "commonmark/cmark_regression.json", prefix: "cmark")
  }

  @Test("34 of the 35 examples of commonmark.js's regression suite")
  func commonmarkJSRegressions() throws {
    try Self.check(
      suite: "commonmark/commonmarkjs_regression.json", prefix: "commonmarkjs",
      notApplicable: [
        35: "commonmark.js drops raw HTML from an image's alt text; cmark, like this parser, keeps it as text"
      ])
  }

  @Test("15 of the 19 examples of cmark-gfm's regression suite")
  func cmarkGFMRegressions() throws {
    let strikethrough = "strikethrough (`~~`) is a GFM extension this parser does not implement"
    try Self.check(
      suite: "commonmark/cmarkgfm_regression.json", prefix: "cmarkgfm",
      notApplicable: [
        8: strikethrough, 10: strikethrough, 11: strikethrough,
        13: "footnotes (`[^1]`) are a GFM extension this parser does not implement",
      ])
  }

  @Test("the normaliser collapses whitespace, sorts attributes and resolves references")
  func normaliser() {
    #expect(HTMLNormaliser.normalise("<p>a\n  b</p>\n<p>\n c </p>") == "<p>a b</p><p>c</p>")
    #expect(
      HTMLNormaliser.normalise("<a title=\"t\" href='x'>&amp;&copy;</a>")
        == "<a href=\"x\" title=\"t\">&amp;©</a>")
    #expect(HTMLNormaliser.normalise("<pre>a\n  b</pre>") == "<pre>a\n  b</pre>")
    #expect(HTMLNormaliser.normalise("a<br />\nb") == "a<br>b")
    #expect(HTMLNormaliser.normalise("a < b") == "a  b")
  }
}
