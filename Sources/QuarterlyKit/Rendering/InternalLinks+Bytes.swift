/// The fast path of `InternalLinks.values(of:in:)`: the same search over UTF-8 bytes, used when the page
/// is simple text (see `SimpleText`); its result equals the plain path's.
extension InternalLinks {
  /// Every value of `name="value"`, as `referenceValues(of:in:)` finds them; nil when the page or the name is
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
      // Every match has its "=" at the same place in the marker, and "=" is far rarer on a page than the
      // space the marker starts with: the search jumps from one "=" to the next.
      let equalsOffset = marker.count - 2
      var searchFrom = equalsOffset
      while let equals = Bytes.firstIndex(of: UInt8(ascii: "="), in: bytes, from: searchFrom) {
        let start = equals - equalsOffset
        searchFrom = equals + 1
        guard start + marker.count <= count else { break }
        var same = true
        for offset in 0..<marker.count where bytes[start + offset] != marker[offset] {
          same = false
          break
        }
        guard same else { continue }
        let valueStart = start + marker.count
        guard let end = Bytes.firstIndex(of: UInt8(ascii: "\""), in: bytes, from: valueStart) else {
          break
        }
        found.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[valueStart..<end]), as: UTF8.self))
        searchFrom = end + equalsOffset
      }
      return found
    } ?? nil
  }
}
