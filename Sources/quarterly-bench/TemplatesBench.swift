import Foundation
import QuarterlyKit

/// `templates`: parses a template once and renders it repeatedly.
enum TemplatesBench {
  static func run(_ arguments: inout BenchArguments) -> Int32 {
    guard let templatePath = arguments.string("--template"), let dataPath = arguments.string("--data") else {
      return Measure.fail("templates needs --template FILE and --data FILE.json")
    }
    let seconds = arguments.double("--seconds", default: 3)
    guard let source = try? String(contentsOfFile: templatePath, encoding: .utf8),
      let json = try? String(contentsOfFile: dataPath, encoding: .utf8)
    else { return Measure.fail("cannot read \(templatePath) or \(dataPath)") }
    var diagnostics = Diagnostics()
    guard let data = JSONReader.parse(json, as: TemplateValue.self, file: dataPath, diagnostics: &diagnostics)
    else {
      return Measure.fail("\(dataPath) is not JSON")
    }
    let name = (templatePath as NSString).lastPathComponent
    guard
      let template = Template.parse(
        source, file: templatePath, escaping: .forFile(named: name), diagnostics: &diagnostics)
    else {
      return Measure.fail("\(templatePath) does not parse")
    }
    let partials = arguments.string("--partials") ?? (templatePath as NSString).deletingLastPathComponent
    let library = TemplateLibrary(folders: [URL(fileURLWithPath: partials.isEmpty ? "." : partials)])

    var firstDiagnostics = Diagnostics()
    let first = library.render(template, data: data, strict: false, diagnostics: &firstDiagnostics)
    for diagnostic in firstDiagnostics.items { print("  \(diagnostic)") }
    let bytes = first.utf8.count
    // Runs of about a tenth of the time each; the median run's rate is reported.
    let runs = 9
    var rates: [Double] = []
    for _ in 0..<runs {
      var renders = 0
      var total = 0
      let start = Measure.now()
      var elapsed = 0.0
      repeat {
        for _ in 0..<50 {
          var ignored = Diagnostics()
          total &+= library.render(template, data: data, strict: false, diagnostics: &ignored).utf8.count
        }
        renders += 50
        elapsed = Measure.now() - start
      } while elapsed < seconds / Double(runs)
      precondition(total == bytes * renders)
      rates.append(Double(renders) / elapsed)
    }
    let rate = Measure.median(rates)
    let megabytes = rate * Double(bytes) / 1e6
    print("template \(templatePath): \(bytes) bytes of output")
    print(
      "renders/s: \(Measure.format(rate, decimals: 0)) (median of \(runs) runs; min \(Measure.format(rates.min() ?? 0, decimals: 0)), max \(Measure.format(rates.max() ?? 0, decimals: 0)))"
    )
    print("output: \(Measure.format(megabytes)) MB/s")
    print(
      "RESULT templates renders_per_s=\(Measure.format(rate, decimals: 0)) mb_per_s=\(Measure.format(megabytes)) bytes=\(bytes)"
    )
    return 0
  }
}
