import Foundation
import QuarterlyKit

/// `markdown --hostile --dump DIR`: each hostile input written to a file, so that other converters
/// (cmark, `quarterly markdown` as a process) can be timed on exactly the same bytes
/// (Scripts/bench-cmark.sh).
///
/// The files are `DIR/NN.md`; `DIR/inputs.tsv` lists one input a line: file, `1` when it is converted
/// with raw HTML allowed (`--unsafe`) and `0` when safe, its bytes, the in-process milliseconds of
/// `quarterly-bench`, and its name.
struct HostileDump {
  let folder: URL
  private var lines: [String] = []

  /// Creates the folder (and any missing parents).
  init?(path: String) {
    folder = URL(fileURLWithPath: path, isDirectory: true)
    do {
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    } catch {
      return nil
    }
  }

  /// Writes one input and remembers its line of `inputs.tsv`; false when the file cannot be written.
  mutating func add(name: String, text: String, options: MarkdownOptions, milliseconds: Double) -> Bool {
    let file = String(format: "%02d.md", lines.count + 1)
    do {
      try Data(text.utf8).write(to: folder.appendingPathComponent(file))
    } catch {
      return false
    }
    let raw = options.allowRawHTML ? "1" : "0"
    lines.append(
      [file, raw, "\(text.utf8.count)", Measure.format(milliseconds, decimals: 3), name].joined(
        separator: "\t"))
    return true
  }

  /// Writes `inputs.tsv`; false when it cannot be written.
  func finish() -> Bool {
    let table = lines.map { $0 + "\n" }.joined()
    return (try? Data(table.utf8).write(to: folder.appendingPathComponent("inputs.tsv"))) != nil
  }
}
