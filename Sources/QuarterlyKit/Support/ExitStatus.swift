/// The exit statuses of `quarterly`, as documented in `--help` and the README.
public enum ExitStatus: Int32, Sendable {
  /// Every edition was built (or checked) without errors.
  case success = 0
  /// At least one edition had input errors; the others were still built.
  case inputErrors = 1
  /// The command line was wrong.
  case usage = 2
  /// An internal error, or an output that could not be written.
  case internalError = 3
}
