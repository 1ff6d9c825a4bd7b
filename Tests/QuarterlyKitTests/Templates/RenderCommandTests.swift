import Foundation
import Testing

@testable import QuarterlyKit

@Suite struct TemplateRenderCommandTests {
  @Test func rendersToStandardOutputWithNothingAdded() throws {
    let folder = try TemplateFolder(files: [
      "t.html.mustache": "{{>h}} {{who}}", "h.mustache": "Hi", "d.json": #"{"who": "A & B"}"#,
    ])
    let captured = CapturedConsole()
    let path = folder.url.appendingPathComponent("t.html.mustache").path
    let status = CommandLineTool.run(
      ["render", path, "--data", folder.url.appendingPathComponent("d.json").path], console: captured.console)
    #expect(status == .success)
    #expect(captured.stdout == "Hi A &amp; B")
    #expect(captured.stderr == "")
  }

  @Test func strictReportsMissingNames() throws {
    let folder = try TemplateFolder(files: ["t.mustache": "{{who}}"])
    let captured = CapturedConsole()
    let path = folder.url.appendingPathComponent("t.mustache").path
    #expect(CommandLineTool.run(["render", path], console: captured.console) == .success)
    #expect(CommandLineTool.run(["render", path, "--strict"], console: captured.console) == .inputErrors)
    #expect(captured.stderr == "\(path):1:1: error: no value for 'who'\n")
  }

  @Test func usageErrorsExitTwo() {
    let captured = CapturedConsole()
    #expect(CommandLineTool.run(["render"], console: captured.console) == .usage)
    #expect(CommandLineTool.run(["render", "a", "--bogus"], console: captured.console) == .usage)
    #expect(captured.stderr.hasPrefix("Error: no template given\nUsage: quarterly render TEMPLATE"))
  }
}
