/// One subcommand of `quarterly` (`build`, `check`, `render`, `markdown`, `preview`).
protocol Command {
  /// The word that selects the command.
  static var name: String { get }
  /// One line for the command list in `--help`.
  static var summary: String { get }
  /// The usage text shown by `quarterly COMMAND --help` and after a usage error.
  static var usage: String { get }
  /// Runs the command with the arguments that follow its name.
  static func run(_ arguments: [String], console: Console) -> ExitStatus
}

/// A command line that could not be understood.
struct UsageError: Error {
  var message: String
  init(_ message: String) { self.message = message }
}

extension Command {
  /// Reports a usage error the way every command does: the error, the usage, and where to find help.
  static func fail(_ error: UsageError, console: Console) -> ExitStatus {
    console.printError("Error: \(error.message)")
    console.printError(usage)
    console.printError("See 'quarterly \(name) --help'.")
    return .usage
  }
}
