import Foundation

/// `quarterly new`: starts next quarter's edition from last quarter's.
enum NewCommand: Command {
  static let name = "new"
  static let summary = "start next quarter's edition from last quarter's"
  static let usage = """
    Usage: quarterly new NEW_EDITION_DIR --from PREVIOUS_EDITION_DIR [--as-of YYYY-MM-DD]

    Copies the previous edition into NEW_EDITION_DIR, which must not exist: as_of moves to the end of
    the next quarter (or the date given) and the quarter's wording in edition.md with it; last quarter's
    action-plan becomes action-plan-previous; the metric history is kept; and every copied text
    (the introductions and narrative/*.md) is marked 'reviewed: no', so that 'check' and 'build' warn
    about it until it is edited or the mark removed.

    Options:
      --from DIR           the previous edition (required)
      --as-of YYYY-MM-DD   the date of the new figures (default: the last day of the next quarter)
    """

  /// The command line, read.
  struct Arguments {
    var target: String
    var source: String
    var asOf: Day?
  }

  static func parse(_ arguments: [String]) throws -> Arguments {
    var target: String?
    var source: String?
    var asOf: Day?
    var index = 0
    while index < arguments.count {
      let argument = arguments[index]
      index += 1
      switch argument {
      case "--from", "--as-of":
        guard index < arguments.count, !arguments[index].hasPrefix("--") else {
          throw UsageError(argument == "--from" ? "--from needs a folder" : "--as-of needs a date YYYY-MM-DD")
        }
        let value = arguments[index]
        index += 1
        if argument == "--from" {
          source = value
        } else if let day = Day(iso: value) {
          asOf = day
        } else {
          throw UsageError("--as-of '\(value)' is not a real date written as YYYY-MM-DD")
        }
      default:
        if argument.hasPrefix("-") {
          throw UsageError(
            "unknown option '\(argument)'"
              + (Suggestion.hint(for: argument, in: ["--from", "--as-of"]).map { "; \($0)" } ?? ""))
        }
        if target != nil { throw UsageError("more than one NEW_EDITION_DIR given") }
        target = argument
      }
    }
    guard let target else { throw UsageError("no NEW_EDITION_DIR given") }
    guard let source else { throw UsageError("no previous edition given; name it with --from DIR") }
    for path in [target, source] where path.split(separator: "/").contains("..") {
      throw UsageError("'\(path)' contains '..'; name edition folders by a path without '..'")
    }
    return Arguments(target: trimmed(target), source: trimmed(source), asOf: asOf)
  }

  /// The path without trailing slashes.
  private static func trimmed(_ path: String) -> String {
    var path = path
    while path.hasSuffix("/") && path.count > 1 { path.removeLast() }
    return path
  }

  static func run(_ arguments: [String], console: Console) -> ExitStatus {
    if arguments.contains("--help") || arguments.contains("-h") {
      console.print(usage)
      return .success
    }
    do {
      return make(try parse(arguments), console: console)
    } catch let error as UsageError {
      return fail(error, console: console)
    } catch {
      return fail(UsageError("\(error)"), console: console)
    }
  }

  /// Reports problems, one line each, and returns `status`.
  private static func report(_ problems: [Diagnostic], _ status: ExitStatus, console: Console) -> ExitStatus {
    for problem in problems { console.printError(problem.description) }
    return status
  }

