import Foundation

@testable import QuarterlyKit

/// Runs the built `quarterly` executable, which SwiftPM puts in the products folder beside the test
/// bundle (`swift build --build-tests` builds both).
enum QuarterlyProcess {
  struct Finished {
    var status: Int32
    /// Whether a signal ended the process (then `status` is the signal's number).
    var killed = false
    var stdout: String
    var stderr: String
  }

  /// The executable, or nil when it has not been built.
  static var executable: URL? {
    let products = Bundle.module.bundleURL.deletingLastPathComponent()
    for folder in [products, products.deletingLastPathComponent()] {
      let url = folder.appendingPathComponent("quarterly")
      if FileManager.default.isExecutableFile(atPath: url.path) { return url }
    }
    return nil
  }

  /// Starts the executable with `arguments` in `directory`; its output goes to files in `logs`.
  /// `environment` adds to (or replaces) the test's own variables.
  static func start(
    _ arguments: [String], in directory: URL, logs: URL, environment: [String: String] = [:]
  ) throws -> Process {
    guard let executable else { throw CocoaError(.fileNoSuchFile) }
    FileManager.default.createFile(atPath: logs.appendingPathComponent("stdout").path, contents: nil)
    FileManager.default.createFile(atPath: logs.appendingPathComponent("stderr").path, contents: nil)
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    process.currentDirectoryURL = directory
    process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
    process.standardOutput = try FileHandle(forWritingTo: logs.appendingPathComponent("stdout"))
    process.standardError = try FileHandle(forWritingTo: logs.appendingPathComponent("stderr"))
    process.standardInput = FileHandle.nullDevice
    try process.run()
    return process
  }

  /// Runs the executable to the end.
  static func run(_ arguments: [String], in directory: URL, environment: [String: String] = [:]) throws
    -> Finished
  {
    let logs = directory.appendingPathComponent(".logs-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: logs, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: logs) }
    let process = try start(arguments, in: directory, logs: logs, environment: environment)
    process.waitUntilExit()
    return Finished(
      status: process.terminationStatus, killed: process.terminationReason == .uncaughtSignal,
      stdout: (try? String(contentsOf: logs.appendingPathComponent("stdout"), encoding: .utf8)) ?? "",
      stderr: (try? String(contentsOf: logs.appendingPathComponent("stderr"), encoding: .utf8)) ?? "")
  }
}
