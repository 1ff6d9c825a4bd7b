import Foundation

// quarterly-bench: the performance benchmark (not part of the user-facing CLI).
//
//   quarterly-bench templates --template FILE --data FILE.json [--partials DIR] [--seconds N]
//   quarterly-bench markdown (--input FILE | --hostile [--only NAME] [--runs N] [--dump DIR]) [--seconds N]
//   quarterly-bench workbook [--input FILE.xlsx] [--seconds N]
//   quarterly-bench build --editions N [--sample DIR] [--templates DIR] [--outputs A,B] [--runs R]
//   quarterly-bench glossary [--terms N] [--bytes N]
//   quarterly-bench preview [--sample DIR] [--templates DIR] [--edits N] [--quarterly FILE]
//
// Each prints its measurements, then one final line `RESULT <subcommand> key=value ...` for scripts.

let usage = """
  Usage:
    quarterly-bench templates --template FILE --data FILE.json [--partials DIR] [--seconds N]
    quarterly-bench markdown (--input FILE | --hostile [--only NAME] [--runs N] [--dump DIR]) [--seconds N]
    quarterly-bench workbook [--input FILE.xlsx] [--seconds N]
    quarterly-bench build --editions N [--sample DIR] [--templates DIR] [--outputs NAME,NAME] [--runs R]
    quarterly-bench glossary [--terms N] [--bytes N]
    quarterly-bench preview [--sample DIR] [--templates DIR] [--edits N] [--quarterly FILE]
  """

var arguments = BenchArguments(Array(CommandLine.arguments.dropFirst()))
let status: Int32
switch arguments.subcommand {
case "templates": status = TemplatesBench.run(&arguments)
case "markdown": status = MarkdownBench.run(&arguments)
case "build": status = BuildBench.run(&arguments)
case "glossary": status = GlossaryBench.run(&arguments)
case "preview": status = PreviewBench.run(&arguments)
case "workbook": status = WorkbookBench.run(&arguments)
default:
  FileHandle.standardError.write(Data((usage + "\n").utf8))
  status = 2
}
exit(status)
