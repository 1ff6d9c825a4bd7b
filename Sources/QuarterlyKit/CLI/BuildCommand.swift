/// `quarterly build`: build editions into the output folder.
enum BuildCommand: Command {
  static let name = "build"
  static let summary = "build editions into the output folder"
  static let usage = "Usage: quarterly build"

  static func run(_ arguments: [String], console: Console) -> ExitStatus {
    console.printError("quarterly build: not built yet")
    return .internalError
  }
}
