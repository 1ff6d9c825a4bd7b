import Dispatch
import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// One run of `quarterly preview`: the private folder, the first build, the server, the watcher, and a
/// clean stop on SIGINT or SIGTERM.
struct PreviewSession {
  var inputs: [EditionInput]
  var templates: URL
  var workingDirectory: URL

  /// Serves until SIGINT or SIGTERM, then removes the private folder. Exit status 3 when the server
  /// cannot start (the port in use) or the private folder cannot be made.
  func run(port: UInt16, console: Console) -> ExitStatus {
    guard let root = Self.makePrivateFolder() else {
      console.printError("Error: cannot make a private temporary folder: \(String(cString: strerror(errno)))")
      return .internalError
    }
    defer { try? FileManager.default.removeItem(at: root) }
    // From here on SIGINT and SIGTERM only ask the preview to stop, so that it can remove its folder,
    // even during the first build.
    let stopRequested = DispatchSemaphore(value: 0)
    let signalSources = Self.catchStopSignals { stopRequested.signal() }
    defer { for source in signalSources { source.cancel() } }

    let firstBuildStarted = Date()
    let site = PreviewSite(
      builder: PreviewBuilder(
        inputs: inputs, templates: templates, root: root, workingDirectory: workingDirectory))
    let server = PreviewServer { site.respond(to: $0) }
    let boundPort: UInt16
    do {
      boundPort = try server.start(port: port)
    } catch {
      switch error {
      case .portInUse(let port):
        console.printError(
          "Error: port \(port) on 127.0.0.1 is already in use; stop what is using it, or choose another "
            + "port with --port N")
      case .socket(let call, let code):
        console.printError(
          "Error: cannot serve on 127.0.0.1:\(port): \(call): \(String(cString: strerror(code)))")
      }
      return .internalError
    }
    Self.report(site.build, console: console)
    console.print(
      "Serving \(inputs.count) edition\(inputs.count == 1 ? "" : "s") at http://127.0.0.1:\(boundPort)/ (Ctrl-C to stop)"
    )

    let watcher = FileWatcher(folders: inputs.map(\.folder) + [templates])
    watcher.start { Self.report(site.rebuild(), console: console) }
    // A file saved during the first build, before the watcher started, is built now (with a margin
    // for file systems whose clock for modification times is coarser than the system clock).
    if watcher.anyModified(since: firstBuildStarted.addingTimeInterval(-0.05)) {
      Self.report(site.rebuild(), console: console)
    }
    stopRequested.wait()
    server.stop()
    watcher.stop()
    try? FileManager.default.removeItem(at: root)
    console.print("Stopped; removed the preview's temporary folder")
    return .success
  }

  /// Makes SIGINT and SIGTERM call `stop` instead of ending the process, and SIGPIPE (a client gone
  /// mid-response) do nothing. Returns the signal sources, to be cancelled when done.
  static func catchStopSignals(_ stop: @escaping @Sendable () -> Void) -> [any DispatchSourceSignal] {
    signal(SIGPIPE, SIG_IGN)
    return [SIGINT, SIGTERM].map { number in
      signal(number, SIG_IGN)
      let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
      source.setEventHandler(handler: stop)
      source.resume()
      return source
    }
  }

  /// Prints a build's diagnostics (standard error) and one line for it (standard output).
  static func report(_ build: PreviewBuild, console: Console) {
    var parts: [String] = []
    for edition in build.editions {
      for excerpt in edition.diagnostics { console.printError(excerpt.diagnostic.description) }
      let errors = edition.diagnostics.filter { $0.diagnostic.severity == .error }.count
      parts.append(
        edition.succeeded
          ? "\(Escaping.terminalLine(edition.id)) built"
          : "\(Escaping.terminalLine(edition.id)) failed (\(errors) error\(errors == 1 ? "" : "s"))")
    }
    console.print("build \(build.version) in \(build.milliseconds) ms: " + parts.joined(separator: ", "))
  }

  /// A new folder only this user can read (mode 0700) in the temporary folder.
  static func makePrivateFolder() -> URL? { PrivateFolder.make(prefix: "quarterly-preview-") }
}