  /// Checks the command line against the folders, then makes the new edition.
  static func make(_ arguments: Arguments, console: Console) -> ExitStatus {
    let cwd = URL(fileURLWithPath: FileManager.default.currentDirectoryPath, isDirectory: true)
    func url(_ path: String) -> URL {
      path.hasPrefix("/") ? URL(fileURLWithPath: path) : cwd.appendingPathComponent(path)
    }
    let source = url(arguments.source).standardizedFileURL
    let target = url(arguments.target).standardizedFileURL
    let parent = target.deletingLastPathComponent()
    if SourceText.entryExists(target.path) {
      console.printError(
        "Error: '\(arguments.target)' already exists, and 'quarterly new' never overwrites a folder; "
          + "name a new folder, or remove that one first")
      return .usage
    }
    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: parent.path, isDirectory: &isFolder), isFolder.boolValue
    else {
      console.printError("Error: the folder '\(parent.path)' that should hold the new edition does not exist")
      return .usage
    }
    if let problem = EditionReader.folderProblem(target) {
      console.printError("Error: \(problem)")
      return .usage
    }
    guard FileManager.default.fileExists(atPath: source.path, isDirectory: &isFolder), isFolder.boolValue
    else {
      console.printError("Error: '\(arguments.source)' is not an edition folder")
      return .usage
    }
    if let problem = EditionReader.folderProblem(source) {
      return report(
        [.error(problem, at: SourceLocation(file: arguments.source))], .inputErrors, console: console)
    }
    if let realSource = PartialPath.realPath(source.path), let realParent = PartialPath.realPath(parent.path),
      realParent == realSource || PartialPath.isInside(realParent, folder: realSource)
    {
      console.printError("Error: the new edition cannot be made inside the edition it is copied from")
      return .usage
    }
    var diagnostics = Diagnostics()
    let read = EditionReader.read(folder: source, displayPath: arguments.source, diagnostics: &diagnostics)
    guard let previous = read, previous.isAsOfKnown else {
      let editionFile = arguments.source + "/edition.md"
      let problems = diagnostics.items.filter { $0.severity == .error && $0.location?.file == editionFile }
      return report(
        problems.isEmpty
          ? [.error("the previous edition has no usable as_of", at: SourceLocation(file: editionFile))]
          : problems, .inputErrors, console: console)
    }
    guard let asOf = arguments.asOf ?? EditionRollover.nextAsOf(after: previous) else {
      return report([.error("the next quarter's date is out of range")], .inputErrors, console: console)
    }
    guard previous.asOf < asOf else {
      console.printError(
        "Error: --as-of \(asOf.iso) is not after the previous edition's as_of (\(previous.asOf.iso))")
      return .usage
    }
    return stageAndInstall(
      arguments, source: source, target: target, previous: previous, asOf: asOf, console: console)
  }

  /// Copies and changes the edition in a staging folder beside the target, then renames it into place.
  private static func stageAndInstall(
    _ arguments: Arguments, source: URL, target: URL, previous: Edition, asOf: Day, console: Console
  ) -> ExitStatus {
    let staged = target.deletingLastPathComponent().appendingPathComponent(
      ".quarterly-new-\(UUID().uuidString)-\(target.lastPathComponent)")
    defer { try? FileManager.default.removeItem(at: staged) }
    var rollover = EditionRollover(
      folder: staged, displayPath: arguments.target, previous: previous, asOf: asOf)
    do {
      var refused = Diagnostics()
      try EditionCopy.copy(from: source, displayPath: arguments.source, to: staged, refused: &refused)
      guard refused.items.isEmpty else { return report(refused.items, .inputErrors, console: console) }
    } catch {
      console.printError("Error: cannot copy the edition into \(staged.path): \(error.localizedDescription)")
      return .internalError
    }
    rollover.run()
    guard rollover.problems.isEmpty else {
      return report(rollover.problems, .internalError, console: console)
    }
    switch EditionCopy.install(staged, at: target) {
    case .done: break
    case .targetExists:
      console.printError(
        "Error: '\(arguments.target)' appeared while the edition was being made; it was left as it is")
      return .usage
    case .failed(let reason):
      console.printError("Error: cannot rename the new edition into place: \(reason)")
      return .internalError
    }
    var next = previous
    next.asOf = asOf
    console.print("made \(arguments.target) from \(arguments.source), for \(next.quarterDisplay):")
    for line in rollover.done { console.print("  " + line) }
    console.print("  metric-definitions and metrics: kept as they were (the metric history)")
    console.print("next:")
    console.print(
      "  1. add the figures up to \(asOf.monthValue.long) to \(arguments.target)/metrics.csv (or .xlsx)")
    console.print("  2. save this quarter's tracker as \(arguments.target)/action-plan.csv (or .xlsx)")
    console.print("  3. rewrite each text marked 'reviewed: no', then remove its 'reviewed' line")
    console.print("  4. quarterly check \(arguments.target)   (it warns about every text not yet reviewed)")
    return .success
  }
}
