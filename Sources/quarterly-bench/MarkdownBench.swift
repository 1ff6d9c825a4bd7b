import Foundation
import QuarterlyKit

/// `markdown`: Markdown → HTML in-process, as MB/s over a document (and parts and multiples of it, to
/// show whether the time is linear in the size), or as the time of each hostile input.
enum MarkdownBench {
  static func run(_ arguments: inout BenchArguments) -> Int32 {
    let seconds = arguments.double("--seconds", default: 3)
    if arguments.flag("--hostile") {
      return hostile(
        only: arguments.string("--only"), runs: max(arguments.int("--runs", default: 3), 1),
        dump: arguments.string("--dump"))
    }
    guard let path = arguments.string("--input") else {
      return Measure.fail("markdown needs --input FILE or --hostile")
    }
    guard let document = try? String(contentsOfFile: path, encoding: .utf8) else {
      return Measure.fail("cannot read \(path)")
    }
    // A quarter, a half, the whole and twice the document, each cut at a blank line.
    let sizes: [(label: String, text: String)] = [
      ("1/4", prefix(of: document, fraction: 0.25)), ("1/2", prefix(of: document, fraction: 0.5)),
      ("1", document), ("2", document + "\n\n" + document),
    ]
    // The sizes are timed in turns, round after round, so that a slower moment of a shared machine
    // falls on every size alike; each size's rate is the median of its rounds.
    var samples = Array(repeating: [Double](), count: sizes.count)
    let start = Measure.now()
    repeat {
      for (index, size) in sizes.enumerated() {
        var length = 0
        let elapsed = Measure.time { length = Markdown.html(size.text).utf8.count }
        precondition(length > 0)
        samples[index].append(Double(size.text.utf8.count) / elapsed / 1e6)
      }
    } while Measure.now() - start < seconds || samples[0].count < 3
    let rates = samples.map(Measure.median)
    var whole = 0.0
    for ((label, text), rate) in zip(sizes, rates) {
      if label == "1" { whole = rate }
      print("\(label) × document (\(text.utf8.count) bytes): \(Measure.format(rate)) MB/s")
    }
    // Linear: the rate at twice the size is close to the rate at a quarter (1.0 is perfectly linear).
    let linearity = (rates.last ?? 0) / max(rates.first ?? 1, 1e-9)
    print("rate at 2× / rate at 1/4×: \(Measure.format(linearity, decimals: 2)) (1.00 is linear)")
    print(
      "RESULT markdown mb_per_s=\(Measure.format(whole)) linearity=\(Measure.format(linearity, decimals: 2)) bytes=\(document.utf8.count)"
    )
    return 0
  }

  /// The start of `text` up to the first blank line at or after `fraction` of its bytes.
  static func prefix(of text: String, fraction: Double) -> String {
    let bytes = Array(text.utf8)
    var end = Int(Double(bytes.count) * fraction)
    while end + 1 < bytes.count, !(bytes[end] == 10 && bytes[end + 1] == 10) { end += 1 }
    return String(decoding: bytes[..<min(end, bytes.count)], as: UTF8.self)
  }

  /// Times each hostile input (those whose name contains `only`, if given): the median of `runs` runs;
  /// then, for each shape timed at a size and at four times it, the growth (1.00 is linear). With `dump`,
  /// each input is also written to that folder (see `HostileDump`).
  static func hostile(only: String?, runs: Int, dump: String? = nil) -> Int32 {
    var files: HostileDump? = nil
    if let dump {
      guard let created = HostileDump(path: dump) else { return Measure.fail("cannot create \(dump)") }
      files = created
    }
    var worst = 0.0
    var worstName = ""
    let inputs = HostileInputs.all.filter { only.map($0.0.contains) ?? true }
    for (name, text, options) in inputs {
      let milliseconds = Measure.median((0..<runs).map { _ in time(text, options) }) * 1000
      if milliseconds > worst { (worst, worstName) = (milliseconds, name) }
      print("\(name) (\(text.utf8.count) bytes): \(Measure.format(milliseconds, decimals: 2)) ms")
      if files?.add(name: name, text: text, options: options, milliseconds: milliseconds) == false {
        return Measure.fail("cannot write the inputs to \(dump ?? "")")
      }
    }
    if files?.finish() == false { return Measure.fail("cannot write \(dump ?? "")/inputs.tsv") }
    var worstGrowth = 0.0
    var worstGrowthName = ""
    for pair in HostileInputs.growthPairs where only.map(pair.name.contains) ?? true {
      let growth = self.growth(small: pair.small, large: pair.large, rounds: max(runs, 5))
      if growth > worstGrowth { (worstGrowth, worstGrowthName) = (growth, pair.name) }
      print("growth of \(pair.name): \(Measure.format(growth, decimals: 2)) (1.00 is linear)")
    }
    print(
      "RESULT hostile inputs=\(inputs.count) max_ms=\(Measure.format(worst, decimals: 2)) worst=\"\(worstName)\" max_growth=\(Measure.format(worstGrowth, decimals: 2)) worst_growth=\"\(worstGrowthName)\""
    )
    return 0
  }

  /// The seconds one conversion of `text` takes.
  static func time(_ text: String, _ options: MarkdownOptions) -> Double {
    Measure.time { _ = Markdown.html(text, options: options) }
  }

  /// Time per byte of `large` over time per byte of `small`, each the median of `rounds` runs taken in
  /// turns, so that a busier moment of a shared machine falls on both alike.
  static func growth(small: String, large: String, rounds: Int) -> Double {
    var smallTimes: [Double] = []
    var largeTimes: [Double] = []
    for _ in 0..<rounds {
      smallTimes.append(time(small, MarkdownOptions()))
      largeTimes.append(time(large, MarkdownOptions()))
    }
    let smallRate = Measure.median(smallTimes) / Double(max(small.utf8.count, 1))
    let largeRate = Measure.median(largeTimes) / Double(max(large.utf8.count, 1))
    return largeRate / max(smallRate, 1e-15)
  }
}
