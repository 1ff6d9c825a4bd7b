import Foundation
import QuarterlyKit

/// `build`: writes N editions into a temporary folder (synthetic ones, or copies of a sample edition)
/// and times full builds of all of them in one `BuildRun`, in-process.
enum BuildBench {
  static func run(_ arguments: inout BenchArguments) -> Int32 {
    let count = arguments.int("--editions", default: 100)
    let runs = max(1, arguments.int("--runs", default: 3))
    let seed = UInt64(arguments.int("--seed", default: 1))
    let manager = FileManager.default
    let root = manager.temporaryDirectory.appendingPathComponent(
      "quarterly-bench-\(ProcessInfo.processInfo.processIdentifier)", isDirectory: true)
    defer { if !arguments.flag("--keep") { try? manager.removeItem(at: root) } }
    let inputs = root.appendingPathComponent("Inputs", isDirectory: true)
    var templates = URL(fileURLWithPath: arguments.string("--templates") ?? "Templates", isDirectory: true)
    do {
      try manager.createDirectory(at: inputs, withIntermediateDirectories: true)
      if let outputs = arguments.string("--outputs") {
        templates = try restrictedTemplates(
          templates, to: outputs.split(separator: ",").map(String.init), in: root)
      }
    } catch {
      return Measure.fail("cannot prepare \(root.path): \(error)")
    }

    let sample = arguments.string("--sample")
    var editions: [EditionInput] = []
    let generation = Measure.time {
      let generator = SyntheticEdition()
      for index in 0..<count {
        let folder = inputs.appendingPathComponent(String(format: "edition-%04d", index), isDirectory: true)
        do {
          if let sample {
            try manager.copyItem(at: URL(fileURLWithPath: sample, isDirectory: true), to: folder)
          } else {
            try generator.write(to: folder, index: index, seed: seed)
          }
        } catch {
          print("cannot write \(folder.path): \(error)")
        }
        editions.append(EditionInput(folder: folder, displayPath: "Inputs/\(folder.lastPathComponent)"))
      }
    }
    let kind = sample.map { "copies of \($0)" } ?? "synthetic editions"
    print("\(count) \(kind) written in \(Measure.format(generation, decimals: 2)) s")

    var times: [Double] = []
    var failed = 0
    var files = 0
    var bytes = 0
    for run in 0..<runs {
      // Earlier writes reach the disk before the clock starts, so that one run's (or the generator's)
      // write-back is not charged to the next.
      sync()
      // A fresh output folder each run, so every run writes every file. They are all removed at the end,
      // not between runs: deleting is not part of a build.
      var options = BuildOptions(templates: templates, output: root.appendingPathComponent("Output-\(run)"))
      options.strict = true
      var results: [EditionResult] = []
      times.append(Measure.time { results = BuildRun(inputs: editions, options: options).run() })
      failed = results.filter { !$0.succeeded }.count
      files = results.reduce(0) { $0 + $1.files.count }
      if run == 0 {
        bytes = folderSize(options.output)
        if let broken = results.first(where: { !$0.succeeded }) {
          print("\(broken.id) failed: \(broken.writeFailure ?? "")")
          for diagnostic in broken.diagnostics.prefix(5) { print("  \(diagnostic)") }
        }
      }
    }
    let median = Measure.median(times)
    let peak = Double(Measure.peakMemory() ?? 0) / 1e6
    print(
      "build of \(count) editions (\(files) files, \(Measure.format(Double(bytes) / 1e6)) MB): "
        + times.map { Measure.format($0, decimals: 3) + " s" }.joined(separator: ", "))
    print("editions/s: \(Measure.format(Double(count) / median)) (median of \(runs) runs)")
    print("peak memory: \(Measure.format(peak)) MB")
    if failed > 0 { print("\(failed) editions failed") }
    print(
      "RESULT build editions=\(count) seconds=\(Measure.format(median, decimals: 3)) editions_per_s=\(Measure.format(Double(count) / median)) peak_mb=\(Measure.format(peak)) failed=\(failed)"
    )
    return failed == 0 ? 0 : 1
  }

  /// A copy of the templates folder with only the output templates named (and every partial).
  static func restrictedTemplates(_ folder: URL, to outputs: [String], in root: URL) throws -> URL {
    let manager = FileManager.default
    let copy = root.appendingPathComponent("Templates", isDirectory: true)
    try manager.createDirectory(at: copy, withIntermediateDirectories: true)
    for file in try manager.contentsOfDirectory(atPath: folder.path)
    where file.hasPrefix("_") || outputs.contains(where: { file == $0 + ".mustache" }) {
      try manager.copyItem(at: folder.appendingPathComponent(file), to: copy.appendingPathComponent(file))
    }
    return copy
  }

  static func folderSize(_ folder: URL) -> Int {
    guard let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.fileSizeKey])
    else { return 0 }
    var total = 0
    for case let url as URL in walker {
      total += (try? url.resourceValues(forKeys: [.fileSizeKey]).fileSize) ?? 0
    }
    return total
  }
}
