import Foundation
import Testing

@testable import QuarterlyKit

@Suite struct TemplateErrorTests {
  let metrics: TemplateValue = ["metrics": ["complaints": 12, "referrals": 40]]

  @Test func missingNameSuggestsTheFullDottedName() throws {
    let source =
      "# Update\n\n{{#metrics}}x{{/metrics}}\n" + String(repeating: "\n", count: 8)
      + "    {{metrics.complaint}}\n"
    let result = try renderTemplate(source, file: "Templates/newsletter.md.mustache", data: metrics)
    #expect(
      result.errors == [
        "Templates/newsletter.md.mustache:12:5: error: no value for 'metrics.complaint'; did you mean 'metrics.complaints'?"
      ])
  }

  @Test func missingFirstNameSuggestsFromEveryLevel() throws {
    let result = try renderTemplate("{{metric.complaints}}", data: metrics)
    #expect(
      result.errors == [
        "t.mustache:1:1: error: no value for 'metric.complaints'; did you mean 'metrics.complaints'?"
      ])
  }

  @Test func everyMissingNameIsReportedAndRenderingGoesOn() throws {
    let result = try renderTemplate("a {{x}} b\n{{#y}}in{{/y}} {{^z}}no z{{/z}} c", data: [:])
    #expect(result.output == "a  b\n no z c")
    #expect(
      result.errors == ["t.mustache:1:3: error: no value for 'x'", "t.mustache:2:1: error: no value for 'y'"])
  }

  @Test func lenientModeFollowsTheSpec() throws {
    let result = try renderTemplate("a{{x}}b{{#y}}in{{/y}}{{>nothing}}", data: [:], strict: false)
    #expect(result.output == "ab")
    #expect(result.errors == [])
  }

  @Test func nullAndListsAreErrorsWhenPrintedStrictly() throws {
    let result = try renderTemplate("{{a}}|{{b}}", data: ["a": nil, "b": [1, 2]])
    #expect(
      result.errors == [
        "t.mustache:1:1: error: no value for 'a' (it is null); show something else when it is missing with {{^a}}…{{/a}}",
        "t.mustache:1:7: error: 'b' is a list, not a value to print; go through it with {{#b}}…{{/b}}",
      ])
  }

  @Test func unclosedSectionIsReportedWhereItOpened() {
    #expect(
      parseErrors("line one\n  {{#items}}\n{{name}}\n")
        == ["t.mustache:2:3: error: unclosed section 'items'; close it with {{/items}}"])
  }

  @Test func mismatchedCloseReportsBothPlaces() {
    #expect(
      parseErrors("{{#a}}\n{{#b}}\n{{/a}}\n")
        == [
          "t.mustache:3:1: error: '{{/a}}' closes 'a', but 'b' (opened at line 2, column 1) is still open; close 'b' first with {{/b}}",
          "t.mustache:2:1: note: section 'b' opened here",
        ])
  }

  @Test func strayCloseIsAnError() {
    #expect(
      parseErrors("x\n {{/a}}")
        == ["t.mustache:2:2: error: '{{/a}}' closes no open section; remove it"])
  }

  @Test func unclosedTagIsAnError() {
    #expect(
      parseErrors("Hello {{#a}}\n{{name\n")
        == [
          "t.mustache:2:1: error: unclosed tag '{{'; close it with '}}'",
          "t.mustache:1:7: error: unclosed section 'a'; close it with {{/a}}",
        ])
  }

  @Test func badDelimiterSetIsAnError() {
    #expect(
      parseErrors("{{=<% %>=}}<%a%>\n<%= x =%>")
        == [
          "t.mustache:2:1: error: bad delimiter tag 'x'; give two delimiters separated by a space, like {{=<% %>=}}"
        ])
  }

  /// Space around a tag's name is what `trimmingSpaces` trims: no-break spaces and CRLF line breaks
  /// too (the spec's names hold no whitespace), and the same space separates new delimiters.
  @Test func tagsTakeTheOneIdeaOfSpace() throws {
    let data: TemplateValue = ["name": "Barset"]
    #expect(try renderTemplate("{{\u{A0}name\u{A0}}} {{ name\r\n}}", data: data) == ("Barset Barset", []))
    #expect(try renderTemplate("{{=<%\u{A0}%>=}}<% name %>", data: data) == ("Barset", []))
  }

  @Test func badNamesAreErrors() {
    #expect(
      parseErrors("{{a..b}} {{}}")
        == [
          "t.mustache:1:1: error: 'a..b' is not a valid name; use words joined by dots, like metrics.complaints, or '.' for the current item",
          "t.mustache:1:10: error: empty tag; put a name in it, like {{title}}",
        ])
  }

  @Test func fragmentsReportLinesOfTheWholeFile() {
    #expect(
      parseErrors("Intro\n{{#open}}\n", file: "Inputs/2025-q1/fragments/intro.md", startLine: 5)
        == ["Inputs/2025-q1/fragments/intro.md:6:1: error: unclosed section 'open'; close it with {{/open}}"])
  }

  @Test func deepNestingIsRefusedAtParseTime() {
    let source = String(repeating: "{{#a}}", count: 150) + String(repeating: "{{/a}}", count: 150)
    #expect(
      parseErrors(source)
        == ["t.mustache:1:601: error: sections nested more than 100 deep; split the template into partials"])
  }

  @Test(arguments: ["../secret", "/etc/passwd", "a\\b", "a\u{0}b", "parts/../../x"])
  func partialNamesLeavingTheFolderAreRefused(_ name: String) throws {
    let result = try renderTemplate("{{>*name}}", data: ["name": .string(name)], strict: false)
    #expect(result.output == "")
    #expect(result.errors.count == 1)
    // A control character in the name is escaped in the message, so that it stays one line.
    let shown = Escaping.terminalLine(name)
    #expect(
      result.errors.first?.hasPrefix("t.mustache:1:1: error: partial name '\(shown)' refused: ") == true)
  }

  @Test func staticBadPartialNameMessage() throws {
    let result = try renderTemplate("{{>../secret}}")
    #expect(
      result.errors == [
        "t.mustache:1:1: error: partial name '../secret' refused: it contains '..'; name a partial inside the template folders, like 'header' or 'parts/header'"
      ])
  }

  @Test func symlinkLeavingTheFolderIsRefused() throws {
    let outside = try TemplateFolder(files: ["secret.mustache": "TOP SECRET"])
    let folder = try TemplateFolder()
    try FileManager.default.createSymbolicLink(
      at: folder.url.appendingPathComponent("link.mustache"),
      withDestinationURL: outside.url.appendingPathComponent("secret.mustache"))
    var diagnostics = Diagnostics()
    let template = try #require(
      Template.parse("[{{>link}}]", file: "t.mustache", escaping: .html, diagnostics: &diagnostics))
    var renderDiagnostics = Diagnostics()
    let rendered = TemplateLibrary(folders: [folder.url]).render(
      template, data: [:], strict: false, diagnostics: &renderDiagnostics)
    #expect(rendered == "[]")
    #expect(
      renderDiagnostics.items.map(\.message) == [
        "partial name 'link' refused: its file leads outside the folder \(folder.url.relativePath)"
      ])
  }

  @Test func partialsInSubfoldersAreFound() throws {
    let result = try renderTemplate("[{{>parts/header}}]", partials: ["parts/header.mustache": "H"])
    #expect(result.output == "[H]")
    #expect(result.errors == [])
  }

  @Test func recursivePartialIsAnErrorNotACrash() throws {
    let result = try renderTemplate("{{>loop}}", partials: ["loop.mustache": "x{{>loop}}{{>loop}}"])
    #expect(result.output == String(repeating: "x", count: 100))
    #expect(
      result.errors == [
        "loop.mustache:1:2: error: partials nested more than 100 deep (loop → loop → loop → loop → …); a partial includes itself without end; put the inclusion in a section that runs out"
      ])
  }

  @Test func missingPartialIsAnErrorWhenStrict() throws {
    let result = try renderTemplate("{{>headr}}", partials: ["header.mustache": "H"])
    #expect(result.errors == ["t.mustache:1:1: error: no partial named 'headr'; did you mean 'header'?"])
  }

  @Test func brokenPartialReportsItsOwnFile() throws {
    let result = try renderTemplate("{{>bad}}{{>bad}}", partials: ["bad.mustache": "ok\n{{#x}}"])
    #expect(result.errors == ["bad.mustache:2:1: error: unclosed section 'x'; close it with {{/x}}"])
  }
}

