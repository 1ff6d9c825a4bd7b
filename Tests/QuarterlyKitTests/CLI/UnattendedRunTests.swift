import Foundation
import Testing

@testable import QuarterlyKit

#if canImport(Glibc)
  import Glibc
#endif

/// The real `quarterly` executable run the way cron runs it: exit statuses, output streams, the lock,
/// determinism, and all-or-nothing output when the process is killed at any moment.
@Suite(.serialized, .enabled(if: QuarterlyProcess.executable != nil, "build the quarterly executable first"))
struct UnattendedRunTests {
  /// A work folder with `Inputs/<id>/` copies of the good edition and the repository's templates.
  struct Workspace {
    let root: URL
    var inputs: URL { root.appendingPathComponent("Inputs") }
    var output: URL { root.appendingPathComponent("Output") }

    init(editions: [String]) throws {
      root = try Repository.temporaryFolder()
      try FileManager.default.createDirectory(at: inputs, withIntermediateDirectories: true)
      for id in editions {
        try FileManager.default.copyItem(
          at: Fixture.url("good-edition"), to: inputs.appendingPathComponent(id))
      }
      try FileManager.default.copyItem(at: Repository.templates, to: root.appendingPathComponent("Templates"))
    }

    func remove() { try? FileManager.default.removeItem(at: root) }

    func run(_ arguments: [String]) throws -> QuarterlyProcess.Finished {
      try QuarterlyProcess.run(arguments, in: root)
    }

    /// Rewrites every edition's latest complaints figure, so that a build gives different output.
    func setComplaints(_ value: Int, editions: [String]) throws {
      for id in editions {
        let url = inputs.appendingPathComponent("\(id)/metrics.csv")
        var text = try String(contentsOf: url, encoding: .utf8)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
          line.hasPrefix("complaints,2022-09,") ? "complaints,2022-09,\(value),,," : String(line)
        }
        text = lines.joined(separator: "\n")
        try text.write(to: url, atomically: false, encoding: .utf8)
      }
    }

