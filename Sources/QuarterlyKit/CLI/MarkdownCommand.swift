import Foundation

/// `quarterly markdown`: convert Markdown to HTML on standard output.
enum MarkdownCommand: Command {
  static let name = "markdown"
  static let summary = "convert Markdown to HTML on standard output"
  static let usage = """
    Usage: quarterly markdown [FILE] [--unsafe] [--heading-ids]

    Reads Markdown (CommonMark 0.31.2 with GFM tables) from FILE, or standard input when FILE is
    missing or '-', and writes HTML to standard output.

    Options:
      --unsafe       pass raw HTML and every link scheme through (default: escape raw HTML and
                     blank javascript:, vbscript:, file: and data: links)
      --heading-ids  add id="..." attributes to headings
    """

  static func run(_ arguments: [String], console: Console) -> ExitStatus {
    run(arguments, console: console, standardInput: { FileHandle.standardInput.readDataToEndOfFile() })
  }

  /// Runs the command, reading standard input through `standardInput` (tests pass their own).
  static func run(_ arguments: [String], console: Console, standardInput: () -> Data) -> ExitStatus {
    var options = MarkdownOptions()
    var path: String? = nil
    for argument in arguments {
      switch argument {
      case "--help", "-h":
        console.print(usage)
        return .success
      case "--unsafe": options.allowRawHTML = true
      case "--heading-ids": options.headingIDs = true
      case "-": path = path ?? "-"
      default:
        if argument.hasPrefix("-") {
          return fail(UsageError("unknown option '\(argument)'"), console: console)
        }
        if path != nil { return fail(UsageError("more than one FILE given"), console: console) }
        path = argument
      }
    }
    let data: Data
    if let path, path != "-" {
      do {
        data = try Data(contentsOf: URL(fileURLWithPath: path))
      } catch {
        console.printError("\(path): error: cannot read the file (\(describe(error)))")
        return .inputErrors
      }
    } else {
      data = standardInput()
    }
    let text = String(decoding: data, as: UTF8.self)
    console.write(Markdown.html(text, options: options))
    return .success
  }

  private static func describe(_ error: Error) -> String {
    let nsError = error as NSError
    if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError,
      let message = String(validatingCString: strerror(Int32(underlying.code)))
    {
      return message
    }
    return nsError.localizedDescription
  }
}
