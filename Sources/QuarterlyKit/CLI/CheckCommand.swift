/// `quarterly check`: check editions and templates without writing anything.
enum CheckCommand: Command {
  static let name = "check"
  static let summary = "check editions and templates without writing anything"
  static let usage = "Usage: quarterly check"

  static func run(_ arguments: [String], console: Console) -> ExitStatus {
    console.printError("quarterly check: not built yet")
    return .internalError
  }
}
