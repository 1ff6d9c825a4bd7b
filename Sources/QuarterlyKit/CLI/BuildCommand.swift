import Foundation

/// `quarterly build`: builds editions into the output folder.
enum BuildCommand: Command {
  static let name = "build"
  static let summary = "build editions into the output folder (the default command)"
  static let usage = """
    Usage: quarterly build [EDITION_DIR ...] [--templates DIR] [--output DIR] [--lenient] [--pdf]
                           [--pdf-timeout SECONDS] [--quiet] [--json] [--progress] [--verbose]

    Builds each edition folder (default: every folder under ./Inputs) into OUTPUT/<edition>/.
    An edition with errors is not written (its previous output stays as it was); the others still are.

    Options:
      --templates DIR  the templates folder (default: ./Templates)
      --output DIR     where editions are written (default: ./Output)
      --lenient        a missing name in a template renders as nothing instead of being an error
      --pdf            also print monitoring-pack.pdf with headless Chromium (needs 'chromium' on PATH)
      --pdf-timeout SECONDS
                       stop Chromium if it has not printed the pack in this time (default: 60)
      --quiet          print only errors (for cron)
      --json           print a machine-readable report of the run on standard output
      --progress       show a line as each edition finishes, even when not on a terminal
      --verbose        show each step of each edition as it starts: EDITION: [i/n] STEP
    """

  static func run(_ arguments: [String], console: Console) -> ExitStatus {
    BatchRunner.run(arguments, checkOnly: false, command: Self.self, console: console)
  }
}

/// `quarterly check`: reads and renders editions and templates, writing nothing.
enum CheckCommand: Command {
  static let name = "check"
  static let summary = "check editions and templates without writing anything"
  static let usage = """
    Usage: quarterly check [EDITION_DIR ...] [--templates DIR] [--lenient] [--quiet] [--json] [--verbose]

    Reads every input and fills every template of each edition (default: every folder under ./Inputs),
    reports every problem, and writes nothing. Exit status 0 when everything is clean.
    """

  static func run(_ arguments: [String], console: Console) -> ExitStatus {
    BatchRunner.run(arguments, checkOnly: true, command: Self.self, console: console)
  }
}
