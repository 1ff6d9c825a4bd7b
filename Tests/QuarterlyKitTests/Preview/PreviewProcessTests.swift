import Foundation
import Testing

@testable import QuarterlyKit

/// `quarterly preview` as the built executable: it says where it serves, keeps its build in a private
/// temporary folder, removes it on SIGTERM or SIGINT, and says so clearly when the port is taken.
@Suite(.enabled(if: QuarterlyProcess.executable != nil, "build the quarterly executable first"))
struct PreviewProcessTests {
  /// A running `quarterly preview` of a copy of the good edition, with its own TMPDIR.
  struct Running {
    let process: Process
    let port: UInt16
    let temporary: URL
    let output: URL

    /// The folders the preview made in its TMPDIR.
    var privateFolders: [String] {
      ((try? FileManager.default.contentsOfDirectory(atPath: temporary.appendingPathComponent("tmp").path))
        ?? [])
        .filter { $0.hasPrefix("quarterly-preview-") }
    }
  }

  /// Starts the executable in `temporary` and waits (at most 30 seconds) for the line with its URL.
  func start(in temporary: URL, port: UInt16 = 0) throws -> (Process, URL, String) {
    let edition = temporary.appendingPathComponent("good-edition")
    if !FileManager.default.fileExists(atPath: edition.path) {
      try FileManager.default.copyItem(at: Fixture.url("good-edition"), to: edition)
      try FileManager.default.createDirectory(
        at: temporary.appendingPathComponent("tmp"), withIntermediateDirectories: true)
    }
    let logs = temporary.appendingPathComponent("logs-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: logs, withIntermediateDirectories: true)
    let process = Process()
    process.executableURL = QuarterlyProcess.executable
    process.arguments = [
      "preview", "good-edition", "--port", "\(port)", "--templates", Repository.templates.path,
    ]
    process.currentDirectoryURL = temporary
    var environment = ProcessInfo.processInfo.environment
    environment["TMPDIR"] = temporary.appendingPathComponent("tmp").path
    process.environment = environment
    let stdout = logs.appendingPathComponent("stdout")
    let stderr = logs.appendingPathComponent("stderr")
    _ = FileManager.default.createFile(atPath: stdout.path, contents: nil)
    _ = FileManager.default.createFile(atPath: stderr.path, contents: nil)
    process.standardOutput = try FileHandle(forWritingTo: stdout)
    process.standardError = try FileHandle(forWritingTo: stderr)
    process.standardInput = FileHandle.nullDevice
    try process.run()
    let deadline = Date().addingTimeInterval(30)
    while Date() < deadline, process.isRunning {
      let text = (try? String(contentsOf: stdout, encoding: .utf8)) ?? ""
      if text.contains("Serving") { break }
      Thread.sleep(forTimeInterval: 0.05)
    }
    return (process, stdout, (try? String(contentsOf: stderr, encoding: .utf8)) ?? "")
  }

  /// Waits at most 10 seconds for the process to end.
  func waitForExit(_ process: Process) -> Bool {
    let deadline = Date().addingTimeInterval(10)
    while Date() < deadline, process.isRunning { Thread.sleep(forTimeInterval: 0.05) }
    return !process.isRunning
  }

  @Test(arguments: [SIGTERM, SIGINT])
  func servesOnLoopbackAndRemovesItsFolderWhenStopped(_ signal: Int32) throws {
    let temporary = try Repository.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: temporary) }
    let (process, stdout, _) = try start(in: temporary)
    defer { if process.isRunning { process.terminate() } }
    let text = try String(contentsOf: stdout, encoding: .utf8)
    let line = try #require(text.split(separator: "\n").first { $0.hasPrefix("Serving") })
    let port = try #require(
      line.split(separator: ":").last?.split(separator: "/").first.flatMap { UInt16($0) })
    #expect(line == "Serving 1 edition at http://127.0.0.1:\(port)/ (Ctrl-C to stop)")
    #expect(text.hasPrefix("build 1 in "))

    let reply = RawHTTPClient(port: port).request("GET", "/good-edition/newsletter.html")
    #expect(reply.status == 200)
    let folders = try FileManager.default.contentsOfDirectory(
      atPath: temporary.appendingPathComponent("tmp").path)
    #expect(folders.count == 1)
    let folder = temporary.appendingPathComponent("tmp/\(folders.first ?? "")")
    let mode = try FileManager.default.attributesOfItem(atPath: folder.path)[.posixPermissions] as? Int
    #expect(mode == 0o700)
    #expect(!FileManager.default.fileExists(atPath: temporary.appendingPathComponent("Output").path))

    kill(process.processIdentifier, signal)
    #expect(waitForExit(process))
    #expect(process.terminationReason == .exit)
    #expect(process.terminationStatus == 0)
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: temporary.appendingPathComponent("tmp").path) == [])
    #expect(
      try String(contentsOf: stdout, encoding: .utf8).hasSuffix(
        "Stopped; removed the preview's temporary folder\n"))
  }

  @Test func aPortInUseIsExitStatus3WithTheFix() throws {
    let temporary = try Repository.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: temporary) }
    let holder = PreviewServer { _ in .plain(.notFound) }
    let port = try holder.start(port: 0)
    defer { holder.stop() }
    let (process, _, _) = try start(in: temporary, port: port)
    defer { if process.isRunning { process.terminate() } }
    #expect(waitForExit(process))
    #expect(process.terminationStatus == 3)
    let stderr = try FileManager.default.contentsOfDirectory(atPath: temporary.path)
      .filter { $0.hasPrefix("logs-") }.first.map {
        try String(contentsOf: temporary.appendingPathComponent("\($0)/stderr"), encoding: .utf8)
      }
    #expect(
      stderr
        == "Error: port \(port) on 127.0.0.1 is already in use; stop what is using it, or choose another port with --port N\n"
    )
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: temporary.appendingPathComponent("tmp").path) == [])
  }

  @Test func aWrongCommandLineIsExitStatus2() {
    for arguments in [
      ["--port", "70000"], ["--port"], ["--port", "x"], ["--bogus"], ["--templates", "nowhere"],
    ] {
      let console = CapturedConsole()
      let status = CommandLineTool.run(["preview"] + arguments, console: console.console)
      #expect(status == .usage, "\(arguments)")
      #expect(console.stderr.contains("Usage: quarterly preview"))
    }
  }
}
