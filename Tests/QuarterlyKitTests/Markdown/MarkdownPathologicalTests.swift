import Testing

@testable import QuarterlyKit

/// cmark's pathological inputs at full size: each must finish (linear time, no deep recursion) with the
/// right output. These check outputs only, never timings.
@Suite("Markdown pathological inputs")
struct MarkdownPathologicalTests {
  static func paragraph(_ text: String) -> String { "<p>" + text + "</p>\n" }

  /// Compares long outputs without printing them: reports the lengths and the first differing offset.
  static func check(
    _ actual: String, _ expected: String, sourceLocation: Testing.SourceLocation = #_sourceLocation
  ) {
    let same = actual == expected
    let prefix = zip(actual.utf8, expected.utf8).prefix { $0 == $1 }.count
    #expect(
      same,
      "got \(actual.utf8.count) bytes, expected \(expected.utf8.count); first difference at byte \(prefix)",
      sourceLocation: sourceLocation)
  }

  @Test("50,000 nested *a **a ... a** a*")
  func nestedEmphasis() {
    let input = String(repeating: "*a **a ", count: 50000) + "b" + String(repeating: " a** a*", count: 50000)
    let expected = Self.paragraph(
      String(repeating: "<em>a <strong>a ", count: 50000) + "b"
        + String(repeating: " a</strong> a</em>", count: 50000))
    Self.check(Markdown.html(input), expected)
  }

  @Test("unmatched emphasis openers and closers stay text")
  func unmatchedEmphasis() {
    let openers = String(repeating: "*a **a ", count: 50000)
    Self.check(Markdown.html(openers), Self.paragraph(String(openers.dropLast())))
    let underscores = String(repeating: "_a ", count: 65000)
    Self.check(Markdown.html(underscores), Self.paragraph(String(underscores.dropLast())))
    let closers = String(repeating: "a_ ", count: 65000)
    Self.check(Markdown.html(closers), Self.paragraph(String(closers.dropLast())))
    let mixed = String(repeating: "*a_ ", count: 50000)
    Self.check(Markdown.html(mixed), Self.paragraph(String(mixed.dropLast())))
  }

  @Test("65,000 unclosed [a and a] stay text")
  func unclosedBrackets() {
    let openers = String(repeating: "[a", count: 65000)
    Self.check(Markdown.html(openers), Self.paragraph(openers))
    let closers = String(repeating: "a]", count: 65000)
    Self.check(Markdown.html(closers), Self.paragraph(closers))
    let linkEmphasis = String(repeating: "[ a_", count: 50000)
    Self.check(Markdown.html(linkEmphasis), Self.paragraph(linkEmphasis))
  }

  @Test("10,000 nested block quotes")
  func nestedBlockQuotes() {
    let input = String(repeating: ">", count: 10000) + " a\n"
    let expected =
      String(repeating: "<blockquote>\n", count: 10000) + "<p>a</p>\n"
      + String(repeating: "</blockquote>\n", count: 10000)
    Self.check(Markdown.html(input), expected)
  }

  @Test("10,000 nested list items")
  func nestedLists() {
    let input = String(repeating: "- ", count: 10000) + "a\n"
    let expected =
      String(repeating: "<ul>\n<li>\n", count: 9999) + "<ul>\n<li>a</li>\n</ul>\n"
      + String(repeating: "</li>\n</ul>\n", count: 9999)
    Self.check(Markdown.html(input), expected)
  }

  @Test("30,000 nested brackets and parentheses around a link destination")
  func nestedDestination() {
    let parentheses =
      "[a](" + String(repeating: "(", count: 30000) + "b" + String(repeating: ")", count: 30000) + ")"
    Self.check(Markdown.html(parentheses), Self.paragraph(parentheses))
    let brackets = String(repeating: "[", count: 30000) + "a" + String(repeating: "]", count: 30000)
    Self.check(Markdown.html(brackets), Self.paragraph(brackets))
    let pattern = String(repeating: "[ (](", count: 80000)
    Self.check(Markdown.html(pattern), Self.paragraph(pattern))
    let unclosed = String(repeating: "[a](<b", count: 30000)
    Self.check(Markdown.html(unclosed), Self.paragraph(Escaping.html(unclosed)))
  }

  @Test("documents of backticks")
  func backticks() {
    let only = String(repeating: "`", count: 100000)
    Self.check(Markdown.html(only), "<pre><code></code></pre>\n")
    let inline = "a" + only
    Self.check(Markdown.html(inline), Self.paragraph(inline))
    let growing = (1..<3000).map { "e" + String(repeating: "`", count: $0) }.joined()
    Self.check(Markdown.html(growing), Self.paragraph(growing))
  }

  @Test("50,000 link reference definitions")
  func manyReferences() {
    let input = (0..<50000).map { "[\($0)]: /u\($0)\n" }.joined() + "[7] [49999]\n"
    Self.check(Markdown.html(input), "<p><a href=\"/u7\">7</a> <a href=\"/u49999\">49999</a></p>\n")
  }

  @Test("<p followed by blank lines")
  func openTagAndBlankLines() {
    let input = "<p" + String(repeating: "\n", count: 100000)
    Self.check(Markdown.html(input), "<p>&lt;p</p>\n")
    Self.check(Markdown.html(input, options: MarkdownOptions(allowRawHTML: true)), "<p\n")
  }

  @Test("a document starting with ---")
  func startsWithRule() {
    let input = "---\n" + String(repeating: "a\n", count: 50000)
    let expected = "<hr />\n<p>" + String(repeating: "a\n", count: 49999) + "a</p>\n"
    Self.check(Markdown.html(input), expected)
    Self.check(Markdown.html(String(repeating: "-", count: 100000)), "<hr />\n")
  }

  @Test("unclosed raw HTML constructs stay text")
  func unclosedHTML() {
    let comments = "</" + String(repeating: "<!--", count: 100000)
    let unsafe = MarkdownOptions(allowRawHTML: true)
    Self.check(Markdown.html(comments, options: unsafe), Self.paragraph(Escaping.html(comments)))
    let instructions = String(repeating: "a <?", count: 50000)
    Self.check(Markdown.html(instructions, options: unsafe), Self.paragraph(Escaping.html(instructions)))
    let titles = String(repeating: "[a](b \"", count: 30000)
    Self.check(Markdown.html(titles), Self.paragraph(Escaping.html(titles)))
  }

  @Test("NUL bytes become U+FFFD")
  func nul() {
    Self.check(Markdown.html("a\u{0}b"), "<p>a\u{FFFD}b</p>\n")
  }

  @Test("short rows of a very wide table are not padded without limit")
  func wideTable() {
    let input =
      "|" + String(repeating: "a|", count: 2000) + "\n|" + String(repeating: "-|", count: 2000) + "\n"
      + String(repeating: "x\n", count: 2000)
    let html = Markdown.html(input)
    #expect(html.hasPrefix("<table>\n<thead>\n<tr>\n<th>a</th>\n"))
    #expect(html.utf8.count < 400_000)
  }
}
