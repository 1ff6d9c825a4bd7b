import Testing

@testable import QuarterlyKit

/// `OutputFormat` is the one place a file name decides a file's kind.
@Suite struct OutputFormatTests {
  @Test func readsTheKindFromTheFileName() {
    #expect(OutputFormat(fileName: "newsletter.html") == .htmlPage)
    #expect(OutputFormat(fileName: "newsletter.email.html") == .emailHTML)
    #expect(OutputFormat(fileName: "email.html") == .htmlPage)
    #expect(OutputFormat(fileName: "monitoring-pack.md") == .markdown)
    #expect(OutputFormat(fileName: "newsletter.txt") == .text)
    #expect(OutputFormat(fileName: "figures.json") == .json)
    #expect(OutputFormat(fileName: "monitoring-pack.pdf") == .pdf)
    #expect(OutputFormat(fileName: "notes.csv") == nil)
    #expect(OutputFormat(fileName: "README") == nil)
    #expect(OutputFormat(fileName: "page.HTML") == nil)
  }

  @Test func templatesStateOnlyTheirThreeTypes() {
    #expect(OutputFormat(templateFileName: "newsletter.email.html.mustache") == .emailHTML)
    #expect(OutputFormat(templateFileName: "pack.md.mustache") == .markdown)
    #expect(OutputFormat(templateFileName: "data.json.mustache") == nil)
    #expect(OutputFormat(templateFileName: "_header.mustache") == nil)
    #expect(OutputFormat(templateFileName: "pack.md") == nil)
    #expect(TemplateEscaping.forFile(named: "data.json.mustache") == .html)
    #expect(TemplateEscaping.forFile(named: "notes.txt.mustache") == TemplateEscaping.none)
    #expect(!TemplateEscaping.fileNameStatesType("data.json.mustache"))
    #expect(TemplateEscaping.fileNameStatesType("newsletter.email.html.mustache"))
  }

  @Test func onlyPagesHaveTheirLinksChecked() {
    #expect(OutputFormat.allCases.filter(\.checksInternalLinks) == [.htmlPage, .emailHTML])
  }
}
