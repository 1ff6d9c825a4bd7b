import Foundation
import Testing

@testable import QuarterlyKit

/// The review mark `quarterly new` writes, and the front matter edits that write it.
@Suite struct ReviewMarkTests {
  private func warnings(_ text: String) -> [String] {
    var parsing = Diagnostics()
    let frontMatter = FrontMatter.parse(SourceText(path: "f.md", text: text), diagnostics: &parsing)
    var diagnostics = Diagnostics()
    ReviewMark.check(frontMatter, diagnostics: &diagnostics)
    return diagnostics.items.map { "\($0.location?.description ?? "") \($0.severity.rawValue)" }
  }

  @Test func fingerprintIgnoresLineEndsAndTrailingBlankLines() {
    let body = "First line\nSecond line\n"
    #expect(
      ReviewMark.fingerprint(of: body) == ReviewMark.fingerprint(of: "First line\r\nSecond line\r\n\r\n  \n"))
    #expect(ReviewMark.fingerprint(of: body) != ReviewMark.fingerprint(of: "First line\nSecond line.\n"))
    #expect(ReviewMark.fingerprint(of: body) != ReviewMark.fingerprint(of: "First line\n\nSecond line\n"))
    // FNV-1a 64 of the empty text is its offset basis.
    #expect(ReviewMark.fingerprint(of: "") == "cbf29ce484222325")
    #expect(ReviewMark.fingerprint(of: "a") == "af63dc4c8601ec8c")
  }

  @Test func warnsUntilEditedOrRemoved() {
    let body = "Last quarter's news.\n"
    let mark = ReviewMark.value(copiedFrom: "2020-10", body: body)
    #expect(mark == "no (copied from 2020-10; fingerprint \(ReviewMark.fingerprint(of: body)))")
    #expect(warnings("---\ntitle: News\nreviewed: \(mark)\n---\n\(body)") == ["f.md:3:11 warning"])
    #expect(warnings("---\ntitle: News\nreviewed: \(mark)\n---\nThis quarter's news.\n").isEmpty)
    #expect(warnings("---\ntitle: News\n---\n\(body)").isEmpty)
    #expect(warnings("---\nreviewed: no\n---\nAnything\n") == ["f.md:2:11 warning"])
    #expect(warnings("---\nreviewed: yes\n---\nAnything\n").isEmpty)
    #expect(warnings("---\nreviewed: maybe\n---\nAnything\n") == ["f.md:2:11 error"])
  }

  @Test func editorChangesOnlyTheLinesItMust() {
    let source = SourceText(
      path: "edition.md",
      text:
        "---\r\narea: Testshire\r\ntitle: \"Update, October 2020\"\r\n# a comment\r\nas_of: 2020-10-13\r\n"
        + "period: autumn\r\n---\r\nBody\r\n")
    var editor = FrontMatterEditor(source)
    editor.set("as_of", to: "2021-01-31")
    #expect(
      editor.replace("October 2020", with: "January 2021", inValueOf: "title") == "\"Update, January 2021\"")
    #expect(editor.replace("July", with: "June", inValueOf: "title") == nil)
    editor.remove("period")
    editor.set("reviewed", to: "no")
    #expect(
      editor.text
        == "---\r\narea: Testshire\r\ntitle: \"Update, January 2021\"\r\n# a comment\r\nas_of: 2021-01-31\r\n"
        + "reviewed: no\r\n---\r\nBody\r\n")

    var plain = FrontMatterEditor(SourceText(path: "pack-introduction.md", text: "Opening text\nmore"))
    plain.set("reviewed", to: "no")
    #expect(plain.text == "---\nreviewed: no\n---\nOpening text\nmore")
  }
}
