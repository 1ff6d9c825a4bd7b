import Foundation
import Testing

@testable import QuarterlyKit

/// `--pdf` with fake browsers on the PATH: one that never exits is stopped at the time limit, and
/// Chromium's private temporary folder (0700) is removed whatever happens, also one a killed run left.
@Suite(.serialized, .enabled(if: QuarterlyProcess.executable != nil, "build the quarterly executable first"))
struct PDFTimeoutTests {
  /// A workspace with a `bin/chromium` running `script`, and its own temporary folder.
  struct Setup {
    let workspace: UnattendedRunTests.Workspace
    var bin: URL { workspace.root.appendingPathComponent("bin") }
    var temporary: URL { workspace.root.appendingPathComponent("tmp") }
    var environment: [String: String] {
      [
        "PATH": bin.path + ":" + (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"),
        "TMPDIR": temporary.path, "FAKE_LOG": workspace.root.appendingPathComponent("browser.log").path,
      ]
    }

    init(script: String) throws {
      workspace = try UnattendedRunTests.Workspace(editions: ["good"])
      for folder in [bin, temporary] {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
      }
      let browser = bin.appendingPathComponent("chromium")
      // The fake notes the mode of the folder that holds its profile, then does what `script` says.
      let text = """
        #!/bin/sh
        for argument in "$@"; do
          case "$argument" in
            --user-data-dir=*) stat -c %a "$(dirname "${argument#--user-data-dir=}")" >> "$FAKE_LOG" ;;
            --print-to-pdf=*) pdf="${argument#--print-to-pdf=}" ;;
          esac
        done
        \(script)

        """
      try Data(text.utf8).write(to: browser)
      try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: browser.path)
    }

    func run(_ arguments: [String]) throws -> QuarterlyProcess.Finished {
      try QuarterlyProcess.run(arguments, in: workspace.root, environment: environment)
    }

    /// What the fake browser noted.
    var log: String {
      (try? String(contentsOf: workspace.root.appendingPathComponent("browser.log"), encoding: .utf8)) ?? ""
    }

    /// The temporary folder's entries.
    var leftInTemporary: [String] {
      (try? FileManager.default.contentsOfDirectory(atPath: temporary.path)) ?? []
    }
  }

  @Test func aBrowserThatNeverExitsIsStoppedAtTheTimeLimit() throws {
    // It also starts a child of its own, which must be stopped with it.
    let setup = try Setup(script: "sleep 600 &\nexec sleep 600")
    defer { setup.workspace.remove() }
    let started = Date()
    let run = try setup.run(["build", "--pdf", "--pdf-timeout", "1"])
    let took = Date().timeIntervalSince(started)
    #expect(run.status == 1)
    #expect(took < 30, "the run took \(took) s")
    #expect(
      run.stderr
        == "error: --pdf: Chromium did not finish printing monitoring-pack.html within 1 second, so it was stopped; give it longer with --pdf-timeout SECONDS\n"
    )
    #expect(run.stdout == "failed good: 1 error\n")
    #expect(setup.log == "700\n")
    #expect(setup.leftInTemporary.isEmpty)
    // The lock went with the run: the next one is not blocked.
    #expect(try setup.run(["build", "--quiet"]).status == 0)
  }

  @Test func aBrowserThatPrintsGivesThePDFAndLeavesNothingBehind() throws {
    let setup = try Setup(script: "printf '%%PDF-1.4 fake' > \"$pdf\"")
    defer { setup.workspace.remove() }
    // A folder left by a run that was killed while printing (its process has ended since).
    let dead = Process()
    dead.executableURL = URL(fileURLWithPath: "/bin/sh")
    dead.arguments = ["-c", "exit 0"]
    try dead.run()
    dead.waitUntilExit()
    let left = setup.temporary.appendingPathComponent("quarterly-pdf-\(dead.processIdentifier)-AbC123")
    try FileManager.default.createDirectory(at: left, withIntermediateDirectories: true)
    try Data("<html>pack</html>".utf8).write(to: left.appendingPathComponent("monitoring-pack.html"))

    let run = try setup.run(["build", "--pdf"])
    #expect(run.status == 0, "\(run.stderr)")
    #expect(run.stdout == "built good: 8 files\n")
    let pdf = setup.workspace.output.appendingPathComponent("good/monitoring-pack.pdf")
    #expect(try Data(contentsOf: pdf) == Data("%PDF-1.4 fake".utf8))
    #expect(setup.log == "700\n")
    #expect(setup.leftInTemporary.isEmpty)
  }

  @Test func aTimeLimitThatIsNotANumberIsAUsageError() throws {
    let setup = try Setup(script: "exit 0")
    defer { setup.workspace.remove() }
    let run = try setup.run(["build", "--pdf", "--pdf-timeout", "soon"])
    #expect(run.status == 2)
    #expect(
      run.stderr.hasPrefix(
        "Error: --pdf-timeout needs a number of seconds (more than 0, at most 86400), not 'soon'\n"))
  }
}