    func leftovers() -> [String] {
      ((try? FileManager.default.contentsOfDirectory(atPath: output.path)) ?? []).filter {
        $0.hasPrefix(".quarterly-tmp-") || $0.hasPrefix(".quarterly-old-")
      }
    }
  }

  @Test func exitStatusesAndOutputStreams() throws {
    let workspace = try Workspace(editions: ["good"])
    defer { workspace.remove() }

    let usage = try workspace.run(["build", "--bogus"])
    #expect(usage.status == 2)
    #expect(usage.stdout.isEmpty)
    #expect(usage.stderr.hasPrefix("Error: unknown option '--bogus'"))

    let check = try workspace.run(["check"])
    #expect(check.status == 0)
    #expect(check.stdout == "checked good: no errors\n")
    #expect(check.stderr.isEmpty)
    #expect(!FileManager.default.fileExists(atPath: workspace.output.path), "check wrote something")

    let build = try workspace.run([])
    #expect(build.status == 0)
    #expect(build.stdout == "built good: 7 files\n")
    #expect(build.stderr.isEmpty)

    let again = try workspace.run(["build", "--quiet"])
    #expect(again.status == 0)
    #expect(again.stdout.isEmpty)
    #expect(again.stderr.isEmpty)

    try FileManager.default.copyItem(
      at: BrokenEditionTests.root.appendingPathComponent("unknown-metric"),
      to: workspace.inputs.appendingPathComponent("broken"))
    let failed = try workspace.run(["build", "--quiet"])
    #expect(failed.status == 1)
    #expect(failed.stdout.isEmpty)
    #expect(
      failed.stderr
        == "Inputs/broken/metrics.csv:3:1: error: unknown metric 'complaintz' in metrics.csv; did you mean 'complaints'?\n"
    )

    let json = try workspace.run(["check", "--json"])
    #expect(json.status == 1)
    let report = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
    let editions = report?["editions"] as? [[String: Any]] ?? []
    #expect(report?["command"] as? String == "check")
    #expect(editions.map { $0["id"] as? String } == ["broken", "good"])
    #expect(editions.map { $0["status"] as? String } == ["failed", "checked"])
    let diagnostics = editions.first?["diagnostics"] as? [[String: Any]] ?? []
    #expect(diagnostics.last?["file"] as? String == "Inputs/broken/metrics.csv")
    #expect(diagnostics.last?["line"] as? Int == 3)
    #expect(diagnostics.last?["column"] as? Int == 1)

    let progress = try workspace.run(["check", "--progress"])
    #expect(progress.stderr.contains("[1/2] "))
    #expect(progress.stderr.contains("[2/2] "))
  }

  @Test func verboseShowsEachStepByName() throws {
    let workspace = try Workspace(editions: ["good"])
    defer { workspace.remove() }
    let verbose = try workspace.run(["check", "--verbose"])
    let names = Pipeline.standard.steps.map(\.name)
    let shown = verbose.stderr.split(separator: "\n").filter { $0.hasPrefix("good: [") }
    #expect(
      shown.map(String.init)
        == names.enumerated().map { "good: [\($0.offset + 1)/\(names.count)] \($0.element)" })
    #expect(names.contains("Read trackers") && names.contains("Finish pages"))
    let quiet = try workspace.run(["check", "--verbose", "--quiet"])
    #expect(!quiet.stderr.contains("good: ["))
  }

  @Test func secondRunWhileTheLockIsHeldExits3AndWritesNothing() throws {
    let workspace = try Workspace(editions: ["good"])
    defer { workspace.remove() }
    var problems = Diagnostics()
    let lock = try #require(
      RunLock.acquire(in: workspace.output, diagnostics: &problems), "\(problems.items.map(\.description))")
    let blocked = try workspace.run(["build"])
    #expect(blocked.status == 3)
    #expect(blocked.stdout.isEmpty)
    #expect(
      blocked.stderr
        == "\(workspace.output.path)/.quarterly.lock:1:1: error: another quarterly run (process \(getpid())) is writing to this output folder; wait for it to finish, then run again\n"
    )
    #expect(!FileManager.default.fileExists(atPath: workspace.output.appendingPathComponent("good").path))
    // check takes no lock: it writes nothing.
    #expect(try workspace.run(["check"]).status == 0)
    withExtendedLifetime(lock) {}
  }

  @Test func twoRunsAtOnceNeverBothWrite() throws {
    let editions = (1...30).map { "e\($0)" }
    let workspace = try Workspace(editions: editions)
    defer { workspace.remove() }
    let logsA = workspace.root.appendingPathComponent("a")
    let logsB = workspace.root.appendingPathComponent("b")
    for logs in [logsA, logsB] {
      try FileManager.default.createDirectory(at: logs, withIntermediateDirectories: true)
    }
    let a = try QuarterlyProcess.start(["build"], in: workspace.root, logs: logsA)
    let b = try QuarterlyProcess.start(["build"], in: workspace.root, logs: logsB)
    a.waitUntilExit()
    b.waitUntilExit()
    let statuses = [a.terminationStatus, b.terminationStatus].sorted()
    // Either both ran one after the other, or one found the other's lock.
    #expect(statuses == [0, 0] || statuses == [0, 3])
    for logs in [logsA, logsB] {
      let stderr = try String(contentsOf: logs.appendingPathComponent("stderr"), encoding: .utf8)
      // The process number is named when the other run has written it into the lock file already.
      #expect(
        stderr.isEmpty || stderr.contains("another quarterly run (process ")
          || stderr.contains("another quarterly run is writing to this output folder"), "\(stderr)")
    }
    #expect(workspace.leftovers().isEmpty)
    #expect(try workspace.run(["build"]).status == 0)
  }

  @Test func aStaleLockFromADeadProcessIsTakenOver() throws {
    let workspace = try Workspace(editions: ["good"])
    defer { workspace.remove() }
    // A lock file naming a process that has ended (the kernel dropped its flock when it died).
    let dead = Process()
    dead.executableURL = URL(fileURLWithPath: "/bin/sh")
    dead.arguments = ["-c", "exit 0"]
    try dead.run()
    dead.waitUntilExit()
    try FileManager.default.createDirectory(at: workspace.output, withIntermediateDirectories: true)
    try "\(dead.processIdentifier)\n".write(
      to: workspace.output.appendingPathComponent(".quarterly.lock"), atomically: false, encoding: .utf8)
    let build = try workspace.run(["build"])
    #expect(build.status == 0)
    #expect(build.stdout == "built good: 7 files\n")
  }

  @Test func sameInputsGiveByteIdenticalOutputs() throws {
    let workspace = try Workspace(editions: [])
    defer { workspace.remove() }
    for id in ["birmingham-2020-10", "birmingham-2022-q3"] {
      try FileManager.default.copyItem(
        at: Repository.edition(id), to: workspace.inputs.appendingPathComponent(id))
    }
    #expect(try workspace.run(["build", "--quiet", "--output", "first"]).status == 0)
    #expect(try workspace.run(["build", "--quiet", "--output", "second"]).status == 0)
    // Everything but the lock file, which holds the process id of the run.
    let first = FolderSnapshot(workspace.root.appendingPathComponent("first")).files.filter {
      !$0.key.hasPrefix(".")
    }
    let second = FolderSnapshot(workspace.root.appendingPathComponent("second")).files.filter {
      !$0.key.hasPrefix(".")
    }
    #expect(first.count == 14)
    #expect(first == second)
  }

  /// kill -9 at random moments of a build over many editions: every edition folder is always exactly
  /// its old or its new output, and the next run (taking over the dead run's lock) finishes the job.
  @Test func killedAtAnyMomentLeavesEachEditionOldOrNew() throws {
    let editions = (1...40).map { String(format: "e%02d", $0) }
    let workspace = try Workspace(editions: editions)
    defer { workspace.remove() }

    // The two possible outputs of every edition: complaints 39 and complaints 41.
    var reference: [Int: [String: FolderSnapshot]] = [:]
    for value in [39, 41] {
      try workspace.setComplaints(value, editions: editions)
      let folder = "reference-\(value)"
      #expect(try workspace.run(["build", "--quiet", "--output", folder]).status == 0)
      reference[value] = Dictionary(
        uniqueKeysWithValues: editions.map {
          ($0, FolderSnapshot(workspace.root.appendingPathComponent("\(folder)/\($0)")))
        })
    }
    #expect(reference[39]?["e01"] != reference[41]?["e01"])

    // The old output, then a build of the other figures, killed again and again.
    try workspace.setComplaints(39, editions: editions)
    #expect(try workspace.run(["build", "--quiet"]).status == 0)
    let started = Date()
    #expect(try workspace.run(["build", "--quiet", "--output", "timing"]).status == 0)
    let fullRun = max(Date().timeIntervalSince(started), 0.05)

    var value = 41
    for round in 0..<10 {
      try workspace.setComplaints(value, editions: editions)
      let logs = workspace.root.appendingPathComponent("logs-\(round)")
      try FileManager.default.createDirectory(at: logs, withIntermediateDirectories: true)
      let process = try QuarterlyProcess.start(["build", "--quiet"], in: workspace.root, logs: logs)
      usleep(UInt32(Double.random(in: 0...fullRun) * 1_000_000))
      kill(process.processIdentifier, SIGKILL)
      process.waitUntilExit()
      for id in editions {
        let folder = FolderSnapshot(workspace.output.appendingPathComponent(id))
        #expect(
          folder == reference[39]?[id] || folder == reference[41]?[id],
          "round \(round): \(id) is neither the old nor the new output")
      }
      value = value == 41 ? 39 : 41
    }

    try workspace.setComplaints(41, editions: editions)
    let finish = try workspace.run(["build", "--quiet"])
    #expect(finish.status == 0, "\(finish.stderr)")
    for id in editions {
      #expect(FolderSnapshot(workspace.output.appendingPathComponent(id)) == reference[41]?[id])
    }
    #expect(workspace.leftovers().isEmpty)
  }
}
