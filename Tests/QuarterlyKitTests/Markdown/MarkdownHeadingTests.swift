import Testing

@testable import QuarterlyKit

@Suite("Markdown headings and options")
struct MarkdownHeadingTests {
  @Test("ids are lower case, with punctuation and space runs as one dash")
  func ids() {
    let options = MarkdownOptions(headingIDs: true)
    #expect(
      Markdown.html("# Hello, World!", options: options) == "<h1 id=\"hello-world\">Hello, World!</h1>\n")
    #expect(
      Markdown.html("## *SEND* -- 2024/25 ", options: options)
        == "<h2 id=\"send-2024-25\"><em>SEND</em> -- 2024/25</h2>\n")
    #expect(
      Markdown.html("### Café `code`", options: options)
        == "<h3 id=\"café-code\">Café <code>code</code></h3>\n")
    #expect(Markdown.html("# ???", options: options) == "<h1 id=\"section\">???</h1>\n")
  }

  @Test("ids are off by default")
  func idsOff() {
    #expect(Markdown.html("# Hello") == "<h1>Hello</h1>\n")
  }

  @Test("repeated headings get -2, -3 suffixes and the list gives plain text")
  func uniqueHeadings() {
    let document = Markdown.parse("# Plan\n\n## Plan\n\nPlan\n---\n\n> # Plan-2\n")
    #expect(
      document.headings == [
        MarkdownHeading(level: 1, text: "Plan", id: "plan"),
        MarkdownHeading(level: 2, text: "Plan", id: "plan-2"),
        MarkdownHeading(level: 2, text: "Plan", id: "plan-3"),
        MarkdownHeading(level: 1, text: "Plan-2", id: "plan-2-2"),
      ])
    #expect(
      document.html(options: MarkdownOptions(headingIDs: true))
        == "<h1 id=\"plan\">Plan</h1>\n<h2 id=\"plan-2\">Plan</h2>\n<h2 id=\"plan-3\">Plan</h2>\n"
        + "<blockquote>\n<h1 id=\"plan-2-2\">Plan-2</h1>\n</blockquote>\n")
  }

  @Test("transformText receives merged, unescaped text runs")
  func transformText() {
    let options = MarkdownOptions(transformText: { "[" + Escaping.html($0) + "]" })
    #expect(
      Markdown.html("a & b *c* [d](/u) `e`", options: options)
        == "<p>[a &amp; b ]<em>[c]</em>[ ]<a href=\"/u\">[d]</a>[ ]<code>e</code></p>\n")
    #expect(Markdown.html("a\\*b", options: options) == "<p>[a*b]</p>\n")
  }

  @Test("a text node on its own is written like a run of adjacent text nodes with the same text")
  func singleAndMergedTextRuns() {
    // One text node, and the same text as text and entity nodes (merged into one run when written).
    let single = "a > \"b\" c ![d > e](/i)"
    let split = "a &gt; &quot;b&quot; c ![d &gt; e](/i)"
    #expect(Markdown.html(single) == "<p>a &gt; &quot;b&quot; c <img src=\"/i\" alt=\"d &gt; e\" /></p>\n")
    #expect(Markdown.html(split) == Markdown.html(single))
    let options = MarkdownOptions(transformText: { "[" + Escaping.html($0) + "]" })
    #expect(Markdown.html(single, options: options) == Markdown.html(split, options: options))
  }

  @Test("tables keep alignment and link bare addresses in cells")
  func tables() {
    #expect(
      Markdown.html("| a | b |\n|:-:|--:|\n| www.x.org | 2 |")
        == "<table>\n<thead>\n<tr>\n<th align=\"center\">a</th>\n<th align=\"right\">b</th>\n</tr>\n</thead>\n"
        + "<tbody>\n<tr>\n<td align=\"center\"><a href=\"http://www.x.org\">www.x.org</a></td>\n"
        + "<td align=\"right\">2</td>\n</tr>\n</tbody>\n</table>\n")
  }
}
