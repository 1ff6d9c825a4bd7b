/// The fast path of `JSONWriter.string(_:)`: the same JSON written into a byte buffer; its output equals
/// `referenceString(_:)`'s.
extension JSONWriter {
  static func fastString(_ value: TemplateValue) -> String {
    var out: [UInt8] = []
    out.reserveCapacity(1 << 16)
    write(value, indent: 0, to: &out)
    out.append(UInt8(ascii: "\n"))
    return String(decoding: out, as: UTF8.self)
  }

  /// Appends a literal's bytes at once.
  private static func append(_ literal: StaticString, to out: inout [UInt8]) {
    literal.withUTF8Buffer { out.append(contentsOf: $0) }
  }

  /// Appends a string's bytes at once.
  private static func append(text: String, to out: inout [UInt8]) {
    var text = text
    text.withUTF8 { out.append(contentsOf: $0) }
  }

  private static func indent(_ depth: Int, to out: inout [UInt8]) {
    for _ in 0..<depth {
      out.append(0x20)
      out.append(0x20)
    }
  }

  private static func write(_ value: TemplateValue, indent depth: Int, to out: inout [UInt8]) {
    switch value {
    case .null: append("null", to: &out)
    case .bool(let b): append(b ? "true" : "false", to: &out)
    case .int(let i): append(text: String(i), to: &out)
    case .double(let d): append(text: number(d), to: &out)
    case .string(let s): Escaping.appendJSONString(s, toBytes: &out)
    case .list(let items):
      guard !items.isEmpty else {
        append("[]", to: &out)
        return
      }
      append("[\n", to: &out)
      for (index, item) in items.enumerated() {
        indent(depth + 1, to: &out)
        write(item, indent: depth + 1, to: &out)
        append(index == items.count - 1 ? "\n" : ",\n", to: &out)
      }
      indent(depth, to: &out)
      out.append(UInt8(ascii: "]"))
    case .object(let object):
      guard !object.isEmpty else {
        append("{}", to: &out)
        return
      }
      append("{\n", to: &out)
      let pairs = object.pairs
      for (index, pair) in pairs.enumerated() {
        indent(depth + 1, to: &out)
        Escaping.appendJSONString(pair.key, toBytes: &out)
        append(": ", to: &out)
        write(pair.value, indent: depth + 1, to: &out)
        append(index == pairs.count - 1 ? "\n" : ",\n", to: &out)
      }
      indent(depth, to: &out)
      out.append(UInt8(ascii: "}"))
    }
  }
}
