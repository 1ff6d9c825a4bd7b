import Testing

@testable import QuarterlyKit

@Suite("Markdown safe mode")
struct MarkdownSafetyTests {
  @Test("raw HTML blocks are escaped by default and passed through with allowRawHTML")
  func htmlBlocks() {
    #expect(
      Markdown.html("<div onclick=\"x()\">hi</div>")
        == "<p>&lt;div onclick=&quot;x()&quot;&gt;hi&lt;/div&gt;</p>\n")
    #expect(Markdown.html("<script>alert(1)</script>") == "<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>\n")
    #expect(
      Markdown.html("<div>hi</div>", options: MarkdownOptions(allowRawHTML: true)) == "<div>hi</div>\n")
  }

  @Test("inline HTML is escaped by default and passed through with allowRawHTML")
  func inlineHTML() {
    #expect(
      Markdown.html("a <b onmouseover=\"x\">b</b>")
        == "<p>a &lt;b onmouseover=&quot;x&quot;&gt;b&lt;/b&gt;</p>\n")
    #expect(Markdown.html("a <!-- c --> b") == "<p>a &lt;!-- c --&gt; b</p>\n")
    #expect(
      Markdown.html("a <b>b</b>", options: MarkdownOptions(allowRawHTML: true)) == "<p>a <b>b</b></p>\n")
  }

  @Test("dangerous link schemes become empty, whatever their case")
  func dangerousLinks() {
    #expect(Markdown.html("[x](javascript:alert(1))") == "<p><a href=\"\">x</a></p>\n")
    #expect(Markdown.html("[x](JaVaScRiPt:alert(1))") == "<p><a href=\"\">x</a></p>\n")
    #expect(Markdown.html("[x](vbscript:msgbox)") == "<p><a href=\"\">x</a></p>\n")
    #expect(Markdown.html("[x](file:///etc/passwd)") == "<p><a href=\"\">x</a></p>\n")
    #expect(Markdown.html("[x](data:text/html,hi)") == "<p><a href=\"\">x</a></p>\n")
    #expect(Markdown.html("<javascript:alert(1)>") == "<p><a href=\"\">javascript:alert(1)</a></p>\n")
    #expect(Markdown.html("![i](javascript:x)") == "<p><img src=\"\" alt=\"i\" /></p>\n")
    #expect(Markdown.html("[x]\n\n[x]: DATA:text/html,hi") == "<p><a href=\"\">x</a></p>\n")
  }

  @Test("image data URLs and ordinary links are kept")
  func safeLinks() {
    #expect(
      Markdown.html("![i](data:image/png;base64,AAA)")
        == "<p><img src=\"data:image/png;base64,AAA\" alt=\"i\" /></p>\n")
    #expect(
      Markdown.html("![i](data:image/webp;base64,AAA)")
        == "<p><img src=\"data:image/webp;base64,AAA\" alt=\"i\" /></p>\n")
    #expect(
      Markdown.html("![i](DATA:IMAGE/GIF;base64,AAA)")
        == "<p><img src=\"DATA:IMAGE/GIF;base64,AAA\" alt=\"i\" /></p>\n")
    #expect(Markdown.html("[x](https://example.com/a b)") == "<p>[x](https://example.com/a b)</p>\n")
    #expect(
      Markdown.html("[x](<https://example.com/a b>)")
        == "<p><a href=\"https://example.com/a%20b\">x</a></p>\n")
    #expect(
      Markdown.html("[x](/send?a=1&b=2 \"T\")") == "<p><a href=\"/send?a=1&amp;b=2\" title=\"T\">x</a></p>\n")
  }

  @Test("unsafe mode keeps every scheme")
  func unsafeMode() {
    let options = MarkdownOptions(allowRawHTML: true)
    #expect(
      Markdown.html("[x](javascript:alert(1))", options: options)
        == "<p><a href=\"javascript:alert(1)\">x</a></p>\n")
  }
}
