/// `quarterly render`: render one Mustache template to standard output.
enum RenderCommand: Command {
  static let name = "render"
  static let summary = "render one Mustache template to standard output"
  static let usage = "Usage: quarterly render"

  static func run(_ arguments: [String], console: Console) -> ExitStatus {
    console.printError("quarterly render: not built yet")
    return .internalError
  }
}
