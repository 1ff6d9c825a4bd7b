import Testing

@testable import QuarterlyKit

@Suite struct CommandLineToolTests {
  private func run(_ arguments: [String]) -> (QuarterlyKit.ExitStatus, String, String) {
    let captured = CapturedConsole()
    let status = CommandLineTool.run(arguments, console: captured.console)
    return (status, captured.stdout, captured.stderr)
  }

  @Test func unknownCommandSuggestsTheNearestOne() {
    let (status, out, err) = run(["buidl"])
    #expect(status == .usage)
    #expect(out == "")
    #expect(
      err == "Error: unknown command 'buidl'; did you mean 'build'?\nUsage: quarterly [COMMAND] [OPTIONS]\n"
        + "See 'quarterly --help'.\n")
  }

  @Test func versionAndHelp() {
    #expect(run(["--version"]).1 == "quarterly \(CommandLineTool.version)\n")
    let (status, out, _) = run(["--help"])
    #expect(status == .success)
    #expect(out.contains("  3  an internal error, or an output that could not be written\n"))
  }

  @Test func unknownOptionIsAUsageError() {
    let (status, _, err) = run(["build", "--lenent"])
    #expect(status == .usage)
    #expect(
      err.hasPrefix("Error: unknown option '--lenent'; did you mean '--lenient'?\nUsage: quarterly build"))
    #expect(err.hasSuffix("See 'quarterly build --help'.\n"))
  }

  @Test func transpositionsCountAsOneEdit() {
    #expect(Suggestion.editDistance(Array("buidl".unicodeScalars), Array("build".unicodeScalars)) == 1)
    #expect(Suggestion.editDistance(Array("kitten".unicodeScalars), Array("sitting".unicodeScalars)) == 3)
  }
}
