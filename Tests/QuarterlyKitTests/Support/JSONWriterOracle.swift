@testable import QuarterlyKit

/// The JSON writer as it was before it wrote bytes: String appends and a JSON string escaper of its
/// own, kept as written then, an oracle that `JSONWriter.string` must equal.
enum JSONWriterOracle {
  /// The value as JSON text, ending with a line feed.
  static func string(_ value: TemplateValue) -> String {
    var out = ""
    write(value, indent: 0, to: &out)
    return out + "\n"
  }

  /// Appends one value, its nested lines indented one level deeper than `indent`.
  private static func write(_ value: TemplateValue, indent: Int, to out: inout String) {
    switch value {
    case .null: out += "null"
    case .bool(let b): out += b ? "true" : "false"
    case .int(let i): out += String(i)
    case .double(let d): out += JSONWriter.number(d)
    case .string(let s): out += quoted(s)
    case .list(let items):
      guard !items.isEmpty else {
        out += "[]"
        return
      }
      out += "[\n"
      for (index, item) in items.enumerated() {
        out += String(repeating: "  ", count: indent + 1)
        write(item, indent: indent + 1, to: &out)
        out += index == items.count - 1 ? "\n" : ",\n"
      }
      out += String(repeating: "  ", count: indent) + "]"
    case .object(let object):
      guard !object.isEmpty else {
        out += "{}"
        return
      }
      out += "{\n"
      let pairs = object.pairs
      for (index, pair) in pairs.enumerated() {
        out += String(repeating: "  ", count: indent + 1) + quoted(pair.key) + ": "
        write(pair.value, indent: indent + 1, to: &out)
        out += index == pairs.count - 1 ? "\n" : ",\n"
      }
      out += String(repeating: "  ", count: indent) + "}"
    }
  }

  /// A JSON string literal, quotes included, escaped scalar by scalar.
  static func quoted(_ text: String) -> String {
    var out = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      case "\u{2028}": out += "\\u2028"
      case "\u{2029}": out += "\\u2029"
      default:
        if scalar.value < 0x20 {
          let hex = String(scalar.value, radix: 16)
          out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        } else {
          out.unicodeScalars.append(scalar)
        }
      }
    }
    return out + "\""
  }
}
