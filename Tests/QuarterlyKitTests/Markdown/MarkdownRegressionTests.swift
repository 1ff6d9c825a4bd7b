import Testing

@testable import QuarterlyKit

/// Markdown bugs found against real documents and the regression suites of cmark, commonmark.js and
/// cmark-gfm (issue 15). Each test names the suite and example it comes from; the whole suites also run
/// in `MarkdownConformanceTests`.
@Suite("Markdown regressions from peers' suites")
struct MarkdownRegressionTests {
  /// The HTML for `markdown` with raw HTML allowed, as the suites render it.
  static func html(_ markdown: String) -> String {
    Markdown.html(markdown, options: MarkdownOptions(allowRawHTML: true))
  }

  @Test("a closing </script>, </pre>, </style> or </textarea> alone on a line starts an HTML block")
  func closingLiteralTags() {
    // cmark regression 11 (commonmark.js 14, cmark-gfm 17), with </textarea> added.
    #expect(
      Self.html("</script>\n\n</pre>\n\n</style>\n\n</textarea>\n")
        == "</script>\n</pre>\n</style>\n</textarea>\n")
    // Opening tags of those names still only start a type 1 block, never a type 7 one.
    #expect(Self.html("<pre/>\n*a*\n") == "<p><pre/>\n<em>a</em></p>\n")
  }

  @Test("a blank line after an item that is indented code makes the list loose")
  func indentedCodeItemIsLoose() {
    // commonmark.js regression 25, case 6.
    #expect(
      Self.html("-     The following line is **not** part of code block.\n      \n- b\n")
        == "<ul>\n<li>\n<pre><code>The following line is **not** part of code block.\n</code></pre>\n</li>\n"
        + "<li>\n<p>b</p>\n</li>\n</ul>\n")
  }

  @Test("a link reference definition followed by a blank line makes the list loose")
  func definitionThenBlankIsLoose() {
    // commonmark.js regression 26, cases 3 and 1.
    #expect(
      Self.html("- [aaa]: /\n\n  a\n- b\n") == "<ul>\n<li>\n<p>a</p>\n</li>\n<li>\n<p>b</p>\n</li>\n</ul>\n")
    #expect(Self.html("- [aaa]: /\n\n  [aaa]: /\n- b\n") == "<ul>\n<li></li>\n<li>\n<p>b</p>\n</li>\n</ul>\n")
    // A document of definitions alone writes nothing.
    #expect(Self.html("[a]: /x\n\n[b]: /y\n") == "")
    // An item of definitions alone is empty, as in cmark: a second blank line ends it.
    #expect(Self.html("- [a]: /u\n\n\n  text\n") == "<ul>\n<li></li>\n</ul>\n<p>text</p>\n")
    #expect(
      Self.html("- a\n\n  [b]: /v\n\n\n  text\n") == "<ul>\n<li>\n<p>a</p>\n<p>text</p>\n</li>\n</ul>\n")
  }

  @Test("an unmatched backtick run does not hide a later closing run of another length")
  func backtickBookkeeping() {
    // Found in real documents: the scan for ``` records the last `` run, and the scan for the first ``
    // pair used to overwrite it with an earlier one, so the second pair was left as text.
    #expect(Self.html("```a ``b`` ``c``\n") == "<p>```a <code>b</code> <code>c</code></p>\n")
    // The case: `x` and `y` are two code spans after an unmatched ``.
    #expect(Self.html("a `` `x` `y` `\n") == "<p>a `` <code>x</code> <code>y</code> `</p>\n")
    #expect(
      Self.html("``` `a` ``b`` `c` ``d``\n")
        == "<p>``` <code>a</code> <code>b</code> <code>c</code> <code>d</code></p>\n")
  }

  @Test("a line indented four spaces ends a table and starts indented code, as on GitHub")
  func indentedLineEndsTable() {
    // cmark-gfm opens indented code there, which a table cannot hold (GFM spec: a table ends at the
    // beginning of another block-level structure).
    #expect(
      Self.html("| a |\n| - |\n| 1 |\n    code\n")
        == "<table>\n<thead>\n<tr>\n<th>a</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td>1</td>\n</tr>\n</tbody>\n"
        + "</table>\n<pre><code>code\n</code></pre>\n")
  }

  @Test("a bare URL in a table cell is linked whole, through _, *, & and \\")
  func bareURLsInCells() {
    let html = Self.html(
      "| Links |\n| --- |\n| https://example.com/a_b_c*d&e\\f_ |\n| www.example.com/?a=1&amp;b=2 |\n")
    #expect(
      html.contains(
        "<td><a href=\"https://example.com/a_b_c*d&amp;e%5Cf\">https://example.com/a_b_c*d&amp;e\\f</a>_</td>"
      ))
    #expect(
      html.contains(
        "<td><a href=\"http://www.example.com/?a=1&amp;b=2\">www.example.com/?a=1&amp;amp;b=2</a></td>"))
    // Inside a link's text a bare URL stays text; emphasis around one still works.
    #expect(
      Self.html("| a |\n| - |\n| [https://x.com/q_r](https://y.com) *https://x.com/a_b* |\n").contains(
        "<td><a href=\"https://y.com\">https://x.com/q_r</a> <em><a href=\"https://x.com/a_b\">https://x.com/a_b</a></em></td>"
      ))
  }

  @Test("a leading byte-order mark is dropped before parsing")
  func byteOrderMark() {
    // cmark regression 13.
    #expect(Self.html("\u{FEFF}# Hi\n") == "<h1>Hi</h1>\n")
    #expect(Self.html("a\u{FEFF}b\n") == "<p>a\u{FEFF}b</p>\n")
  }

  @Test("an info word already starting with language- is not prefixed again")
  func languagePrefix() {
    // cmark regression 20 (commonmark.js 28).
    #expect(
      Self.html("```language-r\nx <- 1\n```\n\n```r\nx <- 1\n```\n")
        == "<pre><code class=\"language-r\">x &lt;- 1\n</code></pre>\n"
        + "<pre><code class=\"language-r\">x &lt;- 1\n</code></pre>\n")
  }
}
