/// The fast path of `PlainText.attribute(_:in:)`: the same search over UTF-8 bytes when the tag and the
/// name are simple text (see `SimpleText`); its result equals the plain path's.
extension PlainText {
  /// The attribute's value as `referenceAttribute(_:in:)` finds it (`.some(nil)` when there is none); nil
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

  /// `referenceWrap(_:prefix:)` on bytes; nil when the text or the prefix is not simple.
  static func fastWrap(_ text: String, prefix: String) -> String? {
    let bytes = Array(text.utf8)
    guard bytes.withUnsafeBufferPointer({ SimpleText.isSimple(bytes: $0) }), SimpleText.isSimple(prefix)
    else {
      return nil
    }
    func characters<C: Collection<UInt8>>(_ part: C) -> Int {
      part.reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
    }
    let prefixBytes = Array(prefix.utf8)
    let indent = [UInt8](repeating: UInt8(ascii: " "), count: characters(prefixBytes))
    var out: [UInt8] = prefixBytes
    out.reserveCapacity(bytes.count + bytes.count / 32 + prefixBytes.count)
    var lineCount = characters(prefixBytes)
    var lineHasWord = false
    var index = 0
    while index < bytes.count {
      if bytes[index] == UInt8(ascii: " ") || bytes[index] == UInt8(ascii: "\n") {
        index += 1
        continue
      }
      var end = index
      while end < bytes.count, bytes[end] != UInt8(ascii: " "), bytes[end] != UInt8(ascii: "\n") { end += 1 }
      let word = bytes[index..<end]
      let wordCount = characters(word)
      if lineHasWord && lineCount + 1 + wordCount > width {
        out.append(UInt8(ascii: "\n"))
        out.append(contentsOf: indent)
        lineCount = indent.count
        lineHasWord = false
      }
      if lineHasWord {
        out.append(UInt8(ascii: " "))
        lineCount += 1
      }
      out.append(contentsOf: word)
      lineCount += wordCount
      lineHasWord = true
      index = end
    }
    return String(decoding: out, as: UTF8.self)
  }
}
