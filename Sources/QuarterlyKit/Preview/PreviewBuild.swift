import Foundation

/// One build of the previewed editions: where its files are, what each edition made or why it failed,
/// and its version (pages reload when the version they were served at is no longer the current one).
struct PreviewBuild: Sendable {
  /// The version of the build, counting from 1; every rebuild adds one.
  var version: Int
  /// The folder holding `<edition>/<file>` for this build.
  var folder: URL
  /// The editions in the order they were named.
  var editions: [PreviewEdition]
  /// How long the build took, in milliseconds.
  var milliseconds: Int

  /// The edition with this id.
  func edition(_ id: String) -> PreviewEdition? {
    editions.first { $0.id == id }
  }
}

/// What one edition's build made: its files, or the diagnostics that stopped it.
struct PreviewEdition: Sendable {
  var id: String
  /// The names of the files built, sorted.
  var files: [String]
  /// Every diagnostic of the edition, in file order, each with the source line it points at.
  var diagnostics: [DiagnosticExcerpt]
  /// Whether the edition built without errors (its files are then served).
  var succeeded: Bool
}

/// A diagnostic with the line of the input or template it points at, for the preview's error page.
struct DiagnosticExcerpt: Sendable, Equatable {
  var diagnostic: Diagnostic
  /// The offending line as it is in the file (without its line break), when it could be read.
  var sourceLine: String?

  /// The files a source line is read from may be no bigger than this.
  static let maximumFileBytes = 64 << 20

  /// Reads the line `diagnostic` points at. Paths are as the pipeline names them: relative to the
  /// working directory, or absolute. Only regular files are read, so a pipe cannot block the preview.
  init(_ diagnostic: Diagnostic, workingDirectory: URL) {
    self.diagnostic = diagnostic
    self.sourceLine = nil
    guard let location = diagnostic.location, location.line >= 1 else { return }
    let url =
      location.file.hasPrefix("/")
      ? URL(fileURLWithPath: location.file)
      : workingDirectory.appendingPathComponent(location.file, isDirectory: false)
    guard let attributes = try? FileManager.default.attributesOfItem(atPath: url.path),
      attributes[.type] as? FileAttributeType == .typeRegular,
      let size = attributes[.size] as? Int, size <= Self.maximumFileBytes,
      let data = try? Data(contentsOf: url)
    else { return }
    var lineNumber = 1
    var start = data.startIndex
    var index = data.startIndex
    while index < data.endIndex, lineNumber < location.line {
      if data[index] == 0x0A {
        lineNumber += 1
        start = data.index(after: index)
      }
      index = data.index(after: index)
    }
    guard lineNumber == location.line else { return }
    var end = data[start...].firstIndex(of: 0x0A) ?? data.endIndex
    if end > start, data[data.index(before: end)] == 0x0D { end = data.index(before: end) }
    var line = String(decoding: data[start..<end], as: UTF8.self)
    if lineNumber == 1, line.hasPrefix("\u{FEFF}") { line.removeFirst() }
    sourceLine = line
  }

  /// The line under the source line that puts a caret under the diagnostic's column (columns count
  /// Unicode scalars, as the readers do; tabs are kept so that the caret lines up).
  var caretLine: String? {
    guard let sourceLine, let column = diagnostic.location?.column, column >= 1 else { return nil }
    var caret = ""
    for scalar in sourceLine.unicodeScalars.prefix(column - 1) {
      caret += scalar == "\t" ? "\t" : " "
    }
    return caret + "^"
  }
}
