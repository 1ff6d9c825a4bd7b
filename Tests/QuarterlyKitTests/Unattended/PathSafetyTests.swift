import Foundation
import Testing

@testable import QuarterlyKit

#if canImport(Glibc)
  import Glibc
#endif

/// Inputs cannot make the tool read outside the edition folder, or write outside the output folder.
@Suite struct PathSafetyTests {
  /// A temporary folder holding `edition/` (a copy of the good edition) and `outside/`.
  final class Setup: TemporaryEdition {
    var outside: URL { root.appendingPathComponent("outside") }

    init() throws {
      try super.init()
      try FileManager.default.createDirectory(at: outside, withIntermediateDirectories: true)
    }

    /// Moves `name` out of the edition and leaves a symbolic link to it in its place.
    func linkOut(_ name: String) throws {
      let inside = edition.appendingPathComponent(name)
      let moved = outside.appendingPathComponent(name)
      try FileManager.default.moveItem(at: inside, to: moved)
      try FileManager.default.createSymbolicLink(at: inside, withDestinationURL: moved)
    }

    /// Runs a command on `folder` (default the edition); returns the status, stderr and stdout.
    func run(_ command: String = "build", _ folder: String? = nil) -> (
      QuarterlyKit.ExitStatus, String, String
    ) {
      var arguments = [command, folder ?? edition.path, "--templates", Repository.templates.path]
      if command == "build" { arguments += ["--output", output.path] }
      return run(arguments: arguments)
    }
  }

  static let linkedOut =
    "error: the file is a symbolic link to a file outside the edition folder, so it is not read; copy the file into the edition folder instead of linking to it"

  @Test func aSymlinkedInputLeadingOutsideIsRefused() throws {
    let setup = try Setup()
    defer { setup.remove() }
    try setup.linkOut("metrics.csv")
    let (status, stderr, stdout) = setup.run()
    #expect(status == .inputErrors)
    #expect(stderr == "edition/metrics.csv:1:1: \(Self.linkedOut)\n")
    #expect(stdout == "failed edition: 1 error\n")
    #expect(!FileManager.default.fileExists(atPath: setup.output.appendingPathComponent("edition").path))
  }

  @Test func aSymlinkInsideTheEditionFolderIsFine() throws {
    let setup = try Setup()
    defer { setup.remove() }
    let data = setup.edition.appendingPathComponent("data")
    try FileManager.default.createDirectory(at: data, withIntermediateDirectories: true)
    try FileManager.default.moveItem(
      at: setup.edition.appendingPathComponent("metrics.csv"), to: data.appendingPathComponent("metrics.csv"))
    try FileManager.default.createSymbolicLink(
      atPath: setup.edition.appendingPathComponent("metrics.csv").path,
      withDestinationPath: "data/metrics.csv")
    let (status, stderr, _) = setup.run()
    #expect(status == .success)
    #expect(stderr.isEmpty)
  }

  @Test func aSymlinkedNarrativeFolderLeadingOutsideIsRefused() throws {
    let setup = try Setup()
    defer { setup.remove() }
    try setup.linkOut("narrative")
    let (status, stderr, _) = setup.run("check")
    #expect(status == .inputErrors)
    #expect(stderr.hasPrefix("edition/narrative/01-news.md:1:1: \(Self.linkedOut)\n"))
  }

  @Test func aSymlinkedFragmentLeadingOutsideIsRefused() throws {
    let setup = try Setup()
    defer { setup.remove() }
    try FileManager.default.createDirectory(
      at: setup.outside.appendingPathComponent("narrative"), withIntermediateDirectories: true)
    try setup.linkOut("narrative/01-news.md")
    let (status, stderr, _) = setup.run("check")
    #expect(status == .inputErrors)
    #expect(stderr == "edition/narrative/01-news.md:1:1: \(Self.linkedOut)\n")
  }

  @Test func aSymlinkedTemplatesFolderLeadingOutsideIsRefused() throws {
    let setup = try Setup()
    defer { setup.remove() }
    try FileManager.default.copyItem(
      at: Repository.templates, to: setup.outside.appendingPathComponent("templates"))
    try FileManager.default.createSymbolicLink(
      at: setup.edition.appendingPathComponent("templates"),
      withDestinationURL: setup.outside.appendingPathComponent("templates"))
    let (status, stderr, _) = setup.run()
    #expect(status == .inputErrors)
    #expect(
      stderr
        == "edition/templates:1:1: error: the templates folder is a symbolic link to a folder outside the edition folder, so it is not used; copy the templates into the edition folder instead of linking to them\n"
    )
  }

  @Test func aSymlinkedEditionFolderIsRefused() throws {
    let setup = try Setup()
    defer { setup.remove() }
    let link = setup.root.appendingPathComponent("linked")
    try FileManager.default.createSymbolicLink(at: link, withDestinationURL: setup.edition)
    let (status, stderr, _) = setup.run("build", link.path)
    #expect(status == .inputErrors)
    #expect(
      stderr
        == "linked:1:1: error: the edition folder is a symbolic link, so it is not read; name the real folder instead\n"
    )
    #expect(!FileManager.default.fileExists(atPath: setup.output.appendingPathComponent("linked").path))
  }

  @Test func anEditionArgumentWithDotDotIsAUsageError() throws {
    let setup = try Setup()
    defer { setup.remove() }
    let path = setup.root.path + "/outside/../edition"
    let (status, stderr, _) = setup.run("build", path)
    #expect(status == .usage)
    #expect(stderr.hasPrefix("Error: '\(path.replacingOccurrences(of: setup.root.path + "/", with: ""))"))
    #expect(stderr.contains("contains '..'"))
    #expect(!FileManager.default.fileExists(atPath: setup.output.path))
  }

  @Test func theRootFolderCannotBeAnEdition() throws {
    let setup = try Setup()
    defer { setup.remove() }
    let (status, stderr, _) = setup.run("build", "/")
    #expect(status == .inputErrors)
    #expect(stderr.hasPrefix("/:1:1: error: '/' cannot name an edition"))
    let left = try FileManager.default.contentsOfDirectory(atPath: setup.output.path)
    #expect(left == [".quarterly.lock"])
  }

  @Test func aNamedPipeOrAFolderInsteadOfAFileIsReportedNotWaitedOn() throws {
    let setup = try Setup()
    defer { setup.remove() }
    let metrics = setup.edition.appendingPathComponent("metrics.csv")
    try FileManager.default.removeItem(at: metrics)
    #expect(mkfifo(metrics.path, 0o644) == 0)
    let definitions = setup.edition.appendingPathComponent("metric-definitions.csv")
    try FileManager.default.removeItem(at: definitions)
    try FileManager.default.createDirectory(at: definitions, withIntermediateDirectories: false)
    let (status, stderr, _) = setup.run("check")
    #expect(status == .inputErrors)
    #expect(
      stderr
        == "edition/metric-definitions.csv:1:1: error: this is a folder, not a file\n"
        + "edition/metrics.csv:1:1: error: this is not a regular file (a pipe, socket or device), so it is not read\n"
        + "edition/narrative/01-news.md:6:1: error: no value for 'metrics.complaints.sentence'\n")
  }
}
