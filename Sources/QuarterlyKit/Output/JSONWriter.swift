/// Writes a `TemplateValue` as JSON: keys in their insertion order, two-space indent, numbers at full
/// precision (whole numbers without a decimal point), the same bytes for the same value every time.
public enum JSONWriter {
  public static func string(_ value: TemplateValue) -> String {
    fastString(value)
  }

  /// `string(_:)` built with String appends: the reference the byte-level fast path must equal.
  static func referenceString(_ value: TemplateValue) -> String {
    var out = ""
    write(value, indent: 0, to: &out)
    return out + "\n"
  }

  /// A JSON number: `66`, `0.8264462809917356`; non-finite values become `null`.
  public static func number(_ value: Double) -> String {
    guard value.isFinite else { return "null" }
    if value == value.rounded(), abs(value) < 1e15 {
      return String(Int(value))
    }
    return "\(value)"
  }

  private static func write(_ value: TemplateValue, indent: Int, to out: inout String) {
    switch value {
    case .null: out += "null"
    case .bool(let b): out += b ? "true" : "false"
    case .int(let i): out += String(i)
    case .double(let d): out += number(d)
    case .string(let s): out += Escaping.jsonString(s)
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
        out += String(repeating: "  ", count: indent + 1) + Escaping.jsonString(pair.key) + ": "
        write(pair.value, indent: indent + 1, to: &out)
        out += index == pairs.count - 1 ? "\n" : ",\n"
      }
      out += String(repeating: "  ", count: indent) + "}"
    }
  }
}
