import Foundation

/// `quarterly preview`: builds editions into a private folder and serves them on 127.0.0.1, rebuilding
/// whenever an input or template changes.
enum PreviewCommand: Command {
  static let name = "preview"
  static let summary = "serve editions on 127.0.0.1 while you edit them; pages reload after each change"
  static let usage = """
    Usage: quarterly preview [EDITION_DIR ...] [--port N] [--templates DIR]

    Builds each edition folder (default: every folder under ./Inputs) into a private temporary folder
    and serves it at http://127.0.0.1:PORT/. When an input or template changes, the editions are built
    again and open pages reload themselves; a page whose edition has errors shows them. Output/ and the
    run lock are never touched. Ctrl-C stops it and removes the temporary folder.

    Options:
      --port N         the port to serve on, 1 to 65535 (default: 8000; 0 picks a free one)
      --templates DIR  the templates folder (default: ./Templates)
    """

  /// The command line of `preview`.
  struct Arguments: Equatable {
    var editions: [String] = []
    var templates = "Templates"
    var port: UInt16 = 8000
  }

  /// Reads the arguments that follow `preview`.
  static func parse(_ arguments: [String]) throws -> Arguments {
    var parsed = Arguments()
    var index = 0
    while index < arguments.count {
      let argument = arguments[index]
      switch argument {
      case "--templates", "--port":
        index += 1
        guard index < arguments.count, !arguments[index].hasPrefix("--") else {
          throw UsageError("\(argument) needs \(argument == "--port" ? "a number" : "a folder")")
        }
        if argument == "--templates" {
          parsed.templates = arguments[index]
        } else {
          guard let port = UInt16(arguments[index]) else {
            throw UsageError("--port needs a number from 0 to 65535, not '\(arguments[index])'")
          }
          parsed.port = port
        }
      default:
        if argument.hasPrefix("-") {
          throw UsageError(
            "unknown option '\(argument)'"
              + (Suggestion.hint(for: argument, in: ["--port", "--templates"]).map { "; \($0)" } ?? ""))
        }
        parsed.editions.append(argument)
      }
      index += 1
    }
    return parsed
  }

  /// Serves until stopped: exit status 0 after SIGINT or SIGTERM, 2 for a wrong command line, 3 when
  /// it cannot serve (the port in use).
  static func run(_ arguments: [String], console: Console) -> ExitStatus {
    if arguments.contains("--help") || arguments.contains("-h") {
      console.print(usage)
      return .success
    }
    let parsed: Arguments
    do {
      parsed = try parse(arguments)
    } catch let error as UsageError {
      return fail(error, console: console)
    } catch {
      return .internalError
    }
    let cwd = URL(fileURLWithPath: FileManager.default.currentDirectoryPath, isDirectory: true)
    let templates =
      parsed.templates.hasPrefix("/")
      ? URL(fileURLWithPath: parsed.templates, isDirectory: true)
      : URL(fileURLWithPath: parsed.templates, isDirectory: true, relativeTo: cwd)
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: templates.path, isDirectory: &isDirectory),
      isDirectory.boolValue
    else {
      return fail(UsageError("no templates folder at '\(parsed.templates)'"), console: console)
    }
    switch EditionDiscovery.inputs(parsed.editions, cwd: cwd) {
    case .success(let inputs):
      return PreviewSession(inputs: inputs, templates: templates, workingDirectory: cwd)
        .run(port: parsed.port, console: console)
    case .failure(let error):
      return fail(error, console: console)
    }
  }
}
