/// The fast path of `PlainText.attribute(_:in:)`: the same search over UTF-8 bytes when the tag and the
/// name are simple text (see `SimpleText`); its result equals the plain path's.
extension PlainText {
  /// The attribute's value as `plainAttribute(_:in:)` finds it (`.some(nil)` when there is none); nil
  /// when the tag or the name is not simple text.
  static func fastAttribute(_ name: String, in tag: Substring) -> String?? {
    let marker = Array((name + "=\"").utf8)
    let bytes = Array(tag.utf8)
    let simple = bytes.withUnsafeBufferPointer { SimpleText.isSimple(bytes: $0) } && SimpleText.isSimple(name)
    guard simple else { return nil }
    var index = 0
    while index + marker.count <= bytes.count {
      var same = true
      for offset in 0..<marker.count where bytes[index + offset] != marker[offset] {
        same = false
        break
      }
      if same {
        let start = index + marker.count
        guard let end = bytes[start...].firstIndex(of: UInt8(ascii: "\"")) else { return .some(nil) }
        return .some(String(decoding: bytes[start..<end], as: UTF8.self))
      }
      index += 1
    }
    return .some(nil)
  }
}
