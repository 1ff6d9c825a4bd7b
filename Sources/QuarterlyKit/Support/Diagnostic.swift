/// How serious a diagnostic is: errors stop an edition from being written, warnings do not.
public enum Severity: String, Sendable, Codable {
  case error
  case warning
  case note
}

/// One problem found in the inputs or templates, with where it is and, when known, how to fix it.
///
/// This is the only error type the pipeline reports to users. It prints as
/// `path:line:column: error: message` so that editors can jump to it.
public struct Diagnostic: Error, Hashable, Sendable, CustomStringConvertible {
  public var severity: Severity
  public var location: SourceLocation?
  public var message: String
  /// The fix, when one is known ("did you mean 'complaints'?"). Printed after the message.
  public var hint: String?
  /// For a diagnostic with no location (an internal failure such as a PDF that could not be printed):
  /// the name of the pipeline step that recorded it, stamped by the pipeline.
  public var step: String?

  public init(
    _ severity: Severity, _ message: String, at location: SourceLocation? = nil, hint: String? = nil
  ) {
    self.severity = severity
    self.message = message
    self.location = location
    self.hint = hint
  }

  public static func error(_ message: String, at location: SourceLocation? = nil, hint: String? = nil)
    -> Diagnostic
  {
    Diagnostic(.error, message, at: location, hint: hint)
  }

  public static func warning(_ message: String, at location: SourceLocation? = nil, hint: String? = nil)
    -> Diagnostic
  {
    Diagnostic(.warning, message, at: location, hint: hint)
  }

  /// The message and its hint, without location or severity.
  public var text: String {
    guard let hint, !hint.isEmpty else { return message }
    return "\(message); \(hint)"
  }

  /// The same diagnostic, its location's file named `shown` where it was `file`.
  func renamingFile(_ file: String, to shown: String) -> Diagnostic {
    guard let location, location.file == file else { return self }
    var renamed = self
    renamed.location = SourceLocation(file: shown, line: location.line, column: location.column)
    return renamed
  }

  /// The diagnostic as one line: `path:line:column: severity: message; hint`, with any line break or
  /// other control character from the inputs escaped.
  public var description: String {
    let prefix = location.map { "\($0.description): " } ?? ""
    return "\(prefix)\(severity.rawValue): \(Escaping.terminalLine(text))"
  }
}

/// Collects diagnostics and keeps going, so that one run reports every problem.
public struct Diagnostics: Sendable {
  public private(set) var items: [Diagnostic] = []

  public init(_ items: [Diagnostic] = []) {
    self.items = items
  }

  public mutating func append(_ diagnostic: Diagnostic) {
    items.append(diagnostic)
  }

  public mutating func append(contentsOf other: Diagnostics) {
    items.append(contentsOf: other.items)
  }

  public mutating func append(contentsOf other: [Diagnostic]) {
    items.append(contentsOf: other)
  }

  public mutating func error(_ message: String, at location: SourceLocation? = nil, hint: String? = nil) {
    items.append(.error(message, at: location, hint: hint))
  }

  public mutating func warning(_ message: String, at location: SourceLocation? = nil, hint: String? = nil) {
    items.append(.warning(message, at: location, hint: hint))
  }

  /// Stamps the step's name on the diagnostics from `start` on that have no location and no step yet.
  public mutating func stamp(step name: String, from start: Int) {
    for index in items.indices
    where index >= start && items[index].location == nil && items[index].step == nil {
      items[index].step = name
    }
  }

  public var hasErrors: Bool { items.contains { $0.severity == .error } }
  public var errorCount: Int { items.filter { $0.severity == .error }.count }
  public var warningCount: Int { items.filter { $0.severity == .warning }.count }

  /// The diagnostics in file order (then line, then column), each once (a template rendered for many
  /// items would otherwise repeat its error); ones with no location keep their place last.
  public var sorted: [Diagnostic] {
    var seen: Set<Diagnostic> = []
    return items.filter { seen.insert($0).inserted }.enumerated().sorted { a, b in
      switch (a.element.location, b.element.location) {
      case (let l?, let r?): return l == r ? a.offset < b.offset : l < r
      case (.some, .none): return true
      case (.none, .some): return false
      case (.none, .none): return a.offset < b.offset
      }
    }.map(\.element)
  }
}

/// Thrown when a step found errors that it has already recorded as diagnostics.
public struct DiagnosedFailure: Error, Sendable {
  public var diagnostics: [Diagnostic]
  public init(_ diagnostics: [Diagnostic]) { self.diagnostics = diagnostics }
}
