/// The fast path of `InternalLinks.values(of:in:)`: the same search over UTF-8 bytes, used when the page
/// is simple text (see `SimpleText`); its result equals the plain path's.
extension InternalLinks {
  /// Every value of `name="value"`, as `plainValues(of:in:)` finds them; nil when the page or the name is
  /// not simple text.
  static func fastValues(of name: String, in html: String) -> [String]? {
    guard SimpleText.isSimple(name) else { return nil }
    let marker = Array(" \(name)=\"".utf8)
    var page = html
    page.makeContiguousUTF8()
    return page.utf8.withContiguousStorageIfAvailable { bytes -> [String]? in
      guard SimpleText.isSimple(bytes: bytes) else { return nil }
      var found: [String] = []
      let count = bytes.count
      // The marker starts with a space, which is everywhere; its second byte (the name's first letter)
      // rules out most places at once.
      let (first, second) = (marker[0], marker[1])
      var index = 0
      search: while index + marker.count <= count {
        guard bytes[index + 1] == second, bytes[index] == first else {
          index += 1
          continue
        }
        for offset in 2..<marker.count where bytes[index + offset] != marker[offset] {
          index += 1
          continue search
        }
        let valueStart = index + marker.count
        var end = valueStart
        while end < count, bytes[end] != UInt8(ascii: "\"") { end += 1 }
        guard end < count else { break }
        found.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[valueStart..<end]), as: UTF8.self))
        index = end
      }
      return found
    } ?? nil
  }
}
