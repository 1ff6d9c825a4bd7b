@testable import QuarterlyKit

/// The plain versions of the attribute searches and of plain-text wrapping that shipped beside the walks
/// over bytes until issue 16, kept as the oracles those walks must equal on any text.
enum MarkupOracles {
  /// `InternalLinks.values(of:in:)`: every value written as ` name="value"`. Changed from the shipped
  /// version, which searched by `Character`s: markup is read by code points, as a browser reads it (a
  /// quote followed by a combining mark still ends the value), which is what the walk over bytes does.
  static func values(of name: String, in html: String) -> [String] {
    let marker = Array(" \(name)=\"".unicodeScalars)
    let scalars = Array(html.unicodeScalars)
    var found: [String] = []
    var index = 0
    while index + marker.count <= scalars.count {
      guard scalars[index..<(index + marker.count)].elementsEqual(marker) else {
        index += 1
        continue
      }
      let valueStart = index + marker.count
      guard let end = scalars[valueStart...].firstIndex(of: "\"") else { break }
      var value = ""
      value.unicodeScalars.append(contentsOf: scalars[valueStart..<end])
      found.append(value)
      index = end
    }
    return found
  }

  /// `PlainText.attribute(_:in:)`: the value of the first `name="value"` in a tag's text, read by code
  /// points (changed from `Character`s as `values(of:in:)` is).
  static func attribute(_ name: String, in tag: Substring) -> String? {
    let marker = Array((name + "=\"").unicodeScalars)
    let scalars = Array(tag.unicodeScalars)
    var index = 0
    while index + marker.count <= scalars.count {
      if scalars[index..<(index + marker.count)].elementsEqual(marker) {
        let start = index + marker.count
        guard let end = scalars[start...].firstIndex(of: "\"") else { return nil }
        var value = ""
        value.unicodeScalars.append(contentsOf: scalars[start..<end])
        return value
      }
      index += 1
    }
    return nil
  }

  /// `PlainText.wrapLine(_:prefix:)` walking characters, unchanged: words split at the characters " "
  /// and "\n", lines counted in characters.
  static func wrapLine(_ text: String, prefix: String) -> String {
    let indent = String(repeating: " ", count: prefix.count)
    var lines: [String] = []
    var line = prefix
    var lineHasWord = false
    for word in text.split(whereSeparator: { $0 == " " || $0 == "\n" }) {
      if lineHasWord && line.count + 1 + word.count > PlainText.width {
        lines.append(line)
        line = indent
        lineHasWord = false
      }
      line += (lineHasWord ? " " : "") + word
      lineHasWord = true
    }
    lines.append(line)
    return lines.joined(separator: "\n")
  }
}
