import Foundation

@testable import QuarterlyKit

/// A temporary folder for one test with an edition in it (a copy of a fixture edition, or an empty
/// folder), and a way to run `quarterly` on it. A suite's own setup subclasses it to add what it needs
/// around the edition; the test removes the folder with `remove()` when it is done.
class TemporaryEdition {
  /// The temporary folder.
  let root: URL
  /// The edition's folder inside `root`.
  let edition: URL
  /// Where a build writes: `Output` in `root`.
  var output: URL { root.appendingPathComponent("Output") }

  /// Makes the folder with the edition at `path` in it: a copy of the fixture folder `fixture`, or an
  /// empty folder when it is nil.
  init(at path: String = "edition", copying fixture: String? = "good-edition") throws {
    root = try Repository.temporaryFolder()
    edition = root.appendingPathComponent(path, isDirectory: true)
    let manager = FileManager.default
    try manager.createDirectory(at: edition.deletingLastPathComponent(), withIntermediateDirectories: true)
    if let fixture {
      try manager.copyItem(at: Fixture.url(fixture), to: edition)
    } else {
      try manager.createDirectory(at: edition, withIntermediateDirectories: true)
    }
  }

  /// Removes the folder and everything in it.
  func remove() { try? FileManager.default.removeItem(at: root) }

  /// Runs `quarterly` with `arguments`; returns its exit status, stderr and stdout, with the folder's
  /// path taken out of both.
  func run(arguments: [String]) -> (QuarterlyKit.ExitStatus, String, String) {
    let console = CapturedConsole()
    let status = CommandLineTool.run(arguments, console: console.console)
    return (
      status, console.stderr.replacingOccurrences(of: root.path + "/", with: ""),
      console.stdout.replacingOccurrences(of: root.path + "/", with: "")
    )
  }
}
