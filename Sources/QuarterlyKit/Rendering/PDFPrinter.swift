import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Prints an HTML page to an A4 PDF with headless Chromium, when it is installed.
///
/// Chromium runs in its own process group with a time limit: when it has not finished in time, the
/// whole group is killed, so a browser that hangs cannot hold the run (and its lock) for ever. Its
/// files live in a private temporary folder (mode 0700) that is always removed; one left by a run
/// that was killed is removed by the next run that prints.
enum PDFPrinter {
  /// How long Chromium may take by default, in seconds.
  static let defaultTimeout: Double = 60

  /// The name every temporary folder starts with, followed by the process id and a random part.
  static let folderPrefix = "quarterly-pdf-"

  /// The first Chromium found on the PATH.
  static func chromium() -> URL? {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    for folder in path.split(separator: ":") {
      for name in ["chromium", "chromium-browser", "google-chrome"] {
        let candidate = URL(fileURLWithPath: String(folder)).appendingPathComponent(name)
        if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
      }
    }
    return nil
  }

  /// Prints `html`, giving Chromium `timeout` seconds. Nil when no PDF was printed, with why recorded in
  /// `diagnostics` (a warning when there is no Chromium, else an error).
  static func print(_ html: Data, timeout: Double = defaultTimeout, diagnostics: inout Diagnostics) -> Data? {
    guard let chromium = chromium() else {
      diagnostics.warning(
        "--pdf: no 'chromium' on the PATH, so monitoring-pack.pdf was not written",
        hint: "install Chromium (apt-get install chromium) or print monitoring-pack.html from a browser")
      return nil
    }
    _ = removeLeftFolders
    let fileManager = FileManager.default
    guard let folder = privateFolder() else {
      diagnostics.error("--pdf: cannot make a private temporary folder: \(String(cString: strerror(errno)))")
      return nil
    }
    defer { try? fileManager.removeItem(at: folder) }
    let page = folder.appendingPathComponent("monitoring-pack.html")
    let pdf = folder.appendingPathComponent("monitoring-pack.pdf")
    do {
      try html.write(to: page)
    } catch {
      diagnostics.error("--pdf: cannot write the page to print: \(error.localizedDescription)")
      return nil
    }
    let arguments = [
      chromium.path, "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
      "--user-data-dir=\(folder.path)/profile", "--print-to-pdf=\(pdf.path)", page.absoluteString,
    ]
    switch BrowserProcess.run(arguments, timeout: timeout) {
    case .failedToStart(let code):
      diagnostics.error("--pdf: could not run Chromium: \(String(cString: strerror(code)))")
      return nil
    case .timedOut:
      diagnostics.error(
        "--pdf: Chromium did not finish printing monitoring-pack.html within \(seconds(timeout)), so it was stopped",
        hint: "give it longer with --pdf-timeout SECONDS")
      return nil
    case .exited(let status):
      guard status == 0, let data = try? Data(contentsOf: pdf), data.starts(with: Array("%PDF".utf8)) else {
        diagnostics.error("--pdf: Chromium could not print monitoring-pack.html (exit \(status))")
        return nil
      }
      return data
    }
  }

  /// `60 seconds`, `1 second`, `0.5 seconds`.
  static func seconds(_ value: Double) -> String {
    let number = value == value.rounded() && abs(value) < 1e9 ? String(Int(value)) : "\(value)"
    return number + (value == 1 ? " second" : " seconds")
  }

  /// A new folder only this user can enter (`mkdtemp` makes it 0700), named with the process id.
  static func privateFolder() -> URL? { PrivateFolder.make(prefix: "\(folderPrefix)\(getpid())-") }

  /// Removes, once per process, the temporary folders of runs that died printing (their process no
  /// longer exists) and that belong to this user.
  static let removeLeftFolders: Void = {
    let fileManager = FileManager.default
    let base = fileManager.temporaryDirectory
    guard let names = try? fileManager.contentsOfDirectory(atPath: base.path) else { return }
    for name in names where name.hasPrefix(folderPrefix) {
      let pidText = name.dropFirst(folderPrefix.count).prefix { $0 != "-" }
      guard let pid = Int32(pidText), pid != getpid(), kill(pid, 0) != 0, errno == ESRCH else { continue }
      let url = base.appendingPathComponent(name)
      var info = stat()
      guard lstat(url.path, &info) == 0, info.st_uid == getuid(), info.st_mode & S_IFMT == S_IFDIR else {
        continue
      }
      try? fileManager.removeItem(at: url)
    }
  }()
}
