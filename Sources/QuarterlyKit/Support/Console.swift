import Foundation

/// Where a command writes: standard output for results, standard error for diagnostics.
///
/// Tests use a capturing console; the real tool writes straight to the file descriptors.
public final class Console: @unchecked Sendable {
  private let lock = NSLock()
  private let writeOut: (String) -> Void
  private let writeErr: (String) -> Void
  /// Whether standard error is a terminal (progress lines are shown only then).
  public let isTerminal: Bool

  public init(
    isTerminal: Bool = false, out: @escaping (String) -> Void, err: @escaping (String) -> Void
  ) {
    self.isTerminal = isTerminal
    self.writeOut = out
    self.writeErr = err
  }

  /// The process's own standard output and standard error.
  public static func standard() -> Console {
    Console(
      isTerminal: isatty(STDERR_FILENO) != 0,
      out: { FileHandle.standardOutput.write(Data($0.utf8)) },
      err: { FileHandle.standardError.write(Data($0.utf8)) })
  }

  /// Writes `text` to standard output as it is (no newline added).
  public func write(_ text: String) {
    lock.withLock { writeOut(text) }
  }

  /// Writes a line to standard output.
  public func print(_ line: String) {
    write(line + "\n")
  }

  /// Writes a line to standard error.
  public func printError(_ line: String) {
    lock.withLock { writeErr(line + "\n") }
  }
}

/// A console that keeps what was written, for tests.
public final class CapturedConsole: @unchecked Sendable {
  private let lock = NSLock()
  private var outText = ""
  private var errText = ""
  public init() {}

  public var stdout: String { lock.withLock { outText } }
  public var stderr: String { lock.withLock { errText } }

  public var console: Console {
    Console(
      out: { [self] text in lock.withLock { outText += text } },
      err: { [self] text in lock.withLock { errText += text } })
  }
}
