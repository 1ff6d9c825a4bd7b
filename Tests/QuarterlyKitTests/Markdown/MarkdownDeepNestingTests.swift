import Testing

@testable import QuarterlyKit

/// The hostile shapes of issue 15 (deep nesting by indentation, blank `>` lines and long lines under
/// deep nesting, `![` openers then links) and the rest of cmark's pathological cases, at full size: each
/// must give the right output. These check outputs only; their times are in `quarterly-bench markdown
/// --hostile`.
@Suite("Markdown deep nesting and cmark's pathological cases")
struct MarkdownDeepNestingTests {
  static func check(
    _ markdown: String, _ expected: String, sourceLocation: Testing.SourceLocation = #_sourceLocation
  ) {
    MarkdownPathologicalTests.check(Markdown.html(markdown), expected, sourceLocation: sourceLocation)
  }

  /// `depth` tight lists nested in each other, the innermost holding `innermost`.
  static func nestedItems(_ depth: Int, innermost: String) -> String {
    String(repeating: "<ul>\n<li>\n", count: depth - 1) + "<ul>\n<li>" + innermost + "</li>\n</ul>\n"
      + String(repeating: "</li>\n</ul>\n", count: depth - 1)
  }

  @Test("1,000 lists nested by indentation")
  func listsNestedByIndentation() {
    let markdown = (0..<1000).map { String(repeating: "  ", count: $0) + "* a\n" }.joined()
    Self.check(
      markdown,
      "<ul>\n" + String(repeating: "<li>a\n<ul>\n", count: 999) + "<li>a</li>\n</ul>\n"
        + String(repeating: "</li>\n</ul>\n", count: 999))
  }

  @Test("30,000 blank > lines under 30,000 nested items, and 30,000 blank lines")
  func blankLinesUnderNesting() {
    let items = String(repeating: "- ", count: 30000) + "x"
    Self.check(
      "> " + items + "\n" + String(repeating: ">\n", count: 30000),
      "<blockquote>\n" + Self.nestedItems(30000, innermost: "x") + "</blockquote>\n")
    Self.check(items + String(repeating: "\n", count: 30000), Self.nestedItems(30000, innermost: "x"))
    // Blank lines with and without spaces, one after the other: any blank rest is answered alike.
    Self.check(
      items + String(repeating: "\n \n", count: 15000) + "\n  \t\n", Self.nestedItems(30000, innermost: "x"))
    Self.check(
      "> " + items + "\n" + String(repeating: ">\n> \n", count: 15000),
      "<blockquote>\n" + Self.nestedItems(30000, innermost: "x") + "</blockquote>\n")
    Self.check("- - a\n    \n\n  b\n", "<ul>\n<li>\n<ul>\n<li>a</li>\n</ul>\n<p>b</p>\n</li>\n</ul>\n")
    // Raw HTML keeps each blank line's own spaces.
    #expect(
      Markdown.html("<pre>\n  \n    \n\n  \n</pre>\n", options: MarkdownOptions(allowRawHTML: true))
        == "<pre>\n  \n    \n\n  \n</pre>\n")
    // And code keeps a blank line's spaces beyond its indentation.
    Self.check("    a\n      \n  \n      \n    b\n", "<pre><code>a\n  \n\n  \nb\n</code></pre>\n")
    Self.check(
      "> ```\n>    \n>\n>      \n> b\n",
      "<blockquote>\n<pre><code>   \n\n     \nb\n</code></pre>\n</blockquote>\n")
  }

  @Test("1,000 long lines in a list nested 1,000 deep")
  func longLinesUnderNesting() {
    let line = String(repeating: "b", count: 1000)
    let markdown =
      String(repeating: "- ", count: 1000) + "a\n"
      + String(repeating: String(repeating: "  ", count: 1000) + line + "\n", count: 1000)
    let text = "a\n" + Array(repeating: line, count: 1000).joined(separator: "\n")
    Self.check(markdown, Self.nestedItems(1000, innermost: text))
  }

  @Test("50,000 ![ openers then 50,000 links")
  func imageOpenersThenLinks() {
    Self.check(
      String(repeating: "![", count: 50000) + String(repeating: "[a](b)", count: 50000),
      "<p>" + String(repeating: "![", count: 50000) + String(repeating: "<a href=\"b\">a</a>", count: 50000)
        + "</p>\n")
    // A link still deactivates the `[` openers below the `![` ones.
    Self.check("[x ![y [a](b)](c)](d)", "<p>[x <img src=\"c\" alt=\"y a\" />](d)</p>\n")
  }

  @Test("cmark: emphasis cases (issue #389, multiples of 3, hard link/emph, nested inlines)")
  func cmarkEmphasis() {
    Self.check(
      String(repeating: "*a ", count: 20000) + String(repeating: "_a*_ ", count: 20000),
      "<p>" + String(repeating: "<em>a ", count: 20000) + String(repeating: "_a</em>_ ", count: 19999)
        + "_a</em>_</p>\n")
    Self.check(
      "a**b" + String(repeating: "c* ", count: 25000),
      "<p>a**b" + String(repeating: "c* ", count: 24999) + "c*</p>\n")
    Self.check("**x [a*b**c*](d)", "<p>**x <a href=\"d\">a<em>b**c</em></a></p>\n")
    Self.check(
      String(repeating: "*", count: 20000) + "a" + String(repeating: "*", count: 20000),
      "<p>" + String(repeating: "<strong>", count: 10000) + "a" + String(repeating: "</strong>", count: 10000)
        + "</p>\n")
  }

  @Test("cmark: links (![[]() repeated, unclosed links B, reference collisions, many references)")
  func cmarkLinks() {
    Self.check(
      String(repeating: "![[]()", count: 160000),
      "<p>" + String(repeating: "![<a href=\"\"></a>", count: 160000) + "</p>\n")
    Self.check(
      String(repeating: "[a](b", count: 30000), "<p>" + String(repeating: "[a](b", count: 30000) + "</p>\n")
    let keys = (0..<25000).map { "x\($0)" }
    Self.check(
      keys.dropFirst().map { "[\($0)]: /url\n\n[x0]\n\n" }.joined(),
      String(repeating: "<p>[x0]</p>\n", count: 24999))
    Self.check(
      (1..<80000).map { "[\($0)]: u\n" }.joined() + String(repeating: "[0] ", count: 5000),
      "<p>" + String(repeating: "[0] ", count: 4999) + "[0]</p>\n")
  }

  @Test("cmark: emphasis in a block quote nested 100,000 deep")
  func cmarkEmphasisInDeepQuote() {
    Self.check(
      String(repeating: ">", count: 100000) + String(repeating: "a*", count: 100000),
      String(repeating: "<blockquote>\n", count: 100000) + "<p>"
        + String(repeating: "a<em>a</em>", count: 50000)
        + "</p>\n" + String(repeating: "</blockquote>\n", count: 100000))
  }
}
