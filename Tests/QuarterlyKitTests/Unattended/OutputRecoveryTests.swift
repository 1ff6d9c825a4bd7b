import Foundation
import Testing

@testable import QuarterlyKit

/// What a run finds when an earlier one died mid-write, and what it does when it cannot write at all.
@Suite struct OutputRecoveryTests {
  @Test func anOldFolderLeftAsideByADeadRunIsPutBackEvenWhenTheEditionNowFails() throws {
    let root = try Repository.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: root) }
    let output = root.appendingPathComponent("Output")
    let good = root.appendingPathComponent("unknown-metric")
    try FileManager.default.copyItem(at: Fixture.url("good-edition"), to: good)
    let console = CapturedConsole()
    let arguments = ["--templates", Repository.templates.path, "--output", output.path]
    #expect(CommandLineTool.run(["build", good.path] + arguments, console: console.console) == .success)
    let target = output.appendingPathComponent("unknown-metric")
    let before = FolderSnapshot(target)

    // A run without RENAME_EXCHANGE died between moving the old folder aside and moving the new one
    // in, and left a half-written staging folder too.
    try FileManager.default.moveItem(at: target, to: FolderSwap.asidePath(for: target))
    let staged = output.appendingPathComponent(".quarterly-tmp-unknown-metric-99999")
    try FileManager.default.createDirectory(at: staged, withIntermediateDirectories: true)
    try Data("half".utf8).write(to: staged.appendingPathComponent("newsletter.md"))

    let broken = BrokenEditionTests.root.appendingPathComponent("unknown-metric")
    let status = CommandLineTool.run(["build", broken.path] + arguments, console: CapturedConsole().console)
    #expect(status == .inputErrors)
    #expect(FolderSnapshot(target) == before)
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: output.path).sorted() == [
        ".quarterly.lock", "unknown-metric",
      ])
  }

  @Test func anOutputThatCannotBeCreatedExits3() throws {
    let root = try Repository.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: root) }
    let output = root.appendingPathComponent("Output")
    try Data("not a folder".utf8).write(to: output)
    let console = CapturedConsole()
    let status = CommandLineTool.run(
      [
        "build", Fixture.url("good-edition").path, "--templates", Repository.templates.path, "--output",
        output.path,
      ],
      console: console.console)
    #expect(status == .internalError)
    #expect(console.stderr.hasPrefix("\(output.path):1:1: error: cannot create the output folder: "))
    #expect(console.stdout.isEmpty)
    #expect(try Data(contentsOf: output) == Data("not a folder".utf8))
  }
}
