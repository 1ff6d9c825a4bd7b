import Foundation
import Testing

@testable import QuarterlyKit

/// The preview's own pages: the reload script's place, the source line and caret under a diagnostic,
/// and escaping of everything that comes from the inputs.
@Suite struct PreviewPagesTests {
  @Test func theScriptGoesBeforeTheLastClosingBodyTagWhateverItsCase() {
    let script = ReloadScript.element(version: 7)
    let page = "<html><body><p>&lt;/body&gt;</p></BODY ></html>"
    let injected = String(decoding: ReloadScript.inject(into: Array(page.utf8), version: 7), as: UTF8.self)
    #expect(injected == "<html><body><p>&lt;/body&gt;</p>" + script + "</BODY ></html>")
    #expect(script.contains("var served = \"7\";"))
    let fragment = String(
      decoding: ReloadScript.inject(into: Array("<p>hi</p>".utf8), version: 2), as: UTF8.self)
    #expect(fragment == "<p>hi</p>" + ReloadScript.element(version: 2))
  }

  /// Writes `text` to a file in a fresh folder and returns the excerpt of a diagnostic at `line:column`.
  func excerpt(_ text: String, line: Int, column: Int) throws -> DiagnosticExcerpt {
    let folder = try Repository.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    try Data(text.utf8).write(to: folder.appendingPathComponent("fragment.md"))
    let diagnostic = Diagnostic.error(
      "unknown name <x>", at: SourceLocation(file: "fragment.md", line: line, column: column))
    return DiagnosticExcerpt(diagnostic, workingDirectory: folder)
  }

  @Test func theCaretIsUnderTheColumnCountingCharactersAndKeepingTabs() throws {
    let found = try excerpt("\u{FEFF}first\r\n\tcaf\u{e9} {{x}}\r\nlast", line: 2, column: 7)
    #expect(found.sourceLine == "\tcaf\u{e9} {{x}}")
    #expect(found.caretLine == "\t     ^")
    let first = try excerpt("\u{FEFF}first\r\n", line: 1, column: 1)
    #expect(first.sourceLine == "first")
    #expect(first.caretLine == "^")
  }

  @Test func aLineThatIsNotThereHasNoExcerpt() throws {
    #expect(try excerpt("one\ntwo\n", line: 4, column: 1).sourceLine == nil)
    #expect(try excerpt("one\ntwo\n", line: 4, column: 1).caretLine == nil)
    let folder = try Repository.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let missing = DiagnosticExcerpt(
      .error("gone", at: SourceLocation(file: "missing.md", line: 1, column: 1)), workingDirectory: folder)
    #expect(missing.sourceLine == nil)
  }

  @Test func theFailurePageEscapesMessagesLinesAndNames() throws {
    let found = try excerpt("<script>alert(1)</script> {{x}}\n", line: 1, column: 27)
    let edition = PreviewEdition(id: "a<b", files: [], diagnostics: [found], succeeded: false)
    let page = PreviewPages.failure(edition, version: 3)
    #expect(page.contains("<h1>a&lt;b did not build</h1>"))
    #expect(page.contains("<p>1 error. This page comes back by itself once they are fixed.</p>"))
    #expect(
      page.contains(
        "<li class=\"error\"><pre>fragment.md:1:27: error: unknown name &lt;x&gt;\n"
          + "&lt;script&gt;alert(1)&lt;/script&gt; {{x}}\n<span class=\"caret\">"
          + String(repeating: " ", count: 26) + "^</span></pre></li>"))
    #expect(!page.contains("<script>alert"))
    #expect(page.contains(ReloadScript.element(version: 3)))
  }

  @Test func theIndexLinksEachFileWithItsNameEncoded() {
    let build = PreviewBuild(
      version: 4, folder: URL(fileURLWithPath: "/nowhere"),
      editions: [
        PreviewEdition(id: "q3 #1", files: ["figures.json", "news?.html"], diagnostics: [], succeeded: true)
      ],
      milliseconds: 12)
    let page = PreviewPages.index(build)
    #expect(
      page.contains("<h2>q3 #1</h2>\n<ul>\n<li><a href=\"/q3%20%231/figures.json\">figures.json</a></li>\n"))
    #expect(page.contains("<li><a href=\"/q3%20%231/news%3f.html\">news?.html</a></li>\n</ul>\n"))
    #expect(PreviewPath.segments(of: "/q3%20%231/news%3f.html") == .success(["q3 #1", "news?.html"]))
  }
}
