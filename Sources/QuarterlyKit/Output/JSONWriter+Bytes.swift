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
    case .string(let s): writeString(s, to: &out)
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
        writeString(pair.key, to: &out)
        out.append(contentsOf: ": ".utf8)
        write(pair.value, indent: depth + 1, to: &out)
        out.append(contentsOf: (index == pairs.count - 1 ? "\n" : ",\n").utf8)
      }
      indent(depth, to: &out)
      out.append(UInt8(ascii: "}"))
    }
  }

  /// `Escaping.jsonString` on bytes: quotes, backslashes and control characters escaped, U+2028 and
  /// U+2029 written as `\u2028` and `\u2029`, everything else as it is.
  static func writeString(_ text: String, to out: inout [UInt8]) {
    let hex: [UInt8] = Array("0123456789abcdef".utf8)
    out.append(UInt8(ascii: "\""))
    var previous: (UInt8, UInt8) = (0, 0)
    for byte in text.utf8 {
      switch byte {
      case UInt8(ascii: "\""): out.append(contentsOf: "\\\"".utf8)
      case UInt8(ascii: "\\"): out.append(contentsOf: "\\\\".utf8)
      case UInt8(ascii: "\n"): out.append(contentsOf: "\\n".utf8)
      case UInt8(ascii: "\r"): out.append(contentsOf: "\\r".utf8)
      case UInt8(ascii: "\t"): out.append(contentsOf: "\\t".utf8)
      case 0..<0x20:
        out.append(contentsOf: "\\u00".utf8)
        out.append(hex[Int(byte >> 4)])
        out.append(hex[Int(byte & 0x0F)])
      case 0xA8 where previous == (0xE2, 0x80), 0xA9 where previous == (0xE2, 0x80):
        // U+2028 or U+2029: replace the two bytes already written.
        out.removeLast(2)
        out.append(contentsOf: (byte == 0xA8 ? "\\u2028" : "\\u2029").utf8)
      default: out.append(byte)
      }
      previous = (previous.1, byte)
    }
    out.append(UInt8(ascii: "\""))
  }
}
