import Foundation
import Testing

@testable import QuarterlyKit

/// The corpus of broken editions in `Fixtures/broken-editions/`: one folder per kind of problem (and
/// some combinations), each with the exact diagnostics it must produce in `expected.txt`.
///
/// Diagnostics name files by the path given on the command line; the test gives absolute paths and
/// compares the output with the fixtures folder's path removed, so `expected.txt` reads
/// `unknown-metric/metrics.csv:3:1: error: …`.
@Suite struct BrokenEditionTests {
  static let root = Fixture.url("broken-editions")
  static let cases: [String] = ((try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? [])
    .filter { !$0.hasPrefix(".") }.sorted()

  @Test func theCorpusHasACaseForEachProblem() {
    #expect(Self.cases.count >= 20)
  }

  @Test(arguments: cases) func reportsEveryProblemAndKeepsThePreviousOutput(_ name: String) throws {
    let temporary = try Repository.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: temporary) }
    let output = temporary.appendingPathComponent("Output")
    let target = output.appendingPathComponent(name)

    // The previous output: the good edition built under the same edition id.
    let good = temporary.appendingPathComponent("good/\(name)")
    try FileManager.default.createDirectory(
      at: good.deletingLastPathComponent(), withIntermediateDirectories: true)
    try FileManager.default.copyItem(at: Fixture.url("good-edition"), to: good)
    let first = CapturedConsole()
    let built = CommandLineTool.run(
      ["build", good.path, "--templates", Repository.templates.path, "--output", output.path],
      console: first.console)
    #expect(built == .success, "\(first.stderr)")
    let before = FolderSnapshot(target)
    #expect(!before.files.isEmpty)

    let folder = Self.root.appendingPathComponent(name)
    let expected = try String(contentsOf: folder.appendingPathComponent("expected.txt"), encoding: .utf8)
    let hasErrors = expected.contains(": error: ")
    let prefix = Self.root.path + "/"

    for command in ["check", "build"] {
      let console = CapturedConsole()
      var arguments = [command, folder.path, "--templates", Repository.templates.path]
      if command == "build" { arguments += ["--output", output.path] }
      let status = CommandLineTool.run(arguments, console: console.console)
      let stderr = console.stderr.replacingOccurrences(of: prefix, with: "")
      #expect(stderr == expected, "\(command) \(name)")
      #expect(status == (hasErrors ? .inputErrors : .success), "\(command) \(name)")
      let summary = console.stdout
      if hasErrors {
        let errors = expected.components(separatedBy: ": error: ").count - 1
        #expect(summary == "failed \(name): \(RunReport.count(errors, "error"))\n")
        #expect(FolderSnapshot(target) == before, "\(command) \(name) changed the previous output")
      } else {
        #expect(summary.hasPrefix(command == "check" ? "checked \(name): no errors" : "built \(name): "))
      }
    }
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: output.path).filter {
      $0.hasPrefix(".quarterly-tmp-") || $0.hasPrefix(".quarterly-old-")
    }
    #expect(leftovers.isEmpty)
  }

  @Test func oneBrokenAndOneGoodEditionBuildsTheGoodOneAndExits1() throws {
    let temporary = try Repository.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: temporary) }
    let output = temporary.appendingPathComponent("Output")
    let good = temporary.appendingPathComponent("good")
    try FileManager.default.copyItem(at: Fixture.url("good-edition"), to: good)
    let broken = Self.root.appendingPathComponent("unknown-metric")
    let console = CapturedConsole()
    let status = CommandLineTool.run(
      [
        "build", broken.path, good.path, "--templates", Repository.templates.path, "--output", output.path,
      ], console: console.console)
    #expect(status == .inputErrors)
    #expect(console.stdout == "failed unknown-metric: 1 error\nbuilt good: 7 files\n")
    #expect(
      console.stderr.replacingOccurrences(of: Self.root.path + "/", with: "")
        == "unknown-metric/metric-definitions.csv:2:1: warning: complaints has no data for July to September 2022; the latest is June 2022, and the documents say so\n"
        + "unknown-metric/metrics.csv:3:1: error: unknown metric 'complaintz' in metrics.csv; did you mean 'complaints'?\n"
    )
    #expect(FolderSnapshot(output.appendingPathComponent("good")).files.count == 7)
    #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent("unknown-metric").path))
  }
}
