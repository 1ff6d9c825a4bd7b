import Foundation

/// Prints an HTML page to an A4 PDF with headless Chromium, when it is installed.
enum PDFPrinter {
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

  static func print(_ html: Data) -> Result<Data, Diagnostic> {
    guard let chromium = chromium() else {
      return .failure(
        .warning(
          "--pdf: no 'chromium' on the PATH, so monitoring-pack.pdf was not written",
          hint: "install Chromium (apt-get install chromium) or print monitoring-pack.html from a browser"))
    }
    let fileManager = FileManager.default
    let folder = fileManager.temporaryDirectory.appendingPathComponent("quarterly-pdf-\(UUID().uuidString)")
    defer { try? fileManager.removeItem(at: folder) }
    do {
      try fileManager.createDirectory(at: folder, withIntermediateDirectories: true)
      let page = folder.appendingPathComponent("monitoring-pack.html")
      let pdf = folder.appendingPathComponent("monitoring-pack.pdf")
      try html.write(to: page)
      let process = Process()
      process.executableURL = chromium
      process.arguments = [
        "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
        "--user-data-dir=\(folder.path)/profile",
        "--print-to-pdf=\(pdf.path)", page.absoluteString,
      ]
      process.standardOutput = FileHandle.nullDevice
      process.standardError = FileHandle.nullDevice
      try process.run()
      process.waitUntilExit()
      guard process.terminationStatus == 0, let data = try? Data(contentsOf: pdf),
        data.starts(with: Array("%PDF".utf8))
      else {
        return .failure(
          .error("--pdf: Chromium could not print monitoring-pack.html (exit \(process.terminationStatus))"))
      }
      return .success(data)
    } catch {
      return .failure(.error("--pdf: could not run Chromium: \(error.localizedDescription)"))
    }
  }
}
