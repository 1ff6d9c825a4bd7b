import Foundation
import Testing

@testable import QuarterlyKit

@Suite("Markdown command")
struct MarkdownCommandTests {
  func run(_ arguments: [String], input: String = "") -> (QuarterlyKit.ExitStatus, String, String) {
    let captured = CapturedConsole()
    let status = MarkdownCommand.run(
      arguments, console: captured.console, standardInput: { Data(input.utf8) })
    return (status, captured.stdout, captured.stderr)
  }

  @Test("reads standard input and writes HTML, safe by default")
  func standardInput() {
    let (status, out, err) = run([], input: "# Hi\n\n<b>x</b>\n")
    #expect(status == .success)
    #expect(out == "<h1>Hi</h1>\n<p>&lt;b&gt;x&lt;/b&gt;</p>\n")
    #expect(err == "")
  }

  @Test("--unsafe and --heading-ids")
  func options() {
    let (status, out, _) = run(["--unsafe", "--heading-ids"], input: "# Hi\n\n<b>x</b>\n")
    #expect(status == .success)
    #expect(out == "<h1 id=\"hi\">Hi</h1>\n<p><b>x</b></p>\n")
  }

  @Test("reads a file")
  func file() throws {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("quarterly-md-\(UUID()).md")
    try Data("*a*\n".utf8).write(to: url)
    defer { try? FileManager.default.removeItem(at: url) }
    let (status, out, _) = run([url.path])
    #expect(status == .success)
    #expect(out == "<p><em>a</em></p>\n")
  }

  @Test("an unreadable file is an input error")
  func missingFile() {
    let (status, out, err) = run(["/nonexistent/x.md"])
    #expect(status == .inputErrors)
    #expect(out == "")
    #expect(err.hasPrefix("/nonexistent/x.md: error: "))
  }

  @Test("usage errors exit 2")
  func usageErrors() {
    let (status, _, err) = run(["--bogus"])
    #expect(status == .usage)
    #expect(err.hasPrefix("Error: unknown option '--bogus'\n"))
    let (twoFiles, _, _) = run(["a.md", "b.md"])
    #expect(twoFiles == .usage)
  }
}
