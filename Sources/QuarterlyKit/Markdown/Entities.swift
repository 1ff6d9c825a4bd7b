// The packed data is in EntityTable.swift (generated once from the HTML5 list).

/// The HTML5 named character references, looked up by name (without `&` and `;`).
enum Entities {
  /// Name bytes to the UTF-8 bytes of the replacement text.
  static let table: [[UInt8]: [UInt8]] = {
    var table: [[UInt8]: [UInt8]] = [:]
    table.reserveCapacity(2125)
    for entry in packed.split(whereSeparator: { $0 == " " || $0 == "\n" }) {
      let parts = entry.split(separator: "=")
      guard parts.count == 2 else { continue }
      var value: [UInt8] = []
      for hex in parts[1].split(separator: ".") {
        Bytes.appendScalar(UInt32(hex, radix: 16) ?? 0xFFFD, to: &value)
      }
      table[Array(parts[0].utf8)] = value
    }
    return table
  }()

  /// The replacement text of `&name;`, if `name` is a known entity.
  static func lookup(_ name: ArraySlice<UInt8>) -> [UInt8]? {
    table[Array(name)]
  }
}
