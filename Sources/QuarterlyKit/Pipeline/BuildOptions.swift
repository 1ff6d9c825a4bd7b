import Foundation

/// What a run of `build` or `check` was asked to do.
public struct BuildOptions: Sendable {
  /// The shared templates folder (`Templates/`).
  public var templates: URL
  /// Where editions are written (`Output/`).
  public var output: URL
  /// A name that resolves to nothing in a template is an error (the default for `build`).
  public var strict: Bool = true
  /// Only check: read and render everything, write nothing.
  public var checkOnly: Bool = false
  /// Also print the monitoring pack to PDF with headless Chromium.
  public var pdf: Bool = false
  /// How many seconds Chromium may take to print the pack before it is stopped.
  public var pdfTimeout: Double = PDFPrinter.defaultTimeout
  /// With `--verbose`: told `EDITION: [i/n] STEP` as each step of an edition starts.
  public var showStep: (@Sendable (String) -> Void)?

  public init(templates: URL, output: URL) {
    self.templates = templates
    self.output = output
  }
}

/// An edition folder to build, as the user named it.
public struct EditionInput: Sendable {
  public var folder: URL
  public var displayPath: String

  public init(folder: URL, displayPath: String) {
    self.folder = folder
    self.displayPath = displayPath
  }

  /// The edition's id: its folder's name.
  public var id: String { folder.lastPathComponent }
}

/// What happened to one edition.
public struct EditionResult: Sendable {
  public var id: String
  public var diagnostics: [Diagnostic]
  /// Files written (or that would be written, for `check`).
  public var files: [String]
  public var outcome: OutputWriter.Outcome?
  /// Set when the output could not be written: an internal failure, not an input error.
  public var writeFailure: String?
  /// The name of the step whose write failed, stamped by the pipeline.
  public var writeFailureStep: String?
  /// The reading age of each newsletter page (empty when the edition could not be filled).
  public var readability: [PageReadability] = []

  public var errorCount: Int { diagnostics.filter { $0.severity == .error }.count }
  public var warningCount: Int { diagnostics.filter { $0.severity == .warning }.count }
  public var succeeded: Bool { errorCount == 0 && writeFailure == nil }
}
