/// The fast path of `JSONWriter.string(_:)`: the same JSON written into a byte buffer; its output equals
/// `plainString(_:)`'s.
extension JSONWriter {
  static func fastString(_ value: TemplateValue) -> String {
    var out: [UInt8] = []
    out.reserveCapacity(1 << 16)
    write(value, indent: 0, to: &out)
    out.append(UInt8(ascii: "\n"))
    return String(decoding: out, as: UTF8.self)
  }

  private static func indent(_ depth: Int, to out: inout [UInt8]) {
    for _ in 0..<depth {
      out.append(0x20)
      out.append(0x20)
    }
  }

  private static func write(_ value: TemplateValue, indent depth: Int, to out: inout [UInt8]) {
    switch value {
    case .null: out.append(contentsOf: "null".utf8)
    case .bool(let b): out.append(contentsOf: (b ? "true" : "false").utf8)
    case .int(let i): out.append(contentsOf: String(i).utf8)
    case .double(let d): out.append(contentsOf: number(d).utf8)
    case .string(let s): Escaping.appendJSONString(s, toBytes: &out)
    case .list(let items):
      guard !items.isEmpty else {
        out.append(contentsOf: "[]".utf8)
        return
      }
      out.append(contentsOf: "[\n".utf8)
      for (index, item) in items.enumerated() {
        indent(depth + 1, to: &out)
        write(item, indent: depth + 1, to: &out)
        out.append(contentsOf: (index == items.count - 1 ? "\n" : ",\n").utf8)
      }
      indent(depth, to: &out)
      out.append(UInt8(ascii: "]"))
    case .object(let object):
      guard !object.isEmpty else {
        out.append(contentsOf: "{}".utf8)
        return
      }
      out.append(contentsOf: "{\n".utf8)
      let pairs = object.pairs
      for (index, pair) in pairs.enumerated() {
        indent(depth + 1, to: &out)
        Escaping.appendJSONString(pair.key, toBytes: &out)
        out.append(contentsOf: ": ".utf8)
        write(pair.value, indent: depth + 1, to: &out)
        out.append(contentsOf: (index == pairs.count - 1 ? "\n" : ",\n").utf8)
      }
      indent(depth, to: &out)
      out.append(UInt8(ascii: "}"))
    }
  }
}
