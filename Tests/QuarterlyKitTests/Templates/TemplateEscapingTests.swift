import Testing

@testable import QuarterlyKit

@Suite struct TemplateEscapingTests {
  @Test func escapingFollowsTheFileName() {
    #expect(TemplateEscaping.forFile(named: "newsletter.html.mustache") == .html)
    #expect(TemplateEscaping.forFile(named: "newsletter.md.mustache") == .markdown)
    #expect(TemplateEscaping.forFile(named: "pack.txt.mustache") == .none)
    #expect(TemplateEscaping.forFile(named: "header.mustache") == .html)
  }

  @Test func htmlTemplatesEscapeHTML() throws {
    let data: TemplateValue = ["x": "Acme & Sons <b>\"Q1\"</b>"]
    let result = try renderTemplate("{{x}}|{{{x}}}|{{&x}}", file: "n.html.mustache", data: data)
    #expect(
      result.output
        == "Acme &amp; Sons &lt;b&gt;&quot;Q1&quot;&lt;/b&gt;|Acme & Sons <b>\"Q1\"</b>|Acme & Sons <b>\"Q1\"</b>"
    )
  }

  @Test func markdownTemplatesEscapeMarkdownNotHTML() throws {
    let data: TemplateValue = ["x": "R&D *up* 5% [see] <here> a_b `c` | d \\ e\nnext"]
    let result = try renderTemplate("Note: {{x}}\n{{{x}}}", file: "n.md.mustache", data: data)
    #expect(
      result.output
        == "Note: R&D \\*up\\* 5% \\[see\\] \\<here\\> a\\_b \\`c\\` \\| d \\\\ e next\nR&D *up* 5% [see] <here> a_b `c` | d \\ e\nnext"
    )
  }

  @Test func markdownEscapesBlockMarkersOnlyWhereABlockStarts() throws {
    let data: TemplateValue = [
      "heading": "# not a heading", "dash": "-5%", "year": "2024. A year", "plus": "+3", "quote": "> no",
    ]
    let source = "{{heading}}\n{{dash}}\n- {{year}}\n  {{plus}}\nDown {{dash}}, {{year}}\n{{quote}}\n"
    let result = try renderTemplate(source, file: "n.md.mustache", data: data)
    #expect(
      result.output
        == "\\# not a heading\n\\-5%\n- 2024\\. A year\n  \\+3\nDown -5%, 2024. A year\n\\> no\n")
  }

  @Test func markdownEscapesCharacterReferencesOnly() {
    #expect(Escaping.markdown("AT&T &copy; &#169; & co", startsBlock: false) == "AT&T \\&copy; \\&#169; & co")
  }

  @Test func textTemplatesEscapeNothing() throws {
    let result = try renderTemplate("{{x}}", file: "pack.txt.mustache", data: ["x": "<a> & *b*"])
    #expect(result.output == "<a> & *b*")
  }

  @Test func untypedPartialsEscapeLikeTheirCaller() throws {
    let partials = ["item.mustache": "{{x}}", "item.html.mustache": "<li>{{x}}</li>"]
    let data: TemplateValue = ["x": "a & *b*"]
    let markdown = try renderTemplate("{{>item}}", file: "n.md.mustache", data: data, partials: partials)
    #expect(markdown.output == "a & \\*b\\*")
    let html = try renderTemplate("{{>item}}", file: "n.html.mustache", data: data, partials: partials)
    #expect(html.output == "<li>a &amp; *b*</li>")
  }

  @Test func numbersPrintAsTheSpecWants() throws {
    let result = try renderTemplate(
      "{{a}} {{b}} {{c}} {{d}} {{e}}", data: ["a": 85, "b": 1.21, "c": 2.0, "d": true, "e": -0.5])
    #expect(result.output == "85 1.21 2 true -0.5")
  }
}
