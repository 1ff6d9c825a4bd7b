import Dispatch
import Foundation

/// The bench's command line: a subcommand, then `--name value` options and `--flag`s.
struct BenchArguments {
  var subcommand: String?
  private var values: [String: String] = [:]
  private var flags: Set<String> = []

  init(_ arguments: [String]) {
    subcommand = arguments.first
    var index = 1
    while index < arguments.count {
      let argument = arguments[index]
      if argument.hasPrefix("--"), index + 1 < arguments.count, !arguments[index + 1].hasPrefix("--") {
        values[argument] = arguments[index + 1]
        index += 2
      } else {
        flags.insert(argument)
        index += 1
      }
    }
  }

  func string(_ name: String) -> String? { values[name] }
  func double(_ name: String, default fallback: Double) -> Double {
    values[name].flatMap(Double.init) ?? fallback
  }
  func int(_ name: String, default fallback: Int) -> Int { values[name].flatMap(Int.init) ?? fallback }
  func flag(_ name: String) -> Bool { flags.contains(name) }
}

enum Measure {
  /// Seconds on the monotonic clock.
  static func now() -> Double { Double(DispatchTime.now().uptimeNanoseconds) / 1e9 }

  /// Seconds taken by `body`.
  static func time(_ body: () -> Void) -> Double {
    let start = now()
    body()
    return now() - start
  }

  static func median(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    guard !sorted.isEmpty else { return 0 }
    let middle = sorted.count / 2
    return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
  }

  /// The process's peak resident memory in bytes (`VmHWM` in /proc/self/status), or nil where there is none.
  static func peakMemory() -> Int? {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return nil }
    for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
      let digits = line.filter(\.isNumber)
      return Int(digits).map { $0 * 1024 }
    }
    return nil
  }

  static func format(_ value: Double, decimals: Int = 1) -> String {
    String(format: "%.\(decimals)f", value)
  }

  static func fail(_ message: String) -> Int32 {
    FileHandle.standardError.write(Data("quarterly-bench: \(message)\n".utf8))
    return 2
  }
}
