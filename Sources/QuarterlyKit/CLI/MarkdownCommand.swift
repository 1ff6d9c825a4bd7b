/// `quarterly markdown`: convert Markdown to HTML on standard output.
enum MarkdownCommand: Command {
  static let name = "markdown"
  static let summary = "convert Markdown to HTML on standard output"
  static let usage = "Usage: quarterly markdown"

  static func run(_ arguments: [String], console: Console) -> ExitStatus {
    console.printError("quarterly markdown: not built yet")
    return .internalError
  }
}
