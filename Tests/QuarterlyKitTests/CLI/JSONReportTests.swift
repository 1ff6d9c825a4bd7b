import Foundation
import Testing

@testable import QuarterlyKit

/// `--json` prints a valid report that says what happened however a run ends: a wrong command line,
/// the lock held, an output folder that cannot be made, a write that failed.
@Suite(.serialized, .enabled(if: QuarterlyProcess.executable != nil, "build the quarterly executable first"))
struct JSONReportTests {
  typealias Workspace = UnattendedRunTests.Workspace

  /// The report on standard output, parsed; nil when it is not JSON.
  static func report(_ finished: QuarterlyProcess.Finished) -> [String: Any]? {
    (try? JSONSerialization.jsonObject(with: Data(finished.stdout.utf8))) as? [String: Any]
  }

  /// The messages of the run's own diagnostics.
  static func messages(_ report: [String: Any]?) -> [String] {
    (report?["diagnostics"] as? [[String: Any]] ?? []).compactMap { $0["message"] as? String }
  }

  @Test func aWrongCommandLineIsReported() throws {
    let workspace = try Workspace(editions: ["good"])
    defer { workspace.remove() }
    let run = try workspace.run(["build", "--json", "--bogus"])
    #expect(run.status == 2)
    let report = Self.report(run)
    #expect(report?["command"] as? String == "build")
    #expect(report?["exitStatus"] as? Int == 2)
    #expect(Self.messages(report) == ["unknown option '--bogus'"])
    #expect((report?["editions"] as? [Any])?.isEmpty == true)
  }

  @Test func theLockHeldIsReported() throws {
    let workspace = try Workspace(editions: ["good"])
    defer { workspace.remove() }
    var problems = Diagnostics()
    let lock = try #require(
      RunLock.acquire(in: workspace.output, diagnostics: &problems), "\(problems.items.map(\.description))")
    let run = try workspace.run(["build", "--json"])
    #expect(run.status == 3)
    let report = Self.report(run)
    #expect(report?["exitStatus"] as? Int == 3)
    #expect(
      Self.messages(report) == [
        "another quarterly run (process \(getpid())) is writing to this output folder; wait for it to finish, then run again"
      ])
    let diagnostic = (report?["diagnostics"] as? [[String: Any]])?.first
    #expect(diagnostic?["file"] as? String == workspace.output.path + "/.quarterly.lock")
    #expect(diagnostic?["severity"] as? String == "error")
    withExtendedLifetime(lock) {}
  }

  @Test func anOutputFolderThatCannotBeMadeIsReported() throws {
    let workspace = try Workspace(editions: ["good"])
    defer { workspace.remove() }
    try Data("not a folder".utf8).write(to: workspace.output)
    let run = try workspace.run(["build", "--json"])
    #expect(run.status == 3)
    let report = Self.report(run)
    #expect(report?["exitStatus"] as? Int == 3)
    #expect(Self.messages(report).first?.hasPrefix("cannot create the output folder: ") == true)
  }

  @Test func aFailedWriteIsAnErrorAndListsNoFiles() throws {
    let workspace = try Workspace(editions: ["good"])
    defer { workspace.remove() }
    try FileManager.default.createDirectory(at: workspace.output, withIntermediateDirectories: true)
    try Data("in the way".utf8).write(to: workspace.output.appendingPathComponent("good"))
    let run = try workspace.run(["build", "--json"])
    #expect(run.status == 3)
    let report = Self.report(run)
    #expect(report?["exitStatus"] as? Int == 3)
    #expect(Self.messages(report).isEmpty)
    let edition = (report?["editions"] as? [[String: Any]])?.first
    #expect(edition?["status"] as? String == "write failed")
    #expect(edition?["errors"] as? Int == 1)
    #expect((edition?["files"] as? [Any])?.isEmpty == true)
    #expect(
      Self.messages(edition) == [
        "could not write \(workspace.output.path)/good: this is a file, not the edition's output folder, so it was left as it is; move or remove it"
      ])
  }

  @Test func aCleanBuildReportsItsFiles() throws {
    let workspace = try Workspace(editions: ["good"])
    defer { workspace.remove() }
    let run = try workspace.run(["build", "--json"])
    #expect(run.status == 0)
    let report = Self.report(run)
    #expect(report?["exitStatus"] as? Int == 0)
    let edition = (report?["editions"] as? [[String: Any]])?.first
    #expect(edition?["status"] as? String == "built")
    #expect((edition?["files"] as? [String])?.count == 7)
  }
}