@Suite struct TemplateDepthTests {
  @Test func deepSectionsThroughPartialsStopTheRender() throws {
    let nested = String(repeating: "{{#a}}", count: 90) + "{{>p}}" + String(repeating: "{{/a}}", count: 90)
    let result = try renderTemplate(nested, data: ["a": true], partials: ["p.mustache": nested])
    #expect(
      result.errors == [
        "p.mustache:1:211: error: templates nested more than 400 deep while rendering p.mustache; sections inside partials inside sections go too deep; flatten the templates"
      ])
  }
}

@Suite struct TemplateFragmentTests {
  @Test func fragmentBodyAfterFrontMatterReportsLinesOfTheFile() throws {
    // The fragment file has 4 lines of front matter; its body starts on line 5.
    var diagnostics = Diagnostics()
    let template = try #require(
      Template.parse(
        "We handled {{metrics.complaints}} complaints\nand {{metrics.referal}} referrals.\n",
        file: "Inputs/2025-q1/fragments/intro.md", startLine: 5, escaping: .markdown,
        diagnostics: &diagnostics))
    var renderDiagnostics = Diagnostics()
    let rendered = TemplateLibrary(folders: []).render(
      template, data: ["metrics": ["complaints": 12, "referral": 40]], strict: true,
      diagnostics: &renderDiagnostics)
    #expect(rendered == "We handled 12 complaints\nand  referrals.\n")
    #expect(
      renderDiagnostics.items.map(\.description) == [
        "Inputs/2025-q1/fragments/intro.md:6:5: error: no value for 'metrics.referal'; did you mean 'metrics.referral'?"
      ])
  }
}
