import Foundation

// quarterly-bench: the performance benchmark (not part of the user-facing CLI).
//
//   quarterly-bench templates --template FILE --data FILE.json [--partials DIR] [--seconds N]
//   quarterly-bench markdown (--input FILE | --hostile) [--seconds N]
//   quarterly-bench workbook [--input FILE.xlsx] [--seconds N]
//   quarterly-bench build --editions N [--sample DIR] [--templates DIR] [--outputs A,B] [--runs R]
//
// Each prints its measurements, then one final line `RESULT <subcommand> key=value ...` for scripts.

let usage = """
  Usage:
    quarterly-bench templates --template FILE --data FILE.json [--partials DIR] [--seconds N]
    quarterly-bench markdown (--input FILE | --hostile) [--seconds N]
    quarterly-bench workbook [--input FILE.xlsx] [--seconds N]
    quarterly-bench build --editions N [--sample DIR] [--templates DIR] [--outputs NAME,NAME] [--runs R]
  """

var arguments = BenchArguments(Array(CommandLine.arguments.dropFirst()))
let status: Int32
switch arguments.subcommand {
case "templates": status = TemplatesBench.run(&arguments)
case "markdown": status = MarkdownBench.run(&arguments)
case "build": status = BuildBench.run(&arguments)
case "workbook": status = WorkbookBench.run(&arguments)
default:
  FileHandle.standardError.write(Data((usage + "\n").utf8))
  status = 2
}
exit(status)
