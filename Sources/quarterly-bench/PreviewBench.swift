import Foundation
import QuarterlyKit

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// `preview`: how long an edit takes to reach `quarterly preview`'s pages. Starts the `quarterly`
/// executable beside the bench on a copy of a sample edition, then, `--edits` times, appends a line to
/// a fragment and asks `/_preview/version` every 5 ms until the version changes (the moment an open page
/// would reload). The time includes the watcher's settling wait and the rebuild.
enum PreviewBench {
  /// Runs the benchmark and prints the median and slowest times, then the `RESULT preview` line.
  static func run(_ arguments: inout BenchArguments) -> Int32 {
    let edits = max(1, arguments.int("--edits", default: 20))
    let sample = URL(
      fileURLWithPath: arguments.string("--sample") ?? "Inputs/birmingham-2022-q3", isDirectory: true)
    let templates = arguments.string("--templates") ?? "Templates"
    let executable =
      arguments.string("--quarterly")
      ?? URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
      .appendingPathComponent("quarterly").path
    let manager = FileManager.default
    let root = manager.temporaryDirectory.appendingPathComponent(
      "quarterly-bench-preview-\(ProcessInfo.processInfo.processIdentifier)", isDirectory: true)
    defer { try? manager.removeItem(at: root) }
    let edition = root.appendingPathComponent(sample.lastPathComponent, isDirectory: true)
    let output = root.appendingPathComponent("stdout")
    let process = Process()
    do {
      try manager.createDirectory(at: root, withIntermediateDirectories: true)
      try manager.copyItem(at: sample, to: edition)
      _ = manager.createFile(atPath: output.path, contents: nil)
      process.executableURL = URL(fileURLWithPath: executable)
      process.arguments = ["preview", edition.path, "--port", "0", "--templates", templates]
      process.standardOutput = try FileHandle(forWritingTo: output)
      process.standardError = FileHandle.nullDevice
      try process.run()
    } catch {
      return Measure.fail("cannot start \(executable) preview: \(error)")
    }
    defer {
      process.terminate()
      process.waitUntilExit()
    }
    guard let port = waitForPort(output, process: process) else {
      return Measure.fail("quarterly preview did not say where it serves")
    }
    guard
      let fragment = try? manager.contentsOfDirectory(
        atPath: edition.appendingPathComponent("narrative").path
      )
      .filter({ $0.hasSuffix(".md") }).sorted().last
    else { return Measure.fail("the sample edition has no fragments") }
    let fragmentURL = edition.appendingPathComponent("narrative/\(fragment)")
    var times: [Double] = []
    for edit in 0..<edits {
      let before = version(port: port)
      let started = Measure.now()
      guard let handle = try? FileHandle(forWritingTo: fragmentURL) else {
        return Measure.fail("cannot edit \(fragment)")
      }
      handle.seekToEndOfFile()
      handle.write(Data("\nEdit \(edit).\n".utf8))
      try? handle.close()
      var current = before
      while current == before && Measure.now() - started < 10 {
        usleep(5000)
        current = version(port: port)
      }
      guard current != before else { return Measure.fail("no rebuild within 10 s of edit \(edit)") }
      times.append((Measure.now() - started) * 1000)
      usleep(100_000)
    }
    let median = Measure.median(times)
    let slowest = times.max() ?? 0
    print(
      "\(edits) edits of \(fragment) in \(sample.lastPathComponent): median \(Measure.format(median)) ms, "
        + "slowest \(Measure.format(slowest)) ms from the write to the new version")
    print(
      "RESULT preview edits=\(edits) ms_median=\(Measure.format(median)) ms_max=\(Measure.format(slowest))")
    return 0
  }

  /// The port in the preview's `Serving … at http://127.0.0.1:PORT/` line, waiting up to 30 seconds.
  static func waitForPort(_ output: URL, process: Process) -> UInt16? {
    let started = Measure.now()
    while Measure.now() - started < 30, process.isRunning {
      let text = (try? String(contentsOf: output, encoding: .utf8)) ?? ""
      if let line = text.split(separator: "\n").first(where: { $0.hasPrefix("Serving ") }),
        let address = line.split(separator: " ").first(where: { $0.hasPrefix("http://127.0.0.1:") })
      {
        return UInt16(address.dropFirst("http://127.0.0.1:".count).dropLast())
      }
      usleep(20_000)
    }
    return nil
  }

  /// The body of `GET /_preview/version`, or "" when the server did not answer within 5 seconds.
  static func version(port: UInt16) -> String {
    let request = Array("GET /_preview/version HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".utf8)
    let text = String(
      decoding: LoopbackSocket.exchange(port: port, sending: request, limit: 5), as: UTF8.self)
    return text.components(separatedBy: "\r\n\r\n").last ?? ""
  }
}
