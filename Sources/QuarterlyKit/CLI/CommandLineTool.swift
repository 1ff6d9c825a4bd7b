/// The `quarterly` command line: parses arguments and runs a command.
public enum CommandLineTool {
  /// Runs the tool with the given arguments (without the program name) and returns its exit status.
  public static func run(_ arguments: [String]) -> ExitStatus {
    .success
  }
}
