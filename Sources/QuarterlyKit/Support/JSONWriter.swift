/// Writes any `JSONTree` (the template values) as JSON: keys in their order, two-space indent, numbers at
/// full precision (whole numbers without a decimal point), the same bytes for the same value every time.
/// Strings are written by `Escaping.appendJSONString`.
public enum JSONWriter {
  /// The value as JSON text, ending with a line feed.
  public static func string<Tree: JSONTree>(_ value: Tree) -> String {
    var out: [UInt8] = []
    out.reserveCapacity(1 << 16)
    write(value, indent: 0, to: &out)
    out.append(UInt8(ascii: "\n"))
    return String(decoding: out, as: UTF8.self)
  }

  /// A JSON number: `66`, `0.8264462809917356`; non-finite values become `null`.
  public static func number(_ value: Double) -> String {
    guard value.isFinite else { return "null" }
    if value == value.rounded(), abs(value) < 1e15 {
      return String(Int(value))
    }
    return "\(value)"
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

  /// Appends two spaces for each level of nesting.
  private static func indent(_ depth: Int, to out: inout [UInt8]) {
    for _ in 0..<depth {
      out.append(0x20)
      out.append(0x20)
    }
  }

  /// Appends one value, its nested lines indented one level deeper than `depth`.
  private static func write<Tree: JSONTree>(_ value: Tree, indent depth: Int, to out: inout [UInt8]) {
    switch value.jsonNode {
    case .null: append("null", to: &out)
    case .bool(let b): append(b ? "true" : "false", to: &out)
    case .int(let i): append(text: String(i), to: &out)
    case .double(let d): append(text: number(d), to: &out)
    case .string(let s): Escaping.appendJSONString(s, toBytes: &out)
    case .list(let items):
      writeMembers(items, open: UInt8(ascii: "["), close: UInt8(ascii: "]"), indent: depth, to: &out) {
        write($0, indent: depth + 1, to: &$1)
      }
    case .object(let pairs):
      writeMembers(pairs, open: UInt8(ascii: "{"), close: UInt8(ascii: "}"), indent: depth, to: &out) {
        Escaping.appendJSONString($0.key, toBytes: &$1)
        append(": ", to: &$1)
        write($0.value, indent: depth + 1, to: &$1)
      }
    }
  }

  /// Appends a list's or an object's members between `open` and `close`, one a line, each indented one
  /// level deeper than `depth` and written by `writeMember`; with no members, `[]` or `{}`.
  private static func writeMembers<Member>(
    _ members: [Member], open: UInt8, close: UInt8, indent depth: Int, to out: inout [UInt8],
    _ writeMember: (Member, inout [UInt8]) -> Void
  ) {
    out.append(open)
    guard !members.isEmpty else {
      out.append(close)
      return
    }
    out.append(UInt8(ascii: "\n"))
    for (index, member) in members.enumerated() {
      indent(depth + 1, to: &out)
      writeMember(member, &out)
      append(index == members.count - 1 ? "\n" : ",\n", to: &out)
    }
    indent(depth, to: &out)
    out.append(close)
  }
}
