/// The `quarterly` command line: picks the command and runs it.
public enum CommandLineTool {
  /// The version printed by `--version`.
  public static let version = "0.1.0"

  static var commands: [any Command.Type] {
    [
      BuildCommand.self, CheckCommand.self, NewCommand.self, RenderCommand.self, MarkdownCommand.self,
      PreviewCommand.self,
    ]
  }

  /// Runs the tool with the given arguments (without the program name) and returns its exit status.
  public static func run(_ arguments: [String], console: Console = .standard()) -> ExitStatus {
    guard let first = arguments.first else {
      return BuildCommand.run([], console: console)
    }
    switch first {
    case "--help", "-h", "help":
      console.print(usage)
      return .success
    case "--version":
      console.print("quarterly \(version)")
      return .success
    default:
      if let command = commands.first(where: { $0.name == first }) {
        return command.run(Array(arguments.dropFirst()), console: console)
      }
      if first.hasPrefix("-") {
        // Options with no command apply to the default command, `build`.
        return BuildCommand.run(arguments, console: console)
      }
      let hint = Suggestion.hint(for: first, in: commands.map { $0.name }).map { "; \($0)" } ?? ""
      console.printError("Error: unknown command '\(first)'\(hint)")
      console.printError("Usage: quarterly [COMMAND] [OPTIONS]")
      console.printError("See 'quarterly --help'.")
      return .usage
    }
  }

  static var usage: String {
    var text = """
      quarterly: writes the quarterly SEND improvement update and monitoring pack from a local area's \
      figures, fragments and tracker.

      Usage: quarterly [COMMAND] [OPTIONS]
             quarterly                 build every edition under ./Inputs into ./Output

      Commands:

      """
    for command in commands {
      text += "  " + command.name.padding(toLength: 10, withPad: " ", startingAt: 0) + command.summary + "\n"
    }
    text += """

      Exit status:
        0  every edition was built (or checked) cleanly
        1  at least one edition had input errors (the others were still built)
        2  the command line was wrong
        3  an internal error, or an output that could not be written

      See 'quarterly COMMAND --help' for a command's options.
      """
    return text
  }
}
