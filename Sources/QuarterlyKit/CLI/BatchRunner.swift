import Foundation

/// The shared body of `build` and `check`: arguments, the lock, the run, and what is printed.
enum BatchRunner {
  struct Arguments {
    var editions: [String] = []
    var templates = "Templates"
    var output = "Output"
    var lenient = false
    var pdf = false
    var pdfTimeout = PDFPrinter.defaultTimeout
    var quiet = false
    var json = false
    var progress = false
    var verbose = false
  }

  static func parse(_ arguments: [String], checkOnly: Bool) throws -> Arguments {
    var parsed = Arguments()
    var index = 0
    func value(_ option: String, needs what: String = "a folder") throws -> String {
      index += 1
      guard index < arguments.count, !arguments[index].hasPrefix("--") else {
        throw UsageError("\(option) needs \(what)")
      }
      return arguments[index]
    }
    while index < arguments.count {
      let argument = arguments[index]
      switch argument {
      case "--templates": parsed.templates = try value(argument)
      case "--output" where !checkOnly: parsed.output = try value(argument)
      case "--lenient": parsed.lenient = true
      case "--pdf" where !checkOnly: parsed.pdf = true
      case "--pdf-timeout" where !checkOnly:
        let text = try value(argument, needs: "a number of seconds")
        guard let seconds = Double(text), seconds > 0, seconds <= 86_400 else {
          throw UsageError(
            "--pdf-timeout needs a number of seconds (more than 0, at most 86400), not '\(text)'")
        }
        parsed.pdfTimeout = seconds
      case "--quiet", "-q": parsed.quiet = true
      case "--json": parsed.json = true
      case "--progress": parsed.progress = true
      case "--verbose": parsed.verbose = true
      default:
        if argument.hasPrefix("-") {
          let known =
            ["--templates", "--lenient", "--quiet", "--json", "--progress", "--verbose"]
            + (checkOnly ? [] : ["--output", "--pdf", "--pdf-timeout"])
          throw UsageError(
            "unknown option '\(argument)'"
              + (Suggestion.hint(for: argument, in: known).map { "; \($0)" } ?? ""))
        }
        parsed.editions.append(argument)
      }
      index += 1
    }
    return parsed
  }

  static func run(_ arguments: [String], checkOnly: Bool, command: any Command.Type, console: Console)
    -> ExitStatus
  {
    if arguments.contains("--help") || arguments.contains("-h") {
      console.print(command.usage)
      return .success
    }
    // With --json, standard output is a JSON report however the run ends.
    let json = arguments.contains("--json")
    func fail(_ error: UsageError) -> ExitStatus {
      if json {
        report([], checkOnly: checkOnly, exitStatus: .usage, problems: [.error(error.message)], console)
      }
      return command.fail(error, console: console)
    }
    func fail(_ problems: Diagnostics) -> ExitStatus {
      for diagnostic in problems.items { console.printError(diagnostic.description) }
      if json {
        report([], checkOnly: checkOnly, exitStatus: .internalError, problems: problems.items, console)
      }
      return .internalError
    }
    let parsed: Arguments
    do {
      parsed = try parse(arguments, checkOnly: checkOnly)
    } catch let error as UsageError {
      return fail(error)
    } catch {
      return fail(Diagnostics([.error("cannot read the command line: \(error.localizedDescription)")]))
    }
    let fileManager = FileManager.default
    let cwd = URL(fileURLWithPath: fileManager.currentDirectoryPath, isDirectory: true)
    // Relative to the working directory, so that diagnostics name templates as the user named them.
    func url(_ path: String) -> URL {
      path.hasPrefix("/") ? URL(fileURLWithPath: path) : URL(fileURLWithPath: path, relativeTo: cwd)
    }
    var isDirectory: ObjCBool = false
    guard fileManager.fileExists(atPath: url(parsed.templates).path, isDirectory: &isDirectory),
      isDirectory.boolValue
    else {
      return fail(UsageError("no templates folder at '\(parsed.templates)'"))
    }

    let inputs: [EditionInput]
    switch EditionDiscovery.inputs(parsed.editions, cwd: cwd) {
    case .success(let found): inputs = found
    case .failure(let error): return fail(error)
    }

    var options = BuildOptions(templates: url(parsed.templates), output: url(parsed.output))
    if !checkOnly,
      let error = OutputPlacement.problem(
        output: options.output, editions: inputs, templates: options.templates, outputName: parsed.output)
    {
      return fail(error)
    }
    options.strict = !parsed.lenient
    options.checkOnly = checkOnly
    options.pdf = parsed.pdf
    options.pdfTimeout = parsed.pdfTimeout
    if parsed.verbose && !parsed.quiet && !parsed.json {
      options.showStep = { console.printError($0) }
    }

    var lock: RunLock?
    if !checkOnly {
      var problems = Diagnostics()
      lock = RunLock.acquire(in: options.output, diagnostics: &problems)
      guard lock != nil else { return fail(problems) }
      OutputWriter(root: options.output).removeLeftovers()
    }
    defer { withExtendedLifetime(lock) {} }

    let showProgress = !parsed.quiet && !parsed.json && (parsed.progress || console.isTerminal)
    let counter = ProgressCounter(total: inputs.count)
    let results = BuildRun(inputs: inputs, options: options).run { result in
      guard showProgress else { return }
      let done = counter.next()
      console.printError("[\(done)/\(inputs.count)] \(RunReport.summaryLine(result, checkOnly: checkOnly))")
    }
    let status: ExitStatus =
      results.contains { $0.writeFailure != nil }
      ? .internalError : results.contains { !$0.succeeded } ? .inputErrors : .success
    RunReport.print(
      results, checkOnly: checkOnly, quiet: parsed.quiet, json: parsed.json, exitStatus: status,
      console: console, verbose: parsed.verbose)
    return status
  }

  /// Prints the JSON report of a run that ended before building anything.
  private static func report(
    _ results: [EditionResult], checkOnly: Bool, exitStatus: ExitStatus, problems: [Diagnostic],
    _ console: Console
  ) {
    console.write(
      JSONWriter.string(
        RunReport.report(results, checkOnly: checkOnly, exitStatus: exitStatus, problems: problems)))
  }
}

/// Counts finished editions for progress lines.
private final class ProgressCounter: @unchecked Sendable {
  private let lock = NSLock()
  private var done = 0
  let total: Int
  init(total: Int) { self.total = total }
  func next() -> Int {
    lock.withLock {
      done += 1; return done
    }
  }
}
